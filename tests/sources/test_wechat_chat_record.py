"""A chat record WeChat copies as one message: a rule either side of each day, a sender and
clock time heading each message.

Found in songxi-shequ-zhili-zh: its messages were all placed at the export's date (本周五
said on 14 March read as 25 March) and spoke for no one (赵蕾(街道治理办)'s 好，就按你们的安排
counted as the organisation's).
"""

from __future__ import annotations

from datetime import date

import pytest

from relcycle.domain import Actor, Case, Source
from relcycle.sources.segmenter import segment_text
from relcycle.sources.timeexpr import place_segments
from relcycle.sources.timeexpr.stamps import is_day_line

ACTORS = (
    Actor("gov", "松溪街道办事处", "government", ("街道", "治理办")),
    Actor("swo", "和鸣社会工作服务中心", "social_org", ("和鸣",)),
)
CASE = Case("c", "c", "zh", "quarter", date(2021, 7, 1), date(2023, 12, 31), ACTORS, None)

RECORD = """微信群“对接群”聊天记录
导出时间：2022-03-21 22:47

—————  2022-03-14  —————

赵蕾(街道治理办)  09:12
@陈颖 本周五的周台账记得附签到表照片
更正：是下周五

陈颖(和鸣)  09:15
好的，收到

—————  2022-3-17  —————

赵蕾(街道治理办)  21:05
今天辛苦大家，明天继续[抱拳]
"""


def _source(text: str) -> Source:
    return Source("chat.txt", "message", date(2022, 3, 21), None, None, text, "chat.txt",
                  "utf-8", "0" * 64)  # fmt: skip


def test_each_message_speaks_for_its_sender_and_office() -> None:
    segments = segment_text("chat.txt", RECORD, ACTORS)
    heads = [(s.speaker, s.actor) for s in segments if s.speaker is not None]
    assert heads == [
        ("赵蕾(街道治理办)", "gov"),
        ("陈颖(和鸣)", "swo"),
        ("赵蕾(街道治理办)", "gov"),
    ]
    # a line of a message that starts like a label is the message's
    assert "更正：是下周五" in segments[2].text


def test_each_message_is_read_as_of_the_day_above_it() -> None:
    source = _source(RECORD)
    segments = segment_text(source.id, RECORD, ACTORS)
    placed = {s.text.split("\n")[1][:6]: a for s, a in
              zip(segments, place_segments(segments, source, CASE), strict=True)
              if s.speaker is not None}  # fmt: skip
    assert placed["@陈颖 本周"].start == date(2022, 3, 18)  # the Friday of the week of 14 March
    assert placed["好的，收到"].start == date(2022, 3, 14)
    assert placed["今天辛苦大家"].start == date(2022, 3, 17)


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("—————  2022-03-14  —————", 7, 17),
        ("-----  2022-3-14  -----", 7, 16),
        ("==== 2022年3月14日 ====", 5, 15),
    ],
)
def test_a_day_between_rules_is_a_day_line(line: str, start: int, end: int) -> None:
    assert is_day_line(line, start, end)


def test_a_rule_then_a_sentence_is_not_a_day_line() -> None:
    assert not is_day_line("—————  2022-03-14 街道召开联席会议", 7, 17)


#: A phone set to Chinese writes the half of the day before the clock (何川 下午9:12), and
#: the rule may sit on the line right above the first head (wuhou-yuanluo-zizhi-b-zh: every
#: message was placed at the export's date and spoke for no one).
HALF_DAY_RECORD = """微信聊天记录导出
导出时间：2022/04/30 23:05

————— 2022年3月14日 —————
赵蕾(街道治理办) 下午9:12
今天又加了个活：每个院落早上要有人站岗

陈颖(和鸣) 下午9:13
上午站岗，下午还要去打卡

————— 2022年3月18日 —————
陈颖(和鸣) 上午8:41
又迟到了
"""


def test_a_head_with_the_half_of_the_day_before_its_clock_starts_a_message() -> None:
    source = _source(HALF_DAY_RECORD)
    segments = segment_text(source.id, HALF_DAY_RECORD, ACTORS)
    anchors = place_segments(segments, source, CASE)
    heads = [(s.actor, a.start) for s, a in zip(segments, anchors, strict=True) if s.speaker]
    assert heads == [
        ("gov", date(2022, 3, 14)),
        ("swo", date(2022, 3, 14)),
        ("swo", date(2022, 3, 18)),
    ]
    # a line of a message that opens with 上午 is no head line
    assert "上午站岗" in segments[3].text
