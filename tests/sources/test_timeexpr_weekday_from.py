"""A weekday a change starts from (from Wednesday, as of Monday) is the coming one.

Found by an outside tester: a Teams message of Monday 23/03/2020, "Plan is: cafés move to
Discord and Instagram live from Wednesday", was placed at the Wednesday before (18 March).
A clause telling of the past keeps the last one (the hall was closed from Wednesday).
"""

from __future__ import annotations

from datetime import date

import pytest

from relcycle.sources.timeexpr import TimeContext
from relcycle.sources.timeexpr.find import scan_text

TUESDAY = date(2022, 6, 14)


def _day(text: str) -> date:
    ctx = TimeContext(TUESDAY, date(2020, 1, 1), date(2023, 12, 31), prospective=True)
    mentions, _ = scan_text(text, ctx)
    assert scan_text(text, ctx, prefilter=False)[0] == mentions
    (mention,) = [m for m in mentions if m.relative]
    return mention.interval_start


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Plan is: cafés move online from Wednesday, and Callum phones round.", date(2022, 6, 15)),
        ("As of Monday the hall is closed to groups.", date(2022, 6, 20)),
        ("From Monday, all visits need a booking.", date(2022, 6, 20)),
    ],
)
def test_a_change_from_a_weekday_starts_on_the_coming_one(text: str, day: date) -> None:
    assert _day(text) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The hall was closed from Wednesday until the inspection.", date(2022, 6, 8)),
        ("We moved the cafés online from Wednesday.", date(2022, 6, 8)),
        ("He has been off sick from Monday.", date(2022, 6, 13)),
        ("On Monday the director came round.", date(2022, 6, 13)),
    ],
)
def test_a_weekday_in_a_clause_of_the_past_is_the_last_one(text: str, day: date) -> None:
    assert _day(text) == day
