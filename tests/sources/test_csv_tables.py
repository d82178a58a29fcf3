from __future__ import annotations

import codecs
from datetime import date

import pytest
from case_texts import CASE_YAML

from relcycle.domain import Case, Coding, Event
from relcycle.errors import CaseFormatError
from relcycle.sources.casefile import parse_case_yaml
from relcycle.sources.tables import CodeCheck, read_codings, read_events

HEADER = "date,actor,target,summary,codes\n"
LENGTHS = {"2018-03-15-field-note.md": 200, "sub/interview.md": 50}


@pytest.fixture(scope="module")
def case() -> Case:
    return parse_case_yaml(CASE_YAML)


def events_error(text: str, case: Case) -> str:
    with pytest.raises(CaseFormatError) as info:
        read_events(text.encode(), case)
    return str(info.value)


def codings_error(text: str) -> str:
    with pytest.raises(CaseFormatError) as info:
        read_codings(text.encode(), LENGTHS)
    return str(info.value)


def test_events_are_read(case: Case) -> None:
    text = (
        HEADER + "2018-04-02,gov,swo,镇里要求每周上报台账,control.approval;control.reporting\n"
        '2018-05,swo,,"a summary, with a comma",\n'
    )
    assert read_events(text.encode(), case) == [
        Event(
            date(2018, 4, 2),
            date(2018, 4, 2),
            "gov",
            "swo",
            "镇里要求每周上报台账",
            ("control.approval", "control.reporting"),
            line=2,
        ),
        Event(date(2018, 5, 1), date(2018, 5, 31), "swo", None, "a summary, with a comma", (), 3),
    ]


def test_events_without_optional_columns_bom_and_crlf(case: Case) -> None:
    data = codecs.BOM_UTF8 + b"date,actor,summary\r\n2018-04-02,gov,x\r\n"
    assert read_events(data, case)[0].target is None


def test_events_in_gb18030(case: Case) -> None:
    data = (HEADER + "2018-04-02,gov,swo,镇里要求每周上报活动台账,\n").encode("gb18030")
    assert read_events(data, case)[0].summary == "镇里要求每周上报活动台账"


def test_blank_lines_are_skipped_and_lines_still_counted(case: Case) -> None:
    events = read_events((HEADER + "\n2018-04-02,gov,,x,\n").encode(), case)
    assert events[0].line == 3


def test_quoted_newline_keeps_later_line_numbers(case: Case) -> None:
    text = HEADER + '2018-04-02,gov,,"two\nlines",\n2018-04-03,gov2,,x,\n'
    assert events_error(text, case).startswith("events.csv:4 [actor]")


def test_unknown_actor_names_line_and_actors(case: Case) -> None:
    text = (
        HEADER + "".join(f"2018-04-0{i},gov,,x,\n" for i in range(1, 6)) + "2018-04-06,gov2,,x,\n"
    )
    assert events_error(text, case) == (
        "events.csv:7 [actor]: 'gov2' is not an actor of this case; actors: gov, swo, residents"
    )


def test_unknown_target(case: Case) -> None:
    assert events_error(HEADER + "2018-04-02,gov,town,x,\n", case) == (
        "events.csv:2 [target]: 'town' is not an actor of this case; actors: gov, swo, residents"
    )


def test_an_actor_given_by_name_suggests_its_id(case: Case) -> None:
    assert events_error(HEADER + "2018-04-02,宣传办,swo,x,\n", case) == (
        "events.csv:2 [actor]: '宣传办' is not an actor of this case; did you mean 'gov'? "
        "actors: gov, swo, residents"
    )


def test_bad_event_date(case: Case) -> None:
    assert events_error(HEADER + "2018/04/02,gov,,x,\n", case) == (
        "events.csv:2 [date]: '2018/04/02' is not an ISO date; write it as 2018-04-02"
    )


def test_event_date_that_is_no_calendar_day(case: Case) -> None:
    assert events_error(HEADER + "2018-06-31,gov,,x,\n", case) == (
        "events.csv:2 [date]: '2018-06-31' is not a real calendar date; check the month and the day"
    )


def test_empty_summary(case: Case) -> None:
    assert events_error(HEADER + "2018-04-02,gov,,,\n", case) == (
        "events.csv:2 [summary]: is empty; say what happened"
    )


def test_missing_event_columns(case: Case) -> None:
    assert events_error("when,actor,summary\n2018-04-02,gov,x\n", case) == (
        "events.csv:1: the columns must be date,actor,summary (and optional: target, codes); "
        "found: when,actor,summary (missing: date; unknown: when)"
    )


