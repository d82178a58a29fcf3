"""A date ahead named in full and said as a plan, deadline or term: evidence of the day it was said.

Found by the outside tester of ashby-vale-housing-en: "the contract runs only to September
2022, we should comply" in a board paper of October 2021 was placed in September 2022,
while a relative time ahead (from next month) said so stayed at the paper's date.
"""

from __future__ import annotations

from datetime import date

import pytest

from relcycle.domain import Actor, Case, Source
from relcycle.sources.segmenter import segment_text
from relcycle.sources.timeexpr import place_segments

ACTORS = (Actor("gov", "Council", "government", ()), Actor("swo", "Trust", "social_org", ()))
CASE = Case("c", "c", "en", "month", date(2020, 10, 1), date(2023, 3, 31), ACTORS, None)


def _placed(text: str, day: date, kind: str = "minutes") -> tuple[date, str, str | None]:
    source = Source("s.md", kind, day, None, None, text, "s.md", "utf-8", "0" * 64)
    (anchor,) = place_segments(segment_text(source.id, text, ACTORS), source, CASE)
    return anchor.start, anchor.provenance, anchor.note


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Officers to review the requirement and report back by June 2022.", date(2022, 3, 9)),
        ("MD confirmed that the council will extend the contract to 31 March 2023.",
         date(2022, 9, 29)),
        ("会议要求中心于2022年5月31日前提交整改报告。", date(2022, 3, 2)),
    ],
)  # fmt: skip
def test_a_named_date_ahead_said_as_a_plan_is_placed_when_said(text: str, day: date) -> None:
    start, provenance, note = _placed(text, day)
    assert (start, provenance) == (day, "source_date")
    assert note is not None and note.startswith("said now of a time ahead")


def test_a_named_date_ahead_without_a_cue_is_placed_as_named() -> None:
    start, provenance, _ = _placed("The partnership meeting on 12 January 2023 agreed it.",
                                   date(2022, 12, 1))  # fmt: skip
    assert (start, provenance) == (date(2023, 1, 12), "text")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("四、合同明年2月底到期，如果工作模式不调整，中心需要慎重考虑是否继续承接。",
         date(2022, 9, 21)),
        ("王局已调任，新局长下周到任。", date(2022, 11, 28)),
    ],
)  # fmt: skip
def test_a_term_or_arrival_ahead_is_said_now(text: str, day: date) -> None:
    start, provenance, note = _placed(text, day)
    assert (start, provenance) == (day, "source_date")
    assert note is not None and note.startswith("said now of a time ahead")
