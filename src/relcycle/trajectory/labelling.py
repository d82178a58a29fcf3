"""Labelling segments with the framework's stage types.

A segment's *profile* is, per indicator, its pooled (shrunk) rate as a
z-score: centred on the case's mean rate and divided by how much the rate
varies between the case's segments (exposure-weighted). That is the scale the
framework's level bands speak in (``very_high`` is the segment where the
indicator is far above the case's own average, ``low`` one where it is
below it), whatever the case's volume of text.

Each stage type is read as a Gaussian model of the profile: an indicator its
signature names is expected at its level's centre (−2 … 2) with variance
``TOLERANCE + se²``; one it leaves out is expected around 0 with variance
``1 + se²`` (``se``: the indicator's standard error in the segment, in the
same z units, so thin evidence counts less). The log-likelihoods are the
scores; their softmax gives a probability per stage type; the label is the
most probable type, its confidence that probability, and the runner-up the
next one. An indicator without spread in the case (never coded, or constant)
is left out of every model.

:func:`decode` chooses the labels of all segments at once: the best path
through per-segment scores, optionally with a mild prior for the
framework's ``typical_next`` transitions (Viterbi). Adjacent segments with
one label are merged by :func:`merge_runs`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from relcycle.frameworks import Framework, StageType
from relcycle.frameworks.levels import LEVEL_CENTRES
from relcycle.trajectory.indicators import IndicatorTable

FloatArray = npt.NDArray[np.float64]

TOLERANCE = 0.5
"""Variance of a signature indicator's z-score around its level's centre.

