"""Synthetic stage series: shapes, truth, seeds, sparsity."""

from __future__ import annotations

from itertools import pairwise

import numpy as np
import pytest

from relcycle.trajectory.synthetic import STAGE_TYPES, make_stage_series


def test_shapes_and_truth() -> None:
    X, bkps, ids = make_stage_series(n_periods=36, n_stages=4, n_indicators=6, seed=3)
    assert X.shape == (36, 6)
    assert len(bkps) == len(ids) == 4
    assert bkps == sorted(bkps) and bkps[-1] == 36
    assert (np.diff([0, *bkps]) >= 4).all()
    assert set(ids.tolist()) <= set(range(len(STAGE_TYPES)))


def test_same_seed_same_case_other_seed_other_case() -> None:
    a = make_stage_series(seed=7)
    b = make_stage_series(seed=7)
    c = make_stage_series(seed=8)
    assert np.array_equal(a[0], b[0]) and a[1] == b[1]
    assert not np.array_equal(a[0], c[0])


def test_counts_are_sparse_whole_numbers() -> None:
    zeros = []
    for seed in range(40):
        X, _, _ = make_stage_series(seed=seed, sparsity=0.6)
        assert (X >= 0).all() and np.array_equal(X, np.round(X))
        zeros.append((X == 0).mean())
    assert np.mean(zeros) == pytest.approx(0.6, abs=0.03)


def test_consecutive_stages_differ_and_types_recur() -> None:
    recurred = False
    for seed in range(30):
        _, _, ids = make_stage_series(n_stages=5, seed=seed)
        assert (np.diff(ids) != 0).all()
        recurred |= len(set(ids.tolist())) < len(ids)
    assert recurred


def test_real_series_move_with_the_stage() -> None:
    X, bkps, _ = make_stage_series(kind="real", n_periods=400, n_stages=2, seed=0, contrast=50)
    first, second = X[: bkps[0]].mean(axis=0), X[bkps[0] :].mean(axis=0)
    assert np.abs(first - second).max() > 2


def test_single_indicator_still_has_visible_changes() -> None:
    X, bkps, _ = make_stage_series(n_indicators=1, n_stages=3, n_periods=300, seed=1)
    means = [X[s:e].mean() for s, e in zip([0, *bkps[:-1]], bkps, strict=True)]
    assert all(abs(a - b) > 0.5 for a, b in pairwise(means))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"kind": "binary"}, "unknown kind 'binary'; choose one of: counts, real"),
        ({"n_stages": 10}, "10 stages of at least 4 periods need 40 periods"),
        ({"sparsity": 1.0}, r"sparsity must be in \(0, 1\)"),
        ({"contrast": 1.0}, "contrast must be > 1"),
        ({"n_indicators": 0}, "must be >= 1"),
    ],
)
def test_bad_arguments(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        make_stage_series(**kwargs)  # type: ignore[arg-type]
