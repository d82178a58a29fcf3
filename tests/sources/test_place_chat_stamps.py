"""A chat log's messages are read as of their stamps' days, not the source's date."""

from __future__ import annotations

from datetime import date

import pytest

from relcycle.domain import Actor, Case, Segment, Source
from relcycle.sources.segmenter import segment_text, stamp_end
from relcycle.sources.timeexpr import place_segments

ACTORS = (Actor("gov", "街道办", "government", ("黄主任",)),
          Actor("swo", "和悦社工", "social_org", ("林主任",)))  # fmt: skip
CASE = Case("c", "c", "zh", "month", date(2019, 7, 1), date(2021, 6, 30), ACTORS, None)


def _placed(*lines: str, day: date = date(2021, 5, 17), kind: str = "message"
            ) -> list[tuple[date, date, str | None]]:  # fmt: skip
    text = "\n".join(lines)
    source = Source("chat.txt", kind, day, None, None, text, "chat.txt", "utf-8", "0" * 64)
    segments = segment_text(source.id, text, ACTORS)
    assert len(segments) == len(lines)
    anchors = place_segments(segments, source, CASE)
    # each message alone (not cut from the body) is read alike
    alone = [Segment(s.source_id, s.index, 0, len(s.text), s.text) for s in segments]
    assert place_segments(alone, source, CASE) == anchors
    return [(a.start, a.end, a.expression) for a in anchors]


def test_relative_words_count_from_the_stamp() -> None:
    assert _placed(
        "[2021-05-20 08:47] 黄主任：明天上午来检查台账。",
        "[2021-05-20 09:15] 林主任：好的，昨天已经整理好了。",
        "[2021-06-03 10:00] 林主任：上个月的报表已经交了。",
        "[2021-06-03 10:02] 黄主任：收到。",
    ) == [
        (date(2021, 5, 21), date(2021, 5, 21), "明天"),
        (date(2021, 5, 19), date(2021, 5, 19), "昨天"),
        (date(2021, 5, 1), date(2021, 5, 31), "上个月"),
        (date(2021, 6, 3), date(2021, 6, 3), "2021-06-03"),
    ]


def test_a_message_is_placed_at_the_time_it_speaks_of() -> None:
    # the stamp says when it was sent; 去年三月 when it happened (a year before the stamp)
    assert _placed("[2021-05-17 09:00] 林主任：去年三月我们就提交过方案。")[0] == (
        date(2020, 3, 1), date(2020, 3, 31), "去年三月"
    )  # fmt: skip


def test_anaphora_refer_to_the_previous_message() -> None:
    placed = _placed(
        "[2021-05-20 08:47] 林主任：去年三月我们就提交过方案。",
        "[2021-05-20 08:50] 黄主任：当时没人跟我说。",
    )
    assert placed[1] == (date(2020, 3, 1), date(2020, 3, 31), "当时")


def test_a_relative_stamp_keeps_its_own_day() -> None:
    # 【昨天 08:15】 is the day before the source's date, and its message's 今天 that day
    assert _placed("【昨天 08:15】黄主任：今天的活动取消了。", "【09:00】林主任：收到。") == [
        (date(2021, 5, 16), date(2021, 5, 16), "今天"),
        (date(2021, 5, 16), date(2021, 5, 16), "昨天"),
    ]


def test_a_dated_opening_that_is_no_stamp_still_competes() -> None:
    # a note's first words name its day: no chat stamp, so the most specific time wins
    assert _placed("2021年5月20日，去年三月的方案又被提起。", kind="field_note")[0] == (
        date(2021, 5, 20), date(2021, 5, 20), "2021年5月20日"
    )  # fmt: skip


def test_stamp_end() -> None:
    assert stamp_end("[2021-05-18 08:47] 刘科长：…") == 19
    assert stamp_end("11/07/2019, 09:15 - Karen: …") == 20
    assert stamp_end("【08:30】唐主任：…") == 7
    assert stamp_end("2019年3月15日，镇里来检查") == 0


def test_a_plan_in_a_message_is_evidence_of_when_it_was_sent() -> None:
    (placed,) = _placed("[2021-05-20 08:47] 黄主任：听说下个月区里可能要来检查。")
    assert placed == (date(2021, 5, 20), date(2021, 5, 20), "2021-05-20")


