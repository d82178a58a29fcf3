"""Folds for multi-label data: iterative stratification.

Plain stratified k-fold needs one class per example; a segment can have
several codes, or none. Iterative stratification (Sechidis, Tsoumakas and
Vlahavas, "On the stratification of multi-label data", ECML PKDD 2011) deals
the examples of the rarest code first, each to the fold that most lacks that
code, so that every code, rare ones above all, is spread over the folds in
proportion. Segments without codes are dealt last to the emptiest folds. Ties
are broken by a seeded random generator, so folds are deterministic.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt


def iterative_folds(y: npt.NDArray[np.bool_], k: int, seed: int) -> list[npt.NDArray[np.intp]]:
    """Split the rows of a label matrix into ``k`` folds, stratified on every code.

    Args:
        y: ``(n, n_codes)`` booleans.
        k: Number of folds, at least 2 and at most ``n``.
        seed: Seed for breaking ties.

    Returns:
        ``k`` sorted arrays of row indices (the test rows of each fold); together
        they hold every row exactly once.

    Raises:
        ValueError: ``k`` below 2 or above the number of rows.
    """
    n = y.shape[0]
    if not 2 <= k <= n:
        raise ValueError(f"k must be between 2 and the number of segments ({n}), got {k}")
    rng = np.random.default_rng(seed)
    fold_of = np.full(n, -1, dtype=np.intp)
    want_total = np.full(k, n / k)
    want_code = np.outer(np.full(k, 1.0 / k), y.sum(axis=0).astype(np.float64))
    left = y.copy()
    while left.any():
        remaining = left.sum(axis=0)
        candidates = np.flatnonzero(remaining == remaining[remaining > 0].min())
        code = int(rng.choice(candidates))
        rows = np.flatnonzero(left[:, code])
        for row in rng.permutation(rows):
            need = want_code[:, code]
            best = np.flatnonzero(need == need.max())
            if best.size > 1:
                best = best[want_total[best] == want_total[best].max()]
            fold = int(rng.choice(best))
            fold_of[row] = fold
            want_total[fold] -= 1
            want_code[fold] -= y[row]
            left[row] = False
    for row in rng.permutation(np.flatnonzero(fold_of < 0)):
        best = np.flatnonzero(want_total == want_total.max())
        fold = int(rng.choice(best))
        fold_of[row] = fold
        want_total[fold] -= 1
    return [np.flatnonzero(fold_of == f) for f in range(k)]
