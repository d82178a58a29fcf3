"""A time ahead put off to (明年再说, 春节后再谈) is said now: the segment is the day it was said.

Found by an outside tester's case (xitang-children-home-zh): a note of
2021-09-06, 你们先做一年看看，做得好明年再说, was placed in 2022.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from test_place import _case, _source
from test_place_equivalence import _reference

from relcycle.sources.timeexpr import place_segments

NOTE_DAY = date(2019, 1, 9)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("做得好明年再说。", "再说"),
        ("王主任说他要向镇长汇报，春节后再谈。", "再谈"),
        ("何奶奶说下周再看。", "再看"),
        ("续约的事下个月再商量。", "再商量"),
    ],
)
def test_a_time_put_off_to_is_said_now(text: str, cue: str) -> None:
    source, segments = _source(text, day=NOTE_DAY)
    source = replace(source, kind="field_note")
    (anchor,) = place_segments(segments, source, _case())
    assert anchor == _reference(segments, source, _case())[0]
    assert (anchor.start, anchor.provenance) == (NOTE_DAY, "source_date")
    assert anchor.note is not None and f"({cue})" in anchor.note


def test_a_time_ahead_without_a_deferral_is_placed_as_named() -> None:
    source, segments = _source("明年合同续不续还不知道。", day=NOTE_DAY)
    (anchor,) = place_segments(segments, source, _case())
    assert anchor.start == date(2020, 1, 1) and anchor.provenance == "text"


def test_asking_whether_it_can_be_done_then_is_asked_now() -> None:
    """寒假能不能也开 in a note of November: the coming winter break, asked that day."""
    day = date(2021, 11, 10)
    source, segments = _source("11号楼的张爸爸问我们寒假能不能也开。", day=day)
    source = replace(source, kind="field_note")
    (anchor,) = place_segments(segments, source, _case())
    assert anchor == _reference(segments, source, _case())[0]
    assert (anchor.start, anchor.provenance) == (day, "source_date")
    assert anchor.note is not None and "'寒假' 2022-01-11..2022-02-22 (能不能)" in anchor.note


def test_asking_in_an_interview_keeps_the_latest() -> None:
    source, segments = _source("答：他问寒假能不能也开。", day=date(2021, 11, 10))
    (anchor,) = place_segments(segments, source, _case())
    assert anchor.start == date(2021, 1, 22)
