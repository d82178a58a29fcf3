"""A time ahead said in the present (is in June, expires on August 31) or before 再谈 is said now.

Minutes of 2023-03-07 saying "The renewal decision is in June" speak of June 2023,
and what they record (keep our heads down until then) belongs to March: the June
of 2022 was a year off. In Chinese, a time followed by 再谈 (再说, 再定, 再商量 …)
is put off to the coming one.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from test_place import _case, _source
from test_place_equivalence import _reference

from relcycle.sources.timeexpr import place_segments
from relcycle.sources.timeexpr.cues import arranged_context, future_context, looking_ahead


def _placed(text: str, day: date, kind: str) -> tuple[date, date, str | None, str | None]:
    source, segments = _source(text, day=day)
    source = replace(source, kind=kind)
    anchors = place_segments(segments, source, _case())
    assert anchors == _reference(segments, source, _case())  # fast path == plain path
    (anchor,) = anchors
    return anchor.start, anchor.end, anchor.expression, anchor.note


@pytest.mark.parametrize(
    ("text", "day", "kind", "ahead"),
    [
        ("The renewal decision is in June.", date(2023, 3, 7), "minutes", "June 2023"),
        ("Because the renewal is in June and we are $50,000 into our line of credit.",
         date(2023, 5, 3), "interview", "June 2023"),
        ("The agreement with the City expires on August 31.", date(2022, 6, 20), "document",
         "August 2022"),
        ("Summer jobs prep starts in April with the workforce board.", date(2023, 3, 7),
         "minutes", "April 2023"),
        ("我们已经约了街道3月份再谈一次。", date(2022, 12, 5), "interview", "March 2023"),
        ("这个事情春节以后再商量。", date(2022, 12, 5), "interview", "January 2023"),
    ],
)  # fmt: skip
def test_a_time_ahead_said_in_the_present_is_placed_now(
    text: str, day: date, kind: str, ahead: str
) -> None:
    start, end, expression, note = _placed(text, day, kind)
    assert (start, end, expression) == (day, day, None)
    assert note is not None and "said now of a time ahead" in note


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("The peak was in June.", "June"),
        ("What is in March's figures?", "March"),  # no prepositional time after is
        ("3月份再次来检查的时候，台账已经补齐了。", "3月份"),  # 再次: again, as recalled
        ("后来3月份再去的时候，他们态度变了。", "3月份"),
    ],
)
def test_a_past_time_is_not_read_ahead(text: str, expression: str) -> None:
    start = text.index(expression)
    assert not future_context(text, start, start + len(expression))


def test_a_recalled_time_in_a_present_clause_is_not_said_now() -> None:
    text = "The audit is what changed things; it was in March."
    start = text.index("March")
    assert looking_ahead(text, start, start + len("March")) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("We've offered a sit-down in February, a proper planning hui with the trust.",
         "interview"),
        ("The council has booked the hall for March.", "interview"),
        ("We have proposed a review meeting in March.", "document"),
        ("Officers suggested a joint workshop in February.", "minutes"),
    ],
)  # fmt: skip
def test_what_is_arranged_for_a_yearless_month_is_ahead_and_said_now(text: str, kind: str) -> None:
    start, end, expression, note = _placed(text, date(2022, 12, 7), kind)
    assert (start, end, expression) == (date(2022, 12, 7), date(2022, 12, 7), None)
    assert note is not None and "said now of a time ahead" in note and "2023" in note


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We offered a sit-down in February and they never came.", 1),
        ("We've offered a sit-down in February.", 2),
        ("They've now booked the hall for March.", 2),
        ("The sit-down was in February.", 0),
        ("We offered them coffee. In February it was different.", 0),  # another clause
    ],
)
def test_an_arranging_verb_is_read_in_the_clause_before_the_time(text: str, expected: int) -> None:
    start = text.index("February") if "February" in text else text.index("March")
    assert arranged_context(text, start, start + 5) == expected


def test_an_arrangement_told_in_an_interview_keeps_the_month_behind() -> None:
    start, _, expression, _ = _placed(
        "We offered a sit-down in February and they never came.", date(2022, 12, 7), "interview"
    )
    assert (start, expression) == (date(2022, 2, 1), "February")
