"""Chat exports as export tools and phones write them, in Chinese."""

from __future__ import annotations

from datetime import date

import pytest

from relcycle.domain import Actor, Case, Source
from relcycle.sources.segmenter import segment_text, stamp_end
from relcycle.sources.timeexpr import place_segments

ACTORS = (
    Actor("gov", "南湖街道办事处", "government", ("街道", "吴科长", "周书记", "李科长")),
    Actor("swo", "和光社会工作服务中心", "social_org", ("和光", "张敏", "刘婷")),
)
CASE = Case("c", "c", "zh", "quarter", date(2020, 7, 1), date(2023, 6, 30), ACTORS, None)


def _source(text: str, day: date) -> Source:
    return Source("chat.txt", "message", day, None, None, text, "chat.txt", "utf-8", "0" * 64)


def test_a_phone_export_with_the_half_of_the_day_before_the_clock_is_one_message_a_line() -> None:
    lines = [
        "2022/4/18 上午9:02 - 吴科长（街道社区服务办）: 李科长调任，工作由我接手。",
        "2022/5/20 下午5:36 - 吴科长（街道社区服务办）: 本周台账缺三张照片，重新拍了再报。",
        "2022/8/16 下午3:40 - 刘婷（和光社工） 撤回了一条消息",
        "2023/1/6 下午3:45 - 和光-张敏: 这个任务不在合同里，我们不能接。",
    ]
    text = "\n".join(lines)
    segments = segment_text("chat.txt", text, ACTORS)
    assert [(s.speaker, s.actor, s.text) for s in segments] == [
        ("吴科长（街道社区服务办）", "gov", lines[0]),
        ("吴科长（街道社区服务办）", "gov", lines[1]),
        (None, None, lines[2]),  # the app's notice: no one's message
        ("和光-张敏", "swo", lines[3]),
    ]
    assert segments.stamped == (0, 1, 2, 3)
    anchors = place_segments(segments, _source(text, date(2022, 4, 18)), CASE)
    assert [a.start for a in anchors] == [
        date(2022, 4, 18), date(2022, 5, 20), date(2022, 8, 16), date(2023, 1, 6)
    ]  # fmt: skip


def test_a_half_of_the_day_alone_is_no_stamp() -> None:
    assert stamp_end("2022/4/18 下午2:10 - 吴科长: 收到") == len("2022/4/18 下午2:10 - ")
    text = "记录\n下午2:10 开会：全体"  # a clock time without a day starts no message
    assert [(s.speaker, s.text) for s in segment_text("s.md", text, ACTORS)] == [(None, text)]


def test_a_line_with_a_colon_in_a_headed_message_is_the_message_s_not_a_new_sender() -> None:
    text = (
        "刘婷（和光社工） 2021-06-21 20:14:02\n"
        "更正：指标是我们和街道商量的版本。\n\n"
        "李科长-南湖街道 2021-06-22 08:30:51\n"
        "指标就按你们提的来。\n附件：指标表.docx"
    )
    segments = segment_text("chat.txt", text, ACTORS)
    assert [(s.speaker, s.actor, s.text) for s in segments] == [
        (
            "刘婷（和光社工）",
            "swo",
            "刘婷（和光社工） 2021-06-21 20:14:02\n更正：指标是我们和街道商量的版本。",
        ),
        (
            "李科长-南湖街道",
            "gov",
            "李科长-南湖街道 2021-06-22 08:30:51\n指标就按你们提的来。\n附件：指标表.docx",
        ),
    ]
    anchors = place_segments(segments, _source(text, date(2021, 6, 21)), CASE)
    assert [a.start for a in anchors] == [date(2021, 6, 21), date(2021, 6, 22)]


def test_a_stamped_line_in_a_headed_chat_still_starts_its_sender_s_message() -> None:
    text = (
        "刘婷（和光社工） 2021-06-21 20:14:02\n好的\n"
        "[2021-06-22 08:30] 李科长：指标就按你们提的来。"
    )
    assert [s.speaker for s in segment_text("chat.txt", text, ACTORS)] == [
        "刘婷（和光社工）",
        "李科长",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "访谈 2021-03-05 14:22\n问：你们什么时候开始报周台账？\n答：去年五月。",
        "座谈会 2021/3/5 14:22\n李科长：开始吧。\n张敏：好。",
    ],
)
def test_a_transcript_titled_with_a_date_and_time_keeps_its_turns(text: str) -> None:
    # one head-like line is a title, not a chat: the labelled lines below it are turns
    segments = segment_text("t.md", text, ACTORS, "swo")
    assert [s.text for s in segments][1:] == [
        line.split("：", 1)[1] for line in text.split("\n")[1:]
    ]


def test_a_named_sender_s_line_in_a_chat_message_starts_that_sender_s_turn() -> None:
    text = "刘婷 2021-06-21 20:14:02\n好的\n李科长：补一句。\n\n张敏 2021-06-22 08:30:51\n收到"
    assert [s.speaker for s in segment_text("chat.txt", text, ACTORS)] == ["刘婷", "李科长", "张敏"]