def test_too_many_values(case: Case) -> None:
    assert events_error(HEADER + "2018-04-02,gov,,x,y,z\n", case) == (
        "events.csv:2: has 6 values but the header has 5 columns; "
        "put values that contain commas in double quotes"
    )


def test_empty_events_file(case: Case) -> None:
    with pytest.raises(CaseFormatError, match=r"^events\.csv: is empty; the first line must be"):
        read_events(b"", case)


def test_codings_are_read() -> None:
    text = (
        "source,start,end,code,coder,memo\n"
        "2018-03-15-field-note.md,120,188,gov.control.approval,coder-a,\n"
        "sub/interview.md,0,50,swo.compliance,coder-b,whole answer\n"
    )
    assert read_codings(text.encode(), LENGTHS) == [
        Coding("2018-03-15-field-note.md", 120, 188, "gov.control.approval", "coder-a", ""),
        Coding("sub/interview.md", 0, 50, "swo.compliance", "coder-b", "whole answer"),
    ]


CODINGS = "source,start,end,code,coder\n"


def test_unknown_source_suggests_a_close_one() -> None:
    assert codings_error(CODINGS + "2018-03-15-fieldnote.md,1,2,c,a\n") == (
        "codings.csv:2 [source]: '2018-03-15-fieldnote.md' is not a source of this case; "
        "did you mean '2018-03-15-field-note.md'? name sources by their path under sources/ "
        "(e.g. 2018-03-15-field-note.md)"
    )


def test_offset_past_the_end() -> None:
    assert codings_error(CODINGS + "sub/interview.md,40,51,c,a\n") == (
        "codings.csv:2 [end]: end 51 is past the end of 'sub/interview.md', whose body text has "
        "50 characters; offsets count code points into the body after the front matter"
    )


def test_start_not_before_end() -> None:
    assert codings_error(CODINGS + "sub/interview.md,10,10,c,a\n") == (
        "codings.csv:2 [start]: start 10 is not before end 10; end is exclusive "
        "(one character is start, start + 1)"
    )


@pytest.mark.parametrize("value", ["-1", "1.5", "x"])
def test_bad_offset(value: str) -> None:
    assert codings_error(CODINGS + f"sub/interview.md,{value},10,c,a\n") == (
        f"codings.csv:2 [start]: {value!r} is not a character offset; offsets are whole numbers "
        "from 0 (code points into the body text)"
    )


def test_coder_is_required() -> None:
    assert codings_error(CODINGS + "sub/interview.md,1,10,c,\n") == (
        "codings.csv:2 [coder]: is empty; say who coded (e.g. coder-a)"
    )


def test_code_is_required() -> None:
    assert codings_error(CODINGS + "sub/interview.md,1,10,,a\n") == (
        "codings.csv:2 [code]: is empty; give the code id"
    )


def test_missing_coder_column() -> None:
    assert codings_error("source,start,end,code\n") == (
        "codings.csv:1: the columns must be source,start,end,code,coder (and optional: memo); "
        "found: source,start,end,code (missing: coder)"
    )


def test_doubled_column() -> None:
    assert codings_error("source,start,end,code,coder,code\n").endswith("(twice: code)")


def test_codes_outside_the_framework_are_kept_and_named_once_with_their_first_line(
    case: Case,
) -> None:
    check = CodeCheck(["gov.explore.procure", "gov.control.approval"], "gpps-lifecycle")
    events = read_events(
        (
            HEADER + "2018-04-02,gov,,a,gov.explore.procur;gov.control.approval\n"
            "2018-04-03,gov,,b,gov.explore.procur\n"
            "2018-04-04,gov,,c,my.own.code\n"
        ).encode(),
        case,
        check=check,
    )
    assert events[0].codes == ("gov.explore.procur", "gov.control.approval")
    codings = read_codings(
        b"source,start,end,code,coder\n2018-03-15-field-note.md,0,4,gov.explore.procure,a\n"
        b"sub/interview.md,0,4,gov.control.aproval,a\n",
        LENGTHS,
        check=check,
    )
    assert [c.code for c in codings] == ["gov.explore.procure", "gov.control.aproval"]
    assert check.warnings == [
        "events.csv:2 [codes]: 'gov.explore.procur' is not a code of the framework "
        "'gpps-lifecycle'; did you mean 'gov.explore.procure'? kept, but the analysis "
        "cannot use it",
        "events.csv:4 [codes]: 'my.own.code' is not a code of the framework "
        "'gpps-lifecycle'; kept, but the analysis cannot use it",
        "codings.csv:3 [code]: 'gov.control.aproval' is not a code of the framework "
        "'gpps-lifecycle'; did you mean 'gov.control.approval'? kept, but the analysis "
        "cannot use it",
    ]


