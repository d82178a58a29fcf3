"""In an interview, a yearless date continues the year the last answer named.

去年三月 in one answer, 五月份 in the next: the May of that same year, not the
latest May before the interview (found by an outside tester's case,
xitang-children-home-zh).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from test_place import _case, _source
from test_place_equivalence import _reference

from relcycle.domain import TimeAnchor
from relcycle.sources.folder import CaseFolder
from relcycle.sources.timeexpr import place_segments

XITANG = Path(__file__).resolve().parents[2] / "tests/data/cases/xitang-children-home-zh"
INTERVIEW = date(2019, 12, 10)


def _placed(*paragraphs: str, kind: str = "interview") -> list[TimeAnchor]:
    source, segments = _source(*paragraphs, day=INTERVIEW)
    source = replace(source, kind=kind)
    anchors = place_segments(segments, source, _case())
    assert anchors == _reference(segments, source, _case())  # fast path == plain path
    return anchors


def test_a_bare_month_in_the_next_answer_continues_the_year_just_named() -> None:
    anchors = _placed(
        "答：去年三月，镇里让我们的社工去值守。",
        "问：这个持续了多久？",
        "答：五月份才撤，接着又是创文。",
    )
    assert (anchors[2].start, anchors[2].end) == (date(2018, 5, 1), date(2018, 5, 31))
    assert anchors[2].note is not None
    assert "'五月份' continues the year 2018 of '去年三月' before it" in anchors[2].note


def test_a_festival_after_the_time_named_continues_its_year() -> None:
    anchors = _placed("答：2018年春天周主任来分管。", "答：国庆的时候还让我们去摆摊。")
    assert (anchors[1].start, anchors[1].end) == (date(2018, 10, 1), date(2018, 10, 7))


def test_a_date_before_the_time_named_is_the_latest_one() -> None:
    """去年十月 …, then 春节前后: the Spring Festival after it, not the one before."""
    anchors = _placed("答：去年十月我写了一份情况说明。", "答：春节前后，钱还是没到。")
    # the Spring Festival of 2018 (16 February) is before October 2018: the one after it
    # (within half a year), which is here also the latest one
    assert anchors[1].start.year == 2019
    assert anchors[1].note == "'春节前后' follows '去年十月': the year 2019 after it"


def test_a_date_after_the_interview_in_that_year_is_not_moved() -> None:
    # mid-December 2019 is after the interview of 2019-12-10: the latest one stands
    anchors = _placed("答：今年三月开始开联席会。", "答：十二月中旬又开了一次。")
    assert (anchors[1].start, anchors[1].end) == (date(2018, 12, 11), date(2018, 12, 20))


def test_a_year_in_its_own_segment_goes_first() -> None:
    anchors = _placed("答：去年三月开始值守。", "答：2017年以后，五月份都很忙。")
    assert anchors[1].start == date(2017, 5, 1)
    assert "takes the year 2017 of '2017年'" in (anchors[1].note or "")


def test_a_date_counted_from_now_borrows_no_year() -> None:
    anchors = _placed("Director: In March 2018 the council came.", "Director: Last May we met.")
    assert anchors[1].start == date(2019, 5, 1)  # last May from December 2019


def test_a_source_written_at_the_time_keeps_its_own_reading() -> None:
    anchors = _placed("去年三月镇里来检查。", "五月份又来了一次。", kind="field_note")
    assert anchors[1].start == date(2019, 5, 1)
    # told as a plan, the nearer May: the coming one (see test_place_soon)
    anchors = _placed("去年三月镇里来检查。", "五月份再来一次。", kind="field_note")
    assert anchors[1].start == date(2020, 5, 1)


def test_xitang_director_recalls_may_of_last_year() -> None:
    reader = CaseFolder(XITANG)
    (parsed,) = [p for p in reader.iter_sources() if p.source.id.startswith("访谈-林晓燕")]
    by_text = {s.text[:6]: a for s, a in zip(parsed.segments, parsed.anchors, strict=True)}
    assert by_text["去年三月，疫"].start == date(2022, 3, 1)
    assert (by_text["五月份核酸点"].start, by_text["五月份核酸点"].end) == (
        date(2022, 5, 1),
        date(2022, 5, 31),
    )
    assert by_text["春节前后，钱"].start.year == 2023  # after 去年十月: the next Spring Festival


def test_a_note_read_first_does_not_change_what_an_interview_carries() -> None:
    # the years a yearless date can take are remembered per case; a note written at the
    # time reads 二月 on 31 December as the coming one, so it must not fill that memory
    from relcycle.sources.timeexpr.neighbours import _IN_YEAR

    _IN_YEAR.clear()
    _placed("2018年1月开会，二月份开始每周报数字。", kind="field_note")  # a note first
    anchors = _placed("答：2018年1月开始的。", "答：二月份就要每周报了。")
    assert (anchors[1].start, anchors[1].end) == (date(2018, 2, 1), date(2018, 2, 28))


def test_a_date_in_traditional_characters_follows_as_in_simplified() -> None:
    """去年十月 …, then 過年前 (Traditional): read as 过年前, it follows as the Simplified does."""
    traditional = _placed("答：去年十月我寫了一份情況說明。", "答：過年前，錢還是沒到。")
    simplified = _placed("答：去年十月我写了一份情况说明。", "答：过年前，钱还是没到。")
    assert (traditional[1].start, traditional[1].end) == (
        simplified[1].start, simplified[1].end
    )  # fmt: skip
    assert traditional[1].note == "'過年前' follows '去年十月': the year 2019 after it"
    assert simplified[1].note == "'过年前' follows '去年十月': the year 2019 after it"
