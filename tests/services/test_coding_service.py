from __future__ import annotations

import math
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from relcycle.domain import Coding
from relcycle.errors import ConfigError, FrameworkError, InputError, NotFoundError
from relcycle.services import coding
from relcycle.services.imports import import_folder
from relcycle.settings import Settings
from relcycle.store import NewCoding, connect, replay

CASE = "retro-case"
INTERVIEW = "interview-li.md"
HARD = "去年三月镇里要求每周报台账"


def _settings(url: str) -> Settings:
    return Settings.from_env({}, db=url)


@pytest.fixture
def settings(db_url: str, make_case: Callable[..., Path]) -> Settings:
    s = _settings(db_url)
    import_folder(make_case(), settings=s)
    return s


def _segments(settings: Settings) -> list[tuple[int, int]]:
    with connect(settings.db) as store:
        (parsed,) = [p for p in store.iter_sources(CASE) if p.source.id == INTERVIEW]
        text = parsed.source.text
        assert HARD in text
        return [(g.start, g.end) for g in parsed.segments]


def _hard(settings: Settings) -> tuple[int, int]:
    with connect(settings.db) as store:
        (parsed,) = [p for p in store.iter_sources(CASE) if p.source.id == INTERVIEW]
    start = parsed.source.text.index(HARD)
    return start, start + len(HARD)


def test_add_coding_quotes_and_logs_by_the_coder(settings: Settings) -> None:
    start, end = _hard(settings)
    record = coding.add_coding(
        CASE, INTERVIEW, start, end, "gov.control.reporting", "alice", settings, memo="台账"
    )
    assert (record.quote, record.origin, record.memo) == (HARD, "manual", "台账")
    (entry,) = coding.coding_history(CASE, settings)
    assert (entry.user, entry.action, entry.coding_id) == ("alice", "add", record.id)


def test_add_coding_checks_the_code_against_the_case_framework(settings: Settings) -> None:
    with pytest.raises(
        InputError, match=re.escape("unknown code 'gov.control.reportin'; did you mean")
    ):
        coding.add_coding(CASE, INTERVIEW, 0, 3, "gov.control.reportin", "alice", settings)
    assert coding.list_codings(CASE, settings) == []


def test_unknown_case_is_not_found(settings: Settings) -> None:
    with pytest.raises(NotFoundError, match="unknown case 'nope'; cases in this store: retro-case"):
        coding.add_coding("nope", INTERVIEW, 0, 3, "gov.control", "alice", settings)


def test_remove_and_list(settings: Settings) -> None:
    a = coding.add_coding(CASE, INTERVIEW, 0, 3, "gov.control", "alice", settings)
    b = coding.add_coding(CASE, INTERVIEW, 5, 9, "swo.comply", "bob", settings)
    assert [r.id for r in coding.list_codings(CASE, settings, coder="bob")] == [b.id]
    assert [r.id for r in coding.list_codings(CASE, settings, code="gov.control")] == [a.id]
    assert coding.list_codings(CASE, settings, source_id="2018-04-02-field-note.md") == []
    removed = coding.remove_coding(CASE, a.id, settings, user="carol")
    assert removed == a
    assert [r.id for r in coding.list_codings(CASE, settings)] == [b.id]
    assert coding.coding_history(CASE, settings)[-1].user == "carol"


def test_import_codings_file_replaces_imported_codings_only(
    settings: Settings, tmp_path: Path
) -> None:
    manual = coding.add_coding(CASE, INTERVIEW, 0, 3, "gov.control", "alice", settings)
    csv = tmp_path / "codings.csv"
    csv.write_text(
        "source,start,end,code,coder,memo\n"
        f"{INTERVIEW},0,3,gov.control,alice,\n"  # the manual coding: already there
        f"{INTERVIEW},5,9,swo.comply,alice,\n"
        f"{INTERVIEW},5,9,swo.comply,bob,同意\n",
        encoding="utf-8",
    )
    result = coding.import_codings_file(CASE, csv, settings)
    assert (result.rows, result.coders) == (3, ("alice", "bob"))
    assert (len(result.changes.added), len(result.changes.removed), result.changes.kept) == (
        2,
        0,
        1,
    )
    csv.write_text("source,start,end,code,coder\n", encoding="utf-8")
    coding.import_codings_file(CASE, csv, settings)  # names no coder: changes nothing
    csv.write_text(f"source,start,end,code,coder\n{INTERVIEW},10,12,gov.control,alice\n")
    again = coding.import_codings_file(CASE, csv, settings)
    assert (len(again.changes.added), len(again.changes.removed)) == (1, 1)
    by_id = {r.id: r for r in coding.list_codings(CASE, settings)}
    assert manual.id in by_id
    assert {(r.coder, r.start, r.origin) for r in by_id.values()} == {
        ("alice", 0, "manual"),
        ("alice", 10, "import"),
        ("bob", 5, "import"),
    }
    assert {e.user for e in coding.coding_history(CASE, settings)} == {"alice", "import"}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            f"source,start,end,code,coder\n{INTERVIEW},0,999,gov.control,alice\n",
            "codings.csv:2 [end]: end 999 is past the end of 'interview-li.md'",
        ),
        (
            f"source,start,end,code,coder\n{INTERVIEW},0,3,gov.contrl,alice\n",
            "unknown code 'gov.contrl'; did you mean 'gov.control'",
        ),
        ("source,start,end,code,coder\nnope.md,0,3,gov.control,alice\n", "'nope.md' is not a"),
    ],
)
def test_a_bad_codings_file_writes_nothing(
    settings: Settings, tmp_path: Path, content: str, message: str
) -> None:
    csv = tmp_path / "codings.csv"
    csv.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as raised:
        coding.import_codings_file(CASE, csv, settings)
    assert message in str(raised.value)
    assert coding.coding_history(CASE, settings) == []


