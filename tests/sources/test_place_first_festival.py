"""The first festival after the project began (进驻以后的第一个春节), and which year 那年 meant.

Found by the outside tester of songxi-shequ-zhili-zh: an interview answer 那年春节前后吧。
进驻以后的第一个春节，街道发了一个文 was placed at the Spring Festival of 2021, five months
before the organisation moved in (那年 read off 刚进驻的时候, July 2021), not at 2022's.
"""

from __future__ import annotations

from datetime import date

import pytest

from relcycle.domain import Actor, Case, Contract, Source
from relcycle.sources.segmenter import segment_text
from relcycle.sources.timeexpr import TimeContext, find_mentions, place_segments

START = date(2021, 7, 15)
CTX = TimeContext(date(2024, 3, 12), date(2021, 7, 1), date(2023, 12, 31), contract_start=START)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("进驻以后的第一个春节", date(2022, 1, 25), date(2022, 2, 8)),
        ("签合同后的第一个国庆前后", date(2021, 10, 1), date(2021, 10, 7)),
        ("项目启动以后第一个暑假", date(2022, 7, 1), date(2022, 8, 31)),
    ],
)
def test_the_first_festival_after_the_contracts_start(text: str, start: date, end: date) -> None:
    (mention,) = find_mentions(text, CTX)
    assert (mention.expression, mention.interval_start, mention.interval_end) == (text, start, end)


def test_it_says_which_year_an_earlier_that_year_meant() -> None:
    actors = (Actor("gov", "街道", "government", ()), Actor("swo", "和鸣", "social_org", ()))
    contract = Contract(signed=None, start=START, end=date(2023, 12, 31))
    case = Case("c", "c", "zh", "quarter", date(2021, 7, 1), date(2023, 12, 31), actors, contract)
    text = (
        "问：能先讲讲刚进驻的时候的情况吗？\n\n答：刚进驻的时候，街道对我们是客气的。\n\n"
        "问：后来什么时候开始感觉管得紧了？\n\n"
        "答：那年春节前后吧。进驻以后的第一个春节，街道发了一个文，周台账、事前审批，全来了。"
    )
    source = Source("i.md", "interview", date(2024, 3, 12), None, None, text, "i.md", "utf-8",
                    "0" * 64)  # fmt: skip
    segments = segment_text(source.id, text, actors)
    last = place_segments(segments, source, case)[-1]
    assert (last.start, last.expression) == (date(2022, 1, 25), "进驻以后的第一个春节")
