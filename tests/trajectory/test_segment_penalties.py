"""Penalty values, as documented and as R changepoint computes them."""

from __future__ import annotations

import math

import pytest

from relcycle.trajectory.segmentation.penalties import (
    length_weight,
    penalty_value,
    pruning_slack,
)


@pytest.mark.parametrize(
    ("penalty", "expected"),
    [("aic", 2 * 4), ("bic", 4 * math.log(50)), ("mbic", 5 * math.log(50)), (7.5, 7.5), (0, 0.0)],
)
def test_penalty_formulas(penalty: str | float, expected: float) -> None:
    assert penalty_value(penalty, n_samples=50, n_params=3) == pytest.approx(expected)


def test_mbic_for_one_gaussian_mean_is_changepoints_three_log_n() -> None:
    assert penalty_value("mbic", 100, 1) == pytest.approx(3 * math.log(100))
    assert penalty_value("mbic", 100, 2) == pytest.approx(4 * math.log(100))  # cpt.meanvar


def test_only_mbic_has_a_length_term() -> None:
    assert [length_weight(p) for p in ("mbic", "bic", "aic", 3.0)] == [1.0, 0.0, 0.0, 0.0]


def test_pruning_slack_bounds_the_length_term() -> None:
    n = 40
    worst = max(
        math.log(a) + math.log(b) - math.log(a + b)
        for a in range(1, n)
        for b in range(1, n - a + 1)
    )
    assert worst <= pruning_slack(1.0, n) + 1e-12
    assert pruning_slack(0.0, n) == 0.0


@pytest.mark.parametrize("bad", ["SIC", "Mbic", -0.1, float("nan"), None])
def test_unknown_penalties_name_the_choices(bad: object) -> None:
    with pytest.raises(ValueError, match="penalty"):
        penalty_value(bad, 10, 1)  # type: ignore[arg-type]
    if isinstance(bad, str):
        with pytest.raises(ValueError, match=r"choose one of: aic, bic, mbic, or a non-negative"):
            penalty_value(bad, 10, 1)
