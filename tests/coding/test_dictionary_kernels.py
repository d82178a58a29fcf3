"""Compiled helpers of the bulk coder that stand in for a numpy call."""

from __future__ import annotations

import numpy as np

from relcycle.coding.dictionary.attribution_kernels import mentions
from relcycle.coding.dictionary.batch import csr
from relcycle.coding.dictionary.kernels import segments_of


def test_segments_of_is_searchsorted_right_less_one() -> None:
    rng = np.random.default_rng(0)
    for trial in range(300):
        seg_lo = np.unique(rng.integers(0, 200, rng.integers(0, 20))).astype(np.int64)
        at = rng.integers(-5, 250, rng.integers(0, 50)).astype(np.int64)
        if trial % 2:  # by start, as hits and spans come; unordered ones too
            at.sort()
        want = np.searchsorted(seg_lo, at, side="right") - 1
        assert segments_of(at, seg_lo).tolist() == want.tolist()


def _mentions_sorted(
    start: np.ndarray, end: np.ndarray, lit: np.ndarray, seg: np.ndarray, needles: list[list[int]]
) -> list[tuple[int, int, int, int]]:
    """Mentions as the coder first found them: every (hit, needle) sorted by (start, -end,
    needle), each kept when it starts at or after the last kept one's end."""
    rows = sorted(
        (s, -e, n, g)
        for s, e, li, g in zip(
            start.tolist(), end.tolist(), lit.tolist(), seg.tolist(), strict=True
        )
        for n in needles[li]
    )
    kept, last = [], -1
    for s, minus_end, n, g in rows:
        if s >= last:
            kept.append((s, -minus_end, n, g))
            last = -minus_end
    return kept


def test_mentions_are_the_sorted_needle_hits_kept_leftmost_longest() -> None:
    rng = np.random.default_rng(1)
    for _ in range(300):
        n_lit = int(rng.integers(1, 8))
        needles = [
            sorted(set(rng.integers(0, 6, rng.integers(0, 3)).tolist())) for _ in range(n_lit)
        ]
        ptr, items = csr(needles)
        starts = rng.integers(0, 60, 40)
        hits = {
            (s, s + w, li)
            for s, w, li in zip(
                starts, rng.integers(1, 5, 40), rng.integers(0, n_lit, 40), strict=True
            )
        }
        table = np.array(sorted(hits), np.int64).reshape(-1, 3)  # by start, then end
        start, end, lit = table[:, 0].copy(), table[:, 1].copy(), table[:, 2].copy()
        seg = start // 20  # texts of 20 characters
        got = mentions(start, end, lit, seg, ptr, items)
        rows = [tuple(row) for row in np.stack(got, axis=1).tolist()]
        assert rows == _mentions_sorted(start, end, lit, seg, needles)
