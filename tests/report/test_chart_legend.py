"""The report chart's and the figures' legend: an indicator with no line says why."""

from __future__ import annotations

from datetime import date

from relcycle.domain import periods_between
from relcycle.report.chart import silent_indicators
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
