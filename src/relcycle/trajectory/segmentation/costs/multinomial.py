"""Multinomial cost: the mix of evidence across indicators changes.

Given each period's total, the counts across the ``d`` indicators are taken as
multinomial with segment-specific proportions ``pi_j = S_j / T`` (``S_j`` the
segment total of indicator ``j``, ``T = sum_j S_j``). Minus twice the maximised
conditional log-likelihood, without the multinomial coefficients::

    C = -2 * sum_j S_j * log(S_j / T)             (0 log 0 = 0)

The volume of evidence is conditioned away: a period with twice the coding but
the same mix costs nothing extra, so this cost sees a change of *kind* of
relationship (control giving way to cooperation) rather than of intensity.
``d - 1`` free proportions per segment (``p = d - 1``).
"""

from __future__ import annotations

from typing import ClassVar

from relcycle.trajectory.segmentation.costs.base import FloatArray, SegmentCost, xlogx_over
from relcycle.trajectory.segmentation.costs.poisson import CostPoisson


class CostMultinomial(SegmentCost):
    """Proportions of the indicators within each segment."""

    name: ClassVar[str] = "multinomial"

    def n_params(self, n_dims: int) -> int:
        """``d - 1`` proportions (at least one)."""
        return max(n_dims - 1, 1)

    def check(self, X: FloatArray) -> None:
        """Non-negative counts over at least two indicators."""
        if X.shape[1] < 2:
            raise ValueError(
                "the multinomial cost models the mix across indicators and needs at "
                f"least 2 columns; got {X.shape[1]}; use cost='poisson' for one indicator"
            )
        CostPoisson().check(X)

    def statistics(self, Z: FloatArray) -> FloatArray:
        """The counts themselves."""
        return Z

    def cost_from_sums(self, sums: FloatArray, lengths: FloatArray) -> FloatArray:
        """``-2 * sum_j S_j log(S_j / T)``."""
        totals = sums.sum(axis=-1, keepdims=True)
        result: FloatArray = -2.0 * xlogx_over(sums, totals).sum(axis=-1)
        return result
