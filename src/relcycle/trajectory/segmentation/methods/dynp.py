"""Exact search through ruptures' ``Dynp`` (dynamic programming; small ``n``).

``Dynp`` finds the best segmentation for a given number of change points. For a
penalty, every count ``k`` up to the cap (``max_segments - 1``, or as many as
``min_size`` allows) is solved and the one minimising ``cost + k * beta`` kept,
fewest change points on ties. ``O(K n^2)`` cost evaluations in Python: meant
for short series and for checking the other methods.
"""

from __future__ import annotations

import ruptures as rpt
from ruptures.exceptions import BadSegmentationParameters

from relcycle.trajectory.segmentation.costs.base import FloatArray, SegmentCost


def dynp(
    cost: SegmentCost,
    X: FloatArray,
    beta: float,
    min_size: int,
    jump: int,
    max_segments: int | None,
) -> list[int]:
    """Exact penalised segmentation of ``X`` by enumerating the number of changes."""
    n = X.shape[0]
    algo = rpt.Dynp(custom_cost=cost, min_size=min_size, jump=jump).fit(X)
    best = [n]
    best_value = cost.error(0, n)
    k_max = n // min_size - 1
    if max_segments is not None:
        k_max = min(k_max, max_segments - 1)
    for k in range(1, k_max + 1):
        try:
            bkps = [int(b) for b in algo.predict(n_bkps=k)]
        except BadSegmentationParameters:
            break
        value = cost.sum_of_costs(bkps) + k * beta
        if value < best_value - 1e-9:
            best, best_value = bkps, value
    return best
