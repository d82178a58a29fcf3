"""The report chart's and the figures' legend and time axis."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from report_page import Written

from relcycle.domain import periods_between
from relcycle.report.chart import period_ticks, silent_indicators
from relcycle.trajectory.indicators import IndicatorTable

MONTHS = periods_between(date(2018, 1, 1), date(2018, 4, 30), "month")


def test_an_indicator_never_seen_in_the_evidence_is_silent() -> None:
    table = IndicatorTable.from_counts(
        [[3, 0], [0, 0], [5, 0], [1, 0]], ["control", "trust"], MONTHS
    )
    assert silent_indicators(table) == {1: "none"}


def test_indicators_that_vary_are_drawn() -> None:
    table = IndicatorTable.from_counts([[3, 1], [0, 4], [5, 0], [1, 2]], ["a", "b"], MONTHS)
    assert silent_indicators(table) == {}


def test_a_quarter_axis_is_labelled_with_the_quarters(ltown_en: Written) -> None:
    analysis = ltown_en.result.run.analysis
    assert analysis.grain == "month" and period_ticks(analysis) == []  # months read as such
    quarters = replace(analysis, grain="quarter", periods=periods_between(
        date(2019, 7, 1), date(2021, 6, 30), "quarter"))  # fmt: skip
    ticks = period_ticks(quarters)
    assert [label for _, label in ticks] == [
        "2019-Q3", "2019-Q4", "2020-Q1", "2020-Q2", "2020-Q3", "2020-Q4", "2021-Q1", "2021-Q2",
    ]  # fmt: skip
    assert ticks[0][0] == date(2019, 8, 15)  # under the quarter's middle, where its point is
