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
    # told as done (了), the October behind, though the coming one is nearer
    assert _place("十月开展了评估。", date(2018, 7, 1), "minutes")[:2] == (
        date(2017, 10, 1), date(2017, 10, 31)
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "day", "start"),
    [
        # liangtian-wenhua-zh: minutes of 2024-06-27 plan the autumn's show
        ("九月下旬，共同筹备国庆文艺汇演。", date(2024, 6, 27), date(2024, 9, 21)),
        ("十月开展评估。", date(2018, 7, 1), date(2018, 10, 1)),
        ("重阳节前后，共同策划敬老活动。", date(2018, 7, 2), date(2018, 10, 10)),
        # the last one ended less than half a year before: it stands
        ("三月开展评估。", date(2018, 7, 1), date(2018, 3, 1)),
        # told as done: the one behind
        ("十月已经开展评估。", date(2018, 7, 1), date(2017, 10, 1)),
        ("已于十月完成评估。", date(2018, 7, 1), date(2017, 10, 1)),
        ("十月评估过一次。", date(2018, 7, 1), date(2017, 10, 1)),
    ],
)
def test_minutes_mean_the_nearer_unless_told_as_done(text: str, day: date, start: date) -> None:
    """Minutes or a note written at the time: a yearless date is the nearer of the last and
    the coming one (the last ended more than half a year before), unless its clause tells it
    as done (了, 过, 已, 曾, 刚 after it; 已于, 曾在, 早在 before it)."""
    assert _place(text, day, "minutes")[0] == start


def test_nearest_in_a_prospective_source() -> None:
    def february(year: int) -> Span:
        return Span(date(year, 2, 1), date(year, 2, 28), Precision.MONTH)

    day = date(2022, 1, 13)
    assert nearest(february, day) == february(2021)
    assert nearest(february, day, prospective=True) == february(2022)
    assert TimeContext(day, day, day).prospective is False


@pytest.mark.parametrize(
    ("text", "day", "start"),
    [
        # calderbrook-carers-link-en: an email of April on the first monitoring meeting
        ("For the first monitoring meeting (early July) it would help to have the referrals.",
         date(2018, 4, 22), date(2018, 7, 1)),
        ("Renee and the county team visit the hub in early November.",
         date(2018, 6, 8), date(2018, 11, 1)),
        ("Luis said we have until September 30.", date(2018, 5, 15), date(2018, 9, 30)),
        # told as done: the one behind
        ("We had a joint planning session in October.", date(2018, 7, 13), date(2017, 10, 1)),
        ("In October, we met the council.", date(2018, 7, 13), date(2017, 10, 1)),
        ("Keller said they would have signed it in March.", date(2018, 12, 12), date(2018, 3, 1)),
        # a word cut where the clause is read from is no verb told as done ("[re]minded")
        ("JW reminded all that the Council is expecting an increase in dispersal numbers in the"
         " autumn.", date(2018, 7, 14), date(2018, 9, 1)),
    ],
)  # fmt: skip
def test_english_notes_mean_the_nearer_unless_told_as_done(
    text: str, day: date, start: date
) -> None:
    assert _place(text, day, "field_note")[0] == start


def test_a_report_s_condition_on_a_month_is_the_coming_month() -> None:
    text = "中期款至今未拨付。如五月仍未拨付，机构将考虑暂停少儿课堂。"
    assert _place(text, date(2019, 4, 30), "report")[:2] == (date(2019, 5, 1), date(2019, 5, 31))
