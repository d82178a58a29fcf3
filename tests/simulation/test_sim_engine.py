"""The engine: integrator error check, levers in time, noise, divergence."""

from __future__ import annotations

import numpy as np
import pytest

from relcycle.errors import SimulationError
from relcycle.simulation.engine import (
    INTEGRATORS,
    STEP_TOLERANCE,
    IntegrationError,
    simulate,
    step_error,
)
from relcycle.simulation.model import STATES
from relcycle.simulation.params import PARAMETERS, ParameterBatch

LEVER_SETS = ParameterBatch.from_mapping(
    {
        "boundary": [0.0, 0.8, 0.0, 0.0, 0.8, 1.0],
        "dialogue": [0.0, 0.0, 0.1, 0.0, 0.1, 0.5],
        "contract": [0.0, 0.0, 0.0, 0.5, 0.5, 1.0],
    }
)


def test_halving_the_default_step_changes_results_by_less_than_the_tolerance() -> None:
    assert step_error(LEVER_SETS) < STEP_TOLERANCE


def test_the_built_in_levers_are_far_within_the_tolerance() -> None:
    assert step_error(LEVER_SETS) < STEP_TOLERANCE / 100


def test_halving_the_step_anywhere_in_the_documented_ranges_is_within_tolerance() -> None:
    rng = np.random.default_rng(3)
    n = 300
    values = {name: rng.uniform(p.low, min(p.high, 96.0), n) for name, p in PARAMETERS.items()}
    fast = {"rate_gov": 3.0, "rate_swo": 3.0, "info_pressure": 3.0, "evaluation": 2.0}
    corner = ParameterBatch.from_mapping(fast)
    assert step_error(ParameterBatch.from_mapping(values)) < STEP_TOLERANCE
    assert step_error(corner) < STEP_TOLERANCE


def test_rk4_error_shrinks_with_its_order() -> None:
    coarse = step_error(LEVER_SETS, dt=0.5)
    fine = step_error(LEVER_SETS, dt=0.25)
    assert coarse / fine > 8  # fourth order: about 16


def test_euler_is_first_order_and_much_less_accurate() -> None:
    e1 = step_error(LEVER_SETS, dt=0.1, method="euler")
    e2 = step_error(LEVER_SETS, dt=0.05, method="euler")
    assert 1.5 < e1 / e2 < 3
    assert e2 > 100 * step_error(LEVER_SETS)


def test_trajectory_shape_time_axis_and_bounds() -> None:
    traj = simulate(LEVER_SETS, months=24, dt=0.5)
    assert traj.states.shape == (6, 25, len(STATES))
    assert traj.time.tolist() == list(range(25))
    assert traj.states.min() >= 0 and traj.states.max() <= 1
    assert np.array_equal(traj.state("trust"), traj.states[:, :, STATES.index("trust")])


@pytest.mark.parametrize("backend", ["numba", "numpy"])
def test_each_run_is_independent_of_its_batch_and_chunking(backend: str) -> None:
    whole = simulate(LEVER_SETS, months=36, backend=backend)
    chunked = simulate(LEVER_SETS, months=36, chunk=4, backend=backend)
    alone = simulate(LEVER_SETS.take([4]), months=36, backend=backend)
    assert np.array_equal(whole.states, chunked.states)
    assert np.allclose(whole.states[4], alone.states[0], rtol=0, atol=1e-12)


def test_float32_agrees_with_float64() -> None:
    a = simulate(LEVER_SETS, months=48)
    b = simulate(LEVER_SETS, months=48, dtype=np.float32)
    assert np.max(np.abs(a.states - b.states)) < 1e-4


@pytest.mark.parametrize("backend", ["numba", "numpy"])
def test_lever_switch_takes_effect_at_its_month(backend: str) -> None:
    b = ParameterBatch.from_mapping({"dialogue": [0.0, 0.2], "dialogue_from": [0.0, 24.0]})
    traj = simulate(b, months=60, backend=backend)
    before = traj.states[:, : 24 + 1]
    assert np.array_equal(before[0], before[1])
    assert np.abs(traj.states[0, 30] - traj.states[1, 30]).max() > 0.05


def test_funding_schedule_changes_dependence_after_its_month() -> None:
    b = ParameterBatch.from_mapping(
        {"funding": [0.9, 0.3], "funding_initial": 0.9, "funding_from": [0.0, 12.0]}
    )
    dep = simulate(b, months=48).state("dependence")
    assert np.array_equal(dep[0, :13], dep[1, :13])
    assert dep[1, -1] < dep[0, -1] - 0.2


def test_noise_is_repeatable_with_a_seed_and_differs_between_seeds() -> None:
    b = ParameterBatch.defaults(5)
    a1 = simulate(b, months=36, noise=0.3, seed=7)
    a2 = simulate(b, months=36, noise=0.3, seed=7)
    a3 = simulate(b, months=36, noise=0.3, seed=8)
    assert np.array_equal(a1.states, a2.states)
    assert not np.array_equal(a1.states, a3.states)
    assert np.ptp(a1.states[:, -1, 0]) > 0  # runs of one parameter set spread out
    assert a1.states.min() >= 0 and a1.states.max() <= 1


def test_noise_without_a_seed_is_an_error() -> None:
    with pytest.raises(SimulationError, match="needs a seed"):
        simulate(ParameterBatch.defaults(), noise=0.1)


@pytest.mark.parametrize("backend", ["numba", "numpy"])
def test_divergence_names_the_parameter_set_and_what_to_do(backend: str) -> None:
    b = ParameterBatch.from_mapping({"rate_gov": [0.3, 3.0], "evaluation": [0.5, 2.0]})
    with pytest.raises(IntegrationError) as err:
        simulate(b, months=24, dt=1.0, method="euler", backend=backend)
    msg = str(err.value)
    assert "parameter set 1 (" in msg and "rate_gov=3" in msg and "smaller dt" in msg
    assert err.value.failure.index == 1


def test_unknown_integrator_lists_the_valid_ones() -> None:
    with pytest.raises(SimulationError) as err:
        simulate(ParameterBatch.defaults(), method="rk45")
    assert all(name in str(err.value) for name in INTEGRATORS)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"months": 0}, "months must be a positive"),
        ({"dt": float("nan")}, "dt must be a positive"),
        ({"dt": 0.3}, "whole number of steps"),
        ({"months": 10.5}, "whole number of record_every"),
    ],
)
def test_bad_grid_is_an_error(kwargs: dict[str, float], match: str) -> None:
    with pytest.raises(SimulationError, match=match):
        simulate(ParameterBatch.defaults(), **kwargs)  # type: ignore[arg-type]


def test_unknown_state_lists_the_states() -> None:
    traj = simulate(ParameterBatch.defaults(), months=2)
    with pytest.raises(SimulationError, match="choose one of: control, resistance"):
        traj.state("truth")
