"""Accuracy of the default settings on synthetic sparse monthly counts.

36 monthly periods, 3 to 5 stages, 6 indicators, 60 % empty cells, 50 seeds:
boundary F1 within one period, averaged over the seeds, must reach 0.85. The
exact figure is recorded in bench/RESULTS.md ("Segmentation").
"""

from __future__ import annotations

import numpy as np

from relcycle.trajectory.segmentation import StageSegmenter, boundary_f1
from relcycle.trajectory.synthetic import make_stage_series


def mean_f1(kind: str, **params: object) -> float:
    scores = []
    for seed in range(50):
        X, truth, _ = make_stage_series(36, 3 + seed % 3, kind=kind, sparsity=0.6, seed=seed)
        pred = StageSegmenter(**params).fit(X).predict()  # type: ignore[arg-type]
        scores.append(boundary_f1(truth, pred, margin=1)[0])
    return float(np.mean(scores))


def test_default_settings_on_sparse_monthly_counts() -> None:
    assert mean_f1("counts") >= 0.85


def test_exact_pelt_is_at_least_as_good_as_greedy_binseg() -> None:
    assert mean_f1("counts") >= mean_f1("counts", method="binseg")
