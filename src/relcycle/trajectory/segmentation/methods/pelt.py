"""Exact PELT (Killick, Fearnhead & Eckley 2012) with a minimum segment length.

Optimal partitioning finds the segmentation minimising ``sum(costs) + m * beta``
exactly; PELT prunes candidates that can never again be the last change point.
Two details make this implementation exact where ruptures' ``Pelt`` is not:

* **minimum length.** A candidate ``s`` dominated at time ``t`` may only be
  dropped from time ``t + min_size`` on: before that, ``t`` is not yet a
  permissible last change point and ``s`` may still be the best one. ruptures
  drops it at once, which is why its ``Pelt`` is not optimal with
  ``min_size > 1`` (ruptures PR 383).
* **length term.** The modified BIC's ``log(length)`` can make a split dearer
  than the whole segment by up to ``log(n / 4)``; pruning allows that slack.

All candidate starts for one end are priced in one vectorised call
(``SegmentCost.errors``), so a 36-period series costs a few hundred
microseconds. Candidates are restricted to multiples of ``jump``.
"""

from __future__ import annotations

import numpy as np

from relcycle.trajectory.segmentation.costs.base import SegmentCost
from relcycle.trajectory.segmentation.penalties import pruning_slack


def candidate_ends(n: int, min_size: int, jump: int) -> list[int]:
    """Positions where a segment may end: multiples of ``jump`` from ``min_size``, and ``n``."""
    return [t for t in range(jump, n, jump) if min_size <= t <= n - min_size] + [n]


def backtrack(last: dict[int, int], n: int) -> list[int]:
    """Segment ends from the ``last change`` table, ending with ``n``."""
    ends = []
    t = n
    while t > 0:
        ends.append(t)
        t = last[t]
    return sorted(ends)


def pelt(cost: SegmentCost, n: int, beta: float, min_size: int, jump: int) -> list[int]:
    """Exact penalised segmentation of a fitted cost.

    Args:
        cost: A cost already fitted on the ``n``-period signal.
        n: Number of periods.
        beta: Penalty per change point.
        min_size: Minimum segment length.
        jump: Change points only at multiples of ``jump``.

    Returns:
        Sorted segment ends, the last equal to ``n``.
    """
    slack = pruning_slack(cost.length_weight, n)
    best: dict[int, float] = {0: -beta}
    last: dict[int, int] = {}
    starts = np.array([0], dtype=np.intp)
    starts_best = np.array([-beta])
    kill_at = np.array([np.inf])
    for t in candidate_ends(n, min_size, jump):
        alive = kill_at > t
        starts, starts_best, kill_at = starts[alive], starts_best[alive], kill_at[alive]
        eligible = starts <= t - min_size
        if not eligible.any():
            continue
        s = starts[eligible]
        route = starts_best[eligible] + cost.errors(s, t)
        k = int(np.argmin(route))
        best[t] = float(route[k] + beta)
        last[t] = int(s[k])
        dominated = route - slack > best[t]
        idx = np.flatnonzero(eligible)[dominated]
        kill_at[idx] = np.minimum(kill_at[idx], t + min_size)
        if t < n:
            starts = np.append(starts, t)
            starts_best = np.append(starts_best, best[t])
            kill_at = np.append(kill_at, np.inf)
    return backtrack(last, n)
