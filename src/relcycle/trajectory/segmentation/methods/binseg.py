"""Binary segmentation through ruptures' ``Binseg`` (greedy, fast, not exact).

Splits the segment whose best split gains the most until no split gains more
than ``beta``. The cost's ``error`` includes the modified BIC's length term, so
gains are measured on the same objective PELT minimises. ``jump`` is passed
through (ruptures defaults to 5; relcycle always passes 1 unless asked). With a
cap on the number of segments, binary segmentation stops after ``K - 1``
splits of the same greedy order.
"""

from __future__ import annotations

import ruptures as rpt

from relcycle.trajectory.segmentation.costs.base import FloatArray, SegmentCost


def binseg(
    cost: SegmentCost,
    X: FloatArray,
    beta: float,
    min_size: int,
    jump: int,
    max_segments: int | None,
) -> list[int]:
    """Greedy binary segmentation of ``X`` (see the module docstring)."""
    algo = rpt.Binseg(custom_cost=cost, min_size=min_size, jump=jump).fit(X)
    bkps = [int(b) for b in algo.predict(pen=beta)]
    if max_segments is not None and len(bkps) > max_segments:
        bkps = [int(b) for b in algo.predict(n_bkps=max_segments - 1)]
    return bkps
