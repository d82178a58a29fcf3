"""Penalty paths and boundary stability."""

from __future__ import annotations

import numpy as np
import pytest

from relcycle.trajectory.segmentation import StageSegmenter, boundary_stability
from relcycle.trajectory.synthetic import make_stage_series


def test_path_is_ordered_and_the_number_of_stages_never_grows_with_the_penalty() -> None:
    X, _, _ = make_stage_series(seed=4)
    path = StageSegmenter().penalty_path(X)
    penalties = [p for p, _ in path]
    assert penalties == sorted(penalties) and len(path) == 9
    sizes = [len(b) for _, b in path]
    assert sizes == sorted(sizes, reverse=True)
    assert all(b[-1] == len(X) for _, b in path)


def test_default_path_brackets_the_configured_penalty() -> None:
    X, _, _ = make_stage_series(seed=1)
    est = StageSegmenter().fit(X)
    path = est.penalty_path(X)
    assert path[4] == (pytest.approx(est.penalty_value_), est.predict())
    assert path[0][0] == pytest.approx(est.penalty_value_ / 4)


def test_explicit_penalties_are_sorted_and_checked() -> None:
    X, _, _ = make_stage_series(seed=2)
    path = StageSegmenter().penalty_path(X, penalties=[50.0, 5.0])
    assert [p for p, _ in path] == [5.0, 50.0]
    with pytest.raises(ValueError, match="finite and >= 0"):
        StageSegmenter().penalty_path(X, penalties=[-1.0])


def test_stability_scores() -> None:
    path = [(1.0, [5, 12, 20, 30]), (2.0, [5, 13, 30]), (4.0, [13, 30]), (8.0, [30])]
    assert boundary_stability(path, margin=0) == {5: 0.5, 12: 0.25, 13: 0.5, 20: 0.25}
    assert boundary_stability(path, margin=1)[12] == 0.75
    assert boundary_stability(path, boundaries=[13, 25]) == {13: 0.75, 25: 0.0}


def test_true_boundaries_are_more_stable_than_spurious_ones() -> None:
    rng = np.random.default_rng(0)
    X = rng.poisson(np.repeat([[0.2, 3.0], [3.0, 0.2], [0.2, 3.0]], 12, axis=0)).astype(float)
    scores = boundary_stability(StageSegmenter().penalty_path(X))
    spurious = [v for b, v in scores.items() if b not in (12, 24)]
    assert min(scores[12], scores[24]) >= 8 / 9 > 2 / 9 >= max(spurious)


def test_stability_rejects_bad_input() -> None:
    with pytest.raises(ValueError, match="penalty path is empty"):
        boundary_stability([])
    with pytest.raises(ValueError, match="margin must be >= 0"):
        boundary_stability([(1.0, [10])], margin=-1)
