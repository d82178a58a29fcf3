"""Placements an outsider found wrong in a US county's case (marlow-county-meals-us).

Years written with an apostrophe (the spring of '22), AP-style month
abbreviations with a dot (Oct. 30), a day written month-first without its
year after a preposition (the board's letter of 09/25), and a plan said with
"will … at" or "would then have … by" in a note written at the time.
"""

from __future__ import annotations

from datetime import date

import pytest

from relcycle.domain import Actor, Case, Contract, Segment, Source
from relcycle.sources.timeexpr import TimeContext, find_mentions, place_segments
from relcycle.sources.timeexpr.en_calendar import short_year
from relcycle.sources.timeexpr.find import scan_text
from relcycle.sources.timeexpr.numeric import AMBIGUOUS


def _case(currency: str = "USD") -> Case:
    actors = (Actor("gov", "county", "government"), Actor("swo", "nonprofit", "social_org"))
    terms = {"start": "2021-07-01", "currency": currency}
    contract = Contract(terms, start=date(2021, 7, 1), end=date(2024, 6, 30))
    return Case("c", "c", "en", "month", date(2021, 7, 1), date(2024, 6, 30), actors, contract)


def _place(text: str, day: date, kind: str = "interview", currency: str = "USD"
           ) -> tuple[date, date, str | None]:  # fmt: skip
    source = Source("s.md", kind, day, None, None, text, "s.md", "utf-8", "0" * 64)
    segment = Segment("s.md", 0, 0, len(text), text)
    (anchor,) = place_segments([segment], source, _case(currency))
    return anchor.start, anchor.end, anchor.expression


def _ctx(day: date, prospective: bool = True, day_first: bool | None = None) -> TimeContext:
    return TimeContext(day, date(2021, 7, 1), date(2024, 6, 30), prospective=prospective,
                       day_first=day_first)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expression", "start", "end"),
    [
        ("Back in the spring of '22 we tried a Saturday route.", "the spring of '22",
         date(2022, 3, 1), date(2022, 5, 31)),
        ("In the summer of ’23 they turned a driver down.", "the summer of ’23",
         date(2023, 6, 1), date(2023, 8, 31)),
        ("In March '22 Linda said do it.", "March '22", date(2022, 3, 1), date(2022, 3, 31)),
        ("By the end of '22 the board had flipped.", "the end of '22",
         date(2022, 10, 1), date(2022, 12, 31)),
        ("We first bid in '21, and it was easy.", "in '21", date(2021, 1, 1), date(2021, 12, 31)),
    ],
)  # fmt: skip
def test_a_year_written_with_an_apostrophe_is_that_year(
    text: str, expression: str, start: date, end: date
) -> None:
    assert _place(text, date(2024, 9, 10)) == (start, end, expression)


def test_an_apostrophe_year_is_in_the_century_nearest_the_source() -> None:
    assert short_year("22", date(2024, 9, 10)) == 2022
    assert short_year("99", date(2024, 9, 10)) == 1999
    assert short_year("30", date(2024, 9, 10)) == 2030


def test_a_quoted_number_is_not_a_year() -> None:
    assert find_mentions("She wrote '22 people came' on the sheet.", _ctx(date(2024, 9, 10))) == []


@pytest.mark.parametrize(
    ("text", "expression", "day"),
    [
        ("The association wrote to the supervisors on Oct. 30 that the list goes too far.",
         "Oct. 30", date(2023, 10, 30)),
        ("The board met Sept. 5, 2023, and voted.", "Sept. 5, 2023", date(2023, 9, 5)),
        ("The story ran on Nov. 8.", "Nov. 8", date(2023, 11, 8)),
    ],
)  # fmt: skip
def test_an_abbreviated_month_with_a_dot_names_its_day(
    text: str, expression: str, day: date
) -> None:
    assert _place(text, date(2023, 11, 8), "news") == (day, day, expression)


def test_a_yearless_numeric_day_reads_the_cases_order() -> None:
    text = "As the board said on 09/25, the pull is not in the scope."
    assert _place(text, date(2023, 10, 6), "message") == (
        date(2023, 9, 25),
        date(2023, 9, 25),
        "09/25",
    )
    # a day-first case reads 09/05 as 9 May, the latest before the source's date
    text = "The pull was due 09/05 and nothing came."
    assert _place(text, date(2023, 10, 6), "message", "GBP")[0] == date(2023, 5, 9)


def test_a_yearless_numeric_day_is_left_open_when_nothing_says_the_order() -> None:
    mentions, unresolved = scan_text("Per the direction of 02/07, send it.", _ctx(date(2023, 3, 2)))
    assert mentions == []
    assert [(u.expression, u.reason) for u in unresolved] == [("02/07", AMBIGUOUS)]
    # a day over 12 says it outright
    (mention,) = find_mentions("Per the direction of 25/09, send it.", _ctx(date(2023, 10, 2)))
    assert mention.interval_start == date(2023, 9, 25)


@pytest.mark.parametrize(
    "text", ["They scored 9/25 on the audit.", "Meals rose 3/4 of the way to target."]
)
def test_a_fraction_or_score_is_not_a_day(text: str) -> None:
    assert find_mentions(text, _ctx(date(2023, 10, 2), day_first=False)) == []


