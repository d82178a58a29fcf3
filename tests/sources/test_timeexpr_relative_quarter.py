"""A quarter counted from now or from the one before: 上季度, 本季度, last quarter, the next one.

Quarterly reports and monitoring minutes name them more than any other time
(上季度开展小组3期, "last quarter we ran 12 sessions"); they are calendar quarters,
which a financial year starting in January, April, July or October shares.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from timeexpr_context import CTX

from relcycle.sources.timeexpr.find import scan_text

MAY = replace(CTX, reference=date(2022, 5, 15))


def _found(text: str) -> list[tuple[str, date, date]]:
    mentions, _ = scan_text(text, MAY)
    return [(m.expression, m.interval_start, m.interval_end) for m in mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("上季度开展小组3期。", ("上季度", date(2022, 1, 1), date(2022, 3, 31))),
        ("上个季度开展了两次培训。", ("上个季度", date(2022, 1, 1), date(2022, 3, 31))),
        ("本季度共服务200人次。", ("本季度", date(2022, 4, 1), date(2022, 6, 30))),
        ("这个季度人手很紧。", ("这个季度", date(2022, 4, 1), date(2022, 6, 30))),
        ("下一季度将开展评估。", ("下一季度", date(2022, 7, 1), date(2022, 9, 30))),
        ("上上季度还没有结项。", ("上上季度", date(2021, 10, 1), date(2021, 12, 31))),
        ("Last quarter we ran 12 sessions.", ("Last quarter", date(2022, 1, 1), date(2022, 3, 31))),
        ("This quarter the hub opened late.",
         ("This quarter", date(2022, 4, 1), date(2022, 6, 30))),
        ("Next quarter we will review the KPIs.",
         ("Next quarter", date(2022, 7, 1), date(2022, 9, 30))),
    ],
)  # fmt: skip
def test_a_quarter_counted_from_now_is_the_calendar_quarter(
    text: str, expected: tuple[str, date, date]
) -> None:
    assert _found(text) == [expected]


def test_the_following_quarter_counts_from_the_quarter_before() -> None:
    assert _found("In Q2 2021 we met. The following quarter they cut funding.") == [
        ("Q2 2021", date(2021, 4, 1), date(2021, 6, 30)),
        ("The following quarter", date(2021, 7, 1), date(2021, 9, 30)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "每季度报一次台账。",
        "这个季节雨多。",
        "上个季度的考核没通过。",
        "up 9% on the same quarter last year",
    ],
)
def test_no_quarter_counted_from_now_where_none_is_named(text: str) -> None:
    assert [e for e, _, _ in _found(text) if "季" in e or "quarter" in e] == []