def test_a_missing_codings_file_is_an_input_error(settings: Settings, tmp_path: Path) -> None:
    with pytest.raises(InputError, match=re.escape("missing.csv: cannot read the file")):
        coding.import_codings_file(CASE, tmp_path / "missing.csv", settings)


def test_manual_codings_move_with_their_text_on_folder_reimport(
    db_url: str, make_case: Callable[..., Path]
) -> None:
    settings = _settings(db_url)
    folder = make_case()
    import_folder(folder, settings=settings)
    start, end = _hard(settings)
    record = coding.add_coding(CASE, INTERVIEW, start, end, "gov.control", "alice", settings)
    path = folder / "sources" / INTERVIEW
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("问：项目里", "问：回头看，项目里"), encoding="utf-8")
    result = import_folder(folder, settings=settings)
    assert (result.report.reanchored, result.report.orphaned) == (1, 0)
    (moved,) = coding.list_codings(CASE, settings)
    assert (moved.id, moved.start, moved.quote) == (record.id, start + 4, HARD)
    path.write_text(text.replace(HARD, "镇里后来不再要求了"), encoding="utf-8")
    gone = import_folder(folder, settings=settings)
    assert (gone.report.reanchored, gone.report.orphaned) == (0, 1)
    assert coding.list_codings(CASE, settings, orphaned=True)[0].id == record.id
    with connect(settings.db) as store:
        assert replay(store.coding_log(CASE)) == store.coding_records(CASE)


def _two_coders(settings: Settings) -> None:
    q1, a1, _, a2 = _segments(settings)
    for coder, spans in {"alice": [a1, a2], "bob": [a1]}.items():
        for start, end in spans:
            coding.add_coding(CASE, INTERVIEW, start, end, "gov.control.reporting", coder, settings)
    for coder in ("alice", "bob"):
        coding.add_coding(CASE, INTERVIEW, q1[0], q1[1], "swo.comply", coder, settings)


def test_agreement_of_two_coders(settings: Settings) -> None:
    _two_coders(settings)
    result = coding.case_agreement(CASE, settings, n_boot=200)
    report = result.report
    assert report.coders == ("alice", "bob")
    x = report.per_code["gov.control.reporting"]
    assert (x.n_units, x.n_coders, x.kappa_method) == (4, 2, "cohen")
    assert x.percent_agreement == pytest.approx(0.75)
    # alice gave it to two segments, bob to one of them; the two neither touched left out
    assert x.positive_agreement == pytest.approx(2 * 1 / (2 + 1))
    assert x.kappa == pytest.approx(0.5)
    assert x.alpha == pytest.approx(1 - 0.25 / (30 / 56))
    y = report.per_code["swo.comply"]
    assert (y.percent_agreement, y.kappa, y.alpha) == pytest.approx((1.0, 1.0, 1.0))
    assert report.overall.percent_agreement == pytest.approx(0.875)
    assert report.overall.positive_agreement == pytest.approx((2 / 3 + 1) / 2)
    assert report.overall.kappa == pytest.approx(0.75)
    assert not math.isnan(report.overall.alpha_low)
    assert result.orphans_left_out == 0


def test_agreement_errors_are_config_errors(settings: Settings) -> None:
    _two_coders(settings)
    with pytest.raises(
        ConfigError, match=re.escape("case 'retro-case': code 'gov.control' was applied")
    ):
        coding.case_agreement(CASE, settings, code="gov.control", n_boot=10)
    with pytest.raises(ConfigError, match="case 'retro-case': "):
        coding.case_agreement(CASE, settings, coders=["alice", "zoe"], n_boot=10)


def test_unknown_auto_coder(settings: Settings) -> None:
    with pytest.raises(ConfigError, match="unknown auto-coder 'magic'; choose one of: dictionary"):
        coding.autocode(CASE, settings, coder="magic")


