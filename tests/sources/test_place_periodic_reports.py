"""A report of a short period (周报, 月报, a monthly update) plans the coming weeks.

Its yearless dates are read as a note's are: the coming one when the last one
is long past and the coming one near (a weekly report of 2022-11-18 that
says 12月中旬开一次联席会议 means December 2022, not December 2021). A report
of a long period (an evaluation, an annual report) still recalls the past.
"""

from __future__ import annotations

from datetime import date

import pytest

from relcycle.domain import Actor, Case, Segment, Source
from relcycle.sources.timeexpr import place_segments
from relcycle.sources.timeexpr.model import periodic_report


def _source(title: str | None, day: date, text: str = "", kind: str = "report") -> Source:
    return Source("s.md", kind, day, title, None, text, "s.md", "utf-8", "0" * 64)


def _place(text: str, day: date, title: str | None) -> tuple[date, date, str | None]:
    actors = (Actor("gov", "bureau", "government"), Actor("swo", "centre", "social_org"))
    case = Case("c", "c", "zh", "month", date(2019, 1, 1), date(2024, 12, 31), actors, None)
    source = _source(title, day, text)
    (anchor,) = place_segments([Segment("s.md", 0, 0, len(text), text)], source, case)
    return anchor.start, anchor.end, anchor.expression


@pytest.mark.parametrize(
    ("title", "periodic"),
    [
        ("项目周报（第11周）", True),
        ("南溪区学校社会工作服务项目九月份工作月报", True),
        ("2022年第三季度工作总结（向阳社工）", True),
        ("工作简报（2023年第1期）", True),
        ("Quarterly monitoring return, Q3 2022/23", True),
        ("FY22 Q3 progress report to DAAS", True),
        ("Monthly update for the steering group", True),
        ("中期评估报告", False),
        ("桂园社区营造与为老服务项目2022年度第三方评估报告", False),
        ("Annual monitoring report 2022-23", False),
        ("Mid-term evaluation of the Welcome Hub", False),
        (None, False),
    ],
)
def test_which_reports_are_periodic(title: str | None, periodic: bool) -> None:
    assert periodic_report(_source(title, date(2022, 11, 18))) is periodic


def test_an_interview_is_never_periodic() -> None:
    assert not periodic_report(_source("项目周报访谈", date(2022, 11, 18), kind="interview"))


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        ("4. 周四局里通知，12月中旬开一次项目联席会议，请机构准备情况汇报。", date(2022, 11, 18),
         (date(2022, 12, 11), date(2022, 12, 20), "12月中旬")),
        ("国庆后启动个案服务；筹备试点学校的情绪管理小组。", date(2022, 9, 30),
         (date(2022, 10, 8), date(2022, 10, 21), "国庆后")),
        ("开学第一周科里又下了三项任务：安全教育材料汇编、问卷录入、国庆假期值班排班。",
         date(2023, 9, 15), (date(2023, 10, 1), date(2023, 10, 7), "国庆假期")),
    ],
)  # fmt: skip
def test_a_weekly_or_monthly_reports_coming_date(
    text: str, day: date, expected: tuple[date, date, str]
) -> None:
    assert _place(text, day, "项目周报（第11周）") == expected


def test_an_evaluation_report_still_recalls_the_last_one() -> None:
    text = "4. 局里通知，12月中旬开一次项目联席会议，请机构准备情况汇报。"
    start, _, expression = _place(text, date(2022, 11, 18), "项目中期评估报告")
    assert (start, expression) == (date(2021, 12, 11), "12月中旬")


def test_a_monthly_update_in_english_plans_the_coming_christmas() -> None:
    text = "The Christmas hamper drive starts after the council's sign-off."
    assert _place(text, date(2023, 11, 20), "Monthly update (November)")[:2] == (
        date(2023, 12, 24),
        date(2023, 12, 26),
    )
    assert _place(text, date(2023, 11, 20), "Annual report 2023")[0] == date(2022, 12, 24)
