"""第二天 after the name of an event counts from that event, not from the time named before.

Found by an outside tester: in a WeChat export, a message of 2022-06-13 saying
社工晚上值班第二天就没法入户 (the day after night duty) was put on 2022-06-04, the
day after 端午 named in a message ten days before.
"""

from __future__ import annotations

from datetime import date

import pytest

from relcycle.domain import Actor, Case, Source
from relcycle.sources.segmenter import segment_text
from relcycle.sources.timeexpr import TimeContext, place_segments
from relcycle.sources.timeexpr.find import scan_text
from relcycle.sources.timeexpr.zh_project import AFTER_ITS_EVENT

CTX = TimeContext(date(2022, 6, 13), date(2022, 3, 7), date(2022, 9, 4), prospective=True)


@pytest.mark.parametrize(
    "text",
    ["社工晚上值班第二天就没法入户。", "开会的第二天我给郑主任打了电话。", "签约次日就进村了。"],
)
def test_the_day_after_an_event_is_left_open(text: str) -> None:
    mentions, unresolved = scan_text(text, CTX)
    assert scan_text(text, CTX, prefilter=False) == (mentions, unresolved)
    assert mentions == []
    assert [u.reason for u in unresolved] == [AFTER_ITS_EVENT]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2022年6月3日送粽子，第二天又去了。", date(2022, 6, 4)),
        ("6月3日送粽子，然后第二天又去了。", date(2022, 6, 4)),
        ("2022年6月3日送粽子，郑主任第二天打电话来。", date(2022, 6, 4)),
        ("2022年6月3日是端午，端午的第二天又去了。", date(2022, 6, 4)),
        ("2022年6月10日那天，他第二天就来了。", date(2022, 6, 11)),
    ],
)
def test_after_a_person_a_word_or_a_time_it_counts_from_the_time_before(
    text: str, day: date
) -> None:
    mentions, _ = scan_text(text, CTX)
    assert mentions[-1].expression == "第二天"
    assert mentions[-1].interval_start == day


def test_a_message_about_the_day_after_duty_stays_on_its_stamp() -> None:
    actors = (Actor("gov", "平山镇", "government", ("何玲",)),
              Actor("swo", "安和", "social_org", ("安和-林慧",)))  # fmt: skip
    case = Case("c", "c", "zh", "week", date(2022, 3, 7), date(2022, 9, 4), actors, None)
    text = (
        "何玲 2022-05-31 16:20:13\n端午节镇里给老人送粽子，请机构送到户\n\n"
        "安和-林慧 2022-06-13 11:47:09\n防汛不在服务合同范围内，社工晚上值班第二天就没法入户"
    )
    source = Source("chat.txt", "message", date(2022, 7, 22), None, None, text, "chat.txt",
                    "utf-8", "0" * 64)  # fmt: skip
    segments = segment_text(source.id, text, actors)
    anchors = place_segments(segments, source, case)
    last = anchors[-1]
    assert (last.start, last.end) == (date(2022, 6, 13), date(2022, 6, 13))
