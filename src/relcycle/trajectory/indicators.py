"""Indicators per period: weighted evidence counts, exposure, and shrunk rates.

A framework's indicator is a weighted sum of codes (weights reach down the
code tree, see :meth:`~relcycle.frameworks.Framework.indicator_weights`). Per
period it is read as a *count* (the evidence's mass times the weight, spread
by overlap days) against an *exposure* (how many characters of text speak of
the period). Codes with negative weights (distrust in ``trust``) are counted
in a separate negative channel, so that both channels stay counts.

Most periods say little about most indicators, so raw rates are noisy. Each
channel's rate is shrunk toward the case's own mean rate with a Poisson–gamma
model whose prior is estimated from the case (Marshall's global empirical
Bayes estimator): a period with much text keeps close to its own rate, a
period with little is pulled toward the mean, and a period with none gets the
prior itself, marked empty, with the prior's (wide) uncertainty.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from relcycle.domain import Period
from relcycle.frameworks import Framework
from relcycle.trajectory.evidence import Placement

FloatArray = npt.NDArray[np.float64]

PER_CHARS = 1000.0
"""Rates are per this many characters of text."""

MIN_BETWEEN_CV = 0.05
"""Smallest between-period spread of a rate allowed, as a share of its mean.

Marshall's estimator can find no spread beyond Poisson noise; a floor keeps
the prior proper so that uncertainties stay finite and positive."""


@dataclass(frozen=True, slots=True)
class GammaPrior:
    """A channel's Poisson–gamma prior: rate ~ Gamma(shape, rate=beta).

    Attributes:
        mean: The case's mean rate (count per :data:`PER_CHARS` characters).
        shape: The gamma shape; large means the periods differ little.
        beta: The gamma rate (in exposure units); ``mean = shape / beta``.
    """

    mean: float
    shape: float
    beta: float


def fit_prior(counts: FloatArray, exposure: FloatArray) -> GammaPrior:
    """Marshall's (1991) global empirical-Bayes prior for one channel of rates.

    Args:
        counts: Weighted counts per period (non-negative).
        exposure: Exposure per period (same units as :data:`PER_CHARS`); periods
            with none do not inform the prior.

    Returns:
        The prior; a channel with no evidence at all gets mean 0.
    """
    seen = exposure > 0
    total = float(exposure[seen].sum())
    if total <= 0 or float(counts[seen].sum()) <= 0:
        return GammaPrior(0.0, 0.0, 0.0)
    m = float(counts[seen].sum()) / total
    rates = counts[seen] / exposure[seen]
    s2 = float(np.sum(exposure[seen] * (rates - m) ** 2)) / total
    mean_exposure = total / int(seen.sum())
    between = max(s2 - m / mean_exposure, (MIN_BETWEEN_CV * m) ** 2)
    return GammaPrior(m, m * m / between, m / between)


@dataclass(frozen=True, slots=True)
class IndicatorTable:
    """A case's indicators per period.

    Attributes:
        periods: The periods (rows).
        ids: Indicator ids (columns), in the framework's order.
        scopes: Each indicator's scope: government, social_org or relationship.
        positive: Weighted counts from positively weighted codes, ``(n, k)``.
        negative: Weighted counts from negatively weighted codes, as positive
            numbers, ``(n, k)``.
        exposure: Text per period in units of :data:`PER_CHARS` characters.
        sources: Distinct sources per period.
        priors: Per indicator, the priors of its positive and negative channels.
    """

    periods: tuple[Period, ...]
    ids: tuple[str, ...]
    scopes: tuple[str, ...]
    positive: FloatArray
    negative: FloatArray
    exposure: FloatArray
    sources: npt.NDArray[np.int64]
    priors: tuple[tuple[GammaPrior, GammaPrior], ...]

    @classmethod
    def from_counts(
        cls,
        counts: npt.ArrayLike,
        ids: Sequence[str],
        periods: Sequence[Period],
        exposure: npt.ArrayLike | None = None,
        scopes: Sequence[str] | None = None,
    ) -> IndicatorTable:
        """A table from a ``(n, k)`` matrix of non-negative counts (synthetic cases, sweeps).

        Args:
            counts: Counts per period and indicator.
            ids: Indicator ids (columns).
            periods: The periods (rows).
            exposure: Exposure per period (default 1 everywhere).
            scopes: Each indicator's scope (default ``relationship``).
        """
        positive = np.asarray(counts, dtype=np.float64)
        n, k = positive.shape
        expo = np.ones(n) if exposure is None else np.asarray(exposure, dtype=np.float64)
        negative = np.zeros((n, k))
        priors = tuple(
            (fit_prior(positive[:, j], expo), GammaPrior(0.0, 0.0, 0.0)) for j in range(k)
        )
        return cls(
            periods=tuple(periods),
            ids=tuple(ids),
            scopes=tuple(scopes) if scopes is not None else ("relationship",) * k,
            positive=positive,
            negative=negative,
            exposure=expo,
            sources=(expo > 0).astype(np.int64),
            priors=priors,
        )

    @property
    def counts(self) -> FloatArray:
        """Net weighted counts (positive minus negative channel), ``(n, k)``."""
        return self.positive - self.negative

    @property
    def empty(self) -> npt.NDArray[np.bool_]:
        """Periods with no text at all."""
        return self.exposure <= 0

    @property
    def mean_rate(self) -> FloatArray:
        """The case's mean net rate per indicator, ``(k,)``."""
        return np.array([p.mean - q.mean for p, q in self.priors])

    def channels(self) -> tuple[FloatArray, list[str]]:
        """The non-negative count channels for segmentation, and their names.

        Each indicator's positive channel, then the negative channel of those
        that have negative codes; channels with no evidence at all are left out.
        """
        cols, names = [], []
        for j, name in enumerate(self.ids):
            for arr, suffix in ((self.positive, ""), (self.negative, "-")):
                if float(arr[:, j].sum()) > 0:
                    cols.append(arr[:, j])
                    names.append(name + suffix)
        if not cols:
            return np.zeros((len(self.periods), 0)), []
        return np.column_stack(cols), names

    def rates(self, first: int = 0, stop: int | None = None) -> tuple[FloatArray, FloatArray]:
        """Shrunk net rates and their standard deviations over periods ``[first, stop)``.

        Pooled over the range: counts and exposure are summed, then shrunk
        with each channel's prior (posterior mean and sd of the gamma).

        Returns:
            ``(rate, sd)``, each of shape ``(k,)``.
        """
        stop = len(self.periods) if stop is None else stop
        e = float(self.exposure[first:stop].sum())
        pos = self.positive[first:stop].sum(axis=0)
        neg = self.negative[first:stop].sum(axis=0)
        rate = np.zeros(len(self.ids))
        var = np.zeros(len(self.ids))
        for j, (pp, pn) in enumerate(self.priors):
            for y, prior, sign in ((pos[j], pp, 1.0), (neg[j], pn, -1.0)):
                if prior.mean <= 0:
                    continue
                a, b = prior.shape + float(y), prior.beta + e
                rate[j] += sign * a / b
                var[j] += a / (b * b)
        return rate, np.sqrt(var)

    def period_rates(self) -> tuple[FloatArray, FloatArray]:
        """Shrunk net rate and sd for every period, ``(n, k)`` each (empty periods: the prior)."""
        out = [self.rates(t, t + 1) for t in range(len(self.periods))]
        rate = np.array([r for r, _ in out]).reshape(len(self.periods), len(self.ids))
        sd = np.array([s for _, s in out]).reshape(len(self.periods), len(self.ids))
        return rate, sd

    def spread_scale(self) -> FloatArray:
        """How much an indicator's rate varies between periods: the z-score unit, ``(k,)``.

        The exposure-weighted standard deviation of the shrunk period rates over
        periods with text; 0 for an indicator that never varies (or never occurs).
        """
        rate, _ = self.period_rates()
        seen = ~self.empty
        if not seen.any():
            return np.zeros(len(self.ids))
        w = self.exposure[seen] / self.exposure[seen].sum()
        centred = rate[seen] - self.mean_rate
        return np.asarray(np.sqrt(w @ (centred**2)), dtype=np.float64)

    def zscores(self, first: int = 0, stop: int | None = None) -> FloatArray:
        """Pooled rate of ``[first, stop)`` as z-scores against the between-period spread.

        Returns:
            ``(k,)``; NaN where an indicator has no spread (it never varies, so
            no level can be read).
        """
        rate, _ = self.rates(first, stop)
        scale = self.spread_scale()
        with np.errstate(divide="ignore", invalid="ignore"):
            z = np.where(scale > 0, (rate - self.mean_rate) / scale, np.nan)
        return np.asarray(z, dtype=np.float64)


