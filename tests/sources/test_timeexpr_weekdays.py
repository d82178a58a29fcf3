"""English weekdays (last Thursday, next Monday, on Tuesday), placed at day precision.

Found by an outside tester: "After last Thursday's incident" in a note of
Tuesday 2022-06-14 was not read at all. 上周四 / 下周三 were.
"""

from __future__ import annotations

from datetime import date

import pytest

from relcycle.domain import Precision
from relcycle.sources.timeexpr import TimeContext
from relcycle.sources.timeexpr.find import scan_text

TUESDAY = date(2022, 6, 14)


def _ctx(kind_recalled: bool = True) -> TimeContext:
    return TimeContext(TUESDAY, date(2020, 1, 1), date(2023, 12, 31),
                       prospective=not kind_recalled)  # fmt: skip


def _found(text: str, ctx: TimeContext | None = None) -> list[tuple[str, date, Precision]]:
    mentions, _ = scan_text(text, ctx or _ctx())
    assert scan_text(text, ctx or _ctx(), prefilter=False)[0] == mentions
    return [(m.expression, m.interval_start, m.precision) for m in mentions if m.relative]


@pytest.mark.parametrize(
    ("text", "expression", "day"),
    [
        ("After last Thursday's incident the office called.", "last Thursday", date(2022, 6, 9)),
        ("We meet again next Monday.", "next Monday", date(2022, 6, 20)),
        ("This Friday the team met the residents.", "This Friday", date(2022, 6, 17)),
        ("Last Monday was quiet.", "Last Monday", date(2022, 6, 6)),
        ("On Thursday the director came round.", "Thursday", date(2022, 6, 9)),
        ("On Tuesday we met the director.", "Tuesday", TUESDAY),
        ("Sunday's fair drew forty people.", "Sunday", date(2022, 6, 12)),
        ("We will meet the director on Tuesday.", "Tuesday", date(2022, 6, 21)),
        ("The visit is scheduled for Thursday.", "Thursday", date(2022, 6, 16)),
    ],
)
def test_weekday(text: str, expression: str, day: date) -> None:
    assert _found(text) == [(expression, day, Precision.DAY)]


@pytest.mark.parametrize(
    "text",
    [
        "The hall is open Monday to Friday.",
        "Every Monday the volunteers cook.",
        "On Mondays we run the reading club.",
        "It opens Monday-Friday from nine.",
        "monday is lower case here, as in a user name",
    ],
)
def test_no_weekday(text: str) -> None:
    assert _found(text) == []


def test_a_date_after_the_weekday_is_read_instead() -> None:
    mentions, _ = scan_text("Thursday, 3 March 2022: the first meeting.", _ctx())
    assert [(m.expression, m.interval_start) for m in mentions] == [
        ("3 March 2022", date(2022, 3, 3))
    ]


def test_that_weekday_reads_the_previous_mention() -> None:
    first, _ = scan_text("The fair was on 3 March 2022.", _ctx())
    mentions, _ = scan_text("That Friday he left.", _ctx(), first[0])
    assert [(m.expression, m.interval_start) for m in mentions] == [
        ("That Friday", date(2022, 3, 4))
    ]
    assert [u.expression for u in scan_text("That Friday he left.", _ctx())[1]] == ["That Friday"]
    following, _ = scan_text("the following Monday", _ctx(), first[0])
    assert following[0].interval_start == date(2022, 3, 7)


@pytest.mark.parametrize(
    "text",
    [
        "2. Thursday session. Tom presented figures.",
        "Tuesday and Wednesday attendance remain below the target.",
        "The Teen Zone is open on Tuesday, Wednesday and Thursday evenings.",
        "Michael asked for Saturday sessions for carers who work.",
        "the gardening group and the Tuesday quiz have restarted",
        "detached outreach in the town centre on Friday nights",
        "The Wednesday morning reading circle has eight regulars.",
        "Tom presented figures showing a Friday waiting list of nine.",
        "Panel agreed the spring programme: gaming Tuesday, homework Wednesday.",
    ],
)
def test_a_weekday_that_recurs_is_no_time(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Please confirm by Friday.", date(2022, 6, 17)),
        ("I can do the survey write-up on Monday.", date(2022, 6, 20)),
        ("Linda came to the centre on Monday.", date(2022, 6, 13)),
        ("I’ll bring the numbers to Greg on Monday.", date(2022, 6, 20)),
    ],
)
def test_a_deadline_or_offer_is_the_coming_weekday(text: str, day: date) -> None:
    assert [d for _, d, _ in _found(text)] == [day]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # an offer, or what is prepared for the day (ashby-vale-housing-en's tester: read as
        # the week before)
        ("Happy to talk it through on Monday.", date(2022, 6, 20)),
        ("Notes for the catch-up call on Thursday: referral form.", date(2022, 6, 16)),
        # told as past: the last one
        ("She was happy to help on Monday.", date(2022, 6, 13)),
    ],
)
def test_an_offer_speaks_of_the_coming_weekday(text: str, day: date) -> None:
    ((_, found, _),) = _found(text, _ctx(kind_recalled=False))
    assert found == day
