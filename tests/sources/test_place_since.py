"""Since March, since Christmas: how long something has gone on, not the time spoken of.

A yearless month or holiday after "since" is a range's start, like "since 2017": the
one behind the source's date (never the coming one a note may otherwise read), and
ranked after every point in time when a segment's place is chosen (found in the
bundled riverside example: "has not been out of the flat since Christmas" put a
note of March 2019 at Christmas 2018, outside the studied period).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from test_place import _case, _source
from test_place_equivalence import _reference

from relcycle.domain import TimeAnchor
from relcycle.sources.timeexpr import TimeContext, find_mentions, place_segments
from relcycle.sources.timeexpr.ranges import is_range


def _placed(paragraph: str, day: date, kind: str = "field_note") -> TimeAnchor:
    source, segments = _source(paragraph, day=day)
    source = replace(source, kind=kind)
    anchors = place_segments(segments, source, _case())
    assert anchors == _reference(segments, source, _case())  # fast path == plain path
    return anchors[0]


@pytest.mark.parametrize(
    ("text", "day", "expression", "start"),
    [
        ("She has not been out of the flat since Christmas.", date(2019, 3, 12),
         "since Christmas", date(2018, 12, 24)),
        # a note of late November: the December behind, not the coming one
        ("Referrals have doubled since December.", date(2018, 11, 20),
         "since December", date(2017, 12, 1)),
        ("Since May the hub opens late.", date(2019, 3, 12), "Since May", date(2018, 5, 1)),
        ("Nothing has changed since last March.", date(2019, 3, 12),
         "since last March", date(2018, 3, 1)),
    ],
)  # fmt: skip
def test_since_a_yearless_date_starts_a_range_behind_the_source(
    text: str, day: date, expression: str, start: date
) -> None:
    ctx = TimeContext(day, date(2017, 1, 1), date(2019, 12, 31), prospective=True)
    (mention,) = find_mentions(text, ctx)
    assert (mention.expression, mention.interval_start) == (expression, start)
    assert is_range(mention.expression)


def test_a_point_in_time_goes_before_it() -> None:
    anchor = _placed(
        "She has not been out of the flat since Christmas. She asked me to come back "
        "next week at the same time.",
        date(2019, 3, 12),
    )
    assert (anchor.start, anchor.expression) == (date(2019, 3, 18), "next week")


def test_alone_it_still_places_its_segment() -> None:
    anchor = _placed("Referrals have doubled since December.", date(2019, 3, 12))
    assert (anchor.start, anchor.end) == (date(2018, 12, 1), date(2018, 12, 31))
    assert anchor.expression == "since December"


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        # a letter's opening range is the project's; the later, shorter one is its matter
        ("我中心自2017年9月承接项目以来，一直积极配合镇里工作。今年三月以来，社工被抽调参加创文检查。",
         "今年三月以来"),
        ("Since 2017 we have run the centre. Since March the council has asked for weekly returns.",
         "Since March"),
        # one range alone, or a point in time beside ranges: as before
        ("我中心自2017年9月承接项目以来，一直积极配合镇里工作。", "自2017年9月承接项目以来"),
        ("Since 2017 we have run the centre; in May 2019 the council cut the budget.", "May 2019"),
    ],
)  # fmt: skip
def test_among_ranges_alone_the_shortest_is_kept(text: str, expression: str) -> None:
    assert _placed(text, date(2019, 11, 20), "document").expression == expression
