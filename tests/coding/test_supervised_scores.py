"""Per-code precision, recall, F1 and averages; cross_validate against a manual computation."""

from __future__ import annotations

import numpy as np
import pytest
from supervised_data import make_set

from relcycle.coding.supervised import CodeScore, SupervisedCoder
from relcycle.coding.supervised.folds import iterative_folds
from relcycle.coding.supervised.labels import overlapping_codes
from relcycle.coding.supervised.scores import code_scores


def test_known_counts() -> None:
    y = np.array([[1, 0], [1, 1], [0, 1], [0, 0], [1, 0]], dtype=bool)
    p = np.array([[1, 0], [0, 1], [1, 0], [0, 0], [1, 0]], dtype=bool)
    scores = code_scores(["b", "a"], y, p, k=2)
    # code "b": tp 2, fp 1, fn 1; code "a": tp 1, fp 0, fn 1
    assert scores.per_code["b"] == CodeScore(2 / 3, 2 / 3, 4 / 6, 3)
    assert scores.per_code["a"] == CodeScore(1.0, 0.5, 2 / 3, 2)
    assert list(scores.per_code) == ["a", "b"]
    assert scores.micro == CodeScore(3 / 4, 3 / 5, 6 / 9, 5)
    assert scores.macro.precision == pytest.approx((2 / 3 + 1.0) / 2)
    assert scores.macro.recall == pytest.approx((2 / 3 + 0.5) / 2)
    assert scores.macro.f1 == pytest.approx(2 / 3)
    assert (scores.k, scores.n_segments) == (2, 5)


def test_a_code_never_predicted_scores_zero_not_nan() -> None:
    y = np.array([[1], [0]], dtype=bool)
    scores = code_scores(["a"], y, np.zeros_like(y), k=2)
    assert scores.per_code["a"] == CodeScore(0.0, 0.0, 0.0, 1)


def test_shapes_must_match() -> None:
    with pytest.raises(ValueError, match=r"must both be \(segments, 3 codes\)"):
        code_scores(["a", "b", "c"], np.zeros((2, 2), bool), np.zeros((2, 2), bool), k=2)


def test_table_lists_codes_then_averages() -> None:
    y = np.array([[1, 0], [0, 1]], dtype=bool)
    lines = code_scores(["x.one", "x.two"], y, y, k=2).table().splitlines()
    assert lines[0].split() == ["code", "precision", "recall", "f1", "support"]
    assert [line.split()[0] for line in lines[1:]] == ["x.one", "x.two", "micro", "macro"]
    assert lines[-1].split()[1:] == ["1.000", "1.000", "1.000", "2"]


def test_cross_validate_matches_a_manual_computation() -> None:
    data = make_set(60, seed=5, label_noise=0.2)
    params = {"C": 3.0, "threshold": 0.3, "min_examples": 1, "seed": 4}
    coder = SupervisedCoder(**params).fit(data.segments, data.codings)  # type: ignore[arg-type]
    scores = coder.cross_validate(k=3)

    codes = coder.codes_
    labels = overlapping_codes(data.segments, data.codings)
    y = np.array([[c in row for c in codes] for row in labels])
    counts = {c: [0, 0, 0] for c in codes}  # tp, fp, fn
    for test in iterative_folds(y, 3, seed=4):
        train = set(range(len(y))) - set(test.tolist())
        part = [data.segments[i] for i in sorted(train)]
        fold = SupervisedCoder(**params).fit(part, data.codings)  # type: ignore[arg-type]
        predicted = fold.predict([data.segments[i] for i in test])
        by_row: dict[int, set[str]] = {i: set() for i in test.tolist()}
        row = {(data.segments[i].source_id, data.segments[i].index): i for i in test.tolist()}
        for c in predicted:
            by_row[row[(c.source_id, c.segment_index)]].add(c.code)
        for i, got in by_row.items():
            for code in codes:
                have = code in labels[i]
                counts[code][0] += have and code in got
                counts[code][1] += (not have) and code in got
                counts[code][2] += have and code not in got
    for code, (tp, fp, fn) in counts.items():
        s = scores.per_code[code]
        assert s.support == tp + fn
        assert s.precision == pytest.approx(tp / (tp + fp) if tp + fp else 0.0)
        assert s.recall == pytest.approx(tp / (tp + fn))
        assert s.f1 == pytest.approx(2 * tp / (2 * tp + fp + fn))
    assert scores.n_segments == 60
    for s in [*scores.per_code.values(), scores.micro, scores.macro]:
        assert 0.0 <= min(s.precision, s.recall, s.f1) <= max(s.precision, s.recall, s.f1) <= 1.0
