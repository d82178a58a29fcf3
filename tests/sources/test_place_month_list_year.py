"""Two months under one year: "between January and May 2019", "January and February 2021".

Found by an outside case (glenmore-youth-exit-en): a committee report of June 2019
says "Between January and May 2019 the cafés recorded 2,310 attendances" after a
paragraph on 2018; the first month, without its year, was read alone and took 2018's.
"""

from __future__ import annotations

from datetime import date

import pytest

from relcycle.domain import Actor, Case, Source
from relcycle.sources.segmenter import segment_text
from relcycle.sources.timeexpr import place_segments
from relcycle.sources.timeexpr.ranges import is_range

ACTORS = (Actor("gov", "Glenmore Council", "government", ("the council",)),)
CASE = Case("c", "c", "en", "quarter", date(2018, 1, 1), date(2023, 12, 31), ACTORS, None)


def _placed(
    text: str, kind: str = "report", day: date = date(2019, 6, 13)
) -> list[tuple[date, date, str | None]]:
    source = Source("r.md", kind, day, None, None, text, "r.md", "utf-8", "0" * 64)
    segments = segment_text(source.id, text, ACTORS)
    return [(a.start, a.end, a.expression) for a in place_segments(segments, source, CASE)]


@pytest.mark.parametrize("kind", ["report", "interview", "field_note"])
def test_between_two_months_and_a_year_is_the_span_in_that_year(kind: str) -> None:
    text = (
        "The council decided in 2018 to commission youth work.\n\n"
        "Between January and May 2019 the cafés recorded 2,310 attendances."
    )
    assert _placed(text, kind)[1] == (
        date(2019, 1, 1),
        date(2019, 5, 31),
        "Between January and May 2019",
    )


def test_two_months_joined_by_and_share_the_year_after_them() -> None:
    text = "In January and February 2021 the cafés were closed."
    assert _placed(text, day=date(2021, 6, 1))[0][:2] == (date(2021, 1, 1), date(2021, 2, 28))


def test_a_span_in_one_year_is_a_point_not_a_range() -> None:
    assert not is_range("Between January and May 2019")
    assert not is_range("January and February 2021")


@pytest.mark.parametrize(
    "text",
    [
        "We met in May and 2021 was hard.",  # the year is no month's
        "The march and May 2019 rallies.",  # a lower-case march is no month
    ],
)
def test_words_that_are_no_span_keep_their_own_reading(text: str) -> None:
    expression = _placed(text, day=date(2021, 6, 1))[0][2]
    assert expression is not None and " and " not in expression
