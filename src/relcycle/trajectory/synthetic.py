"""Synthetic cases whose stages are known, for tests, benchmarks and calibration.

Like ruptures' ``pw_constant``, a generator returns the signal *and* the truth.
A case is a sequence of stages, each of a *type* drawn from a small set of
signatures, so a type may recur (control, resistance, control again). Each
signature raises a few indicators (say ``control`` and ``conflict``) above the
rest; counts are Poisson around the stage's rates, scaled so that the expected
share of empty cells (periods with no coded evidence for an indicator) is
``sparsity``, as in coded qualitative material where most months say nothing
about most codes.
"""

from __future__ import annotations

from typing import Literal

import numpy as np
import numpy.typing as npt

STAGE_TYPES = ("exploratory", "control", "resistance", "symbiosis")
"""Names of the stage signatures; ``stage_ids`` index into this tuple."""

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


def _signatures(rng: np.random.Generator, n_types: int, n_indicators: int) -> FloatArray:
    """One 0/1 row per stage type: which indicators that type raises.

    A third of the indicators (at least one) per type, rows distinct while the
    indicators allow; with a single indicator, types alternate high and low.
    """
    k = max(1, round(n_indicators / 3))
    rows: list[FloatArray] = []
    for i in range(n_types):
        for _ in range(100):
            row = np.zeros(n_indicators)
            if n_indicators > 1 or i % 2 == 0:
                row[rng.choice(n_indicators, size=k, replace=False)] = 1.0
            if not any(np.array_equal(row, r) for r in rows):
                break
        rows.append(row)
    return np.array(rows)


def _stage_lengths(
    rng: np.random.Generator, n_periods: int, n_stages: int, min_len: int
) -> IntArray:
    spare = n_periods - n_stages * min_len
    shares = rng.dirichlet(np.full(n_stages, 2.0))
    extra = np.floor(shares * spare).astype(np.int64)
    extra[rng.choice(n_stages, size=spare - int(extra.sum()), replace=False)] += 1
    lengths: IntArray = extra + min_len
    return lengths


def _rate_scale(weights: FloatArray, sparsity: float) -> float:
    """``s`` such that the mean of ``exp(-s * weights)`` equals ``sparsity``.

    Newton's method on a convex decreasing function, started to the left of
    the root (Jensen: ``mean(exp(-s w)) >= exp(-s mean(w))``), so it converges
    monotonically; the weights take only a few distinct values.
    """
    values, counts = np.unique(weights, return_counts=True)
    share = counts / counts.sum()
    s = -np.log(sparsity) / float(share @ values)
    for _ in range(50):
        e = share * np.exp(-s * values)
        step = (float(e.sum()) - sparsity) / float(e @ values)
        s += step
        if abs(step) < 1e-12 * s:
            break
    return float(s)


def make_stage_series(
    n_periods: int = 36,
    n_stages: int = 4,
    n_indicators: int = 6,
    kind: Literal["counts", "real"] = "counts",
    sparsity: float = 0.6,
    seed: int = 0,
    *,
    contrast: float = 12.0,
    min_stage_length: int = 4,
) -> tuple[FloatArray, list[int], IntArray]:
    """A synthetic case with known stages.

    Args:
        n_periods: Number of periods (months, say).
        n_stages: Number of stages (segments).
        n_indicators: Number of indicators (codes).
        kind: ``"counts"``: Poisson counts with many empty cells; ``"real"``:
            Gaussian values (unit noise) whose means move with the stage.
        sparsity: Expected share of empty cells for ``counts`` (ignored for
            ``real``), in ``(0, 1)``.
        seed: Seed of the random generator; same seed, same case.
        contrast: How much a stage type raises its indicators: a rate ratio
            for ``counts``; a mean shift in noise standard deviations is
            ``log(contrast)`` for ``real`` (1.39 at the default).
        min_stage_length: Shortest stage, in periods.

    Returns:
        ``(X, breakpoints, stage_ids)``: ``X`` of shape
        ``(n_periods, n_indicators)`` (float; whole numbers for counts), the
        segment ends in ruptures' convention (the last equals ``n_periods``),
        and one stage-type index per stage (into :data:`STAGE_TYPES`; two
        consecutive stages always differ in signature, but a type may recur).

    Raises:
        ValueError: Arguments out of range (too many stages for the periods,
            sparsity outside (0, 1), unknown kind ...).
    """
    if kind not in ("counts", "real"):
        raise ValueError(f"unknown kind {kind!r}; choose one of: counts, real")
    if n_stages < 1 or n_indicators < 1 or min_stage_length < 1:
        raise ValueError(
            "n_stages, n_indicators and min_stage_length must be >= 1; got "
            f"{n_stages}, {n_indicators}, {min_stage_length}"
        )
    if n_periods < n_stages * min_stage_length:
        raise ValueError(
            f"{n_stages} stages of at least {min_stage_length} periods need "
            f"{n_stages * min_stage_length} periods; got n_periods={n_periods}"
        )
    if not 0 < sparsity < 1:
        raise ValueError(f"sparsity must be in (0, 1); got {sparsity}")
    if not contrast > 1:
        raise ValueError(f"contrast must be > 1; got {contrast}")
    rng = np.random.default_rng(seed)
    n_types = len(STAGE_TYPES)
    signature = _signatures(rng, n_types, n_indicators)
    differs = (signature[:, None, :] != signature[None, :, :]).any(axis=2)
    ids = [int(rng.integers(n_types))]
    for _ in range(n_stages - 1):
        options = np.flatnonzero(differs[ids[-1]])
        if options.size == 0:
            options = np.array([t for t in range(n_types) if t != ids[-1]])
        ids.append(int(options[rng.integers(options.size)]))
    stage_ids = np.array(ids, dtype=np.int64)
    lengths = _stage_lengths(rng, n_periods, n_stages, min_stage_length)
    per_period = np.repeat(stage_ids, lengths)
    breakpoints = np.cumsum(lengths).astype(int).tolist()
    weights = 1.0 + (contrast - 1.0) * signature  # (types, indicators)
    if kind == "counts":
        rates = weights * _rate_scale(weights[per_period], sparsity)
        X = rng.poisson(rates[per_period]).astype(np.float64)
    else:
        X = np.log(weights)[per_period] + rng.standard_normal((n_periods, n_indicators))
    return X, breakpoints, stage_ids
