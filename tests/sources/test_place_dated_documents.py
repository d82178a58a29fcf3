"""A day that dates a document discussed later is no time of the segment discussing it.

Found by the outside tester of tanghe-jiating-zh: minutes of 2022-09-21 on 关于7月13日中心来函
(the organisation's letter of 13 July) were placed on 13 July, and what was said at the
meeting about the letter with them.
"""

from __future__ import annotations

from datetime import date

import pytest

from relcycle.domain import Actor, Case, Source
from relcycle.sources.segmenter import segment_text
from relcycle.sources.timeexpr import place_segments

ACTORS = (Actor("gov", "县民政局", "government", ()), Actor("swo", "同心中心", "social_org", ()))
CASE = Case("c", "c", "zh", "month", date(2021, 3, 1), date(2023, 8, 31), ACTORS, None)


def _placed(text: str, day: date, kind: str = "minutes") -> tuple[date, str | None]:
    source = Source("s.md", kind, day, None, None, text, "s.md", "utf-8", "0" * 64)
    (anchor,) = place_segments(segment_text(source.id, text, ACTORS), source, CASE)
    return anchor.start, anchor.note


@pytest.mark.parametrize(
    "text",
    [
        "二、关于7月13日中心来函。周股长表示，疫情防控是政治任务。",
        "林慧通报了镇政府7月25日的通知：第二期经费暂缓拨付。",
        # a post the organisation published (hangzhou-anning-liaohu-zh): discussed now
        "8床周伯伯的儿子对我们11月21日的推文有意见，我们已将推文设置为不可见。",
        "HM reported on the response to the Trust's letter of 11 October.",
        # the day between a determiner and the document it dates (lakeshore-reentry-us)
        "Having now read the November 3 protocols against the agreement, we conclude otherwise.",
        "We also want to say plainly that the suggestion, in the November 3 letter, is pressure.",
        "Re: Response to Notice of Performance Concerns dated July 3, 2022",
    ],
)
def test_a_day_dating_a_document_is_no_time_of_the_minutes(text: str) -> None:
    start, note = _placed(text, date(2022, 12, 8))
    assert start == date(2022, 12, 8)
    assert note is not None and "dates a document discussed then" in note


def test_an_interview_keeps_the_documents_day() -> None:
    # recalled: the letter's day is the best time the answer names
    start, _ = _placed("7月13日中心来函以后，局里开始松口。", date(2024, 5, 22), "interview")
    assert start == date(2023, 7, 13)


def test_a_day_before_a_document_word_without_a_determiner_is_a_time() -> None:
    # no determiner: the day is when letters went out, not the name of one
    start, _ = _placed("On November 3 letters went out to every provider.", date(2022, 12, 8))
    assert start == date(2022, 11, 3)


@pytest.mark.parametrize(
    "text",
    [
        # kampala-street-children-ug: a letter of June asking for the Q4 tranche
        "We request that the Q4 tranche be released upon approval of the quarterly report.",
        "I ask for the immediate release of the Q3 installment.",
        "镇里说第三季度拨款还要等审计。",
    ],
)
def test_a_quarter_naming_a_payment_is_no_time_of_the_letter(text: str) -> None:
    start, note = _placed(text, date(2022, 12, 8), "document")
    assert start == date(2022, 12, 8)
    assert note is not None and "names a payment" in note


def test_a_quarter_alone_is_still_a_time() -> None:
    start, _ = _placed("In Q3 the office asked for weekly photos.", date(2022, 12, 8), "document")
    assert start == date(2022, 7, 1)
