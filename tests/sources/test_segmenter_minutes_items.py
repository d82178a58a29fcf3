"""Minutes whose numbered items (一、二、三、) name who spoke; a chat notice under a stamp.

Found by an outside tester's case (qinghe-youth-absorbed-zh): 一、陈静汇报… 二、刘主任表示…
三、李老师（区团委）提出… on the lines of one paragraph were one segment with no speaker, so
the sub-district's demand and the organisation's reply were one unit, dated together.
"""

from __future__ import annotations

from relcycle.domain import Actor
from relcycle.sources.segmenter import segment_text

ACTORS = (
    Actor("gov", "清河街道办事处", "government", ("街道", "刘主任", "王科长")),
    Actor("swo", "向阳社会工作服务中心", "social_org", ("向阳", "陈静", "周晓")),
    Actor("league", "区团委", "funder", ("李老师",)),
)

MINUTES = (
    "会议内容：\n"
    "一、陈静汇报前两个月的需求评估结果。\n"
    "二、刘主任表示街道对评估结果没有意见。\n"
    "三、李老师（区团委）提出暑期可以纳入全区活动。\n"
    "\n"
    "会议商定：六月中旬开第一期成长小组。"
)


def _turns(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(s.text, s.speaker, s.actor) for s in segment_text("m", text, ACTORS)]


def test_each_item_naming_a_speaker_is_that_speakers_turn() -> None:
    assert _turns(MINUTES) == [
        ("会议内容：", None, None),
        ("一、陈静汇报前两个月的需求评估结果。", "陈静", "swo"),
        ("二、刘主任表示街道对评估结果没有意见。", "刘主任", "gov"),
        ("三、李老师（区团委）提出暑期可以纳入全区活动。", "李老师", "league"),
        ("会议商定：六月中旬开第一期成长小组。", None, None),
    ]


def test_segments_keep_their_offsets() -> None:
    for s in segment_text("m", MINUTES, ACTORS):
        assert MINUTES[s.start : s.end] == s.text


def test_an_item_after_a_blank_line_names_its_speaker_too() -> None:
    assert _turns("一、王科长提出活动照片要留存好。\n\n二、周晓汇报台账已补齐。") == [
        ("一、王科长提出活动照片要留存好。", "王科长", "gov"),
        ("二、周晓汇报台账已补齐。", "周晓", "swo"),
    ]


def test_items_that_name_no_speaker_stay_one_paragraph() -> None:
    letter = "说明：\n一、自9月起每月5日前填报绩效表。\n二、活动计划应于办理前十日报核定。"
    assert _turns(letter) == [(letter, None, None)]


def test_an_item_opening_with_a_name_that_is_no_actor_has_no_speaker() -> None:
    text = "一、张老师提出要多办活动。\n二、刘主任表示同意。"
    assert _turns(text) == [
        ("一、张老师提出要多办活动。", None, None),
        ("二、刘主任表示同意。", "刘主任", "gov"),
    ]


CHAT = (
    "2022-03-14 08:20 陈静（向阳）：收到，我们排一下班。\n"
    "2022-03-14 08:21 周晓（向阳）撤回了一条消息\n"
    "2022-03-14 08:23 周晓（向阳）：收到，明天7点到。"
)


def test_a_chat_notice_under_a_stamp_is_no_line_of_the_message_above() -> None:
    found = segment_text("c", CHAT, ACTORS)
    assert [(s.text, s.speaker, s.actor) for s in found] == [
        ("2022-03-14 08:20 陈静（向阳）：收到，我们排一下班。", "陈静（向阳）", "swo"),
        ("2022-03-14 08:21 周晓（向阳）撤回了一条消息", None, None),
        ("2022-03-14 08:23 周晓（向阳）：收到，明天7点到。", "周晓（向阳）", "swo"),
    ]
    assert found.stamped == (0, 1, 2)


def test_a_chronology_s_items_are_a_segment_each_of_the_speaker_above() -> None:
    text = (
        "刘主任：项目大事记：\n"
        "1. 2021年4月1日 合同开始；\n"
        "2. 2021年4月21日 启动会。\n"
        "- 6月22日 第一次活动。\n"
        "其余按计划。"
    )
    assert _turns(text) == [
        ("项目大事记：", "刘主任", "gov"),
        ("1. 2021年4月1日 合同开始；", "刘主任", "gov"),
        ("2. 2021年4月21日 启动会。", "刘主任", "gov"),
        ("- 6月22日 第一次活动。\n其余按计划。", "刘主任", "gov"),
    ]


def test_an_english_key_dates_list_is_cut_but_a_line_wrapped_before_a_day_is_not() -> None:
    text = (
        "3. Key dates in Year 1\n"
        "- 1/4/2021 - contract start.\n"
        "• 3 March 2022: first review\n"
        "* **April 5, 2022** - second review\n"
        "\n"
        "The review meeting was held on\n"
        "16 February 2022, and a note followed.\n"
        "2. 10 items were counted."
    )
    assert [t for t, _, _ in _turns(text)] == [
        "3. Key dates in Year 1",
        "- 1/4/2021 - contract start.",
        "• 3 March 2022: first review",
        "* **April 5, 2022** - second review",
        "The review meeting was held on\n16 February 2022, and a note followed.\n"
        "2. 10 items were counted.",
    ]
