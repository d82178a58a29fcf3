"""A yearless date beside an expression naming a year takes that year (issue #2 item 5)."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from test_place import _case, _source
from test_place_equivalence import _reference

from relcycle.domain import Case, Precision
from relcycle.sources.folder import CaseFolder
from relcycle.sources.timeexpr import place_segments

LTOWN = Path(__file__).resolve().parents[2] / "src/relcycle/examples/ltown"


def _placed(text: str, day: date) -> tuple[date, date, str | None]:
    source, segments = _source(text, day=day)
    anchors = place_segments(segments, source, _case())
    assert anchors == _reference(segments, source, _case())  # fast path == plain path
    (anchor,) = anchors
    return anchor.start, anchor.end, anchor.note


@pytest.mark.parametrize(
    ("source_id", "borrowed_from"),
    [
        ("2019-11-05-interview-swo-director.md", "中期评估以后"),
        ("2019-12-18-interview-town-staff-liu.md", "中期评估"),
    ],
)
def test_ltown_interviews_recall_the_national_day_of_2018(
    source_id: str, borrowed_from: str
) -> None:
    reader = CaseFolder(LTOWN)
    (parsed,) = [p for p in reader.iter_sources() if p.source.id == source_id]
    (anchor,) = [
        a
        for s, a in zip(parsed.segments, parsed.anchors, strict=True)
        if "回绝了国庆" in s.text or "拒绝了国庆" in s.text
    ]
    assert (anchor.start, anchor.end) == (date(2018, 10, 1), date(2018, 10, 7))
    assert anchor.expression == "国庆" and anchor.precision is Precision.WEEK
    assert anchor.note is not None
    assert f"'国庆' takes the year 2018 of '{borrowed_from}'" in anchor.note
    segments = list(parsed.segments)
    assert list(parsed.anchors) == _reference(segments, parsed.source, reader.case)


def test_absolute_year_before_a_festival_lends_it_its_year() -> None:
    start, end, note = _placed("2018年，我们在国庆期间办了游园会。", date(2019, 11, 5))
    assert (start, end) == (date(2018, 10, 1), date(2018, 10, 7))
    assert note is not None and "takes the year 2018 of '2018年'" in note


def test_lunar_festival_takes_the_year_of_qunian() -> None:
    start, end, _ = _placed("去年我们搞了一次活动，中秋那天来了很多人。", date(2019, 12, 10))
    assert (start, end) == (date(2018, 9, 24), date(2018, 9, 24))  # 中秋 2018 (lunar 8/15)


def test_bare_month_takes_the_year_of_the_project_year() -> None:
    start, end, note = _placed("项目第二年年初，九月我们开始拒绝加派的任务。", date(2019, 12, 10))
    assert (start, end) == (date(2018, 9, 1), date(2018, 9, 30))
    assert note is not None and "'项目第二年年初'" in note


def test_last_year_lends_christmas_its_year() -> None:
    start, end, note = _placed(
        "Last year the centre was busy; at Christmas the volunteers ran a party.",
        date(2019, 12, 28),  # the latest Christmas is 2019's: last year says 2018
    )
    assert (start, end) == (date(2018, 12, 24), date(2018, 12, 26))
    assert note is not None and "takes the year 2018 of 'Last year'" in note


def test_a_year_that_would_put_the_festival_after_the_source_date_leaves_it() -> None:
    # 今年's 国庆 (2019-10-01) is after a note of 2019-08-24: the 国庆 of 2018 stands.
    start, end, note = _placed("今年经费紧张，国庆的活动办得很简单。", date(2019, 8, 24))
    assert (start, end) == (date(2018, 10, 1), date(2018, 10, 7))
    assert note is None or "takes the year" not in note


def test_without_a_year_beside_it_the_latest_occurrence_stands() -> None:
    start, end, note = _placed("国庆的时候镇里抽了人。", date(2019, 11, 5))
    assert (start, end) == (date(2019, 10, 1), date(2019, 10, 7))
    assert note is None


def test_a_year_after_the_date_is_a_comparison_and_lends_nothing() -> None:
    start, end, note = _placed("元宵节晚上的活动和去年差不多。", date(2019, 2, 19))
    assert (start, end) == (date(2019, 2, 19), date(2019, 2, 19))
    assert note is None or "takes the year" not in note


def test_a_date_that_names_its_year_is_not_moved() -> None:
    start, end, _ = _placed("2018年，去年国庆镇里抽了人。", date(2019, 11, 5))
    assert (start, end) == (date(2018, 10, 1), date(2018, 10, 7))
    start, end, note = _placed("2017年，2019年3月我们搬了家。", date(2019, 11, 5))
    assert (start, end) == (date(2019, 3, 1), date(2019, 3, 31))
    assert note is None or "takes the year" not in note


def _fiscal_case(currency: str) -> Case:
    case = _case()
    assert case.contract is not None
    contract = dataclasses.replace(case.contract, terms={"term_months": 24, "currency": currency})
    return dataclasses.replace(case, contract=contract)


def test_a_financial_quarter_without_a_year_lends_none_to_a_month() -> None:
    # CAD: April to March. The Q2 behind a note of 2019-01-18 is July-September 2018, read
    # as a yearless month is; it names no year, and January stays the January of the note.
    text = "Finance has the Q2 invoice on hold until the January return is in."
    source, segments = _source(text, day=date(2019, 1, 18))
    source = dataclasses.replace(source, kind="message")
    case = _fiscal_case("CAD")
    (anchor,) = place_segments(segments, source, case)
    assert (anchor.start, anchor.end) == (date(2019, 1, 1), date(2019, 1, 31))
    assert anchor.note is not None and "takes the year" not in anchor.note
    assert [anchor] == _reference(segments, source, case)


def test_a_quarter_without_a_year_takes_the_year_before_it() -> None:
    start, end, note = _placed("In 2018 things were rough: in Q2 the council froze the grant.",
                               date(2019, 12, 10))  # fmt: skip
    assert (start, end) == (date(2018, 4, 1), date(2018, 6, 30))
    assert note is not None and "'Q2' takes the year 2018 of '2018'" in note


def test_a_bare_season_takes_the_year_of_qunian() -> None:
    start, end, note = _placed("去年镇里换了书记，秋天的时候开始查台账。", date(2019, 12, 10))
    assert (start, end) == (date(2018, 9, 1), date(2018, 11, 30))
    assert note is not None and "'秋天' takes the year 2018 of '去年'" in note
