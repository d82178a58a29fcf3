"""Gaussian cost where the mean and the variance of each dimension change.

Dimensions are standardised over the whole series, then each segment gets its
own mean and variance per dimension. A run of identical values (a string of
empty months) has zero variance and an infinitely good fit, so the variance is
floored: the estimate is constrained to ``sigma^2 >= floor`` (``floor`` a
fraction of the dimension's overall variance, default 1 %). Minus twice the
maximised log-likelihood under that constraint is, per dimension::

    C_j = L * (log(2 pi) + log(v)) + RSS / v,    v = max(RSS / L, floor)

which is ``L * (log(2 pi v) + 1)`` when the floor is not binding. Being a
constrained maximum likelihood, splitting a segment never raises its cost, so
PELT's pruning stays exact. Two parameters per dimension and segment
(``p = 2d``).
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np

from relcycle.trajectory.segmentation.costs.base import FloatArray, SegmentCost, standardise

LOG_2PI = float(np.log(2.0 * np.pi))


class CostNormal(SegmentCost):
    """Change in the mean and/or the variance of standardised dimensions.

    Args:
        length_weight: Weight of the ``log(length)`` term (see ``SegmentCost``).
        variance_floor: Smallest segment variance, as a fraction of each
            dimension's overall variance (standardised units); must be > 0.
    """

    name: ClassVar[str] = "normal"

    def __init__(self, length_weight: float = 0.0, variance_floor: float = 0.01) -> None:
        super().__init__(length_weight)
        if not variance_floor > 0:
            raise ValueError(f"variance_floor must be > 0; got {variance_floor!r}")
        self.variance_floor = float(variance_floor)

    def n_params(self, n_dims: int) -> int:
        """A mean and a variance per dimension."""
        return 2 * n_dims

    def prepare(self, X: FloatArray) -> FloatArray:
        """Standardised dimensions, so the floor is relative to each one's spread."""
        return standardise(X)

    def statistics(self, Z: FloatArray) -> FloatArray:
        """``[z, z^2]`` per dimension."""
        return np.hstack([Z, Z * Z])

    def cost_from_sums(self, sums: FloatArray, lengths: FloatArray) -> FloatArray:
        """Floored Gaussian ``-2 log L`` summed over dimensions."""
        d = sums.shape[-1] // 2
        s, q = sums[..., :d], sums[..., d:]
        L = lengths[..., None]
        rss = np.maximum(q - s * s / L, 0.0)
        v = np.maximum(rss / L, self.variance_floor)
        result: FloatArray = (L * (LOG_2PI + np.log(v)) + rss / v).sum(axis=-1)
        return result