@pytest.mark.parametrize(
    ("text", "day", "start", "end"),
    [
        ("Linda told Rosa today that she will retire at the end of December.",
         date(2022, 9, 20), date(2022, 12, 21), date(2022, 12, 31)),
        ("Keller said the County would then have no provider by July.",
         date(2023, 12, 12), date(2024, 7, 1), date(2024, 7, 31)),
        # "would have" and a participle looks back: the March behind
        ("Keller said they would have signed it in March.",
         date(2023, 12, 12), date(2023, 3, 1), date(2023, 3, 31)),
    ],
)  # fmt: skip
def test_will_or_would_and_a_verb_before_a_yearless_time_in_a_note(
    text: str, day: date, start: date, end: date
) -> None:
    (mention,) = find_mentions(text, _ctx(day))
    assert (mention.interval_start, mention.interval_end) == (start, end)


def _fy_case(terms: dict[str, str]) -> Case:
    actors = (Actor("gov", "county", "government"), Actor("swo", "nonprofit", "social_org"))
    contract = Contract(terms, start=date(2021, 7, 1), end=date(2024, 6, 30))
    return Case("c", "c", "en", "month", date(2021, 7, 1), date(2024, 6, 30), actors, contract)


@pytest.mark.parametrize(
    ("text", "day", "start", "end"),
    [
        ("Rosa mentioned the Q1 report would be a week late.",
         date(2021, 10, 5), date(2021, 7, 1), date(2021, 9, 30)),
        ("The Q3 report was accepted as filed.", date(2024, 4, 16), date(2024, 1, 1),
         date(2024, 3, 31)),
        ("The Q4 report went in on time.", date(2022, 7, 12), date(2022, 4, 1),
         date(2022, 6, 30)),
    ],
)  # fmt: skip
def test_a_yearless_quarter_is_the_financial_year_s(
    text: str, day: date, start: date, end: date
) -> None:
    source = Source("s.md", "field_note", day, None, None, text, "s.md", "utf-8", "0" * 64)
    segment = Segment("s.md", 0, 0, len(text), text)
    case = _fy_case({"start": "2021-07-01", "fiscal_year": "July 1 - June 30"})
    (anchor,) = place_segments([segment], source, case)
    assert (anchor.start, anchor.end) == (start, end)
    # a case whose financial year is the calendar's (or not said) keeps the calendar quarter
    (anchor,) = place_segments([segment], source, _fy_case({"currency": "EUR"}))
    assert anchor.start.month in (1, 4, 7, 10)
    assert (anchor.start.month - 1) // 3 + 1 == int(text.split("Q")[1][0])


@pytest.mark.parametrize(
    "text",
    [
        "She is worried about what comes in January.",
        "Staff are afraid of cuts next month.",
        "The board fears cuts next year.",
    ],
)
def test_a_worry_about_a_time_ahead_is_said_now(text: str) -> None:
    assert _place(text, date(2022, 12, 14), "field_note")[:2] == (
        date(2022, 12, 14),
        date(2022, 12, 14),
    )


@pytest.mark.parametrize(
    ("text", "day", "start", "end"),
    [
        ("We will file the report for July–September on time.", date(2023, 10, 6),
         date(2023, 7, 1), date(2023, 9, 30)),
        ("We served 11,842 meals (October through December), up 9%.", date(2022, 2, 16),
         date(2021, 10, 1), date(2021, 12, 31)),
        ("From November to February the storm boxes went out.", date(2022, 2, 16),
         date(2021, 11, 1), date(2022, 2, 28)),
    ],
)  # fmt: skip
def test_a_span_of_two_months_without_a_year_is_one_mention(
    text: str, day: date, start: date, end: date
) -> None:
    (mention,) = find_mentions(text, _ctx(day))
    assert (mention.interval_start, mention.interval_end) == (start, end)


@pytest.mark.parametrize(
    "text", ["It got a rating of 4/5 from clients.", "Staff time was cut by 1/3 this year."]
)
def test_a_fraction_after_of_or_by_is_not_a_day(text: str) -> None:
    assert [
        m.expression for m in find_mentions(text, _ctx(date(2023, 10, 2), day_first=False))
    ] in (
        [],
        ["this year"],
    )


def test_a_one_digit_day_after_on_is_a_day() -> None:
    (mention,) = find_mentions(
        "The board met on 9/5 and voted.", _ctx(date(2023, 10, 2), False, False)
    )
    assert mention.interval_start == date(2023, 9, 5)


def test_a_yearless_span_of_months_lends_no_year() -> None:
    text = (
        "We served 11,842 meals in Q2 of the fiscal year (October through December). "
        "The County's van made the storm week in January possible."
    )
    assert _place(text, date(2022, 2, 16), "minutes")[:2] == (date(2022, 1, 1), date(2022, 1, 31))


def test_a_line_headed_follow_up_looks_ahead_in_a_note() -> None:
    text = "Kitchen clean.\nFollow-up: joint planning session for the storm plan in October."
    (mention,) = find_mentions(text, _ctx(date(2021, 7, 13)))
    assert mention.interval_start == date(2021, 10, 1)
    # the same words on a plain line, or recalled in an interview, keep the latest October
    (mention,) = find_mentions(
        "We had a joint planning session in October.", _ctx(date(2021, 7, 13))
    )
    assert mention.interval_start == date(2020, 10, 1)
    # (a year on: the October behind is the project's, not one before it began)
    (mention,) = find_mentions(text, _ctx(date(2022, 7, 13), prospective=False))
    assert mention.interval_start == date(2021, 10, 1)
