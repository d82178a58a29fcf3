"""Gaussian mean-shift cost on standardised dimensions (``l2``).

Each dimension is first standardised to mean 0 and standard deviation 1 over
the whole series (R's ``scale()``, which is what the TCPDBench wrappers feed
R ``changepoint``); the noise variance is then taken as 1, and minus twice the
log-likelihood of a segment with its own mean is its residual sum of squares::

    C = sum_j (Q_j - S_j^2 / L)                 (S_j, Q_j sums of z, z^2)

One mean per dimension and segment (``p = d``). Dividing by the *overall*
standard deviation, which includes the changes themselves, is conservative:
only changes that are large against the series' whole spread survive the
penalty. On the annotated TCPD series this beat a noise scale estimated from
first differences, which over-segments trending and autocorrelated series (see
``docs/SEGMENTATION.md``). With ``standardize=False`` the raw values are used
(ruptures' ``CostL2``), and the penalty must then be chosen for their scale.
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np

from relcycle.trajectory.segmentation.costs.base import FloatArray, SegmentCost, standardise


class CostL2(SegmentCost):
    """Change in the mean of standardised dimensions.

    Args:
        length_weight: Weight of the ``log(length)`` term (see ``SegmentCost``).
        standardize: Standardise each dimension before pricing segments.
    """

    name: ClassVar[str] = "l2"

    def __init__(self, length_weight: float = 0.0, standardize: bool = True) -> None:
        super().__init__(length_weight)
        self.standardize = standardize

    def n_params(self, n_dims: int) -> int:
        """One mean per dimension."""
        return n_dims

    def prepare(self, X: FloatArray) -> FloatArray:
        """Standardised dimensions (or the raw values)."""
        return standardise(X) if self.standardize else X

    def statistics(self, Z: FloatArray) -> FloatArray:
        """``[z, z^2]`` per dimension."""
        return np.hstack([Z, Z * Z])

    def cost_from_sums(self, sums: FloatArray, lengths: FloatArray) -> FloatArray:
        """Residual sum of squares around each dimension's segment mean."""
        d = sums.shape[-1] // 2
        s, q = sums[..., :d], sums[..., d:]
        rss = q - s * s / lengths[..., None]
        result: FloatArray = np.maximum(rss, 0.0).sum(axis=-1)
        return result
