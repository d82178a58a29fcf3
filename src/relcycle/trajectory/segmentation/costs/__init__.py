"""Segment costs by name, and the ``auto`` rule that picks one for the data.

=============  =====================================  ==========================
name           what changes at a boundary             parameters per segment p
=============  =====================================  ==========================
``poisson``    the rate of any indicator (counts)     d
``multinomial``  the mix across indicators (counts)   d - 1
``normal``     the mean and/or variance (real)        2 d
``l2``         the mean (real, standardised)          d
=============  =====================================  ==========================

``auto`` picks ``poisson`` for count data (non-negative whole numbers that are
not far more dispersed than Poisson counts, see :func:`looks_like_counts`) and
``l2`` for everything else. ``l2`` rather than ``normal`` because the Gaussian
mean-shift cost on standardised series is the better default on annotated real
series (TCPDBench); ``normal`` stays available by name.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from relcycle.trajectory.segmentation.costs.base import FloatArray, SegmentCost
from relcycle.trajectory.segmentation.costs.l2 import CostL2
from relcycle.trajectory.segmentation.costs.multinomial import CostMultinomial
from relcycle.trajectory.segmentation.costs.normal import CostNormal
from relcycle.trajectory.segmentation.costs.poisson import CostPoisson

__all__ = [
    "COSTS",
    "COUNT_DISPERSION_LIMIT",
    "CostL2",
    "CostMultinomial",
    "CostNormal",
    "CostPoisson",
    "SegmentCost",
    "looks_like_counts",
    "make_cost",
    "resolve_cost",
]

COSTS: dict[str, Callable[..., SegmentCost]] = {
    "l2": CostL2,
    "multinomial": CostMultinomial,
    "normal": CostNormal,
    "poisson": CostPoisson,
}

COUNT_DISPERSION_LIMIT = 4.0
"""Largest dispersion index (variance over mean) ``auto`` still treats as counts."""


def looks_like_counts(X: FloatArray) -> bool:
    """Whether ``X`` should be modelled as Poisson counts.

    True when every value is a non-negative whole number and the dispersion
    index estimated from first differences (``var(diff) / (2 * mean)``, which is
    1 for Poisson counts and barely moved by a few level changes) is at most
    :data:`COUNT_DISPERSION_LIMIT` on average over the indicators. Whole-number
    series of large magnitude (populations, GDP in currency units, yearly river
    volumes) are far more dispersed than Poisson and are modelled as real
    values instead.

    Args:
        X: Array of shape ``(n, d)``, free of NaN and infinities.
    """
    if X.size == 0 or (X < 0).any() or not np.array_equal(X, np.round(X)):
        return False
    if X.shape[0] < 3:
        return True
    means = X.mean(axis=0)
    diff_var = np.diff(X, axis=0).var(axis=0, ddof=1)
    ratios = np.where(means > 0, diff_var / (2.0 * np.where(means > 0, means, 1.0)), 1.0)
    return bool(ratios.mean() <= COUNT_DISPERSION_LIMIT)


def resolve_cost(name: str, X: FloatArray) -> str:
    """The registry name a cost argument stands for on this data.

    Args:
        name: ``"auto"`` or a registry name.
        X: The ``(n, d)`` signal.

    Raises:
        ValueError: ``name`` is neither ``auto`` nor a registered cost.
    """
    if name == "auto":
        return "poisson" if looks_like_counts(X) else "l2"
    if name not in COSTS:
        raise ValueError(
            f"unknown cost {name!r}; choose one of: {', '.join(['auto', *sorted(COSTS)])}"
        )
    return name


def make_cost(name: str, length_weight: float = 0.0) -> SegmentCost:
    """A fresh cost object for a registry name.

    Raises:
        ValueError: ``name`` is not a registered cost.
    """
    if name not in COSTS:
        raise ValueError(f"unknown cost {name!r}; choose one of: {', '.join(sorted(COSTS))}")
    return COSTS[name](length_weight=length_weight)
