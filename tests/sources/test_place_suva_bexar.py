"""Placements outsiders found wrong in a Fijian and a Texan case (suva, bexar).

A plan under a heading of plans in a report ("5. Plans for Q2" over "- Review
the pathway before Christmas"), minutes' "to be … tabled in June", a weekday with
a numeric day and month and no year (from Monday 21/02), a weekday with its week
(Friday last week), "the next Tuesday" and "the next week" after a time just
named, and a weekday asked for or worked towards (please process on Monday,
building it for Monday).
"""

from __future__ import annotations

from datetime import date

import pytest

from relcycle.domain import Actor, Case, Contract, Segment, Source
from relcycle.sources.timeexpr import place_segments


def _case_of(start: date, end: date, language: str = "en") -> Case:
    """A case studied (and contracted) from ``start`` to ``end``."""
    actors = (Actor("gov", "ministry", "government"), Actor("swo", "centre", "social_org"))
    contract = Contract({"start": start.isoformat()}, start=start, end=end)
    return Case("c", "c", language, "month", start, end, actors, contract)


def _placed(text: str, day: date, kind: str, case: Case) -> tuple[date, date, str | None]:
    """Where a source of ``kind`` dated ``day`` holding ``text`` alone is placed in ``case``."""
    source = Source("s.md", kind, day, None, None, text, "s.md", "utf-8", "0" * 64)
    segment = Segment("s.md", 0, 0, len(text), text)
    (anchor,) = place_segments([segment], source, case)
    return anchor.start, anchor.end, anchor.expression


def _case() -> Case:
    return _case_of(date(2021, 8, 1), date(2024, 1, 31))


def _place(text: str, day: date, kind: str) -> tuple[date, date, str | None]:
    return _placed(text, day, kind, _case())


PLANS = (
    "5. Plans for Q2 (November 2021 - January 2022)\n"
    "- Resume outreach in Nausori and Nasinu.\n"
    "- Review the referral pathway with DWO Central before Christmas."
)


def test_a_heading_of_plans_over_its_block_looks_ahead_in_a_report() -> None:
    start, end, expression = _place(PLANS, date(2021, 10, 29), "report")
    assert expression == "before Christmas"
    assert (start, end) == (date(2021, 12, 10), date(2021, 12, 23))


def test_the_same_list_without_its_heading_of_plans_keeps_the_christmas_behind() -> None:
    text = PLANS.replace("5. Plans for Q2 (November 2021 - January 2022)", "5. Quarter 1")
    assert _place(text, date(2022, 10, 29), "report")[:2] == (
        date(2021, 12, 10), date(2021, 12, 23)
    )  # fmt: skip


def test_a_heading_of_plans_leads_nothing_in_an_interview() -> None:
    assert _place(PLANS, date(2022, 10, 29), "interview")[:2] == (
        date(2021, 12, 10), date(2021, 12, 23)
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        # the Christmas behind ends before the project began: the coming one
        ("Review the referral pathway before Christmas.", "report", date(2021, 12, 10)),
        ("The pathway review comes before Christmas.", "field_note", date(2021, 12, 10)),
        # told as done, it stays behind, before the project or not
        ("We had reviewed the pathway before Christmas.", "report", date(2020, 12, 10)),
    ],
)
def test_a_yearless_date_behind_the_project_start_looks_ahead(
    text: str, kind: str, day: date
) -> None:
    assert _place(text, date(2021, 10, 29), kind)[0] == day


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Draft to be developed jointly and tabled in June before the Budget.", 6 + 2022 * 100),
        # a past "had to be" is no plan: the June behind
        ("The workshop had to be postponed in June.", 6 + 2021 * 100),
    ],
)
def test_minutes_to_be_and_a_participle_plan_ahead(text: str, month: int) -> None:
    start, _, _ = _place(text, date(2022, 4, 12), "minutes")
    assert (start.year, start.month) == divmod(month, 100)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("We staffed the space from Monday 21/02 for a week.", date(2022, 2, 21)),
        ("We staffed the space from Monday 2/21 for a week.", date(2022, 2, 21)),
        ("The debrief was on Tue 15.2, before the report.", date(2022, 2, 15)),
    ],
)
def test_a_weekday_with_a_numeric_day_and_month_is_that_day(text: str, day: date) -> None:
    assert _place(text, date(2022, 2, 28), "email")[:2] == (day, day)


def test_a_numeric_day_and_month_on_another_weekday_is_no_date() -> None:
    # 21 February 2022 is a Monday, 2 December 2021 a Thursday: neither is a Friday
    start, _, expression = _place("We met on Friday 21/02 at the hall.", date(2022, 2, 28), "email")
    assert expression is None
    assert start == date(2022, 2, 28)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Budget was read on Friday last week.", date(2022, 7, 15)),
        ("We meet on Tuesday of next week.", date(2022, 7, 26)),
        ("The visit is on Monday this week.", date(2022, 7, 18)),
    ],
)
def test_a_weekday_with_its_week(text: str, day: date) -> None:
    assert _place(text, date(2022, 7, 22), "field_note")[:2] == (day, day)  # a Friday


def _place_two(first: str, second: str, day: date, kind: str) -> tuple[date, date, str | None]:
    """The anchor of ``second``, a segment after ``first``."""
    text = f"{first}\n\n{second}"
    source = Source("s.md", kind, day, None, None, text, "s.md", "utf-8", "0" * 64)
    at = len(first) + 2
    segments = [Segment("s.md", 0, 0, len(first), first), Segment("s.md", 1, at, len(text), second)]
    anchor = place_segments(segments, source, _case())[1]
    return anchor.start, anchor.end, anchor.expression


def test_the_next_weekday_follows_the_time_just_named() -> None:
    start, _, expression = _place_two(
        "It was in the paper on 7 March 2024.", "By the next Tuesday we were on the agenda.",
        date(2024, 8, 20), "interview",
    )  # fmt: skip
    assert expression == "the next Tuesday"
    assert start == date(2024, 3, 12)


def test_the_next_week_follows_the_time_just_named_but_in_the_next_week_is_ahead() -> None:
    told = _place_two(
        "He agreed on 4 July 2024.", "The memo came out the next week.", date(2024, 8, 22),
        "interview",
    )  # fmt: skip
    assert told == (date(2024, 7, 8), date(2024, 7, 14), "the next week")
    ahead = _place_two(
        "He agreed on 4 July 2024.", "The memo comes in the next week.", date(2024, 8, 22),
        "interview",
    )  # fmt: skip
    assert ahead[:2] == (date(2024, 8, 26), date(2024, 9, 1))  # the coming week


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Jone please process on Monday.", date(2024, 7, 1)),
        ("Danny and Alma are building it for Monday.", date(2024, 7, 1)),
        # told as done, the Monday behind
        ("Danny had built it for Monday.", date(2024, 6, 24)),
    ],
)
def test_a_weekday_asked_for_or_worked_towards_is_the_coming_one(text: str, day: date) -> None:
    assert _place(text, date(2024, 6, 26), "field_note")[:2] == (day, day)  # a Wednesday


def test_the_next_tuesday_after_a_quarter_follows_nothing() -> None:
    *_, expression = _place_two(
        "End of May the letter came.", "Q4 payment held. I told the team the next Tuesday.",
        date(2024, 8, 1), "interview",
    )  # fmt: skip
    assert expression == "Q4"  # not a Tuesday after the quarter: the Tuesday is not read
