"""A standing rule's 上月 is no month, and a report's deadline for a task lies ahead.

Found by two outside cases: minutes of liangtian-wenhua-zh (每月5日前报送上月工作报告)
and a notice of songxi-shequ-zhili-zh (每月5日前报送上月工作情况) had their 上月 read as
the month before the source, so a relaxation was placed a month early; a work report
of songxi (8月底前完成三个社区的需求调研报告, 于1月18日前报街道审核) had its deadline put
in the year before, outside the studied period.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_place import _case

from relcycle.domain import Segment, Source
from relcycle.sources.timeexpr import place_segments


def _place(text: str, day: date, kind: str) -> tuple[date, date, str | None]:
    source = Source("s.md", kind, day, None, None, text, "s.md", "utf-8", "0" * 64)
    (anchor,) = place_segments([Segment("s.md", 0, 0, len(text), text)], source, _case())
    return anchor.start, anchor.end, anchor.expression


@pytest.mark.parametrize(
    "text",
    [
        "每月5日前报送上月工作报告，按统一模板。",
        "周台账调整为月报，每月5日前报送上月工作情况。",
        "每周一上午报送上周服务周报。",
        "每季度末报送本季度小结。",
    ],
)
def test_a_standing_rule_names_no_month(text: str) -> None:
    assert _place(text, date(2018, 6, 28), "minutes") == (
        date(2018, 6, 28),
        date(2018, 6, 28),
        None,
    )


def test_the_month_of_a_rules_condition_is_no_month() -> None:
    # chaoyang's supplementary agreement: its 当月 followed the contract's 2月24日 back a year
    text = "甲方于2月24日签订合同。第三条 乙方所包网格当月工单满意率低于85%的，按每单扣减。"
    source = Source("s.md", "document", date(2018, 6, 3), None, None, text, "s.md", "utf-8",
                    "0" * 64)  # fmt: skip
    first, rule = text.split("。", 1)
    segments = [Segment("s.md", 0, 0, len(first), first),
                Segment("s.md", 1, len(first) + 1, len(text), rule)]  # fmt: skip
    anchors = place_segments(segments, source, _case())
    assert (anchors[1].start, anchors[1].expression) == (date(2018, 6, 3), None)
    # 当月 told as what happened is the month named before
    assert _place("2018年3月进驻，当月就走访了120户。", date(2018, 6, 28), "minutes")[:2] == (
        date(2018, 3, 1), date(2018, 3, 31)
    )  # fmt: skip


def test_last_month_after_a_comma_is_a_month() -> None:
    assert _place("每月都要交，上个月我们没交。", date(2018, 6, 28), "minutes")[:2] == (
        date(2018, 5, 1), date(2018, 5, 31)
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("8月底前完成三个社区的需求调研报告。", date(2018, 7, 23)),
        ("方案于1月18日前报街道审核。", date(2019, 1, 13)),
    ],
)
def test_a_report_s_deadline_for_a_task_lies_ahead(text: str, day: date) -> None:
    start, _, expression = _place(text, day, "report")
    assert (start, expression) == (day, None)  # said now of the coming deadline


def test_a_deadline_met_or_recalled_stays_behind() -> None:
    assert _place("8月底前完成了需求调研。", date(2018, 9, 23), "report")[0] == date(2018, 8, 21)
    # an interview recalls: its deadline is the last one
    assert _place("8月底前完成需求调研报告。", date(2019, 7, 23), "interview")[0] == date(
        2018, 8, 21
    )
