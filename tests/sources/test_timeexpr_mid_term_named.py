"""中期评估报告 named as a thing says no time; 中期评估以后 still does.

Found by outsider11's case (binjiang-jiazong-zh): a field note of 2021-04-07
(刘总干事带着中期评估报告…去了区民政局) and minutes of 2021-07-02 (街道认真研究了中期
评估报告的意见) were moved to the review's month, January 2021, and so was a policy's
rule 中期评估和末期评估结果作为拨付…依据 written before the project began.
"""

from __future__ import annotations

from datetime import date

from relcycle.sources.timeexpr import find_mentions
from relcycle.sources.timeexpr.model import TimeContext

NOTES = TimeContext(
    reference=date(2021, 4, 7),
    case_start=date(2019, 7, 1),
    case_end=date(2021, 12, 31),
    contract_start=date(2019, 7, 1),
    contract_end=date(2020, 6, 30),
    mid_term=date(2021, 1, 20),
    prospective=True,
)


def _found(text: str) -> list[tuple[str, date, date]]:
    return [(m.expression, m.interval_start, m.interval_end) for m in find_mentions(text, NOTES)]


def test_the_reviews_report_is_no_time() -> None:
    assert _found("刘总干事带着中期评估报告和工时统计表去了区民政局") == []
    assert _found("街道认真研究了中期评估报告的意见，同意续签") == []
    assert _found("中期评估的结果不太理想") == []


def test_a_rules_pair_of_reviews_is_no_time() -> None:
    assert _found("中期评估和末期评估结果作为拨付项目资金的重要依据") == []


def test_the_review_itself_is_still_its_month() -> None:
    assert _found("中期评估以后机构就不再接合同外的活了")[0][1:] == (
        date(2021, 1, 21),
        date(2021, 2, 20),
    )
    assert _found("中期评估的时候评估组来看过台账")[0][1:] == (date(2021, 1, 1), date(2021, 1, 31))
    # the report's coming out is an event in time
    assert _found("中期评估报告出来以后，街道的态度变了")[0][1:] == (
        date(2021, 1, 1),
        date(2021, 1, 31),
    )
