"""Multivariate independent Poisson cost: the rate of each indicator changes.

For counts of coded evidence per period. Within a segment of length ``L`` each
indicator ``j`` is Poisson with its own rate, estimated by ``S_j / L`` (``S_j``
the segment's total). Minus twice the maximised log-likelihood, dropping the
``log x!`` terms that do not depend on the segmentation, is::

    C = 2 * sum_j (S_j - S_j * log(S_j / L))        (0 log 0 = 0)

One parameter per indicator and segment (``p = d``). Non-integer, non-negative
values (weighted counts) are accepted and treated as a quasi-likelihood.
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np

from relcycle.trajectory.segmentation.costs.base import FloatArray, SegmentCost, xlogx_over


class CostPoisson(SegmentCost):
    """Independent Poisson rates per indicator; a change is a change of any rate."""

    name: ClassVar[str] = "poisson"

    def n_params(self, n_dims: int) -> int:
        """One rate per indicator."""
        return n_dims

    def check(self, X: FloatArray) -> None:
        """Counts must not be negative."""
        if (X < 0).any():
            row, col = np.argwhere(X < 0)[0]
            raise ValueError(
                f"the poisson cost needs non-negative counts; found {X[row, col]:g} "
                f"at period {row}, indicator {col}; use cost='l2' or 'normal' for signed data"
            )

    def statistics(self, Z: FloatArray) -> FloatArray:
        """The counts themselves."""
        return Z

    def cost_from_sums(self, sums: FloatArray, lengths: FloatArray) -> FloatArray:
        """``2 * sum_j (S_j - S_j log(S_j / L))``."""
        per_dim = sums - xlogx_over(sums, lengths[..., None])
        result: FloatArray = 2.0 * per_dim.sum(axis=-1)
        return result
