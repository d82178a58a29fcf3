"""Chinese weekdays said alone (周一上午…, 周三第一次入户) in a source written at the time.

Found by an outside tester: a weekly work log of Friday 2022-03-11 opening its
paragraphs with 周一, 周三, 周四 read none of them, so a paragraph of Monday whose
list of elderly people was 去年的 was placed in 2021, and 第二天 after 周一 had
nothing to count from.
"""

from __future__ import annotations

from datetime import date

import pytest

from relcycle.domain import Precision
from relcycle.sources.timeexpr import TimeContext
from relcycle.sources.timeexpr.find import scan_text

FRIDAY = date(2022, 3, 11)
TUESDAY = date(2022, 5, 31)


def _ctx(reference: date = FRIDAY, *, prospective: bool = True) -> TimeContext:
    return TimeContext(reference, date(2022, 3, 7), date(2022, 9, 4), prospective=prospective)


def _found(text: str, ctx: TimeContext) -> list[tuple[str, date, Precision]]:
    mentions, _ = scan_text(text, ctx)
    assert scan_text(text, ctx, prefilter=False)[0] == mentions
    return [(m.expression, m.interval_start, m.precision) for m in mentions]


@pytest.mark.parametrize(
    ("text", "expression", "day"),
    [
        ("周一上午跟林主任去镇政府对接。", "周一", date(2022, 3, 7)),
        ("周三第一次入户，东坑村罗支书带路。", "周三", date(2022, 3, 9)),
        ("星期五下午整理名单。", "星期五", date(2022, 3, 11)),
        ("礼拜四机构内部讨论。", "礼拜四", date(2022, 3, 10)),
        ("小何拖到周五才交。", "周五", date(2022, 3, 11)),
    ],
)
def test_a_weekday_alone_is_that_day_of_the_sources_week(
    text: str, expression: str, day: date
) -> None:
    assert _found(text, _ctx()) == [(expression, day, Precision.DAY)]


def test_the_day_beats_a_year_that_describes_something_else() -> None:
    found = _found("周一上午去镇里对接，下午拿到名单，名单是去年的。", _ctx())
    assert found[0] == ("周一", date(2022, 3, 7), Precision.DAY)


def test_the_next_day_counts_from_the_weekday() -> None:
    found = _found("周二郑主任打电话来，第二天又来了。", _ctx())
    assert [(e, d) for e, d, _ in found] == [
        ("周二", date(2022, 3, 8)),
        ("第二天", date(2022, 3, 9)),
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("请各机构周三前送到街道。", date(2022, 3, 16)),  # a deadline, on a Friday
        ("我们约好周一放学在校门口接他。", date(2022, 3, 14)),
        ("材料周四之前报过来。", date(2022, 3, 17)),
        ("周五前交台账。", FRIDAY),  # today is still ahead
    ],
)
def test_a_weekday_ahead_is_the_coming_one(text: str, day: date) -> None:
    assert [d for _, d, _ in _found(text, _ctx())] == [day]


def test_a_past_clause_takes_the_weekday_before() -> None:
    monday = date(2023, 10, 30)
    found = _found("周五下午开了一个小会，把菜单定成两周一轮。", _ctx(monday))
    assert found == [("周五", date(2023, 10, 27), Precision.DAY)]


def test_a_message_asks_for_a_day_later_in_its_week() -> None:
    assert _found("周四下午开个小会，您来坐坐。", _ctx(TUESDAY)) == [
        ("周四", date(2022, 6, 2), Precision.DAY)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "每周一交台账。",
        "隔周三开一次小组。",
        "一周一次入户。",
        "周一到周五都要值班。",
        "星期一至星期五开放。",
        "请机构周三周四两天送到户。",
        "周二和周四开小组。",
        "周三、周四各一场。",
        "2022年6月7日（周二）晚上7点",
        "跟老周一组跑了五户。",
        "小周一句话没说。",
        "周股长来平山看项目。",
        "周六的桌游小组是不是取消了。",
        "星期一的义工更由阿诗带。",
        "三月地区嘉年华星期日全日。",
        "暑期星期一亦开放。",
        "每天下午开放；周六上午开阅读班。",
    ],
)
def test_no_day(text: str) -> None:
    assert [e for e, _, _ in _found(text, _ctx()) if "周" in e or "星期" in e or "礼拜" in e] == []


def test_an_interview_reads_no_weekday_alone() -> None:
    assert _found("周一上午去镇里对接。", _ctx(date(2022, 10, 12), prospective=False)) == []
