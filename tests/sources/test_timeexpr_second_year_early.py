"""第二年年初 alone is early in the project's second calendar year; 项目第二年年初 the contract's.

Found by an outside tester's case (xitang-children-home-zh, a contract from
September 2021): 第二年年初吧，过完年周主任来分管 was read as September-November 2022
(the first months of the contract's second year); the speaker means early 2022.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from timeexpr_context import CTX  # contract 2017-09-01 .. 2019-08-31

from relcycle.sources.timeexpr import TimeContext, find_mentions


def _span(text: str, ctx: TimeContext = CTX) -> tuple[str, date, date]:
    m = find_mentions(text, ctx)[0]  # 过完年 after it is a time of its own
    return m.expression, m.interval_start, m.interval_end


def test_second_year_early_alone_is_the_second_calendar_year() -> None:
    assert _span("第二年年初吧，过完年周主任来分管") == (
        "第二年年初",
        date(2018, 1, 1),
        date(2018, 3, 31),
    )
    assert _span("第二年年底") == ("第二年年底", date(2018, 10, 1), date(2018, 12, 31))


def test_the_projects_second_year_early_is_the_contracts() -> None:
    assert _span("项目第二年年初") == ("项目第二年年初", date(2018, 9, 1), date(2018, 11, 30))


def test_the_second_year_alone_is_the_contracts() -> None:
    assert _span("否则第二年没法做") == ("第二年", date(2018, 9, 1), date(2019, 8, 31))


def test_a_contract_from_january_reads_both_alike() -> None:
    january = replace(CTX, contract_start=date(2017, 1, 1), contract_end=date(2018, 12, 31))
    assert _span("第二年年初", january) == ("第二年年初", date(2018, 1, 1), date(2018, 3, 31))


def test_second_year_after_a_time_before_the_project_counts_from_that_time() -> None:
    # liangtian-wenhua-zh: 前年冬天 (before the contract) … 第二年开春 is the spring after it
    mentions = find_mentions("2016年冬天镇里就来找过我们。真正签合同是第二年开春。", CTX)
    assert [(m.expression, m.interval_start) for m in mentions] == [
        ("2016年冬天", date(2016, 12, 1)),
        ("第二年开春", date(2017, 3, 1)),
    ]
    # after a time within the project, the contract's second year (from 2017-09-01)
    mentions = find_mentions("2018年3月开始值守。第二年开春又忙起来。", CTX)
    assert mentions[1].interval_start == date(2019, 3, 1)
