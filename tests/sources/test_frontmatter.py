from __future__ import annotations

from datetime import date

import pytest

from relcycle.domain import Actor
from relcycle.errors import SourceReadError
from relcycle.sources.frontmatter import (
    FrontMatter,
    date_from_filename,
    kind_from_filename,
    parse_iso,
    source_meta,
    split_front_matter,
)

ACTORS = (
    Actor("gov", "L镇宣传文化办", "government", ("镇政府",)),
    Actor("swo", "启明社会工作服务中心", "social_org", ("启明",)),
)


def meta_of(text: str, filename: str = "note.md"):  # type: ignore[no-untyped-def]
    front = split_front_matter(text, f"sources/{filename}")
    return source_meta(
        front,
        meta_path=f"sources/{filename}",
        source_path=f"sources/{filename}",
        filename=filename,
        actors=ACTORS,
    )


def test_split_gives_keys_and_the_body_after_the_closing_line() -> None:
    front = split_front_matter("---\ndate: 2018-03-15\ntitle: x\n---\n\nBody\n", "n.md")
    assert front.data == {"date": date(2018, 3, 15), "title": "x"}
    assert front.body == "\nBody\n"
    assert front.key_lines == {"date": 2, "title": 3}


def test_text_without_front_matter_is_all_body() -> None:
    assert split_front_matter("Body\n---\n", "n.md") == FrontMatter({}, "Body\n---\n")


def test_empty_front_matter_is_no_keys() -> None:
    assert split_front_matter("---\n---\nBody", "n.md").data == {}


def test_front_matter_at_end_of_file_gives_empty_body() -> None:
    assert split_front_matter("---\ndate: 2018-01-01\n---", "n.md").body == ""


def test_unclosed_front_matter_is_an_error() -> None:
    with pytest.raises(SourceReadError) as info:
        split_front_matter("---\ndate: 2018-03-15\nBody", "sources/n.md")
    assert str(info.value) == (
        "sources/n.md:1: front matter opened by '---' on line 1 is never closed; "
        "add a line '---' after its last key"
    )


def test_yaml_error_names_the_file_line() -> None:
    with pytest.raises(SourceReadError) as info:
        split_front_matter("---\ndate: 2018-03-15\ntitle: [unclosed\n---\nBody", "sources/n.md")
    assert str(info.value).startswith("sources/n.md:4: front matter is not valid YAML: ")
    assert str(info.value).endswith("; check indentation and quoting")


def test_front_matter_that_is_not_a_mapping_is_an_error() -> None:
    with pytest.raises(SourceReadError, match=r"^sources/n\.md:2: front matter must be keys"):
        split_front_matter("---\n- a\n- b\n---\nBody", "sources/n.md")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("2018-03-15-field-note.md", date(2018, 3, 15)),
        ("20180315-interview.md", date(2018, 3, 15)),
        ("2018_03_15 note.txt", date(2018, 3, 15)),
        ("2018-03-field-note.md", date(2018, 3, 1)),
        ("2018-03.md", date(2018, 3, 1)),
        ("interview-swo-director.md", None),
        ("201803-note.md", None),
    ],
)
def test_dates_in_file_names(name: str, expected: date | None) -> None:
    assert date_from_filename(name, name) == expected


def test_impossible_date_in_file_name_is_an_error() -> None:
    with pytest.raises(SourceReadError) as info:
        date_from_filename("2018-02-30-note.md", "sources/2018-02-30-note.md")
    assert str(info.value) == (
        "sources/2018-02-30-note.md: the file name starts with '2018-02-30', which is not a "
        "valid date; fix the name or give 'date: YYYY-MM-DD' in the front matter"
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (date(2018, 3, 15), (date(2018, 3, 15), False)),
        ("2018-03-15", (date(2018, 3, 15), False)),
        ("2018-03", (date(2018, 3, 1), True)),
        ("2018-13", None),
        ("15/03/2018", None),
        (20180315, None),
    ],
)
def test_parse_iso(value: object, expected: object) -> None:
    assert parse_iso(value) == expected


def test_meta_keys_and_extra_keys() -> None:
    meta = meta_of(
        "---\ndate: 2018-03-15\nkind: interview\ntitle: 访谈\ninformant: swo\n"
        "interviewer: 笔者\n---\nBody"
    )
    assert (meta.date, meta.kind, meta.title, meta.informant) == (
        date(2018, 3, 15),
        "interview",
        "访谈",
        "swo",
    )
    assert meta.meta == {"interviewer": "笔者"}
    assert meta.warnings == ()


