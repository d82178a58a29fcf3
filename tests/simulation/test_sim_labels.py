"""Runs read by the stage labelling of real cases; built-in scenarios differ as MODEL.md says."""

from __future__ import annotations

import dataclasses
import itertools

import numpy as np
import pytest

from relcycle.errors import SimulationError
from relcycle.frameworks import load_framework
from relcycle.simulation.engine import Trajectory, simulate
from relcycle.simulation.indicators import INDICATORS, indicator_rates, indicator_table
from relcycle.simulation.labels import SimStage, label_run, sequence
from relcycle.simulation.outcomes import time_in, time_to
from relcycle.simulation.params import ParameterBatch
from relcycle.simulation.scenarios import load_scenario
from relcycle.trajectory.decoder import runs
from relcycle.trajectory.stages import StageMethod, candidates, decode

E, C, R, S = "exploratory", "control", "resistance", "symbiosis"


def _central(name: str) -> Trajectory:
    sc = load_scenario(name)
    return simulate(sc.batch(draws=0), months=sc.spec.months, dt=sc.spec.dt)


@pytest.fixture(scope="module")
def stages() -> dict[str, list[SimStage]]:
    names = ["baseline", "behaviour-boundary", "dialogue", "return-to-contract", "all-three"]
    return {name: label_run(_central(name), 0) for name in names}


def test_indicators_are_the_built_in_frameworks() -> None:
    assert tuple(i.id for i in load_framework().indicators) == INDICATORS


def test_indicator_rates_have_one_row_per_month() -> None:
    traj = simulate(ParameterBatch.defaults(3), months=24)
    rates = indicator_rates(traj)
    assert rates.shape == (3, 24, len(INDICATORS))
    assert rates.min() >= 0 and rates.max() <= 1


def test_labels_are_exactly_those_of_the_trajectory_labelling() -> None:
    traj = _central("baseline")
    fw = load_framework()
    table = indicator_table(traj, 0)
    method = StageMethod()
    cands, path, beta = candidates(table, fw.stages, method)
    decoded = decode(table, fw.stages, method, method.min_size("month"), cands, path, beta)
    expected = [(fw.stages[lab].id, a, b) for lab, a, b in runs(decoded.labels)]
    assert [(s.label, s.start, s.end) for s in label_run(traj, 0, fw)] == expected


def test_stages_tile_the_run(stages: dict[str, list[SimStage]]) -> None:
    for st in stages.values():
        assert st[0].start == 0 and st[-1].end == 96
        assert all(a.end == b.start for a, b in itertools.pairwise(st))


def test_baseline_goes_through_the_case_studys_four_stages(
    stages: dict[str, list[SimStage]],
) -> None:
    assert sequence(stages["baseline"]) == (E, C, R, S)


def test_behaviour_boundary_skips_resistance_but_control_lasts_longer(
    stages: dict[str, list[SimStage]],
) -> None:
    base, bound = stages["baseline"], stages["behaviour-boundary"]
    assert sequence(bound) == (E, C, S)
    assert time_in(bound, C) > time_in(base, C)
    assert time_to(bound, S) > time_to(base, S)  # type: ignore[operator]


@pytest.mark.parametrize("lever", ["dialogue", "return-to-contract"])
def test_dialogue_and_contract_shorten_control_and_skip_resistance(
    stages: dict[str, list[SimStage]], lever: str
) -> None:
    base, run = stages["baseline"], stages[lever]
    assert sequence(run) == (E, C, S)
    assert time_in(run, C) < time_in(base, C)
    assert time_to(run, S) < time_to(base, S)  # type: ignore[operator]


def test_all_three_levers_go_from_exploration_straight_to_symbiosis(
    stages: dict[str, list[SimStage]],
) -> None:
    assert sequence(stages["all-three"]) == (E, S)
    times = [time_to(st, S) for st in stages.values()]
    assert time_to(stages["all-three"], S) == min(t for t in times if t is not None)


def test_a_dialogue_from_a_later_month_brings_symbiosis_between_none_and_from_the_start() -> None:
    sc = load_scenario("baseline")
    b = sc.batch({"dialogue": 0.1, "dialogue_from": 10.0}, draws=0)
    late = time_to(label_run(simulate(b), 0), S)
    never = time_to(label_run(_central("baseline"), 0), S)
    early = time_to(label_run(_central("dialogue"), 0), S)
    assert early is not None and late is not None and never is not None
    assert early < late < never


def test_indicators_need_monthly_records() -> None:
    traj = simulate(ParameterBatch.defaults(), months=24, record_every=2)
    with pytest.raises(SimulationError, match="record_every=1"):
        indicator_rates(traj)


def test_salience_sharpens_each_stages_indicators() -> None:
    rates = indicator_rates(_central("baseline"))[0]
    control = rates[:, INDICATORS.index("control")]
    assert control[10] > 4 * control[60] and np.all(control >= 0)


def test_a_framework_whose_signatures_name_other_indicators_is_refused() -> None:
    fw = load_framework()
    odd = dataclasses.replace(
        fw, stages=(dataclasses.replace(fw.stages[0], signature={"morale": "high"}),)
    )
    with pytest.raises(
        SimulationError, match="does not produce: morale; the model produces: control"
    ):
        label_run(_central("baseline"), 0, odd)
