"""The relationship model: invariants and the direction of each theory's effect."""

from __future__ import annotations

import numpy as np
import pytest

from relcycle.simulation.engine import simulate
from relcycle.simulation.model import STATES, RelationshipModel
from relcycle.simulation.params import PARAMETERS, ParameterBatch


def _peak(name: str, state: str, values: list[float]) -> np.ndarray:
    traj = simulate(ParameterBatch.from_mapping({name: values}))
    return traj.state(state).max(axis=1)


def test_shares_stay_in_the_unit_interval_anywhere_in_the_ranges() -> None:
    rng = np.random.default_rng(5)
    n = 500
    values = {k: rng.uniform(p.low, min(p.high, 96.0), n) for k, p in PARAMETERS.items()}
    states = simulate(ParameterBatch.from_mapping(values)).states
    assert states.min() >= 0.0 and states.max() <= 1.0


def test_rest_point_without_pressure_is_a_fixed_point() -> None:
    # no reason to control or resist, everything settled: nothing moves
    b = ParameterBatch.from_mapping(
        {"mutation": 0.0, "control0": 0.001, "resistance0": 0.001, "trust0": 1.0,
         "information0": 1.0, "legitimacy0": 1.0, "dependence0": 0.9 * (1 - 0.6),
         "evaluation": 0.0}
    )  # fmt: skip
    model = RelationshipModel(b)
    state = model.initial()
    out = np.empty_like(state)
    model.rhs(state, out)
    trust, info, dep, leg = (STATES.index(s) for s in ("trust", "information", "dependence",
                                                        "legitimacy"))  # fmt: skip
    assert np.allclose(out[[trust, info, dep]], 0.0, atol=1e-6)  # erosion by x y = 1e-6 only
    assert out[leg, 0] <= 0 and out[0, 0] < 0  # control fades, legitimacy at its ceiling


def test_more_dependence_deters_resistance() -> None:
    peak = _peak("dependence_fear", "resistance", [0.5, 1.0, 1.5, 2.0])
    assert np.all(np.diff(peak) < 0)


def test_a_wider_behaviour_boundary_lowers_resistance() -> None:
    peak = _peak("boundary", "resistance", [0.0, 0.3, 0.6])
    assert np.all(np.diff(peak) < 0)


def test_dialogue_lowers_control_and_builds_trust_faster() -> None:
    traj = simulate(ParameterBatch.from_mapping({"dialogue": [0.0, 0.05, 0.1, 0.2]}))
    assert np.all(np.diff(traj.state("control").max(axis=1)) < 0)
    assert np.all(np.diff(traj.state("trust")[:, 12]) > 0)


def test_dependence_follows_the_funding_share() -> None:
    traj = simulate(ParameterBatch.from_mapping({"funding": [0.3, 0.6, 0.9]}))
    assert np.all(np.diff(traj.state("dependence")[:, -1]) > 0)


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_rhs_does_not_allocate_new_outputs(dtype: type) -> None:
    model = RelationshipModel(ParameterBatch.defaults(4), dtype=dtype)
    state = model.initial()
    out = np.empty_like(state)
    before = out.__array_interface__["data"][0]
    model.rhs(state, out)
    assert out.__array_interface__["data"][0] == before and out.dtype == dtype
    assert np.isfinite(out).all()
