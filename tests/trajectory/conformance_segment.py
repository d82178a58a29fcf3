"""Checks every registered (method, cost) pair of the stage segmenter must pass.

Like scikit-learn's common estimator checks: one function per property, each
taking the method and cost names, so a new method or cost is covered by adding
it to the registry. ``test_segment_conformance.py`` runs them all.
"""

from __future__ import annotations

import numpy as np
import pytest

from relcycle.trajectory.segmentation import StageSegmenter

COUNT_COSTS = ("poisson", "multinomial")


def signal_for(cost: str, n: int = 30, seed: int = 0, change: int | None = None) -> np.ndarray:
    """A series in the cost's domain, with one clear change at ``change`` (if given)."""
    rng = np.random.default_rng(seed)
    cut = n if change is None else change
    if cost == "poisson":
        rates = np.where(np.arange(n)[:, None] < cut, [1.0, 1.0, 4.0], [9.0, 1.0, 0.2])
        return rng.poisson(rates).astype(float)
    if cost == "multinomial":
        first, second = np.array([8, 1, 1]), np.array([1, 8, 1])
        rows = [rng.multinomial(10, (first if t < cut else second) / 10) for t in range(n)]
        return np.array(rows, dtype=float)
    steps = np.where(np.arange(n)[:, None] < cut, 0.0, 6.0)
    return steps + rng.normal(size=(n, 2))


def constant_for(cost: str, n: int = 20) -> np.ndarray:
    """A constant series in the cost's domain."""
    if cost in COUNT_COSTS:
        return np.tile([2.0, 1.0, 3.0], (n, 1))
    return np.full((n, 2), 1.5)


def check_default_constructible(method: str, cost: str) -> None:
    est = StageSegmenter()
    assert est.get_params() == {
        "method": "pelt",
        "cost": "auto",
        "penalty": "mbic",
        "min_size": 2,
        "jump": 1,
        "max_segments": None,
        "seed": 0,
    }
    assert repr(StageSegmenter(method=method, cost=cost)).startswith("StageSegmenter(")


def check_fit_returns_self(method: str, cost: str) -> None:
    est = StageSegmenter(method=method, cost=cost)
    assert est.fit(signal_for(cost)) is est


def check_deterministic(method: str, cost: str) -> None:
    X = signal_for(cost, n=40, seed=3, change=17)
    first = StageSegmenter(method=method, cost=cost, seed=7).fit(X).predict()
    second = StageSegmenter(method=method, cost=cost, seed=7).fit(X).predict()
    assert first == second


def check_output_invariants(method: str, cost: str) -> None:
    for seed, min_size in [(0, 1), (1, 2), (2, 3), (3, 5)]:
        X = signal_for(cost, n=31, seed=seed, change=12)
        bkps = (
            StageSegmenter(method=method, cost=cost, penalty=1.0, min_size=min_size)
            .fit(X)
            .predict()
        )
        assert bkps == sorted(set(bkps))
        assert bkps[-1] == len(X)
        assert all(isinstance(b, int) for b in bkps)
        lengths = np.diff([0, *bkps])
        assert (lengths >= min_size).all(), (bkps, min_size)


def check_too_short(method: str, cost: str) -> None:
    X = signal_for(cost, n=5)
    with pytest.raises(ValueError, match=r"X has 5 periods.*min_size=3.*at least 6"):
        StageSegmenter(method=method, cost=cost, min_size=3).fit(X)


def check_rejects_nan_and_inf(method: str, cost: str) -> None:
    for bad in (np.nan, np.inf):
        X = signal_for(cost)
        X[4, 0] = bad
        with pytest.raises(ValueError, match=r"NaN or infinite values in 1 period\(s\) \(rows 4\)"):
            StageSegmenter(method=method, cost=cost).fit(X)


def check_rejects_wrong_ndim(method: str, cost: str) -> None:
    with pytest.raises(ValueError, match=r"shape \(n,\) or \(n, d\).*got 3 dimensions"):
        StageSegmenter(method=method, cost=cost).fit(np.ones((10, 2, 2)))


def check_constant_is_one_segment(method: str, cost: str) -> None:
    X = constant_for(cost)
    assert StageSegmenter(method=method, cost=cost).fit(X).predict() == [len(X)]


def check_finds_clean_step(method: str, cost: str) -> None:
    X = signal_for(cost, n=30, seed=1, change=13)
    assert StageSegmenter(method=method, cost=cost).fit(X).predict() == [13, 30]


def check_get_params_round_trip(method: str, cost: str) -> None:
    est = StageSegmenter(method=method, cost=cost, penalty=3.5, min_size=3, max_segments=4, seed=9)
    clone = StageSegmenter(**est.get_params())
    assert clone.get_params() == est.get_params()
    assert StageSegmenter().set_params(**est.get_params()).get_params() == est.get_params()


CHECKS = [
    check_default_constructible,
    check_fit_returns_self,
    check_deterministic,
    check_output_invariants,
    check_too_short,
    check_rejects_nan_and_inf,
    check_rejects_wrong_ndim,
    check_constant_is_one_segment,
    check_finds_clean_step,
    check_get_params_round_trip,
]