def test_autocode_stores_dictionary_codings_and_never_touches_manual_ones(
    settings: Settings,
) -> None:
    start, end = _hard(settings)
    manual = coding.add_coding(CASE, INTERVIEW, start, end, "gov.control.reporting", "a", settings)
    with connect(settings.db) as store:
        older = NewCoding(Coding(INTERVIEW, 0, 2, "gov.control", "auto:dictionary@old"))
        store.replace_auto_codings(CASE, "auto:dictionary@", [older])
    result = coding.autocode(CASE, settings)
    assert result.coder.startswith("auto:dictionary@") and result.coder != "auto:dictionary@old"
    assert result.segments == 5 and result.imported is None
    assert result.found == len(result.changes.added) > 0
    assert [r.coder for r in result.changes.removed] == ["auto:dictionary@old"]
    assert sum(result.by_code.values()) == result.found
    records = coding.list_codings(CASE, settings)
    assert [r for r in records if r.origin == "manual"] == [manual]
    auto = [r for r in records if r.origin == "auto"]
    assert {r.coder for r in auto} == {result.coder}
    assert all(r.confidence is not None and 0 < r.confidence <= 1 for r in auto)
    assert any(r.actor is not None for r in auto)
    assert any(r.quote in HARD for r in auto)  # the manual span is coded by the coder too
    log = coding.coding_history(CASE, settings)
    assert {e.user for e in log if e.action in ("add", "remove") and e.coding_id != manual.id} == {
        "auto"
    }
    again = coding.autocode(CASE, settings)
    assert (len(again.changes.added), len(again.changes.removed)) == (0, 0)
    assert again.changes.kept == result.found
    assert coding.coding_history(CASE, settings) == log
    assert coding.list_codings(CASE, settings, coder="a") == [manual]


def test_autocode_of_a_folder_imports_it_first(db_url: str, make_case: Callable[..., Path]) -> None:
    settings = _settings(db_url)
    result = coding.autocode(make_case(), settings)
    assert result.imported is not None and result.imported.report.case_created
    assert result.case_id == CASE and result.found > 0
    assert len(coding.list_codings(CASE, settings)) == result.found


@pytest.mark.parametrize("kind", ["missing", "file"])
def test_autocode_of_a_path_that_is_no_folder_names_the_path(
    settings: Settings, tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "nowhere"
    if kind == "file":
        path.write_text("not a case", encoding="utf-8")
    what = "does not exist" if kind == "missing" else "is not a folder"
    with pytest.raises(InputError) as err:
        coding.autocode(path, settings)
    assert str(err.value) == (
        f"{path}: {what}; give a case folder (with case.yaml) or a stored case's id"
    )


def test_autocode_with_an_unknown_framework(settings: Settings) -> None:
    with pytest.raises(FrameworkError, match="unknown framework 'nope'"):
        coding.autocode(CASE, settings, framework="nope")
    assert coding.list_codings(CASE, settings) == []


PARAGRAPHS = {
    "gov.control.reporting": [
        "镇里要求我们每周上报活动台账。",
        "宣传办又来催报表，要求周五前交。",
        "这个月的台账和报表都要重新填写上报。",
        "镇政府要求每次活动后当天上报照片和台账。",
        "王主任打电话催我们补交上个月的报表。",
        "台账格式又改了，要求按新表格上报。",
    ],
    "swo.explore.needs": [
        "社工入户走访了十位独居老人，了解他们的需要。",
        "居民说希望晚上有地方跳舞，社工记下了需求。",
        "我们做了问卷，看看居民最想要什么活动。",
        "走访时老人提到想学用智能手机。",
        "年轻妈妈们希望周末有亲子活动，社工做了记录。",
        "社工和居民座谈，收集对文化中心的意见和需求。",
    ],
}


def test_autocode_supervised_learns_from_the_researchers_codings(
    db_url: str, make_case: Callable[..., Path]
) -> None:
    paragraphs = [p for group in PARAGRAPHS.values() for p in group]
    note = "---\nkind: field_note\n---\n" + "\n\n".join(paragraphs) + "\n"
    settings = _settings(db_url)
    import_folder(make_case({"sources/2018-05-02-field-note.md": note}), settings=settings)
    with connect(settings.db) as store:
        (parsed,) = [p for p in store.iter_sources(CASE) if p.source.id.startswith("2018-05")]
    codes = {p: c for c, group in PARAGRAPHS.items() for p in group}
    manual = [
        coding.add_coding(CASE, parsed.source.id, g.start, g.end, codes[g.text], "alice", settings)
        for g in parsed.segments
    ]
    result = coding.autocode(CASE, settings, coder="supervised")
    assert result.coder.startswith("auto:supervised@")
    assert result.found == len(result.changes.added) > 0
    assert set(result.by_code) <= set(PARAGRAPHS)
    records = coding.list_codings(CASE, settings)
    assert [r for r in records if r.origin == "manual"] == manual
    with pytest.raises(ConfigError, match="--framework applies to the dictionary coder only"):
        coding.autocode(CASE, settings, coder="supervised", framework="gpps-lifecycle")
