"""simulation.sweep: grids, vectorised blocks on Dask, phase and basin maps."""

from __future__ import annotations

import numpy as np
import pytest

from relcycle.errors import ConfigError
from relcycle.simulation.sweep import (
    FloatArray,
    Grid,
    make_grid,
    parse_axis,
    plot_map,
    run_blocks,
    split,
)

CALLS: list[int] = []


def toy(params: dict[str, FloatArray], seed: int) -> dict[str, np.ndarray]:
    """A vectorised stand-in for the model: a noisy sum, a flag and a label per set."""
    CALLS.append(len(params["a"]))
    noise = np.random.default_rng(seed).normal(0.0, 0.1, len(params["a"]))
    total = params["a"] + 10 * params["b"] + noise
    return {
        "total": total,
        "flag": total > 5,
        "label": np.where(params["a"] > params["b"], "above", "below"),
        "pair": np.column_stack([params["a"], params["b"]]),
    }


def test_a_grid_is_the_cartesian_product_first_axis_slowest() -> None:
    grid = make_grid({"a": [1, 2, 3], "b": [0.5, 0.7]})
    assert grid.shape == (3, 2) and grid.size == 6 and grid.names == ("a", "b")
    pts = grid.points()
    assert pts["a"].tolist() == [1, 1, 2, 2, 3, 3]
    assert pts["b"].tolist() == [0.5, 0.7] * 3


def test_axes_are_parsed_as_lists_or_ranges() -> None:
    assert parse_axis("dialogue=0.1,0.5, 0.9") == ("dialogue", [0.1, 0.5, 0.9])
    assert parse_axis("x0=0:1:5") == ("x0", [0.0, 0.25, 0.5, 0.75, 1.0])


@pytest.mark.parametrize(
    ("text", "message"),
    [("dialogue", "NAME=V1"), ("d=a,b", "must be numbers"), ("d=0:1:0", "must be")],
)
def test_bad_axes_say_how_to_write_them(text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_axis(text)


def test_the_check_sees_every_axis_and_can_refuse() -> None:
    seen: list[str] = []

    def check(name: str, values: FloatArray) -> None:
        seen.append(name)
        if values.max() > 1:
            raise ConfigError(f"{name}: {values.max()} is above 1")

    make_grid([("a", [0.1]), ("b", [0.2])], check)
    assert seen == ["a", "b"]
    with pytest.raises(ConfigError, match=r"b: 2\.0 is above 1"):
        make_grid({"a": [0.1], "b": [2.0]}, check)


@pytest.mark.parametrize(
    ("axes", "message"),
    [
        ({}, "at least one --grid"),
        ({"a": []}, "no values"),
        ({"a": [float("nan")]}, "finite"),
        ([("a", [1.0]), ("a", [2.0])], "given twice"),
        ({"a": range(2000), "b": range(2000)}, "at most"),
    ],
)
def test_bad_grids_are_refused(axes: object, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        make_grid(axes)  # type: ignore[arg-type]


def test_blocks_cover_the_points_in_order() -> None:
    pts = make_grid({"a": range(10)}).points()
    blocks = split(pts, 4)
    assert [len(b["a"]) for b in blocks] == [4, 4, 2]
    assert np.concatenate([b["a"] for b in blocks]).tolist() == list(range(10))


@pytest.fixture(scope="module")
def grid() -> Grid:
    return make_grid({"a": np.linspace(0, 1, 9), "b": np.linspace(0, 1, 7)})


@pytest.fixture(scope="module")
def direct(grid: Grid) -> dict[str, np.ndarray]:
    return run_blocks(toy, grid.points(), seed=11, block=10, dask=False)


def test_one_call_per_block_not_per_point(grid: Grid) -> None:
    CALLS.clear()
    run_blocks(toy, grid.points(), block=10, dask=False)
    assert CALLS == [10] * 6 + [3]


def test_a_local_cluster_of_two_workers_gives_the_same_arrays(
    grid: Grid, direct: dict[str, np.ndarray]
) -> None:
    on_dask = run_blocks(toy, grid.points(), seed=11, block=10, workers=2)
    assert set(on_dask) == {"total", "flag", "label", "pair"}
    for key, value in direct.items():
        assert on_dask[key].shape == value.shape
        assert np.array_equal(on_dask[key], value), key
    assert direct["pair"].shape == (63, 2)


def test_the_seed_changes_the_noise_and_only_the_noise(
    grid: Grid, direct: dict[str, np.ndarray]
) -> None:
    other = run_blocks(toy, grid.points(), seed=12, block=10, dask=False)
    assert not np.array_equal(other["total"], direct["total"])
    assert np.abs(other["total"] - direct["total"]).max() < 1.0
    assert np.array_equal(other["label"], direct["label"])


def test_an_unreachable_scheduler_is_one_clear_error(grid: Grid) -> None:
    with pytest.raises(ConfigError, match="cannot reach the Dask scheduler"):
        run_blocks(toy, grid.points(), scheduler="tcp://127.0.0.1:9", block=10, timeout=0.5)


def test_phase_map_and_basin_map_are_drawn(grid: Grid, direct: dict[str, np.ndarray]) -> None:
    phase = plot_map(grid, direct["total"], x="a", y="b")
    basin = plot_map(grid, direct["label"], x="a", y="b")
    for png in (phase, basin):
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert phase != basin


def test_a_map_over_three_axes_averages_the_third() -> None:
    grid3 = make_grid({"a": [0, 1], "b": [0, 1], "c": [0, 1, 2]})
    values = np.arange(12.0)
    assert plot_map(grid3, values, x="a", y="b")[:8] == b"\x89PNG\r\n\x1a\n"


def test_map_axes_must_be_swept(grid: Grid, direct: dict[str, np.ndarray]) -> None:
    with pytest.raises(ConfigError, match="choose one of: a, b"):
        plot_map(grid, direct["total"], x="a", y="z")


def test_an_existing_cluster_is_used_by_its_address(
    grid: Grid, direct: dict[str, np.ndarray]
) -> None:
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, processes=False, dashboard_address=None) as cluster:
        out = run_blocks(toy, grid.points(), seed=11, block=10, scheduler=cluster.scheduler_address)
    assert np.array_equal(out["total"], direct["total"])
