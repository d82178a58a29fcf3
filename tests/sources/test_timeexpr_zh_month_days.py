"""Chinese days of the month said alone (8号下午那场, 15号之前交) in a source written at the time.

Found in songxi-shequ-zhili-zh: a WeChat message of 3 August proposing 松溪社区8号下午那场
was placed on the day it was sent, not on 8 August when the meeting it proposes was held.
"""

from __future__ import annotations

from datetime import date

import pytest

from relcycle.domain import Precision
from relcycle.sources.timeexpr import TimeContext
from relcycle.sources.timeexpr.find import scan_text

THIRD = date(2023, 8, 3)
TWENTIETH = date(2023, 8, 20)


def _ctx(reference: date = THIRD, *, prospective: bool = True) -> TimeContext:
    return TimeContext(reference, date(2021, 7, 1), date(2023, 12, 31), prospective=prospective)


def _found(text: str, ctx: TimeContext) -> list[tuple[str, date, Precision]]:
    mentions, _ = scan_text(text, ctx)
    assert scan_text(text, ctx, prefilter=False)[0] == mentions
    return [(m.expression, m.interval_start, m.precision) for m in mentions]


@pytest.mark.parametrize(
    ("text", "reference", "expression", "day"),
    [
        ("建议看松溪社区8号下午那场，议题是充电桩选址。", THIRD, "8号", date(2023, 8, 8)),
        ("高龄津贴认证二十号总算做完了。", date(2024, 3, 28), "二十号", date(2024, 3, 20)),
        ("我们25号交月报。", THIRD, "25号", date(2023, 8, 25)),
        # a deadline already past this month: the coming month's
        ("材料5号之前交到街道。", TWENTIETH, "5号", date(2023, 9, 5)),
        # told as done, still to come this month: the last month's
        ("28号开了一次协调会。", THIRD, "28号", date(2023, 7, 28)),
    ],
)
def test_a_day_alone_is_that_day_of_the_sources_month(
    text: str, reference: date, expression: str, day: date
) -> None:
    assert _found(text, _ctx(reference)) == [(expression, day, Precision.DAY)]


@pytest.mark.parametrize(
    "text",
    [
        "活动在8号楼一层。",
        "坐1号线到区里。",
        "按〔2021〕3号文件执行。",
        "每月25号交月报。",  # a routine
        "第5号通知已经下发。",
        "地址：花莲市府前路17号。",  # an address
        "地点：人民大道3号二楼。",
        "桂花巷5号的阿婆来了。",
    ],
)
def test_a_number_of_something_else_or_a_routine_is_no_day(text: str) -> None:
    assert _found(text, _ctx()) == []


def test_a_day_the_month_lacks_is_no_day() -> None:
    assert _found("三十一号交。", _ctx()) == [("三十一号", date(2023, 8, 31), Precision.DAY)]
    assert _found("三十一号交。", _ctx(date(2023, 9, 3))) == []


def test_a_month_named_before_is_read_whole() -> None:
    assert _found("3月8号开会", _ctx()) == [("3月8号", date(2023, 3, 8), Precision.DAY)]


def test_an_interview_names_no_month_by_a_day_alone() -> None:
    assert _found("8号那天我们去了街道。", _ctx(prospective=False)) == []
