"""A date without a year in a source written at the time: the coming one when it is near.

Found by writing cases as an outside researcher would: minutes and notes that
plan ahead (三月底前反馈, 下次联席会七月十三日, by 31 August, From April) had
their dates put a year back, in the past or outside the studied period.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_place import _case

from relcycle.domain import Precision, Segment, Source
from relcycle.sources.timeexpr import place_segments
from relcycle.sources.timeexpr.cues import nearest
from relcycle.sources.timeexpr.model import RECALLED_KINDS, Span, TimeContext


def _place(text: str, day: date, kind: str) -> tuple[date, date, str | None]:
    source = Source("s.md", kind, day, None, None, text, "s.md", "utf-8", "0" * 64)
    (anchor,) = place_segments([Segment("s.md", 0, 0, len(text), text)], source, _case())
    return anchor.start, anchor.end, anchor.expression


@pytest.mark.parametrize(
    ("text", "day", "start", "end"),
    [
        ("议定：三月底前反馈名单。", date(2019, 2, 15), date(2019, 3, 21), date(2019, 3, 31)),
        ("议定：下次联席会七月十三日。", date(2018, 6, 8), date(2018, 7, 13), date(2018, 7, 13)),
        ("林主任说八月底前饭堂试运营。", date(2018, 7, 12), date(2018, 8, 21), date(2018, 8, 31)),
        ("春节期间饭堂加开年夜饭。", date(2019, 1, 15), date(2019, 1, 29), date(2019, 2, 12)),
        ("From April the returns are monthly.", date(2018, 3, 30), date(2018, 4, 1),
         date(2018, 4, 30)),
        ("Deadline for the invitation cards: 31 August.", date(2018, 8, 25),
         date(2018, 8, 31), date(2018, 8, 31)),
    ],
)  # fmt: skip
def test_minutes_and_notes_plan_ahead(text: str, day: date, start: date, end: date) -> None:
    for kind in ("minutes", "field_note", "message", "document"):
        source = Source("s.md", kind, day, None, None, text, "s.md", "utf-8", "0" * 64)
        segment = Segment("s.md", 0, 0, len(text), text)
        (anchor,) = place_segments([segment], source, _case())
        if anchor.provenance == "source_date":  # a deadline (三月底前) set now: said now of it
            assert anchor.start == day, kind
            assert f"{start}..{end} (前)" in (anchor.note or ""), kind
        else:
            assert (anchor.start, anchor.end) == (start, end), kind


def test_an_interview_recalls_the_past_occurrence() -> None:
    assert _place("三月底前反馈了名单。", date(2019, 2, 15), "interview")[:2] == (
        date(2018, 3, 21), date(2018, 3, 31)
    )  # fmt: skip
    assert "interview" in RECALLED_KINDS and "report" in RECALLED_KINDS


def test_a_recent_past_occurrence_stands_in_notes_too() -> None:
    # March ended five months before a note of September: that March, not next year's
    assert _place("三月的时候中心刚开门。", date(2018, 9, 15), "field_note")[:2] == (
        date(2018, 3, 1), date(2018, 3, 31)
    )  # fmt: skip
    # the coming one only within 45 days: October is not near in a note of July
    assert _place("十月开展评估。", date(2018, 7, 1), "minutes")[:2] == (
        date(2017, 10, 1), date(2017, 10, 31)
    )  # fmt: skip


def test_nearest_in_a_prospective_source() -> None:
    def february(year: int) -> Span:
        return Span(date(year, 2, 1), date(year, 2, 28), Precision.MONTH)

    day = date(2022, 1, 13)
    assert nearest(february, day) == february(2021)
    assert nearest(february, day, prospective=True) == february(2022)
    assert TimeContext(day, day, day).prospective is False
