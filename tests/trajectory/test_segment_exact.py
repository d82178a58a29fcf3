"""PELT, Dynp and the batch path find the true penalised optimum (brute force)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
import ruptures as rpt

from relcycle.trajectory.segmentation import StageSegmenter, make_cost, segment_batch
from relcycle.trajectory.segmentation.penalties import length_weight


def brute_force(
    X: np.ndarray,
    cost: str,
    penalty: str | float,
    beta: float,
    min_size: int,
    jump: int,
    max_segments: int | None = None,
) -> float:
    fitted = make_cost(cost, length_weight(penalty)).fit(X)
    n = len(X)
    candidates = [t for t in range(jump, n, jump) if min_size <= t <= n - min_size]
    best = np.inf
    k_max = len(candidates) if max_segments is None else min(len(candidates), max_segments - 1)
    for k in range(k_max + 1):
        for inner in itertools.combinations(candidates, k):
            bkps = [*inner, n]
            if all(e - s >= min_size for s, e in zip([0, *inner], bkps, strict=True)):
                best = min(best, fitted.sum_of_costs(bkps) + beta * k)
    return best


def random_case(rng: np.random.Generator, cost: str) -> np.ndarray:
    n = int(rng.integers(6, 14))
    d = int(rng.integers(2, 4)) if cost == "multinomial" else int(rng.integers(1, 3))
    levels = rng.uniform(0.3, 4.0, size=(3, d))
    rates = np.repeat(levels, [n // 3, n // 3, n - 2 * (n // 3)], axis=0)
    return rng.poisson(rates).astype(float)


@pytest.mark.parametrize("method", ["pelt", "dynp"])
@pytest.mark.parametrize("cost", ["poisson", "multinomial", "normal", "l2"])
def test_exact_methods_reach_the_brute_force_optimum(method: str, cost: str) -> None:
    rng = np.random.default_rng(hash((method, cost)) % 2**32)
    for _ in range(25):
        X = random_case(rng, cost)
        min_size = int(rng.integers(1, 4))
        jump = int(rng.integers(1, 3))
        penalty = ["mbic", "bic", "aic", 2.0][int(rng.integers(4))]
        if len(X) < 2 * min_size:
            continue
        est = StageSegmenter(method, cost, penalty, min_size, jump).fit(X)
        best = brute_force(X, cost, penalty, est.penalty_value_, min_size, jump)
        assert est.objective_ == pytest.approx(best, abs=1e-7), (X.tolist(), min_size, jump)


@pytest.mark.parametrize("method", ["pelt", "dynp"])
def test_capped_search_is_the_capped_optimum(method: str) -> None:
    rng = np.random.default_rng(5)
    for _ in range(20):
        X = random_case(rng, "poisson")
        cap = int(rng.integers(1, 4))
        est = StageSegmenter(method, "poisson", "aic", 2, 1, max_segments=cap).fit(X)
        assert len(est.predict()) <= cap
        best = brute_force(X, "poisson", "aic", est.penalty_value_, 2, 1, max_segments=cap)
        assert est.objective_ == pytest.approx(best, abs=1e-7)


def test_a_case_where_ruptures_pelt_is_not_optimal_but_ours_is() -> None:
    # Found by random search (3 of 2,000 cases with min_size >= 2): ruptures drops
    # a candidate before min_size periods have passed (ruptures PR 383).
    rng = np.random.default_rng(3)
    for _ in range(2000):
        n, min_size = int(rng.integers(10, 40)), int(rng.integers(2, 6))
        X = rng.normal(size=(n, 1)) + np.repeat(
            rng.normal(0, 1.5, size=(6, 1)), [n // 6] * 5 + [n - 5 * (n // 6)], axis=0
        )
        pen = float(rng.uniform(0.5, 6))
        ours = StageSegmenter("pelt", "l2", pen, min_size).fit(X)
        cost = make_cost("l2").fit(X)
        theirs = rpt.Pelt(custom_cost=cost, min_size=min_size, jump=1).fit(X).predict(pen=pen)
        value = cost.sum_of_costs(theirs) + pen * (len(theirs) - 1)
        assert ours.objective_ <= value + 1e-9
        if value > ours.objective_ + 1e-9:
            return
    pytest.fail("no case found where ruptures' Pelt is suboptimal")


def test_batch_equals_case_by_case() -> None:
    rng = np.random.default_rng(11)
    counts = rng.poisson(np.repeat(rng.uniform(0.1, 3, size=(4, 5)), 9, axis=0), size=(60, 36, 5))
    reals = rng.normal(size=(20, 36, 2)) + np.repeat([0.0, 3.0, 0.0], 12)[None, :, None]
    for X in (counts.astype(float), reals):
        expected = [StageSegmenter().fit(x).predict() for x in X]
        assert segment_batch(X) == expected
    capped = segment_batch(counts.astype(float), penalty="aic", max_segments=2)
    assert capped == [
        StageSegmenter(penalty="aic", max_segments=2).fit(x).predict() for x in counts
    ]


def test_batch_resolves_auto_per_case() -> None:
    counts = np.random.default_rng(0).poisson(1.0, size=(24, 2)).astype(float)
    X = np.stack([counts, counts + 0.5])
    assert segment_batch(X) == [
        StageSegmenter().fit(counts).predict(),
        StageSegmenter().fit(counts + 0.5).predict(),
    ]


def test_batch_errors_name_the_case() -> None:
    X = np.ones((3, 10, 2))
    X[2, 4, 1] = np.nan
    with pytest.raises(ValueError, match=r"case 2: X contains NaN"):
        segment_batch(X)
    with pytest.raises(ValueError, match=r"shape \(cases, n\) or \(cases, n, d\)"):
        segment_batch(np.ones(5))
    with pytest.raises(ValueError, match=r"case 0: the poisson cost needs non-negative"):
        segment_batch(-np.ones((2, 10)), cost="poisson")