def test_the_segmenter_marks_the_segments_that_start_with_a_stamp() -> None:
    text = (
        "群聊记录摘录\n\n[2021-05-20 08:47] 黄主任：明天来\n【09:00】林主任：好\n"
        "11/07/2019, 09:15 - Karen Holt: ok\n\n问：2019年3月怎么样？\n答：（笑）还好"
    )
    segments = segment_text("s", text, ACTORS)
    assert segments.stamped == (1, 2, 3)
    assert [s.text[: stamp_end(s.text)] for s in segments if stamp_end(s.text)] == [
        "[2021-05-20 08:47] ", "【09:00】", "11/07/2019, 09:15 - "
    ]  # fmt: skip


def test_a_chat_copied_from_a_computer_heads_each_message_with_sender_and_stamp() -> None:
    text = (
        "张科长 2020/2/3 09:12\n各位，疫情期间上门服务暂停，每天下午四点前报送台账。\n\n"
        "陈主任 Mandy 2020/2/3 09:40\n收到。\n\n"
        "李主任 2020/3/9 10:05\n上周的台账格式不对，今天下班前交。"
    )
    actors = (Actor("gov", "街道", "government", ("张科长", "李主任")),
              Actor("swo", "机构", "social_org", ("陈主任",)))  # fmt: skip
    segments = segment_text("chat.txt", text, actors)
    assert [(s.speaker, s.actor) for s in segments] == [
        ("张科长", "gov"), ("陈主任 Mandy", "swo"), ("李主任", "gov")
    ]  # fmt: skip
    assert segments.stamped == (0, 1, 2)
    assert segments[2].text == "李主任 2020/3/9 10:05\n上周的台账格式不对，今天下班前交。"
    source = Source("chat.txt", "message", date(2020, 2, 3), None, None, text, "chat.txt",
                    "utf-8", "0" * 64)  # fmt: skip
    anchors = place_segments(segments, source, CASE)
    assert [(a.start, a.end, a.expression) for a in anchors] == [
        (date(2020, 2, 3), date(2020, 2, 3), "2020/2/3"),
        (date(2020, 2, 3), date(2020, 2, 3), "2020/2/3"),
        (date(2020, 3, 9), date(2020, 3, 9), "今天"),  # the stamp's day, not 2020-02-03
    ]
    # 上周 is the week before 2020-03-09: another time, the stamp the same day
    assert (anchors[2].note or "").endswith("conflicting: '上周'")
    assert place_segments(list(segments), source, CASE) == anchors


@pytest.mark.parametrize(
    "text",
    [
        "签到 08:30\n开场致辞 09:00\n分组讨论",  # an agenda: times without a day
        "第一次联席会议纪要 2021年5月18日 14:00\n出席：街道、机构",  # a heading, 9 characters
        "前言\n\n" * 120 + "张科长 2020/2/3 09:12\n各位好",  # no header among the first lines
    ],
)
def test_lines_that_only_look_like_headers_start_no_turn(text: str) -> None:
    assert all(s.speaker is None for s in segment_text("s", text, ACTORS))


def test_a_pasted_mail_thread_dates_each_mail_by_its_header() -> None:
    text = (
        "From: Sarah Okafor\nSent: 01 November 2021 09:02\nTo: Dan Price\nSubject: KPI return\n\n"
        "Dan, please send the KPI return every Monday by noon.\n\n"
        "From: Sarah Okafor\nSent: 23 November 2021 16:40\nTo: Dan Price\nSubject: Holidays\n\n"
        "The lead member has committed to a holiday programme over Christmas.\n\n"
        "From: Dan Price\nSent: 24 November 2021 08:15\nTo: Sarah Okafor\n\n"
        "Sarah, understood. We will make it work.\n\nLast week was hard."
    )
    segments = segment_text("mails.txt", text, ACTORS)
    assert segments.stamped == (0, 2, 4)
    source = Source("mails.txt", "message", date(2021, 11, 1), None, None, text, "mails.txt",
                    "utf-8", "0" * 64)  # fmt: skip
    wide = Case("c", "c", "en", "month", date(2021, 1, 1), date(2022, 12, 31), ACTORS, None)
    anchors = place_segments(segments, source, wide)
    assert [(a.start, a.end) for a in anchors] == [
        (date(2021, 11, 1), date(2021, 11, 1)),
        (date(2021, 11, 1), date(2021, 11, 1)),
        (date(2021, 11, 23), date(2021, 11, 23)),
        (date(2021, 11, 23), date(2021, 11, 23)),  # a plan for Christmas, made that day
        (date(2021, 11, 24), date(2021, 11, 24)),
        (date(2021, 11, 24), date(2021, 11, 24)),
        (date(2021, 11, 15), date(2021, 11, 21)),  # last week: the week before the 24th
    ]
    assert place_segments(list(segments), source, wide) == anchors
