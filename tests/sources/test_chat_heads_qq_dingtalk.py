"""Chat exports whose head lines name the sender with the office (QQ, 钉钉).

Found by the outside tester of tanghe-jiating-zh: a QQ export's 县民政局-周红梅(2853316604)
spoke for no one (同心-林晓(…) did: short enough to read as a name), and a 钉钉 copy's
周红梅（县民政局）  10月14日 周五 17:05 was no head line at all, so that a message's
通知：… read as a speaker named 通知.
"""

from __future__ import annotations

from datetime import date

from relcycle.domain import Actor, Case, Source
from relcycle.sources.segmenter import head_name, segment_text
from relcycle.sources.timeexpr import place_segments

ACTORS = (
    Actor("gov", "塘河县民政局", "government", ("县民政局", "局里")),
    Actor("swo", "同心社会工作服务中心", "social_org", ("同心", "同心中心")),
)
CASE = Case("c", "c", "zh", "month", date(2021, 3, 1), date(2023, 8, 31), ACTORS, None)

QQ = """消息记录（此消息记录为文本格式，不支持重新导入）

2021-09-06 9:12:33 县民政局-周红梅(2853316604)
@同心-林晓 明天上午低保复核入户，中心出4个人。

2021-09-06 9:20:47 同心-林晓(1179045532)
周股长，明天我们约了3户回访，能不能出2个人？
"""

DINGTALK = """【说明】钉钉群聊根据电脑端逐条复制整理。

周红梅（县民政局）  10月14日 周五 17:05
@林晓 本周台账还没收到，今天下班前报来。

黄磊（县民政局）  10月25日 周二 09:48
通知：根据县指挥部要求，11月起卡口值守恢复每人每周两班。

宋婷（同心中心）  10月25日 周二 10:15
黄老师，我们中心按之前说的每月两个班次安排。
"""


def test_a_qq_nickname_with_its_office_first_names_the_sender() -> None:
    heads = [(s.speaker, s.actor) for s in segment_text("qq.txt", QQ, ACTORS) if s.speaker]
    assert heads == [("县民政局-周红梅(2853316604)", "gov"), ("同心-林晓(1179045532)", "swo")]
    assert head_name("县民政局-周红梅(2853316604)") == "县民政局-周红梅(2853316604)"


def test_a_dingtalk_head_line_with_its_weekday_heads_a_message() -> None:
    segments = segment_text("dd.md", DINGTALK, ACTORS)
    heads = [(s.speaker, s.actor) for s in segments if s.speaker]
    assert heads == [
        ("周红梅（县民政局）", "gov"),
        ("黄磊（县民政局）", "gov"),
        ("宋婷（同心中心）", "swo"),
    ]
    assert any(s.text.endswith("通知：根据县指挥部要求，11月起卡口值守恢复每人每周两班。")
               for s in segments)  # fmt: skip


def test_each_dingtalk_message_is_read_as_of_its_day() -> None:
    source = Source("dd.md", "message", date(2022, 11, 30), None, None, DINGTALK, "dd.md",
                    "utf-8", "0" * 64)  # fmt: skip
    segments = segment_text(source.id, DINGTALK, ACTORS)
    anchors = place_segments(segments, source, CASE)
    assert anchors[1].start == date(2022, 10, 14)  # 今天, the day of its head line