def test_event_codes_separated_by_commas_or_full_width_marks_are_split(case: Case) -> None:
    text = (
        HEADER + '2018-04-02,gov,,a,"gov.control.approval, gov.control.reporting"\n'
        "2018-04-03,gov,,b,gov.control.approval；gov.control.reporting\n"
        "2018-04-04,gov,,c, gov.control.approval ; \n"
    )
    assert [e.codes for e in read_events(text.encode(), case)] == [
        ("gov.control.approval", "gov.control.reporting"),
        ("gov.control.approval", "gov.control.reporting"),
        ("gov.control.approval",),
    ]


SEMICOLONS = "date;actor;target;summary;codes\n2018-04-02;gov;swo;镇里来检查;\n".encode()
# Excel's "Unicode text": UTF-16 with a byte-order mark, tabs, CRLF.
UTF16_TABS = "date\tactor\ttarget\tsummary\tcodes\r\n2018-04-02\tgov\tswo\t镇里来检查\t\r\n".encode(
    "utf-16"
)


@pytest.mark.parametrize("data", [SEMICOLONS, UTF16_TABS], ids=["semicolons", "utf16-tabs"])
def test_excel_semicolon_and_tab_tables_are_read(data: bytes, case: Case) -> None:
    (event,) = read_events(data, case)
    assert (event.actor, event.target, event.summary) == ("gov", "swo", "镇里来检查")


def test_a_semicolon_table_row_with_too_many_values_names_semicolons(case: Case) -> None:
    text = "date;actor;target;summary;codes\n2018-04-02;gov;swo;a;b;c\n"
    assert events_error(text, case) == (
        "events.csv:2: has 6 values but the header has 5 columns; "
        "put values that contain semicolons in double quotes"
    )


def test_the_code_ids_are_read_only_when_a_table_names_a_code(case: Case) -> None:
    def never() -> list[str]:
        raise AssertionError("the framework's codes were read for a table without codes")

    check = CodeCheck(never, "gpps-lifecycle")
    assert read_events((HEADER + "2018-04-02,gov,,a,\n").encode(), case, check=check)
    assert check.warnings == []


def test_event_codes_as_case_format_writes_them_name_the_acting_actors_codes(case: Case) -> None:
    # case-format.md's own events.csv: control.approval;control.reporting for gov's codes
    known = ["gov.control.approval", "gov.control.reporting", "gov.explore", "swo.explore",
             "swo.resist.refuse", "rel.trust"]  # fmt: skip
    check = CodeCheck(known, "gpps-lifecycle")
    events = read_events(
        (
            HEADER + "2018-04-02,gov,swo,镇里要求每周上报台账,control.approval;control.reporting\n"
            "2018-04-03,swo,gov,机构试探合作,explore;resist.refuse;trust\n"
            "2018-04-04,residents,,居民来看,explore;approval.x\n"
        ).encode(),
        case,
        check=check,
    )
    assert [e.codes for e in events] == [
        ("gov.control.approval", "gov.control.reporting"),
        ("swo.explore", "swo.resist.refuse", "rel.trust"),
        ("explore", "approval.x"),  # whose explore? neither: kept as written, and named
    ]
    assert [w.split(" [")[0] + " " + w.split("'")[1] for w in check.warnings] == [
        "events.csv:4 explore", "events.csv:4 approval.x"
    ]  # fmt: skip


def test_a_spreadsheets_own_column_is_a_warning_where_warnings_are_kept(case: Case) -> None:
    text = "date,actor,target,summary,codes,notes,page\n2018-04-02,gov,swo,镇里来检查,,见附件,3\n"
    warnings: list[str] = []
    (event,) = read_events(text.encode(), case, warnings=warnings)
    assert event.summary == "镇里来检查"
    assert warnings == [
        "events.csv:1: columns 'notes', 'page' not read (it reads date,actor,target,summary,codes)"
    ]
    # without a place for warnings (as before), and for a misspelt column: an error
    assert "unknown: notes, page" in events_error(text, case)
    with pytest.raises(CaseFormatError, match="unknown: cods"):
        read_events(b"date,actor,summary,cods\n2018-04-02,gov,a,x\n", case, warnings=[])
    codings: list[str] = []
    rows = read_codings(
        b"source,start,end,code,coder,comment\nsub/interview.md,0,4,gov.explore,a,ok\n",
        LENGTHS,
        warnings=codings,
    )
    assert [c.code for c in rows] == ["gov.explore"]
    assert codings == [
        "codings.csv:1: column 'comment' not read (it reads source,start,end,code,coder,memo)"
    ]
