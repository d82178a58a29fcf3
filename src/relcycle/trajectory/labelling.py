"""Labelling periods and segments with the framework's stage types.

**The signature model.** A stage type's signature says, per indicator, how
far above or below the case's own average it runs (``very_low`` … ``very_high``,
level centres −2 … 2). Read as counts, a stage type predicts a *mix* of
coded evidence: indicator channel ``c`` makes up a share

    p[s, c] ∝ m[c] · r ** centre[s, c]

of the stage's evidence, where ``m[c]`` is the channel's average rate in the
case and ``r`` (:data:`LEVEL_RATIO`, 2) the rate ratio of one level: a
``very_high`` indicator runs at four times its average share, a ``low`` one
at half. An indicator a signature leaves out keeps its average share. A
period's evidence is scored under each stage type by its multinomial
log-likelihood, ``sum_c y[t, c] · log p[s, c]``; a period with no evidence
scores 0 everywhere. Indicators with negative code weights (distrust in
``trust``) enter as a second channel with the opposite level.

The mix, not the volume, is modelled: a month with twice the text or a
coder that codes densely does not by itself look like any stage.

The decoder that turns these scores into stages is in
:mod:`~relcycle.trajectory.decoder`; :func:`stage_scores` scores a stage
found against every type (its confidence and runner-up).

:func:`profiles` gives the z-score profile of each stage, the scale the
framework's advice conditions are written in.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from relcycle.frameworks import Framework, StageType
from relcycle.frameworks.levels import LEVEL_CENTRES
from relcycle.trajectory.indicators import IndicatorTable

FloatArray = npt.NDArray[np.float64]

LEVEL_RATIO = 2.0
"""Rate ratio of one level step: ``high`` is twice the case's average share."""


@dataclass(frozen=True, slots=True)
class SignatureModel:
    """Each stage type's expected mix of evidence over the indicator channels.

    Attributes:
        stages: Stage type ids (rows).
        channels: ``(indicator, sign)`` per column; sign -1 is the channel of
            an indicator's negatively weighted codes.
        log_base: Log of each channel's baseline rate (the rate at a neutral
            level): the case's average at first, re-estimated by :meth:`refit`.
        tilt: ``log(ratio) * level centre`` per stage type and channel.
        log_share: ``log p[s, c]``, shape ``(stages, channels)``.
    """

    stages: tuple[str, ...]
    channels: tuple[tuple[str, int], ...]
    log_base: FloatArray
    tilt: FloatArray
    log_share: FloatArray

    @classmethod
    def fit(
        cls, table: IndicatorTable, stages: Sequence[StageType], ratio: float = LEVEL_RATIO
    ) -> SignatureModel:
        """Build the model for a case: its average rates, the framework's signatures.

        Channels are the indicators some signature names, each with evidence in
        the case (a positive channel, and a negative one when it has
        negatively weighted evidence).
        """
        named = {k for s in stages for k in s.signature}
        cols: list[tuple[str, int]] = []
        means: list[float] = []
        for indicator, (pos, neg) in zip(table.ids, table.priors, strict=True):
            if indicator not in named:
                continue
            for sign, prior in ((1, pos), (-1, neg)):
                if prior.mean > 0:
                    cols.append((indicator, sign))
                    means.append(prior.mean)
        centre = np.zeros((len(stages), len(cols)))
        for s, stage in enumerate(stages):
            for c, (indicator, sign) in enumerate(cols):
                level = stage.signature.get(indicator)
                if level is not None:
                    centre[s, c] = sign * LEVEL_CENTRES[level]
        tilt = math.log(ratio) * centre
        log_base = np.log(np.array(means)) if cols else np.zeros(0)
        return cls(
            tuple(s.id for s in stages), tuple(cols), log_base, tilt, _shares(log_base, tilt)
        )

    def refit(
        self, table: IndicatorTable, labels: Sequence[int], rounds: int = 50
    ) -> SignatureModel:
        """Re-estimate the channels' baselines given a labelling (maximum likelihood).

        The case's average over-states the baseline of an indicator that one
        long stage puts high (and under-states it for one a long stage puts
        low), which dilutes that stage's signature. Given which stage each
        period is in, the baseline that makes the observed mixes most likely
        is found by a fixed-point iteration of the multinomial score equations.
        """
        y = self.counts(table)
        if y.shape[1] == 0:
            return self
        n = y.sum(axis=1)
        total = y.sum(axis=0)
        lab = np.asarray(labels)
        log_base = self.log_base.copy()
        for _ in range(rounds):
            share = np.exp(_shares(log_base, self.tilt))  # (s, c)
            # expected count of channel c per unit baseline: sum_t n_t r^tilt / Z_s
            exposure = (n[:, None] * share[lab] / np.exp(log_base)[None, :]).sum(axis=0)
            new = np.log(np.maximum(total, 1e-12) / np.maximum(exposure, 1e-300))
            new -= new.mean() - self.log_base.mean()
            if np.max(np.abs(new - log_base)) < 1e-6:
                log_base = new
                break
            log_base = new
        return SignatureModel(
            self.stages, self.channels, log_base, self.tilt, _shares(log_base, self.tilt)
        )

    def counts(self, table: IndicatorTable) -> FloatArray:
        """The model's channels' counts per period, ``(n, channels)``."""
        column = {name: j for j, name in enumerate(table.ids)}
        out = np.zeros((len(table.periods), len(self.channels)))
        for c, (indicator, sign) in enumerate(self.channels):
            src = table.positive if sign > 0 else table.negative
            out[:, c] = src[:, column[indicator]]
        return out

    def loglik(self, table: IndicatorTable) -> FloatArray:
        """Per period and stage type, the log-likelihood of the period's evidence mix, ``(n, s)``.

        Only differences between stage types matter (the multinomial
        coefficient is left out); periods without evidence score 0.
        """
        return np.asarray(self.counts(table) @ self.log_share.T, dtype=np.float64)

    def dispersion(self, table: IndicatorTable, labels: Sequence[int]) -> float:
        """Pearson overdispersion of the evidence under a labelling (at least 1).

        ``X² / df`` of each period's counts against its stage type's mix; coded
        evidence comes in bursts (one meeting, many codes), so this is usually
        above 1 and tempers the stage probabilities.
        """
        y = self.counts(table)
        n = y.sum(axis=1)
        seen = n > 0
        if not seen.any() or y.shape[1] < 2:
            return 1.0
        expected = n[:, None] * np.exp(self.log_share[np.asarray(labels)])
        with np.errstate(divide="ignore", invalid="ignore"):
            terms = np.where(expected > 0, (y - expected) ** 2 / expected, 0.0)
        df = int(seen.sum()) * (y.shape[1] - 1) - len(set(labels))
        ratio = float(terms[seen].sum()) / max(df, 1)
        return ratio if ratio > 1.0 else 1.0


