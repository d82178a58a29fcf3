"""The header an export tool writes above a WeChat chat (群聊：…, 导出范围：…) names no speaker.

Found by an outside tester: 群聊：平山镇居家探访项目工作群 was read as a turn of a speaker
named 群聊.
"""

from __future__ import annotations

import pytest

from relcycle.domain import Actor
from relcycle.sources.segmenter import segment_text

ACTORS = (
    Actor("gov", "平山镇人民政府", "government", ("何玲", "郑建国")),
    Actor("swo", "安和社会工作服务中心", "social_org", ("安和-林慧",)),
)


@pytest.mark.parametrize(
    "header",
    [
        "群聊：平山镇居家探访项目工作群\n导出范围：2022-04-18 至 2022-07-22",
        "聊天对象：何玲\n导出时间：2022-07-22 21:14",
        "群聊名稱：街坊互助群\n導出時間：2022-07-22 21:14",
    ],
)
def test_an_export_header_names_no_speaker(header: str) -> None:
    text = f"微信聊天记录\n{header}\n\n何玲 2022-04-18 07:52:31\n今天镇里全员核酸\n"
    segments = segment_text("chat.txt", text, ACTORS)
    assert [s.speaker for s in segments] == [None, "何玲"]
    assert segments[1].actor == "gov"
