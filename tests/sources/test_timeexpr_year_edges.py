"""The start and the end of a contract's year, and of a year, said in words.

Found by outside testers' interviews: "At the start of the second year, when Jun
left" (fraser-settlement-ca) and 项目第二年刚开始，他们来了一封函
(nanxi-xiaoyuan-zh) were left undated, so their acts fell on the interview's
date, outside the studied period. The start is the year's first three months,
the end its last three; "in year two" is the whole contract year.
"""

from __future__ import annotations

from datetime import date

import pytest
from timeexpr_context import CTX  # contract 2017-09-01 .. 2019-08-31, interview 2019-12-10

from relcycle.sources.timeexpr import find_mentions


def _span(text: str) -> tuple[str, date, date]:
    m = find_mentions(text, CTX)[0]
    return m.expression, m.interval_start, m.interval_end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At the start of the second year, when Jun left, Gordon vetoed our candidate.",
         ("At the start of the second year", date(2018, 9, 1), date(2018, 11, 30))),
        ("At the very beginning of year two they audited us.",
         ("At the very beginning of year two", date(2018, 9, 1), date(2018, 11, 30))),
        ("Early in the second year of the contract a new officer arrived.",
         ("Early in the second year of the contract", date(2018, 9, 1), date(2018, 11, 30))),
        ("By the end of the first year we were exhausted.",
         ("By the end of the first year", date(2018, 6, 1), date(2018, 8, 31))),
        ("Late in the final year of the project they renewed.",
         ("Late in the final year of the project", date(2019, 6, 1), date(2019, 8, 31))),
        ("In year 2 they audited us twice.", ("In year 2", date(2018, 9, 1), date(2019, 8, 31))),
        ("项目第二年刚开始，他们来了一封函。",
         ("项目第二年刚开始", date(2018, 9, 1), date(2018, 11, 30))),
        ("项目第二年开头就来了检查。", ("项目第二年开头", date(2018, 9, 1), date(2018, 11, 30))),
        ("2018年刚开始的时候，局里换了人。", ("2018年刚开始", date(2018, 1, 1), date(2018, 3, 31))),
        ("去年快结束的时候又来检查。", ("去年快结束", date(2018, 10, 1), date(2018, 12, 31))),
    ],
)  # fmt: skip
def test_the_edge_of_a_year(text: str, expected: tuple[str, date, date]) -> None:
    assert _span(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first half-year is said, not the first months: the year, as before
        ("2018年刚开始那半年其实很好。", ("2018年", date(2018, 1, 1), date(2018, 12, 31))),
        ("去年开头那半年，大家都在试。", ("去年", date(2018, 1, 1), date(2018, 12, 31))),
        # a verb follows: the year something began in, not its first months
        ("今年开始实施新办法。", ("今年", date(2019, 1, 1), date(2019, 12, 31))),
    ],
)  # fmt: skip
def test_not_the_edge(text: str, expected: tuple[str, date, date]) -> None:
    assert _span(text) == expected