def build_indicators(
    placement: Placement, framework: Framework, per_unit: bool = True
) -> IndicatorTable:
    """Count the framework's indicators per period from placed evidence.

    Args:
        placement: Evidence spread over the studied periods.
        framework: Whose indicators (and code weights) to use.
        per_unit: Count each indicator at most once per coded unit (a segment
            of a source, or an event): the unit adds the largest of its items'
            contributions rather than their sum, so that a paragraph repeating
            one complaint five times is one piece of evidence, not five.

    Returns:
        The indicator table with its priors fitted.
    """
    ids = tuple(i.id for i in framework.indicators)
    column = {name: j for j, name in enumerate(ids)}
    weights = framework.indicator_weights()
    n, k = len(placement.periods), len(ids)
    positive = np.zeros((n, k))
    negative = np.zeros((n, k))
    units: dict[tuple[str, int | None, int, bool], tuple[float, tuple[tuple[int, float], ...]]]
    units = {}
    for u, (item, parts) in enumerate(zip(placement.items, placement.shares, strict=True)):
        unit = (item.source, item.segment) if per_unit else (item.source, u)
        for indicator, w in weights.get(item.code, {}).items():
            key = (*unit, column[indicator], w > 0)
            value = abs(w) * item.mass
            if key not in units or units[key][0] < value:
                units[key] = (value, parts)
    for (_, _, j, up), (value, parts) in units.items():
        target = positive if up else negative
        for t, share in parts:
            target[t, j] += value * share
    exposure = placement.exposure / PER_CHARS
    priors = tuple(
        (fit_prior(positive[:, j], exposure), fit_prior(negative[:, j], exposure)) for j in range(k)
    )
    return IndicatorTable(
        periods=placement.periods,
        ids=ids,
        scopes=tuple(i.scope for i in framework.indicators),
        positive=positive,
        negative=negative,
        exposure=exposure,
        sources=placement.sources,
        priors=priors,
    )


def stack_rates(tables: Sequence[IndicatorTable]) -> FloatArray:
    """Shrunk period rates of several same-length tables, ``(cases, n, k)`` (for sweeps)."""
    return np.stack([t.period_rates()[0] for t in tables])
