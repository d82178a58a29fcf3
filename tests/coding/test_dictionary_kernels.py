"""Compiled helpers of the bulk coder that stand in for a numpy call."""

from __future__ import annotations

import numpy as np

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
