"""A recollection goes on in time: "by the back end of 2022 … the Courier ran it in January".

Found by an outside case (glenmore-youth-exit-en): an interview of March 2024 says "By
the back end of 2022 I'd had enough. … The Courier ran it in January. Then the
deputation in March."; January took the year 2022 of the end of 2022 named before it,
and the October of the next answer continued that year.
"""

from __future__ import annotations

from datetime import date

import pytest

from relcycle.domain import Actor, Case, Source
from relcycle.sources.segmenter import segment_text
from relcycle.sources.timeexpr import place_segments

ACTORS = (
    Actor("gov", "Glenmore Council", "government", ("the council",)),
    Actor("swo", "Braeside Youth Trust", "social_org", ("Hamish",)),
)
CASE = Case("c", "c", "en", "quarter", date(2019, 1, 1), date(2023, 12, 31), ACTORS, None)


def _placed(
    text: str, kind: str = "interview", day: date = date(2024, 3, 12)
) -> list[tuple[date, date, str | None]]:
    source = Source("i.md", kind, day, None, None, text, "i.md", "utf-8", "0" * 64)
    segments = segment_text(source.id, text, ACTORS, "swo" if kind == "interview" else None)
    return [(a.start, a.end, a.note) for a in place_segments(segments, source, CASE)]


RECALLED = (
    "Interviewer: And then?\n\n"
    "Hamish: By the back end of 2022 I'd had enough. We wrote to the council. "
    "The Courier ran it in January. Then the deputation in March.\n\n"
    "Interviewer: Did that change anything?\n\n"
    "Hamish: On the principle, no. So in October we gave notice."
)


def test_a_month_told_after_a_later_part_of_the_year_is_the_next_year_s() -> None:
    start, end, note = _placed(RECALLED)[1]
    assert (start, end) == (date(2023, 1, 1), date(2023, 1, 31))
    assert note is not None and "'January' follows 'end of 2022': the year 2023 after it" in note


def test_the_next_answer_goes_on_from_there() -> None:
    assert _placed(RECALLED)[3][:2] == (date(2023, 10, 1), date(2023, 10, 31))


def test_a_month_inside_the_time_named_keeps_its_year() -> None:
    # after the mid-point of 2021, October is in 2021 itself
    text = "Hamish: After the summer of 2021 it changed. In October the returns started."
    assert _placed(text)[0][:2] == (date(2021, 10, 1), date(2021, 10, 31))


def test_the_next_year_s_occurrence_after_now_is_not_taken() -> None:
    # January 2024 would be after an interview of 2023-11-20: January 2023 stands
    text = "Hamish: By the back end of 2023 I'd had enough. The Courier ran it in January."
    assert _placed(text, day=date(2023, 11, 20))[0][:2] == (date(2023, 1, 1), date(2023, 1, 31))


@pytest.mark.parametrize("kind", ["field_note", "minutes"])
def test_a_source_written_at_the_time_lends_the_year_as_named(kind: str) -> None:
    text = "The review at the end of 2022 found gaps. The January return was late."
    assert _placed(text, kind, date(2023, 3, 1))[0][:2] == (date(2022, 1, 1), date(2022, 1, 31))