def test_date_comes_from_the_file_name_when_the_front_matter_has_none() -> None:
    assert meta_of("Body", "2018-04-02-note.md").date == date(2018, 4, 2)


def test_front_matter_date_wins_over_the_file_name_with_a_warning() -> None:
    meta = meta_of("---\ndate: 2018-04-03\n---\nBody", "2018-04-02-note.md")
    assert meta.date == date(2018, 4, 3)
    assert meta.warnings == (
        "sources/2018-04-02-note.md: date 2018-04-03 differs from the file name's 2018-04-02; "
        "using the front matter's",
    )


def test_a_day_within_the_file_names_month_is_no_conflict() -> None:
    assert meta_of("---\ndate: 2018-04-03\n---\nBody", "2018-04-note.md").warnings == ()


def test_a_bad_date_in_the_name_does_not_matter_when_the_date_is_given() -> None:
    assert meta_of("---\ndate: 2018-04-03\n---\nBody", "2018-13-x.md").date == date(2018, 4, 3)


def test_no_date_anywhere_is_an_error_naming_the_file() -> None:
    with pytest.raises(SourceReadError) as info:
        meta_of("---\ntitle: x\n---\nBody", "interview-director.md")
    assert str(info.value) == (
        "sources/interview-director.md: has no date: give 'date: YYYY-MM-DD' in the front "
        "matter, or start the file name with the date (2018-03-15-...)"
    )


def test_non_iso_date_names_line_and_field() -> None:
    with pytest.raises(SourceReadError) as info:
        meta_of("---\ntitle: x\ndate: 15/03/2018\n---\nBody")
    assert str(info.value) == (
        "sources/note.md:3 [date]: '15/03/2018' is not an ISO date; write it as 2018-03-15"
    )


def test_unknown_informant_is_an_error_listing_the_actors() -> None:
    with pytest.raises(SourceReadError) as info:
        meta_of("---\ndate: 2018-03-15\ninformant: swo2\n---\nBody")
    assert str(info.value) == (
        "sources/note.md:3 [informant]: 'swo2' is not an actor of this case; "
        "give an actor id: gov, swo"
    )


def test_informant_given_by_name_suggests_the_id() -> None:
    with pytest.raises(
        SourceReadError, match="'启明' is not an actor of this case; did you mean 'swo'"
    ):
        meta_of("---\ndate: 2018-03-15\ninformant: 启明\n---\nBody")


def test_kind_from_file_name_and_default() -> None:
    assert meta_of("Body", "2018-01-01-interview-swo.md").kind == "interview"
    assert meta_of("Body", "2018-01-01-会议纪要.md").kind == "minutes"
    assert meta_of("Body", "2018-01-01.md").kind == "document"
    assert kind_from_filename("2018-01-01-wechat-group.md") == "message"
    assert kind_from_filename("2022-02-10-whatsapp-youth-team.txt") == "message"
    assert kind_from_filename("2022-06-14-email-id-checks.md") == "message"
    assert kind_from_filename("2022-04-26-teams-chat.txt") == "message"


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("---\ndate: 2019-02-30\n---\nBody", 2),  # unquoted: YAML's own date type
        ("---\ntitle: x\ndate: '2019-06-31'\n---\nBody", 3),
        ("---\ndate: 2019-13\n---\nBody", 2),
    ],
)
def test_a_date_that_is_no_calendar_day_names_line_and_field(text: str, line: int) -> None:
    with pytest.raises(SourceReadError) as info:
        meta_of(text)
    assert str(info.value).startswith(f"sources/note.md:{line} [date]: '2019-")
    assert str(info.value).endswith("is not a real calendar date; check the month and the day")


def test_unknown_kind_is_kept_with_a_warning() -> None:
    meta = meta_of("---\ndate: 2018-03-15\nkind: diary\n---\nBody")
    assert meta.kind == "diary"
    assert meta.warnings[0].startswith(
        "sources/note.md:3 [kind]: kind 'diary' is not one of field_note"
    )


@pytest.mark.parametrize(
    ("written", "kind", "warned"),
    [
        ("Interview", "interview", False),
        ("field note", "field_note", False),
        ("Field-Note", "field_note", False),
        ("访谈", "interview", True),
        ("fieldnote", "field_note", True),
        ("会议纪要", "minutes", True),
    ],
)
def test_a_kind_spelled_otherwise_is_read_as_the_known_one(
    written: str, kind: str, warned: bool
) -> None:
    meta = meta_of(f"---\ndate: 2018-03-15\nkind: {written}\n---\nBody")
    assert meta.kind == kind
    assert meta.warnings == (
        (
            f"sources/note.md:3 [kind]: kind {written!r} read as {kind!r}; kinds are "
            "field_note, interview, minutes, document, report, news, message",
        )
        if warned
        else ()
    )


