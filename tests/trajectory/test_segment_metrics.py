"""Boundary F1 and covering."""

from __future__ import annotations

import pytest

from relcycle.trajectory.segmentation import boundary_f1, covering


def test_boundary_f1_within_margin() -> None:
    assert boundary_f1([10, 20, 36], [11, 20, 36]) == (1.0, 1.0, 1.0)
    f1, p, r = boundary_f1([10, 20, 36], [12, 20, 30, 36])
    assert (p, r) == (pytest.approx(1 / 3), 0.5)
    assert f1 == pytest.approx(0.4)


def test_each_true_boundary_is_matched_once() -> None:
    assert boundary_f1([10, 36], [9, 10, 11, 36])[1] == pytest.approx(1 / 3)


def test_no_boundaries_at_all_is_perfect() -> None:
    assert boundary_f1([36], [36]) == (1.0, 1.0, 1.0)
    assert boundary_f1([36], [12, 36])[0] == 0.0
    assert boundary_f1([12, 36], [36])[0] == 0.0


def test_covering_matches_tcpdbench_examples() -> None:
    # TCPDBench metrics.py doctests, 0-based change points -> segment ends
    assert covering([3, 5, 8], [3, 5, 8]) == 1.0
    assert covering([6], [4, 6]) == pytest.approx(2 / 3)
    assert covering([3, 6], [2, 4, 6]) == pytest.approx(2 / 3)


def test_metrics_reject_malformed_segmentations() -> None:
    with pytest.raises(ValueError, match="true_bkps is empty"):
        boundary_f1([], [10])
    with pytest.raises(ValueError, match="end at the series length"):
        covering([10], [12])
