"""Segmenting many short series at once: the fast path for sweeps and benchmarks.

For thousands of cases of the same length (36 months, 10 indicators ...), a
per-case Python search spends its time in interpreter overhead, not in
arithmetic. Here optimal partitioning (the exact optimum PELT also finds) runs
over *all cases at once*: for each segment end, every case's every candidate
start is priced in one numpy operation on stacked cumulative sums. The answers
are those of ``StageSegmenter(method="pelt", ...)`` case by case (same costs,
same penalties, same tie-breaking); ``auto`` is resolved per case.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from relcycle.trajectory.segmentation.costs import make_cost, resolve_cost
from relcycle.trajectory.segmentation.costs.base import FloatArray, SegmentCost
from relcycle.trajectory.segmentation.inputs import as_signal, check_int
from relcycle.trajectory.segmentation.methods.neighbourhood import best_with_at_most
from relcycle.trajectory.segmentation.methods.pelt import candidate_ends
from relcycle.trajectory.segmentation.penalties import check_penalty, length_weight, penalty_value

CHUNK_VALUES = 4_000_000
"""Upper bound on floats per stacked cost evaluation (keeps memory near 100 MB)."""


def segment_batch(
    X: npt.ArrayLike,
    cost: str = "auto",
    penalty: str | float = "mbic",
    min_size: int = 2,
    jump: int = 1,
    max_segments: int | None = None,
) -> list[list[int]]:
    """Segment each of ``B`` same-length series exactly (penalised optimum).

    Args:
        X: Array of shape ``(B, n)`` or ``(B, n, d)``: ``B`` cases, ``n``
            periods, ``d`` indicators.
        cost: As for :class:`StageSegmenter` (``auto`` resolved per case).
        penalty: As for :class:`StageSegmenter`.
        min_size: Minimum segment length.
        jump: Change points only at multiples of ``jump``.
        max_segments: Largest number of segments, or ``None``.

    Returns:
        One list of segment ends per case, each ending with ``n``.

    Raises:
        ValueError: As :meth:`StageSegmenter.fit` would for any of the cases,
            with the case's index in the message.
    """
    arr = np.asarray(X, dtype=np.float64)
    if arr.ndim == 2:
        arr = arr[:, :, None]
    if arr.ndim != 3:
        raise ValueError(f"X must have shape (cases, n) or (cases, n, d); got shape {arr.shape}")
    check_penalty(penalty)
    min_size = check_int("min_size", min_size, 1)
    jump = check_int("jump", jump, 1)
    if max_segments is not None:
        check_int("max_segments", max_segments, 1)
    names = []
    for i, case in enumerate(arr):
        try:
            names.append(resolve_cost(cost, as_signal(case, min_size)))
        except ValueError as exc:
            raise ValueError(f"case {i}: {exc}") from None
    out: list[list[int]] = [[] for _ in range(arr.shape[0])]
    for name in sorted(set(names)):
        idx = [i for i, nm in enumerate(names) if nm == name]
        seg_cost = make_cost(name, length_weight(penalty))
        for i in idx:
            try:
                seg_cost.check(arr[i])
            except ValueError as exc:
                raise ValueError(f"case {i}: {exc}") from None
        results = _optimal_partitions(seg_cost, arr[idx], penalty, min_size, jump)
        for i, bkps in zip(idx, results, strict=True):
            if max_segments is not None and len(bkps) > max_segments:
                fitted = make_cost(name, length_weight(penalty)).fit(arr[i])
                beta = penalty_value(penalty, arr.shape[1], fitted.n_params(arr.shape[2]))
                bkps = best_with_at_most(fitted, arr.shape[1], beta, min_size, jump, max_segments)
            out[i] = bkps
    return out


def _optimal_partitions(
    cost: SegmentCost, arr: FloatArray, penalty: str | float, min_size: int, jump: int
) -> list[list[int]]:
    """Exact optimal partitioning of every case in ``arr`` (one cost for all)."""
    n_cases, n, d = arr.shape
    beta = penalty_value(penalty, n, cost.n_params(d))
    stats = np.stack([cost.statistics(cost.prepare(case)) for case in arr])
    cum = np.concatenate([np.zeros((n_cases, 1, stats.shape[2])), np.cumsum(stats, axis=1)], axis=1)
    ends = candidate_ends(n, min_size, jump)
    chunk = max(1, CHUNK_VALUES // max(1, n * stats.shape[2]))
    results: list[list[int]] = []
    for lo in range(0, n_cases, chunk):
        results.extend(_solve_chunk(cost, cum[lo : lo + chunk], ends, beta, min_size))
    return results


def _solve_chunk(
    cost: SegmentCost, cum: FloatArray, ends: list[int], beta: float, min_size: int
) -> list[list[int]]:
    n_cases = cum.shape[0]
    n = ends[-1]
    best = np.full((n_cases, n + 1), np.inf)
    best[:, 0] = -beta
    last = np.zeros((n_cases, n + 1), dtype=np.intp)
    positions = np.array([0, *ends], dtype=np.intp)
    rows = np.arange(n_cases)
    for t in ends:
        starts = positions[positions <= t - min_size]
        lengths = (t - starts).astype(np.float64)
        sums = cum[:, t][:, None, :] - cum[:, starts]
        seg = cost.cost_from_sums(sums, np.broadcast_to(lengths, (n_cases, starts.size)))
        if cost.length_weight:
            seg = seg + cost.length_weight * np.log(lengths)
        route = best[:, starts] + seg
        k = np.argmin(route, axis=1)
        best[:, t] = route[rows, k] + beta
        last[:, t] = starts[k]
    out = []
    for c in range(n_cases):
        bkps = []
        t = n
        while t > 0:
            bkps.append(int(t))
            t = int(last[c, t])
        out.append(sorted(bkps))
    return out
