"""Placements an outsider found wrong in an Australian case kept on a charity's desk.

Day-first dates, a financial year from July to June (FY2022-23, Q3 FY23,
EOFY), counts from the contract's start (about six months in), and rates
that look like offsets (two days a week on paperwork).
"""

from __future__ import annotations

from datetime import date

import pytest

from relcycle.domain import Actor, Case, Contract, Segment, Source
from relcycle.sources.timeexpr import place_segments


def _case() -> Case:
    actors = (Actor("gov", "council", "government"), Actor("swo", "charity", "social_org"))
    contract = Contract({"start": "2021-07-01"}, start=date(2021, 7, 1), end=date(2024, 6, 30))
    return Case("c", "c", "en", "quarter", date(2021, 7, 1), date(2024, 3, 31), actors, contract)


def _place(text: str, day: date, kind: str = "interview", case: Case | None = None
           ) -> tuple[date, date, str | None]:  # fmt: skip
    source = Source("s.md", kind, day, None, None, text, "s.md", "utf-8", "0" * 64)
    segment = Segment("s.md", 0, 0, len(text), text)
    (anchor,) = place_segments([segment], source, case or _case())
    return anchor.start, anchor.end, anchor.expression


@pytest.mark.parametrize(
    "text",
    [
        "Tom was spending two days a week on council paperwork.",
        "Our small team has spent around 11 hours a week on reporting.",
        "A volunteer comes in once a week on the bus run.",
        "The coordinator spends a day a week on returns.",
    ],
)
def test_a_rate_a_week_on_something_is_no_time(text: str) -> None:
    day = date(2022, 12, 8)
    assert _place(text, day, "message") == (day, day, None)


def test_a_week_on_said_alone_is_still_a_week_later() -> None:
    text = "A week on, nothing had changed."
    start, _, expression = _place(text, date(2022, 12, 8), "field_note")
    assert (start, expression) == (date(2022, 12, 12), "A week on")


@pytest.mark.parametrize(
    ("text", "first", "expression"),
    [
        ("About six months in. The new template arrived.", date(2022, 1, 1), "six months in"),
        (
            "A year into the contract, we were refusing.",
            date(2022, 7, 1),
            "A year into the contract",
        ),
        ("Three weeks in, Tom rang the council.", date(2021, 7, 19), "Three weeks in"),
    ],
)
def test_a_time_counted_into_the_contract(text: str, first: date, expression: str) -> None:
    start, _, found = _place(text, date(2024, 5, 14))
    assert (start, found) == (first, expression)


@pytest.mark.parametrize(
    "text",
    [
        "She spent six months in hospital.",
        "It rained two weeks in a row.",
        "Book six months in advance.",
    ],
)
def test_months_in_something_else_is_no_time(text: str) -> None:
    day = date(2022, 12, 8)
    assert _place(text, day, "field_note") == (day, day, None)


def _place_all(texts: list[str], day: date) -> list[tuple[date, str | None]]:
    body = "\n\n".join(texts)
    source = Source("s.md", "interview", day, None, None, body, "s.md", "utf-8", "0" * 64)
    segments, at = [], 0
    for index, text in enumerate(texts):
        segments.append(Segment("s.md", index, at, at + len(text), text))
        at += len(text) + 2
    return [(a.start, a.expression) for a in place_segments(segments, source, _case())]


def test_the_following_spring_at_a_sentence_start_is_the_next_spring_after_the_time_before() -> (
    None
):
    placed = _place_all(
        [
            "A: In January 2023 we released the payment.",
            "A: The following spring we won the grant.",
        ],
        date(2024, 6, 4),
    )
    assert placed[1] == (date(2023, 3, 1), "The following spring")


def test_the_following_autumn_after_an_autumn_is_a_year_on() -> None:
    placed = _place_all(
        ["A: In autumn 2021 we met.", "A: The following autumn we signed."], date(2024, 6, 4)
    )
    assert placed[1] == (date(2022, 9, 1), "The following autumn")
