"""A span of months is a range (April 2022 to March 2023); a date after a past verb is behind.

Found by an outside tester's case (xitang-children-home-zh): a supervisor's
summary "covers the team's supervision sessions April 2022 to March 2023" and
says a worker "resigned in August".
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from test_place import _case, _source
from test_place_equivalence import _reference

from relcycle.domain import Precision, TimeAnchor
from relcycle.sources.timeexpr import find_mentions, place_segments
from relcycle.sources.timeexpr.model import TimeContext
from relcycle.sources.timeexpr.ranges import is_range

NOTE_DAY = date(2019, 7, 20)
CTX = TimeContext(
    reference=NOTE_DAY,
    case_start=date(2017, 9, 1),
    case_end=date(2019, 12, 31),
    contract_start=date(2017, 9, 1),
    contract_end=date(2019, 8, 31),
    prospective=True,
)


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("This covers April 2018 to March 2019.", "April 2018 to March 2019"),
        ("from April 2018 to March 2019 we met", "from April 2018 to March 2019"),
        ("between April 2018 and March 2019 we met", "between April 2018 and March 2019"),
        ("Apr. 2018 through Mar 2019 was hard", "Apr. 2018 through Mar 2019"),
        ("April 2018 – March 2019", "April 2018 – March 2019"),
    ],
)
def test_a_span_of_months_is_one_range(text: str, expression: str) -> None:
    (mention,) = find_mentions(text, CTX)
    assert mention.expression == expression
    assert (mention.interval_start, mention.interval_end) == (date(2018, 4, 1), date(2019, 3, 31))
    assert mention.precision is Precision.YEAR and not mention.relative
    assert is_range(mention.expression)


def test_a_short_span_has_the_precision_of_its_width() -> None:
    (mention,) = find_mentions("from May 2018 to June 2018", CTX)
    assert (mention.interval_start, mention.interval_end) == (date(2018, 5, 1), date(2018, 6, 30))
    assert mention.precision is Precision.SEASON


def test_a_month_alone_and_a_month_to_a_month_are_no_span() -> None:
    assert [m.expression for m in find_mentions("In April 2018 to be fair", CTX)] == ["April 2018"]
    assert not is_range("April 2018")
    assert not is_range("September 15, 2018")


def test_a_span_that_ends_before_it_starts_is_unresolved_not_guessed() -> None:
    assert find_mentions("March 2019 to April 2018", CTX) == []


def _placed(*paragraphs: str, kind: str = "document") -> list[TimeAnchor]:
    source, segments = _source(*paragraphs, day=NOTE_DAY)
    source = replace(source, kind=kind)
    anchors = place_segments(segments, source, _case())
    assert anchors == _reference(segments, source, _case())  # fast path == plain path
    return anchors


def test_a_span_ranks_after_a_point_in_time() -> None:
    (anchor,) = _placed("From April 2018 to March 2019 the team met in the autumn of 2018.")
    assert anchor.expression == "the autumn of 2018"


def test_a_span_alone_places_its_segment_over_it() -> None:
    (anchor,) = _placed("This summary covers April 2018 to March 2019.")
    assert (anchor.start, anchor.end) == (date(2018, 4, 1), date(2019, 3, 31))
    assert anchor.note is None


@pytest.mark.parametrize(
    "text",
    ["One worker resigned in August.", "The old manager left in August.", "We met on August 3."],
)
def test_a_date_after_a_past_verb_is_the_one_behind(text: str) -> None:
    (anchor,) = _placed(text)  # a note of 2019-07-20: August 2019 would be 12 days ahead
    assert anchor.start.year == 2018 and anchor.start.month == 8


@pytest.mark.parametrize(
    "text",
    [
        "The fair will be held in August.",
        "The report is expected in August.",
        "Home visits resume in August.",
    ],
)
def test_a_date_ahead_without_a_past_verb_stays_the_coming_one(text: str) -> None:
    (mention,) = find_mentions(text, CTX)
    assert mention.interval_start == date(2019, 8, 1)
