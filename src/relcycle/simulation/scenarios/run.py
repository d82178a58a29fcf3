"""Running a scenario: simulate its runs, label them, sum up the outcomes.

The central run (run 0) is labelled as a real case is, against its own
average (:func:`~relcycle.simulation.labels.label_run`). The draws are read
against the central run's signature model, held fixed
(:func:`~relcycle.simulation.forward.read_months` with ``reference=``), as a
sweep's points are (docs/MODEL.md, "Reading runs against a reference"): a
draw that reaches symbiosis sooner is labelled symbiotic sooner, and the
draws' summary is on the sweeps' scale.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from relcycle.frameworks import Framework, load_framework
from relcycle.simulation.engine import Trajectory, simulate
from relcycle.simulation.forward import month_stages, read_months
from relcycle.simulation.indicators import INDICATORS, indicator_rates
from relcycle.simulation.labels import SimStage, check_framework, label_run
from relcycle.simulation.outcomes import OutcomeSummary, RunOutcome, outcomes, summarise
from relcycle.simulation.params import PARAMETERS
from relcycle.simulation.scenarios.spec import Scenario


@dataclass(frozen=True, slots=True)
class ScenarioResult:
    """What a scenario run gives.

    Attributes:
        scenario: The scenario.
        overrides: Values set on top of it (``--set``).
        trajectory: Every run: run 0 is the central run, then the draws.
        runs: Each run's stages and outcomes.
        summary: Outcomes over the draws (over the central run when there
            are none).
    """

    scenario: Scenario
    overrides: Mapping[str, float]
    trajectory: Trajectory
    runs: tuple[RunOutcome, ...]
    summary: OutcomeSummary

    @property
    def central(self) -> RunOutcome:
        """The central run's outcome."""
        return self.runs[0]

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready record: the central run's trajectory, stages, outcomes; the draws' summary.

        ``stages`` is the central run's list of ``{label, start, end}`` in
        model months; ``trajectory`` holds its months, states and indicators.
        """
        traj = self.trajectory
        rates = indicator_rates(traj)[0]
        central = traj.batch.row(0)
        spec = self.scenario.spec
        s = self.summary
        return {
            "scenario": {
                "name": spec.name,
                "description": spec.description,
                "source": self.scenario.source,
                "months": spec.months,
                "dt": spec.dt,
                "method": spec.method,
                "noise": spec.noise,
                "draws": traj.size - 1,
                "seed": spec.seed,
                "overrides": dict(self.overrides),
            },
            "parameters": central,
            "changed": {k: v for k, v in central.items() if v != PARAMETERS[k].default},
            "stages": [st.as_dict() for st in self.central.stages],
            "sequence": list(self.central.sequence),
            "outcome": {
                "time_to_symbiosis": self.central.time_to_symbiosis,
                "time_in_resistance": self.central.time_in_resistance,
                "breakdown": self.central.breakdown,
            },
            "trajectory": {
                "time": [float(t) for t in traj.time],
                "states": {
                    name: [round(float(v), 6) for v in traj.states[0, :, j]]
                    for j, name in enumerate(traj.state_names)
                },
                "indicator_months": [float(t) for t in traj.time[:-1]],
                "indicators": {
                    name: [round(float(v), 6) for v in rates[:, j]]
                    for j, name in enumerate(INDICATORS)
                },
            },
            "summary": {
                "runs": s.runs,
                "p_breakdown": s.p_breakdown,
                "p_symbiosis": s.p_symbiosis,
                "time_to_symbiosis_p10_p50_p90": list(s.time_to_symbiosis)
                if s.time_to_symbiosis
                else None,
                "mean_time_in_resistance": s.time_in_resistance,
                "sequences": [{"sequence": list(q), "share": p} for q, p in s.sequences],
            },
        }


def run_scenario(
    scenario: Scenario,
    overrides: Mapping[str, float] | None = None,
    *,
    draws: int | None = None,
    seed: int | None = None,
    framework: Framework | None = None,
) -> ScenarioResult:
    """Run a scenario: the central run and its draws, each labelled (:func:`label_scenario_runs`).

    Args:
        scenario: The scenario.
        overrides: Parameter values replacing the scenario's.
        draws: Number of draws (the scenario's by default; 0 for the central run only).
        seed: Seed of the draws and the noise (the scenario's by default).
        framework: Framework whose stage types label the runs (built-in by default).

    Raises:
        SimulationError: Unknown or out-of-range overrides, or a diverging run.
    """
    spec = scenario.spec
    batch = scenario.batch(overrides, draws, seed)
    run_seed = spec.seed if seed is None else seed
    traj = simulate(
        batch, months=spec.months, dt=spec.dt, method=spec.method, noise=spec.noise,
        seed=run_seed,
    )  # fmt: skip
    stages = label_scenario_runs(traj, framework or load_framework())
    results = tuple(outcomes(traj, stages))
    summary = summarise(results[1:] if len(results) > 1 else results)
    return ScenarioResult(scenario, dict(overrides or {}), traj, results, summary)


def label_scenario_runs(traj: Trajectory, framework: Framework) -> list[list[SimStage]]:
    """The stages of every run: run 0 against its own average, the others against run 0.

    Run 0 is labelled as a real case (:func:`~relcycle.simulation.labels.label_run`);
    every other run is scored month by month against run 0's signature model
    (its baselines re-estimated given its labels), held fixed
    (:func:`~relcycle.simulation.forward.read_months`).

    Raises:
        SimulationError: A framework whose stage types cannot label simulated runs.
    """
    check_framework(framework)
    rates = indicator_rates(traj)
    out = [label_run(traj, 0, framework, _rates=rates)]
    if traj.size == 1:
        return out
    reference = read_months(traj, 0, framework, rates=rates).model
    start = float(traj.time[0])
    for i in range(1, traj.size):
        labels = read_months(traj, i, framework, rates=rates, reference=reference).labels
        out.append(month_stages(labels, start))
    return out