def _shares(log_base: FloatArray, tilt: FloatArray) -> FloatArray:
    """``log p[s, c]``: baseline tilted by each stage's levels, normalised per stage."""
    if tilt.shape[1] == 0:
        return np.zeros_like(tilt)
    raw = log_base[None, :] + tilt
    return np.asarray(raw - np.logaddexp.reduce(raw, axis=1, keepdims=True), dtype=np.float64)


def softmax(values: FloatArray) -> FloatArray:
    """Numerically stable softmax of a vector."""
    shifted = np.exp(values - values.max())
    return np.asarray(shifted / shifted.sum(), dtype=np.float64)


@dataclass(frozen=True, slots=True)
class StageScores:
    """How well each stage type fits one stage.

    Attributes:
        stages: Stage type ids.
        loglik: Summed log-likelihood of the stage's periods under each type
            (the match of its evidence mix to each signature).
        probability: Mean over the stage's periods of each type's posterior
            probability (sums to 1): the label's confidence and the runner-up
            come from it.
    """

    stages: tuple[str, ...]
    loglik: FloatArray
    probability: FloatArray

    def ranked(self) -> list[tuple[str, float]]:
        """``(stage, probability)`` from the most to the least probable."""
        order = np.argsort(-self.probability, kind="stable")
        return [(self.stages[i], float(self.probability[i])) for i in order]


def stage_scores(
    loglik: FloatArray, first: int, stop: int, stages: Sequence[str], post: FloatArray | None = None
) -> StageScores:
    """Score periods ``[first, stop)`` as one stage under every type.

    Args:
        loglik: ``(n, s)`` per-period log-likelihoods.
        first: The stage's first period.
        stop: One past its last.
        stages: The stage type ids.
        post: ``(n, s)`` per-period posteriors (:func:`posterior`); without
            them, the softmax of the summed log-likelihoods.
    """
    total = loglik[first:stop].sum(axis=0)
    prob = softmax(total) if post is None else post[first:stop].mean(axis=0)
    return StageScores(tuple(stages), total, np.asarray(prob, dtype=np.float64))


@dataclass(frozen=True, slots=True)
class SegmentProfile:
    """One stage's indicators as z-scores against the case.

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


def profiles(table: IndicatorTable, bkps: Sequence[int]) -> list[SegmentProfile]:
    """The z-score profile of every stage of a segmentation.

    The z unit is the exposure-weighted standard deviation of the stages'
    rates around the case's mean (the between-stage spread); with a single
    stage, or when that spread is zero, the between-period spread is used.

    Args:
        table: The case's indicators.
        bkps: Stage ends (ruptures convention, the last = number of periods).
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


def has_stages(framework: Framework) -> bool:
    """Whether the framework defines stage types with at least one usable signature."""
    ids = {i.id for i in framework.indicators}
    return any(set(s.signature) & ids for s in framework.stages)
