"""Search methods by name.

=========  ==============================================  ==================
name       what it is                                      exact?
=========  ==============================================  ==================
``pelt``   PELT, ours (vectorised; min_size-aware pruning)   yes
``binseg`` binary segmentation (ruptures ``Binseg``)         no (greedy)
``dynp``   dynamic programming (ruptures ``Dynp``)           yes; small n only
=========  ==============================================  ==================

Every method has the signature ``(cost, X, beta, min_size, jump, max_segments)``
with ``cost`` fitted on ``X``, and returns sorted segment ends ending with
``len(X)``.
"""

from __future__ import annotations

from collections.abc import Callable

from relcycle.trajectory.segmentation.costs.base import FloatArray, SegmentCost
from relcycle.trajectory.segmentation.methods.binseg import binseg
from relcycle.trajectory.segmentation.methods.dynp import dynp
from relcycle.trajectory.segmentation.methods.neighbourhood import best_with_at_most
from relcycle.trajectory.segmentation.methods.pelt import pelt

Search = Callable[[SegmentCost, FloatArray, float, int, int, "int | None"], list[int]]


def pelt_search(
    cost: SegmentCost,
    X: FloatArray,
    beta: float,
    min_size: int,
    jump: int,
    max_segments: int | None,
) -> list[int]:
    """Exact PELT; under a cap it falls back to the exact capped optimum."""
    n = X.shape[0]
    bkps = pelt(cost, n, beta, min_size, jump)
    if max_segments is not None and len(bkps) > max_segments:
        bkps = best_with_at_most(cost, n, beta, min_size, jump, max_segments)
    return bkps


METHODS: dict[str, Search] = {"binseg": binseg, "dynp": dynp, "pelt": pelt_search}

__all__ = ["METHODS", "Search", "best_with_at_most", "binseg", "dynp", "pelt", "pelt_search"]
