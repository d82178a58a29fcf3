"""A speaker's self-correction: the time corrected away places nothing (timeexpr/corrections.py)."""

from __future__ import annotations

from datetime import date

import pytest
from test_place import _case, _source

from relcycle.sources.timeexpr import place_segments
from relcycle.sources.timeexpr.corrections import EARLIER, LATER, NEITHER, REASON, rejected
from relcycle.sources.timeexpr.find import scan_text
from relcycle.sources.timeexpr.model import TimeContext


def _between(text: str, first: str, second: str) -> int:
    a = text.index(first)
    return rejected(text, a, a + len(first), text.index(second, a + len(first)))


@pytest.mark.parametrize(
    ("text", "first", "second", "wrong"),
    [
        ("前年三月……不对不对，去年三月，我们开始进驻。", "前年三月", "去年三月", EARLIER),
        ("2019年，哦不，是2018年底签的合同。", "2019年", "2018年底", EARLIER),
        ("去年吧，应该是前年，街道来检查。", "去年", "前年", EARLIER),
        ("2020年，我记错了，2021年才开始。", "2020年", "2021年", EARLIER),
        ("In March 2019, sorry, April 2019 they cut the grant.", "March 2019", "April 2019",
         EARLIER),
        ("the year before last - no, last year, in the February", "the year before last",
         "last year", EARLIER),
        ("March, I mean April", "March", "April", EARLIER),
        ("是2019年，不是2018年。", "2019年", "2018年", LATER),
        ("in 2019, not 2018", "2019", "2018", LATER),
        ("不是2019年，是2018年。", "2019年", "2018年", EARLIER),
        ("not in 2019 but in 2020", "2019", "2020", EARLIER),
        # words between that are no correction: both times stand
        ("2019年的数据不对，2020年的才准。", "2019年", "2020年", NEITHER),
        ("项目2019年成立，应该是2020年进驻。", "2019年", "2020年", NEITHER),
        ("2018年与2019年", "2018年", "2019年", NEITHER),
        ("in May 2019 and June 2019", "May 2019", "June 2019", NEITHER),
        ("by 2019, no later than March 2020", "2019", "March 2020", NEITHER),
        ("去年三月进驻。后来过了很久很久很久很久很久很久，不对，今年", "去年三月", "今年",
         NEITHER),
    ],
)  # fmt: skip
def test_which_time_the_words_between_reject(text: str, first: str, second: str,
                                             wrong: int) -> None:  # fmt: skip
    assert _between(text, first, second) == wrong


def test_an_interview_corrected_to_last_year_is_placed_last_year() -> None:
    source, segments = _source("答：前年三月……不对，去年三月，镇里开始要求我们每周报台账。")
    (anchor,) = place_segments(segments, source, _case())
    assert (anchor.start, anchor.end, anchor.expression) == (
        date(2018, 3, 1),
        date(2018, 3, 31),
        "去年三月",
    )


def test_a_denied_time_places_nothing_even_when_more_specific() -> None:
    source, segments = _source("答：是2018年，不是2019年3月，街道才开始派任务。")
    (anchor,) = place_segments(segments, source, _case())
    assert (anchor.start, anchor.end) == (date(2018, 1, 1), date(2018, 12, 31))


def test_the_corrected_time_is_reported_unresolved_with_the_reason() -> None:
    ctx = TimeContext(date(2021, 6, 1), date(2018, 1, 1), date(2021, 12, 31))
    found, unresolved = scan_text("In March 2019, sorry, April 2019 they cut the grant.", ctx)
    assert [m.expression for m in found] == ["April 2019"]
    assert [(u.expression, u.reason) for u in unresolved] == [("March 2019", REASON)]