@pytest.mark.parametrize(
    "written", ["2019-04-10 14:00", "2019-04-10T14:00", "2019-04-10 14:00:00+08:00"]
)
def test_a_date_with_a_time_of_day_is_its_day(written: str) -> None:
    # YAML makes '2019-04-10 14:00:00' a timestamp but leaves '2019-04-10 14:00' a string.
    assert meta_of(f"---\ndate: {written}\nkind: minutes\n---\nBody").date == date(2019, 4, 10)


def test_an_roc_era_date_names_its_iso_form() -> None:
    with pytest.raises(SourceReadError) as info:
        meta_of("---\ndate: 民國108年4月10日\n---\nBody")
    assert str(info.value) == (
        "sources/note.md:2 [date]: '民國108年4月10日' is not an ISO date; "
        "write it as 2019-04-10 (ROC year 108 is 2019)"
    )


def test_a_name_dated_in_the_roc_era_is_no_date_but_the_error_says_how_to_name_it() -> None:
    with pytest.raises(SourceReadError) as info:
        meta_of("會議內容", "1080410-會議紀錄.txt")
    assert str(info.value) == (
        "sources/1080410-會議紀錄.txt: has no date: give 'date: YYYY-MM-DD' in the front "
        "matter, or start the file name with the date (2018-03-15-...); its name seems to "
        "start with the date 2019-04-10 (ROC year 108 is 2019): name it 2019-04-10-..."
    )


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("2019-04-10-會議紀錄.txt", "minutes"),
        ("2019-05-20-田野筆記.txt", "field_note"),
        ("2019-08-20-社會局公文.txt", "document"),
        ("2021-01-08-契約.md", "document"),
        ("2020-02-12-簡訊.txt", "message"),
        ("2021-10-25-地方報導.md", "news"),
    ],
)
def test_traditional_characters_in_a_name_give_the_kind(name: str, kind: str) -> None:
    assert kind_from_filename(name) == kind


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("---\ntitle: x\ndate：2019-04-10\n---\nBody", "a full-width colon '：'"),
        ("---\ntitle: x\ndate:2019-04-10\n---\nBody", "no space after ':'"),
    ],
)
def test_a_colon_yaml_cannot_see_is_named_with_its_line(text: str, found: str) -> None:
    # YAML reads 'date：2019-04-10' as a string: the error was "found a str".
    with pytest.raises(SourceReadError) as info:
        split_front_matter(text, "sources/n.md")
    assert str(info.value) == (
        f"sources/n.md:3 [date]: 'date' has {found}; write 'date: ' (an ASCII colon and a space)"
    )


def test_front_matter_lines_typed_with_other_dashes_are_named() -> None:
    with pytest.raises(SourceReadError) as info:
        split_front_matter("——\ndate: 2019-04-10\n——\n正文", "sources/n.md")
    assert str(info.value) == (
        "sources/n.md:1: '——' looks like a front matter's '---' typed with other dashes; "
        "write three ASCII hyphens '---' on its first and last line"
    )


def test_a_dash_line_opening_a_body_is_no_front_matter() -> None:
    text = "------\nInterviewer: hello\n"
    assert split_front_matter(text, "sources/n.md") == FrontMatter({}, text)


@pytest.mark.parametrize(
    ("key", "meant", "line"),
    [("knid", "kind", 3), ("Date", "date", 2), ("tilte", "title", 3), ("informat", "informant", 3)],
)
def test_a_misspelt_key_is_an_error_naming_the_file_line_and_the_key_meant(
    key: str, meant: str, line: int
) -> None:
    first = f"{key}: 2018-03-15" if meant == "date" else "date: 2018-03-15"
    second = "" if meant == "date" else f"{key}: x\n"
    text = f"---\n{first}\n{second}---\nBody\n"
    with pytest.raises(SourceReadError) as info:
        meta_of(text, "2018-03-15-note.md")
    assert str(info.value).startswith(
        f"sources/2018-03-15-note.md:{line} [{key}]: {key!r} is not a key of a source's "
        f"front matter; did you mean {meant!r}?"
    )


def test_an_unknown_key_unlike_any_known_one_is_kept_as_a_note() -> None:
    meta = meta_of("---\ndate: 2018-03-15\nplace: 文化站\nrecorder: 小王\n---\nBody\n")
    assert meta.meta == {"place": "文化站", "recorder": "小王"}
