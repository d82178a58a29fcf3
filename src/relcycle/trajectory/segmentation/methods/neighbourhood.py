"""Exact segmentation with at most ``K`` segments (segment neighbourhood).

Used when a caller caps the number of stages (``max_segments``) and the
unconstrained optimum has more: for every ``k <= K`` the best ``k``-segment
split is found by dynamic programming (Auger & Lawrence 1989), and the ``k``
minimising ``cost + (k - 1) * beta`` wins. All starts and all ``k`` are
handled in one vectorised step per end, ``O(K n^2)`` work in numpy.
"""

from __future__ import annotations

import numpy as np

from relcycle.trajectory.segmentation.costs.base import SegmentCost
from relcycle.trajectory.segmentation.methods.pelt import candidate_ends


def best_with_at_most(
    cost: SegmentCost, n: int, beta: float, min_size: int, jump: int, max_segments: int
) -> list[int]:
    """The penalised optimum among segmentations of at most ``max_segments`` segments.

    Args:
        cost: A cost fitted on the ``n``-period signal.
        n: Number of periods.
        beta: Penalty per change point.
        min_size: Minimum segment length.
        jump: Change points only at multiples of ``jump``.
        max_segments: Largest number of segments allowed (>= 1).

    Returns:
        Sorted segment ends, the last equal to ``n``.
    """
    ends = candidate_ends(n, min_size, jump)
    pos = np.array([0, *ends], dtype=np.intp)
    index = {int(p): i for i, p in enumerate(pos)}
    K = max_segments
    table = np.full(
        (K, len(pos)), np.inf
    )  # table[k, i]: best cost of k+1 segments ending at pos[i]
    back = np.zeros((K, len(pos)), dtype=np.intp)
    for t in ends:
        i = index[t]
        ok = pos[:i] <= t - min_size
        cand = np.flatnonzero(ok)
        if cand.size == 0:
            continue
        seg = cost.errors(pos[cand], t)
        if cand[0] == 0:
            table[0, i] = seg[0]
        if K > 1:
            inner = cand[cand > 0]
            if inner.size:
                routes = table[:-1, inner] + seg[cand > 0][None, :]
                k_best = np.argmin(routes, axis=1)
                table[1:, i] = routes[np.arange(K - 1), k_best]
                back[1:, i] = inner[k_best]
    totals = table[:, -1] + beta * np.arange(K)
    k = int(np.argmin(totals))
    bkps = [n]
    i = len(pos) - 1
    while k > 0:
        i = int(back[k, i])
        bkps.append(int(pos[i]))
        k -= 1
    return sorted(bkps)