A level's band is one z unit wide; 0.5 (sd 0.71) lets a value in the band's
far half still fit, while a value two levels away costs about four nats."""

UNCONSTRAINED = 1.0
"""Variance of an indicator a signature leaves out, around 0 (the marginal of a z-score)."""


@dataclass(frozen=True, slots=True)
class SegmentProfile:
    """One segment's indicators as z-scores against the case.

    Attributes:
        first: Index of its first period.
        stop: One past its last period.
        rate: Pooled shrunk net rate per indicator.
        sd: Its standard deviation.
        z: The rate as a z-score (NaN where the indicator has no spread).
        se: The standard deviation in z units.
    """

    first: int
    stop: int
    rate: FloatArray
    sd: FloatArray
    z: FloatArray
    se: FloatArray


@dataclass(frozen=True, slots=True)
class StageScores:
    """How well each stage type fits one segment.

    Attributes:
        stages: Stage type ids, in the framework's order.
        loglik: Log-likelihood of the profile under each type.
        probability: Softmax of ``loglik`` (sums to 1).
    """

    stages: tuple[str, ...]
    loglik: FloatArray
    probability: FloatArray

    @property
    def best(self) -> str:
        """The most probable stage type."""
        return self.stages[int(np.argmax(self.loglik))]

    def ranked(self) -> list[tuple[str, float]]:
        """``(stage, probability)`` from the most to the least probable."""
        order = np.argsort(-self.loglik, kind="stable")
        return [(self.stages[i], float(self.probability[i])) for i in order]


def profiles(table: IndicatorTable, bkps: Sequence[int]) -> list[SegmentProfile]:
    """The z-score profile of every segment of a segmentation.

    The z unit is the exposure-weighted standard deviation of the segments'
    rates around the case's mean (the between-stage spread); with a single
    segment, or when that spread is zero, the between-period spread is used.

    Args:
        table: The case's indicators.
        bkps: Segment ends (ruptures convention, the last = number of periods).
    """
    starts = [0, *bkps[:-1]]
    pooled = [table.rates(a, b) for a, b in zip(starts, bkps, strict=True)]
    rates = np.array([r for r, _ in pooled]).reshape(len(bkps), len(table.ids))
    sds = np.array([s for _, s in pooled]).reshape(len(bkps), len(table.ids))
    weights = np.array([table.exposure[a:b].sum() for a, b in zip(starts, bkps, strict=True)])
    mean = table.mean_rate
    if len(bkps) > 1 and weights.sum() > 0:
        w = weights / weights.sum()
        scale = np.sqrt(w @ ((rates - mean) ** 2))
        scale = np.where(scale > 1e-12, scale, table.spread_scale())
    else:
        scale = table.spread_scale()
    ok = scale > 1e-12
    safe = np.where(ok, scale, 1.0)
    z = np.where(ok, (rates - mean) / safe, np.nan)
    se = np.where(ok, sds / safe, np.nan)
    return [
        SegmentProfile(a, b, rates[i], sds[i], z[i], se[i])
        for i, (a, b) in enumerate(zip(starts, bkps, strict=True))
    ]


def _signature_arrays(
    stages: Sequence[StageType], ids: Sequence[str]
) -> tuple[FloatArray, npt.NDArray[np.bool_]]:
    column = {name: j for j, name in enumerate(ids)}
    centre = np.zeros((len(stages), len(ids)))
    named = np.zeros((len(stages), len(ids)), dtype=bool)
    for s, stage in enumerate(stages):
        for indicator, level in stage.signature.items():
            if indicator in column:
                centre[s, column[indicator]] = LEVEL_CENTRES[level]
                named[s, column[indicator]] = True
    return centre, named


def score_profile(
    profile: SegmentProfile,
    stages: Sequence[StageType],
    ids: Sequence[str],
    tolerance: float = TOLERANCE,
) -> StageScores:
    """Score one segment's profile against every stage type.

    Args:
        profile: The segment's profile.
        stages: The framework's stage types.
        ids: The indicator ids the profile's columns stand for.
        tolerance: Variance around a signature level's centre.

    Returns:
        Log-likelihoods and probabilities, in the order of ``stages``.
    """
    centre, named = _signature_arrays(stages, ids)
    z, se = profile.z, profile.se
    seen = np.isfinite(z)
    se2 = np.where(seen, se, 0.0) ** 2
    var = np.where(named, tolerance, UNCONSTRAINED) + se2
    resid = np.where(seen, np.nan_to_num(z) - centre, 0.0)
    terms = -0.5 * (resid**2 / var + np.log(2 * math.pi * var))
    loglik = np.where(seen, terms, 0.0).sum(axis=1)
    return StageScores(tuple(s.id for s in stages), loglik, softmax(loglik))


def softmax(values: FloatArray) -> FloatArray:
    """Numerically stable softmax of a vector."""
    shifted = np.exp(values - values.max())
    return np.asarray(shifted / shifted.sum(), dtype=np.float64)


def transition_logprior(stages: Sequence[StageType], strength: float) -> FloatArray:
    """Log prior of moving from one stage type to another, ``(s, s)``.

    Every move (staying included, which merges two segments) has weight 1;
    a move the framework lists in ``typical_next`` has weight ``exp(strength)``.
    Rows are normalised. ``strength`` 0 gives a flat prior.
    """
    index = {s.id: i for i, s in enumerate(stages)}
    w = np.ones((len(stages), len(stages)))
    for i, s in enumerate(stages):
        for nxt in s.typical_next:
            if nxt in index:
                w[i, index[nxt]] = math.exp(strength)
    return np.asarray(np.log(w / w.sum(axis=1, keepdims=True)), dtype=np.float64)


def decode(
    scores: Sequence[StageScores], stages: Sequence[StageType], strength: float
) -> list[int]:
    """The best sequence of stage types for consecutive segments (Viterbi).

    Args:
        scores: One :class:`StageScores` per segment, in order.
        stages: The stage types (the order of the scores' columns).
        strength: Log-weight of a ``typical_next`` transition; 0 takes each
            segment's best type on its own.

    Returns:
        One index into ``stages`` per segment.
    """
    if not scores:
        return []
    if strength == 0:
        return [int(np.argmax(s.loglik)) for s in scores]
    trans = transition_logprior(stages, strength)
    best = scores[0].loglik.copy()
    back: list[npt.NDArray[np.int64]] = []
    for s in scores[1:]:
        total = best[:, None] + trans
        back.append(np.argmax(total, axis=0))
        best = total.max(axis=0) + s.loglik
    path = [int(np.argmax(best))]
    for pointers in reversed(back):
        path.append(int(pointers[path[-1]]))
    return path[::-1]


def merge_runs(labels: Sequence[str], bkps: Sequence[int]) -> tuple[list[str], list[int]]:
    """Merge adjacent segments that carry the same label.

    Returns:
        The labels of the merged segments and their ends.
    """
    out_labels: list[str] = []
    out_bkps: list[int] = []
    for label, end in zip(labels, bkps, strict=True):
        if out_labels and out_labels[-1] == label:
            out_bkps[-1] = end
        else:
            out_labels.append(label)
            out_bkps.append(end)
    return out_labels, out_bkps


def level_names(z: FloatArray) -> list[str | None]:
    """The level of each z-score (``None`` for NaN)."""
    from relcycle.frameworks.levels import level_of

    return [None if not math.isfinite(v) else level_of(float(v)) for v in z]


def stage_mapping(stages: Sequence[StageType]) -> Mapping[str, StageType]:
    """Stage id → stage type."""
    return {s.id: s for s in stages}


def has_stages(framework: Framework) -> bool:
    """Whether the framework defines stage types with at least one usable signature."""
    ids = {i.id for i in framework.indicators}
    return any(set(s.signature) & ids for s in framework.stages)
