"""British councils' financial-year quarters and split years (April to March).

An outsider's English case wrote its monitoring periods as ``Q3 2022/23`` and
``Quarter 1 2021/22``: they were read as the calendar's Q3 2022 (July to
September, a quarter early) and not at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from relcycle.domain import Actor, Case, Contract, Segment, Source
from relcycle.sources.timeexpr import place_segments


def _case(currency: str | None = "GBP") -> Case:
    actors = (Actor("gov", "council", "government"), Actor("swo", "charity", "social_org"))
    terms = {"start": "2021-04-01"} | ({"currency": currency} if currency else {})
    contract = Contract(terms, start=date(2021, 4, 1), end=date(2024, 3, 31))
    return Case("c", "c", "en", "quarter", date(2021, 4, 1), date(2024, 3, 31), actors, contract)


def _place(text: str, currency: str | None = "GBP") -> tuple[date, date, str | None]:
    day = date(2023, 1, 20)
    source = Source("s.md", "report", day, None, None, text, "s.md", "utf-8", "0" * 64)
    segment = Segment("s.md", 0, 0, len(text), text)
    (anchor,) = place_segments([segment], source, _case(currency))
    return anchor.start, anchor.end, anchor.expression


@pytest.mark.parametrize(
    ("text", "start", "end", "expression"),
    [
        ("Reporting period: Q3 2022/23.", date(2022, 10, 1), date(2022, 12, 31), "Q3 2022/23"),
        ("A review in Q4 2022/23, then", date(2023, 1, 1), date(2023, 3, 31), "Q4 2022/23"),
        ("Q2 2022-23 figures", date(2022, 7, 1), date(2022, 9, 30), "Q2 2022-23"),
        ("Meeting - Quarter 1 2021/22", date(2021, 4, 1), date(2021, 6, 30), "Quarter 1 2021/22"),
        (
            "in the third quarter of 2022/23",
            date(2022, 10, 1),
            date(2022, 12, 31),
            "the third quarter of 2022/23",
        ),
        ("The 2022/23 Q4 return", date(2023, 1, 1), date(2023, 3, 31), "2022/23 Q4"),
    ],
)
def test_a_quarter_of_a_split_year_is_the_financial_years(
    text: str, start: date, end: date, expression: str
) -> None:
    assert _place(text) == (start, end, expression)


@pytest.mark.parametrize(
    ("text", "start", "expression"),
    [
        ("Targets for 2021/22 are indicative.", date(2021, 4, 1), "2021/22"),
        ("GBP 25,000 for 2022/23.", date(2022, 4, 1), "2022/23"),
        ("The 2022/2023 budget was cut.", date(2022, 4, 1), "2022/2023"),
    ],
)
def test_a_split_year_alone_is_a_financial_year(text: str, start: date, expression: str) -> None:
    found, end, said = _place(text)
    assert (found, end, said) == (start, date(start.year + 1, 3, 31), expression)


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Dates: 01/04/2021 - 30/06/2021.", "01/04/2021"),
        ("It closed on 2021-06-30.", "2021-06-30"),
        ("Q3 2022 was the calendar's.", "Q3 2022"),
    ],
)
def test_dates_and_calendar_quarters_are_not_split_years(text: str, expression: str) -> None:
    assert _place(text)[2] == expression


def test_without_a_financial_year_a_split_years_quarter_is_left_unplaced() -> None:
    day = date(2023, 1, 20)
    assert _place("Reporting period: Q3 2022/23.", currency=None) == (day, day, None)


def test_a_split_year_alone_without_a_financial_year_is_no_time() -> None:
    day = date(2023, 1, 20)
    assert _place("Targets for 2021/22 are indicative.", currency=None) == (day, day, None)


def test_with_a_calendar_financial_year_the_quarter_is_the_first_years() -> None:
    assert _place("Reporting period: Q3 2022/23.", currency="CNY")[:2] == (
        date(2022, 7, 1),
        date(2022, 9, 30),
    )


def _interview(text: str, day: date) -> tuple[date, str | None, str | None]:
    source = Source("i.md", "interview", day, None, None, text, "i.md", "utf-8", "0" * 64)
    segment = Segment("i.md", 0, 0, len(text), text)
    (anchor,) = place_segments([segment], source, _case())
    return anchor.start, anchor.expression, anchor.note


def test_a_month_after_last_financial_year_in_an_interview_is_within_it() -> None:
    text = "Last financial year was the hard one: the 10% cut from January, monthly returns."
    start, expression, note = _interview(text, date(2024, 2, 13))
    assert (start, expression) == (date(2023, 1, 1), "January")
    assert note is not None and "Last financial year" in note


def test_a_financial_year_named_as_a_label_lends_no_year() -> None:
    text = "The final FY2022-23 instalment is withheld; we drew on reserves in August."
    assert _interview(text, date(2023, 10, 20))[:2] == (date(2023, 8, 1), "August")
