"""simulation.sensitivity: Sobol indices with SALib, checked on the Ishigami function."""

from __future__ import annotations

import numpy as np
import pytest
from SALib.test_functions import Ishigami

from relcycle.errors import ConfigError
from relcycle.simulation.sensitivity import FloatArray, SobolIndices, sobol_indices

# Ishigami (a=7, b=0.1): the published analytical indices
S1_TRUE = np.array([0.3139, 0.4424, 0.0])
ST_TRUE = np.array([0.5576, 0.4424, 0.2437])
BOUNDS = {name: (-np.pi, np.pi) for name in ("x1", "x2", "x3")}


def ishigami(p: dict[str, FloatArray]) -> FloatArray:
    return np.asarray(Ishigami.evaluate(np.column_stack([p["x1"], p["x2"], p["x3"]])))


@pytest.fixture(scope="module")
def indices() -> SobolIndices:
    return sobol_indices(ishigami, BOUNDS, n=1024, seed=3)


def test_ishigami_indices_match_the_published_values(indices: SobolIndices) -> None:
    assert indices.names == ("x1", "x2", "x3")
    assert indices.runs == 1024 * 5
    assert np.allclose(indices.s1, S1_TRUE, atol=0.05)
    assert np.allclose(indices.st, ST_TRUE, atol=0.05)


def test_confidence_intervals_are_positive_and_cover_the_truth_mostly(
    indices: SobolIndices,
) -> None:
    assert (indices.s1_conf > 0).all() and (indices.st_conf > 0).all()
    covered = np.abs(indices.st - ST_TRUE) <= 2 * indices.st_conf
    assert covered.all()


def test_rows_put_the_most_influential_first(indices: SobolIndices) -> None:
    assert [r["parameter"] for r in indices.rows()] == ["x1", "x2", "x3"]


def test_same_seed_same_indices() -> None:
    a = sobol_indices(ishigami, BOUNDS, n=64, seed=5)
    b = sobol_indices(ishigami, BOUNDS, n=64, seed=5)
    assert np.array_equal(a.st, b.st) and np.array_equal(a.s1_conf, b.s1_conf)


@pytest.mark.parametrize(
    ("bounds", "n", "message"),
    [
        ({"x1": (0.0, 1.0)}, 64, "at least two parameters"),
        ({"x1": (0.0, 1.0), "x2": (1.0, 1.0)}, 64, "x2: the range must be low < high"),
        (BOUNDS, 100, "power of two"),
    ],
)
def test_bad_problems_are_refused(
    bounds: dict[str, tuple[float, float]], n: int, message: str
) -> None:
    with pytest.raises(ConfigError, match=message):
        sobol_indices(ishigami, bounds, n=n)


def test_missing_outputs_are_refused() -> None:
    def half_missing(p: dict[str, FloatArray]) -> FloatArray:
        return np.where(p["x1"] > 0, np.nan, p["x2"])

    with pytest.raises(ConfigError, match="missing or infinite in"):
        sobol_indices(half_missing, BOUNDS, n=64)


def test_a_constant_output_is_refused() -> None:
    with pytest.raises(ConfigError, match="no variance"):
        sobol_indices(lambda p: np.ones_like(p["x1"]), BOUNDS, n=64)
