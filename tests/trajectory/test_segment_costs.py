"""Costs: formulas against direct likelihoods, and the vectorised path."""

from __future__ import annotations

import math

import numpy as np
import pytest
from ruptures.costs import CostL2 as RupturesL2
from scipy import stats

from relcycle.trajectory.segmentation import COSTS, looks_like_counts, make_cost
from relcycle.trajectory.segmentation.costs.base import standardise

RNG = np.random.default_rng(42)
COUNTS = RNG.poisson([0.5, 2.0, 0.1], size=(30, 3)).astype(float)
REAL = RNG.normal(size=(30, 2)) * [1.0, 50.0] + [0.0, 1e6]


def test_poisson_cost_is_minus_twice_the_log_likelihood_up_to_log_factorials() -> None:
    cost = make_cost("poisson").fit(COUNTS)
    seg = COUNTS[5:17]
    rates = seg.mean(axis=0)
    loglik = sum(
        stats.poisson.logpmf(seg[:, j], rates[j]).sum() if rates[j] > 0 else 0.0 for j in range(3)
    )
    log_factorials = sum(math.lgamma(v + 1) for v in seg.ravel())
    assert cost.error(5, 17) == pytest.approx(-2 * (loglik + log_factorials))


def test_multinomial_cost_is_minus_twice_the_conditional_log_likelihood() -> None:
    cost = make_cost("multinomial").fit(COUNTS)
    seg = COUNTS[3:20]
    p = seg.sum(axis=0) / seg.sum()
    expected = -2 * sum(seg[:, j].sum() * math.log(p[j]) for j in range(3) if p[j] > 0)
    assert cost.error(3, 20) == pytest.approx(expected)


def test_multinomial_ignores_volume_but_poisson_does_not() -> None:
    X = np.vstack([np.tile([2.0, 1.0, 1.0], (10, 1)), np.tile([6.0, 3.0, 3.0], (10, 1))])
    mix = make_cost("multinomial").fit(X)
    rate = make_cost("poisson").fit(X)
    assert mix.error(0, 10) + mix.error(10, 20) == pytest.approx(mix.error(0, 20))
    assert rate.error(0, 10) + rate.error(10, 20) < rate.error(0, 20) - 10


def test_l2_cost_is_ruptures_l2_on_standardised_data() -> None:
    ours = make_cost("l2").fit(REAL)
    theirs = RupturesL2().fit(standardise(REAL))
    for start, end in [(0, 30), (4, 9), (10, 12)]:
        assert ours.error(start, end) == pytest.approx(theirs.error(start, end))


def test_l2_does_not_depend_on_units() -> None:
    a = make_cost("l2").fit(REAL)
    b = make_cost("l2").fit(REAL * 1000 - 7)
    assert a.error(3, 25) == pytest.approx(b.error(3, 25))


def test_normal_cost_is_the_gaussian_likelihood_when_the_floor_is_loose() -> None:
    cost = make_cost("normal").fit(REAL)
    z = standardise(REAL)[2:22]
    loglik = sum(stats.norm.logpdf(z[:, j], z[:, j].mean(), z[:, j].std()).sum() for j in range(2))
    assert cost.error(2, 22) == pytest.approx(-2 * loglik)


def test_normal_cost_survives_zero_variance_runs() -> None:
    X = np.r_[np.zeros(10), np.ones(3), np.zeros(10)]
    cost = make_cost("normal").fit(X)
    assert np.isfinite(cost.error(0, 10))
    assert np.isfinite(cost.errors(np.arange(0, 9), 10)).all()


def test_normal_floor_must_be_positive() -> None:
    with pytest.raises(ValueError, match="variance_floor must be > 0"):
        COSTS["normal"](variance_floor=0.0)


@pytest.mark.parametrize("name", sorted(COSTS))
def test_vectorised_errors_match_the_scalar_form(name: str) -> None:
    X = COUNTS if name in ("poisson", "multinomial") else REAL
    cost = make_cost(name, length_weight=1.0).fit(X)
    starts = np.arange(0, 25)
    assert cost.errors(starts, 27) == pytest.approx([cost.error(int(s), 27) for s in starts])


@pytest.mark.parametrize("name", sorted(COSTS))
def test_length_weight_adds_log_length(name: str) -> None:
    X = COUNTS if name in ("poisson", "multinomial") else REAL
    plain = make_cost(name).fit(X)
    mbic = make_cost(name, length_weight=1.0).fit(X)
    assert mbic.error(4, 19) == pytest.approx(plain.error(4, 19) + math.log(15))


@pytest.mark.parametrize("name", sorted(COSTS))
def test_splitting_never_raises_the_cost(name: str) -> None:
    X = COUNTS if name in ("poisson", "multinomial") else REAL
    cost = make_cost(name).fit(X)
    for split in range(2, 28):
        assert cost.error(0, split) + cost.error(split, 30) <= cost.error(0, 30) + 1e-9


def test_n_params() -> None:
    assert [make_cost(n).n_params(5) for n in ("poisson", "multinomial", "normal", "l2")] == [
        5,
        4,
        10,
        5,
    ]


def test_looks_like_counts() -> None:
    assert looks_like_counts(COUNTS)
    assert not looks_like_counts(COUNTS - 1)  # negative
    assert not looks_like_counts(COUNTS + 0.25)  # not whole numbers
    volumes = np.array([[1120.0], [1160.0], [963.0], [1210.0], [1160.0], [813.0], [1230.0]])
    assert not looks_like_counts(volumes)  # whole numbers, far from Poisson dispersion
    assert looks_like_counts(np.zeros((6, 2)))
