"""Iterative stratification of multi-label data."""

from __future__ import annotations

import numpy as np
import pytest

from relcycle.coding.supervised.folds import iterative_folds


def labels(seed: int, n: int = 200, codes: int = 6) -> np.ndarray:
    rng = np.random.default_rng(seed)
    rates = np.array([0.02, 0.05, 0.1, 0.2, 0.3, 0.5])[:codes]
    return rng.random((n, codes)) < rates


def test_folds_partition_the_rows() -> None:
    y = labels(0)
    folds = iterative_folds(y, 5, seed=1)
    assert len(folds) == 5
    joined = np.sort(np.concatenate(folds))
    assert np.array_equal(joined, np.arange(len(y)))


def test_every_code_is_spread_evenly() -> None:
    y = labels(1)
    folds = iterative_folds(y, 5, seed=0)
    for code in range(y.shape[1]):
        counts = [int(y[f, code].sum()) for f in folds]
        assert max(counts) - min(counts) <= 1, (code, counts)
    sizes = [len(f) for f in folds]
    assert max(sizes) - min(sizes) <= 2


def test_rows_without_codes_fill_the_folds_evenly() -> None:
    y = np.zeros((23, 2), dtype=bool)
    y[:3, 0] = True
    sizes = sorted(len(f) for f in iterative_folds(y, 4, seed=0))
    assert sizes == [5, 6, 6, 6]


def test_same_seed_same_folds_other_seed_other_folds() -> None:
    y = labels(2)
    a = iterative_folds(y, 4, seed=7)
    b = iterative_folds(y, 4, seed=7)
    c = iterative_folds(y, 4, seed=8)
    assert all(np.array_equal(f, g) for f, g in zip(a, b, strict=True))
    assert not all(np.array_equal(f, g) for f, g in zip(a, c, strict=True))


@pytest.mark.parametrize("k", [1, 11])
def test_k_out_of_range(k: int) -> None:
    with pytest.raises(
        ValueError, match=rf"k must be between 2 and the number of segments \(10\), got {k}"
    ):
        iterative_folds(np.zeros((10, 1), dtype=bool), k, seed=0)
