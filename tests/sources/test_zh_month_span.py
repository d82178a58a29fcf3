"""Chinese spans of months under one year head: 2022年3月至6月, 去年3—6月, 3-6月."""

from __future__ import annotations

from datetime import date

import pytest

from relcycle.domain import Actor, Case, Contract, Segment, Source
from relcycle.sources.timeexpr import place_segments

_CASE = Case(
    "c", "c", "zh", "month", date(2021, 1, 1), date(2024, 12, 31),
    (Actor("gov", "镇政府", "government"), Actor("swo", "机构", "social_org")),
    Contract({}, start=date(2021, 3, 1), end=date(2023, 2, 28)),
)  # fmt: skip


def _place(text: str, day: date = date(2023, 5, 1)) -> tuple[date, date, str | None]:
    source = Source("s.md", "interview", day, None, None, text, "s.md", "utf-8", "0" * 64)
    (anchor,) = place_segments([Segment("s.md", 0, 0, len(text), text)], source, _CASE)
    return anchor.start, anchor.end, anchor.expression


@pytest.mark.parametrize(
    ("text", "first", "last", "expression"),
    [
        ("2022年3月至6月，街道每周都来检查。", date(2022, 3, 1), date(2022, 6, 30),
         "2022年3月至6月"),
        ("从2022年3月到6月，街道每周都来检查。", date(2022, 3, 1), date(2022, 6, 30),
         "从2022年3月到6月"),
        ("2022年3—6月街道每周都来检查。", date(2022, 3, 1), date(2022, 6, 30), "2022年3—6月"),
        ("2022年3月-6月街道每周都来检查。", date(2022, 3, 1), date(2022, 6, 30), "2022年3月-6月"),
        ("2022年3 - 6月台账每周一交。", date(2022, 3, 1), date(2022, 6, 30), "2022年3 - 6月"),
        ("去年3月到6月街道每周都来检查。", date(2022, 3, 1), date(2022, 6, 30), "去年3月到6月"),
        ("2022年11月至2月停了活动。", date(2022, 11, 1), date(2023, 2, 28), "2022年11月至2月"),
        ("2022年11月至2023年2月底停了活动。", date(2022, 11, 1), date(2023, 2, 28),
         "2022年11月至2023年2月底"),
        ("项目第二年3月至5月最忙。", date(2022, 3, 1), date(2022, 5, 31), "项目第二年3月至5月"),
        # a year of two digits (tanghe-jiating-zh's tester: its 6月 alone was kept, in 2021)
        ("缺口主要集中在22年3—6月。", date(2022, 3, 1), date(2022, 6, 30), "22年3—6月"),
    ],
)  # fmt: skip
def test_a_span_of_months_runs_from_the_first_to_the_last(
    text: str, first: date, last: date, expression: str
) -> None:
    assert _place(text) == (first, last, expression)


@pytest.mark.parametrize(
    ("text", "first", "last", "expression"),
    [
        # a day after 到 ends no span of months
        ("2022年3月到6日才交。", date(2022, 3, 1), date(2022, 3, 31), "2022年3月"),
        # ISO dates around 至 are two days, the span rule does not take them
        ("2022-03-01至2022-06-30", date(2022, 3, 1), date(2022, 3, 1), "2022-03-01"),
    ],
)  # fmt: skip
def test_what_is_no_span_of_months(text: str, first: date, last: date, expression: str) -> None:
    assert _place(text) == (first, last, expression)
