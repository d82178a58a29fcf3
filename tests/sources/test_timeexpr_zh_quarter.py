"""A Chinese quarter without a year (二季度, 第四季度) is a yearless date, as a month is.

A quarterly summary is written after its quarter: one of 2022-01-10 that reports
四季度共抽调社工11人次 speaks of the fourth quarter of 2021, not 2022. A quarter that
names what a payment, an assessment or a record belongs to (一季度款还没到) is no time.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from timeexpr_context import CTX

from relcycle.sources.timeexpr.find import scan_text

SUMMARY = replace(CTX, reference=date(2022, 1, 10), case_start=date(2021, 1, 1),
                  case_end=date(2023, 12, 31))  # fmt: skip


def _found(text: str, ref: date) -> list[tuple[str, str, str]]:
    mentions, _ = scan_text(text, replace(SUMMARY, reference=ref))
    return [(m.expression, m.interval_start.isoformat(), m.interval_end.isoformat())
            for m in mentions]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("四季度共抽调社工11人次。", date(2022, 1, 10), [("四季度", "2021-10-01", "2021-12-31")]),
        (
            "要求一季度整改完成后再拨付。",
            date(2022, 1, 10),
            [("一季度", "2022-01-01", "2022-03-31")],
        ),
        (
            "一、二季度服务情况 二季度共开展成长小组2期",
            date(2021, 7, 6),
            [("二季度", "2021-04-01", "2021-06-30")],
        ),
        (
            "三季度开展成长小组1期，二季度开展了2期。",
            date(2022, 10, 8),
            [("三季度", "2022-07-01", "2022-09-30"), ("二季度", "2022-04-01", "2022-06-30")],
        ),
        ("第四季度的经费还没拨。", date(2024, 1, 5), [("第四季度", "2023-10-01", "2023-12-31")]),
    ],
)
def test_a_yearless_quarter_is_the_latest_begun_by_the_source(
    text: str, ref: date, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(text, ref) == expected


@pytest.mark.parametrize(
    "text",
    ["每季度报一次台账。", "三个季度以来没有变化。", "本季度的任务很重。", "2018年下半年第四季度"],
)
def test_a_quarter_counted_or_taken_by_another_word_is_no_yearless_date(text: str) -> None:
    assert all(m.expression not in ("季度", "四季度", "三季度") for m in
               scan_text(text, SUMMARY)[0])  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "一季度款到现在还没拨。",
        "二季度的考核，照片不全的照样不算。",
        "请对一季度工单重新核验。",
        "四季度考核得分95分。",
    ],
)
def test_a_quarter_that_a_payment_or_an_assessment_belongs_to_is_no_time(text: str) -> None:
    assert _found(text, date(2024, 5, 28)) == []


def test_a_quarter_with_its_year_keeps_the_year() -> None:
    assert _found("2021年二季度的考核", date(2022, 1, 10)) == [
        ("2021年二季度", "2021-04-01", "2021-06-30")
    ]
