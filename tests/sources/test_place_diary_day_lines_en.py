"""An English field diary: a weekday before the day and a heading after a dash."""

from __future__ import annotations

from datetime import date

import pytest

from relcycle.domain import Actor, Case, Source
from relcycle.sources.segmenter import segment_text
from relcycle.sources.timeexpr import place_segments
from relcycle.sources.timeexpr.stamps import is_day_line

ACTORS = (
    Actor("gov", "Glenmore Council", "government", ("the council",)),
    Actor("swo", "Braeside Youth Trust", "social_org", ("the Trust",)),
)
CASE = Case("c", "c", "en", "quarter", date(2019, 1, 1), date(2023, 12, 31), ACTORS, None)


def _placed(text: str, day: date = date(2022, 2, 8)) -> list[tuple[date, date]]:
    source = Source("diary.md", "field_note", day, None, None, text, "diary.md", "utf-8", "0" * 64)
    segments = segment_text(source.id, text, ACTORS)
    return [(a.start, a.end) for a in place_segments(segments, source, CASE)]


DIARY = "\n\n".join(
    [
        "Tues 8 Feb 2022 - Braeside café, 6-9pm",
        "First night in the café. No sign-in sheet; Callum counts heads at the door.",
        "Thurs 30 June 2022 - café",
        "Football tournament cancelled: the risk assessment was on the Trust's form.",
        "Tuesday, 6 September 2022 – office",
        "The council's e-mail arrived this morning: no extension unless the returns are complete.",
    ]
)


def test_each_day_line_dates_the_paragraph_below_it() -> None:
    placed = _placed(DIARY)
    assert placed[1] == (date(2022, 2, 8), date(2022, 2, 8))
    assert placed[3] == (date(2022, 6, 30), date(2022, 6, 30))
    assert placed[5] == (date(2022, 9, 6), date(2022, 9, 6))


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("Tues 8 Feb 2022 - Braeside café, 6-9pm", 5, 15),
        ("Wed 23 March 2022 - detached, Kilbrannan", 4, 17),
        ("Thursday, 9 March 2023 — ECF Committee, council chambers", 10, 22),
        ("## Fri. 15 Dec 2023", 8, 19),
        ("8 Feb 2022 - office", 0, 10),
        ("2021年4月7日 星期三 晴", 0, 9),
    ],
)
def test_a_day_with_a_weekday_or_a_short_heading_is_a_day_line(
    line: str, start: int, end: int
) -> None:
    assert is_day_line(line, start, end)


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        # a sentence after the dash says something: a line of minutes
        ("8 Feb 2022 - the board agreed to write to the council.", 0, 10),
        # a dash without a blank before it joins words, it heads nothing
        ("8 Feb 2022-the council's reply", 0, 10),
        # a weekday alone before words is no day line's lead
        ("Tuesday we met the council on 8 Feb 2022", 30, 40),
        # a heading longer than a line's title
        ("8 Feb 2022 - " + "a long account of what happened at the café that night " * 2, 0, 10),
        # a span: a review's period on a report's title page
        ("1 July 2020 - 31 December 2021", 0, 11),
        ("2021年4月7日—2022年4月6日", 0, 9),
    ],
)
def test_a_line_that_says_something_is_no_day_line(line: str, start: int, end: int) -> None:
    assert not is_day_line(line, start, end)


def test_a_sentence_opening_with_a_day_keeps_the_source_date_below() -> None:
    text = "8 March 2022 - the council refused the ceilidh.\n\nStaff met after the café."
    assert _placed(text)[1] == (date(2022, 2, 8), date(2022, 2, 8))


WEEK = "\n\n".join(
    [
        "Monday 16 November",
        "Worked from home. Four new referrals came through.",
        "Tuesday",
        "Doorstep visit to ref 009, masks on.",
        "Wednesday 18th",
        "Team call. Hamid shared the first bit of the needs mapping.",
        "Thursday",
        "Mostly paperwork.",
        "Friday 20 November",
        "Ref 014 rang back.",
    ]
)


def test_a_weekday_alone_or_with_its_day_is_the_next_day_of_the_week() -> None:
    # found by ashby-vale-housing-en's tester: Tuesday and Wednesday 18th were read as the
    # week before, and their paragraphs took Monday's day
    placed = _placed(WEEK, date(2020, 11, 20))
    days = [start for start, _ in placed]
    assert days[1] == date(2020, 11, 16)
    assert days[2:8] == [date(2020, 11, d) for d in (17, 17, 18, 18, 19, 19)]
    assert days[9] == date(2020, 11, 20)


CHANNEL = """Channel: Housing Solutions + BHT partnership (shared channel)

--- Tuesday 6 December ---

Priya Nandra 09:14
Morning all and welcome to the shared channel.

Hamid Shah 09:31
Thanks Priya. That will free up about a day a week across the team.

--- Thursday 8 December ---

Hamid Shah 15:40
Heads up for Housing Solutions: one of the larger landlords is selling up.
"""


def test_a_copied_channel_dates_its_posts_by_the_day_between_rules() -> None:
    actors = (*ACTORS, Actor("pn", "Priya Nandra", "government", ()))
    segments = segment_text("teams.md", CHANNEL, actors)
    assert [s.speaker for s in segments if s.speaker] == [
        "Priya Nandra", "Hamid Shah", "Hamid Shah",
    ]  # fmt: skip
    placed = _placed(CHANNEL, date(2022, 12, 22))
    assert [start for start, _ in placed][2:] == [
        date(2022, 12, 6), date(2022, 12, 6), date(2022, 12, 8), date(2022, 12, 8),
    ]  # fmt: skip
