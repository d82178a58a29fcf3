"""Reading simulated runs against a fixed reference (issue #6: labels that moved with a lever)."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt
import pytest

from relcycle.errors import SimulationError
from relcycle.frameworks import load_framework
from relcycle.simulation.engine import simulate
from relcycle.simulation.forward import OutcomeRun, label_months, read_months
from relcycle.simulation.params import ParameterBatch
from relcycle.simulation.scenarios.spec import load_scenario

DIALOGUE = np.round(np.arange(0.0, 0.501, 0.05), 2)


@pytest.fixture(scope="module")
def phase() -> tuple[dict[str, npt.NDArray[Any]], npt.NDArray[np.float64], tuple[str, ...]]:
    """The baseline scenario's central run over a dialogue grid: outcomes and states."""
    sc = load_scenario("baseline")
    run = OutcomeRun(base=sc.central(), months=round(sc.spec.months))
    out = run({"dialogue": DIALOGUE})
    traj = simulate(run.batch({"dialogue": DIALOGUE}), months=float(run.months))
    return out, traj.states, traj.state_names


def test_time_to_symbiosis_does_not_grow_with_the_dialogue_lever(
    phase: tuple[dict[str, npt.NDArray[Any]], npt.NDArray[np.float64], tuple[str, ...]],
) -> None:
    out, _, _ = phase
    t = np.nan_to_num(out["time_to_symbiosis"], nan=np.inf)
    assert np.isfinite(t).all()
    assert (np.diff(t) <= 0).all(), dict(zip(DIALOGUE.tolist(), t.tolist(), strict=True))
    assert t[-1] < t[0] - 12


def test_the_states_agree_symbiosis_like_states_come_sooner_with_more_dialogue(
    phase: tuple[dict[str, npt.NDArray[Any]], npt.NDArray[np.float64], tuple[str, ...]],
) -> None:
    _, states, names = phase
    x, y, trust = (states[:, :, names.index(k)] for k in ("control", "resistance", "trust"))
    calm = (x < 0.5) & (y < 0.5) & (trust > 0.5)
    first = np.where(calm.any(axis=1), calm.argmax(axis=1), 10**6)
    assert (np.diff(first) <= 0).all()


def test_a_run_read_against_its_own_model_is_labelled_as_real_cases_are() -> None:
    fw = load_framework()
    batch = ParameterBatch.from_mapping({"grievance": [1.2, 1.8], "trust_rate": [0.1, 0.3]})
    traj = simulate(batch, months=30)
    for i in range(2):
        own = read_months(traj, i, fw)
        assert own.labels == label_months(traj, i, fw)
        again = read_months(traj, i, fw, reference=own.model)
        assert again.labels == own.labels


def test_a_fixed_prefix_is_kept_and_checked() -> None:
    fw = load_framework()
    traj = simulate(ParameterBatch.from_mapping({"grievance": [1.5]}), months=30)
    own = read_months(traj, 0, fw)
    prefix = ["exploratory"] * 3 + ["control"] * 5
    fixed = read_months(traj, 0, fw, reference=own.model, prefix=prefix)
    assert fixed.labels[:8] == prefix and len(fixed.labels) == 30
    with pytest.raises(SimulationError, match="does not fit a 30-month run"):
        read_months(traj, 0, fw, prefix=["control"] * 31)
    with pytest.raises(SimulationError, match="labelled with exploratory"):
        read_months(traj, 0, fw, prefix=["calm"])


def test_an_unknown_reference_is_refused() -> None:
    with pytest.raises(SimulationError, match="choose one of: base, own"):
        OutcomeRun(reference="mine")
