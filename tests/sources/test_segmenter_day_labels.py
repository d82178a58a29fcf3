"""A day, month or weekday before a colon heads a line; it names no speaker.

Found by an outside tester's case (xitang-children-home-zh): in a WeChat
export, a message's second line 3月7日：四点半课堂1场23人 was cut off as a turn of a
speaker "3月7日".
"""

from __future__ import annotations

import pytest

from relcycle.domain import Actor
from relcycle.sources.segmenter import is_speaker_label, segment_text

ACTORS = (
    Actor("gov", "西塘街道办事处", "government", ("周丽",)),
    Actor("swo", "弘德社会工作服务中心", "social_org", ("黄志明",)),
)


@pytest.mark.parametrize(
    "label", ["3月7日", "2022年3月", "三月五日", "5月20日下午", "周三", "星期天", "二〇二二年三月"]
)
def test_a_time_is_no_speaker(label: str) -> None:
    assert not is_speaker_label(label)


@pytest.mark.parametrize("label", ["周主任", "月嫂", "王主任", "三月姐", "Karen"])
def test_names_that_hold_a_month_or_week_word_still_are(label: str) -> None:
    assert is_speaker_label(label)


def test_a_chat_message_keeps_its_day_line() -> None:
    text = (
        "2022-03-07 17:20:11 黄志明\n[图片]\n3月7日：四点半课堂1场23人，入户2户\n\n"
        "2022-03-14 09:12:30 周丽\n明天上午有检查组来"
    )
    segments = segment_text("chat.txt", text, ACTORS)
    assert [(s.speaker, s.actor) for s in segments] == [("黄志明", "swo"), ("周丽", "gov")]
    assert segments[0].text.endswith("3月7日：四点半课堂1场23人，入户2户")


def test_a_diary_of_days_is_one_paragraph_per_day() -> None:
    text = "周一：入户三家。\n周二：小组活动。"
    (segment,) = segment_text("note.md", text, ACTORS)
    assert segment.speaker is None and segment.text == text
