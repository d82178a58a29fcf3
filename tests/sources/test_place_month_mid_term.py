"""九月中期评估 is the mid-term review in September, not the middle of September.

Found by an outside tester's case (xitang-children-home-zh): minutes of
2022-07-15 say 九月中期评估前社事办先自查一次; it was read as 九月中 (mid-September)
of the year before.
"""

from __future__ import annotations

from datetime import date

from test_place import _case, _source
from test_place_equivalence import _reference

from relcycle.sources.timeexpr import find_mentions, place_segments
from relcycle.sources.timeexpr.model import TimeContext

MINUTES = TimeContext(
    reference=date(2018, 7, 15),
    case_start=date(2017, 9, 1),
    case_end=date(2019, 12, 31),
    contract_start=date(2017, 9, 1),
    contract_end=date(2019, 8, 31),
    mid_term=date(2018, 9, 1),
    prospective=True,
)


def _found(text: str) -> list[tuple[str, date, date]]:
    return [(m.expression, m.interval_start, m.interval_end) for m in find_mentions(text, MINUTES)]


def test_the_month_of_the_mid_term_review_is_the_reviews_month() -> None:
    assert _found("九月中期评估前社事办先自查一次")[0] == (
        "九月",
        date(2018, 9, 1),
        date(2018, 9, 30),
    )
    assert _found("9月份中期检查")[0] == ("9月份", date(2018, 9, 1), date(2018, 9, 30))


def test_another_month_before_the_review_is_read_as_a_month() -> None:
    # the case's review is in September: 三月中期评估 names March, the latest one
    assert _found("三月中期评估")[0] == ("三月", date(2018, 3, 1), date(2018, 3, 31))


def test_the_middle_of_a_month_is_still_read() -> None:
    assert _found("九月中旬再说")[0][0] == "九月中旬"
    assert _found("三月中，镇里来了")[0] == ("三月中", date(2018, 3, 11), date(2018, 3, 20))


def test_an_interview_places_the_review_month_in_the_reviews_year() -> None:
    source, segments = _source(
        "答：九月中期评估以后，我准备把这件事摆到桌面上来。", day=date(2018, 7, 20)
    )
    (anchor,) = place_segments(segments, source, _case())
    assert anchor == _reference(segments, source, _case())[0]
    assert (anchor.start, anchor.end) == (date(2018, 9, 1), date(2018, 9, 30))
