"""Labelling simulated runs with the stage labelling used on real cases.

A run's monthly indicators (:mod:`~relcycle.simulation.indicators`) go
through the very functions that label an analysed case
(:func:`relcycle.trajectory.stages.candidates`, :func:`~relcycle.trajectory.stages.decode`
and :func:`~relcycle.trajectory.decoder.runs`) with the framework's stage
types and the default :class:`~relcycle.trajectory.stages.StageMethod`: the
mix of evidence per month is scored under each stage type's signature, read
against the run's own average. A run whose mix never changes (one stage
throughout) cannot be told apart from its own average and is labelled by the
stage type whose signature best fits its whole evidence.

Runs that are compared with each other (sweep points, a scenario's draws, a
what-if's lever runs) are read against a fixed reference instead:
:func:`relcycle.simulation.forward.read_months`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from relcycle.errors import SimulationError
from relcycle.frameworks import Framework, load_framework
from relcycle.simulation.engine import Trajectory
from relcycle.simulation.indicators import (
    INDICATORS,
    FloatArray,
    indicator_rates,
    indicator_table,
)
from relcycle.trajectory.decoder import runs
from relcycle.trajectory.stages import StageMethod, candidates, decode


@dataclass(frozen=True, slots=True)
class SimStage:
    """One stage of a simulated run, in model months.

    Attributes:
        label: The stage type id (``exploratory``, ``control``, ...).
        start: Its first month (inclusive).
        end: The month it ends (exclusive): it covers ``[start, end)``.
    """

    label: str
    start: float
    end: float

    def as_dict(self) -> dict[str, str | float]:
        """``{label, start, end}``."""
        return {"label": self.label, "start": self.start, "end": self.end}


def label_run(
    traj: Trajectory,
    index: int,
    framework: Framework | None = None,
    method: StageMethod | None = None,
    *,
    _rates: FloatArray | None = None,
) -> list[SimStage]:
    """The stages of run ``index`` (see the module docstring)."""
    fw = framework or load_framework()
    check_framework(fw)
    meth = method or StageMethod()
    table = indicator_table(traj, index, _rates)
    cands, path, beta = candidates(table, fw.stages, meth)
    decoded = decode(table, fw.stages, meth, meth.min_size("month"), cands, path, beta)
    start0 = float(traj.time[0])
    return [
        SimStage(fw.stages[lab].id, start0 + first, start0 + stop)
        for lab, first, stop in runs(decoded.labels)
    ]


def check_framework(framework: Framework) -> None:
    """Check that the model produces every indicator the framework's stage signatures name.

    Raises:
        SimulationError: No stage types, or signatures naming other indicators.
    """
    named = {k for st in framework.stages for k in st.signature}
    missing = sorted(named - set(INDICATORS))
    if not framework.stages or missing:
        why = (
            f"its stage signatures name indicators the model does not produce: {', '.join(missing)}"
            if missing
            else "it defines no stage types"
        )
        raise SimulationError(
            f"framework {framework.id!r} cannot label simulated runs: {why}; the model "
            f"produces: {', '.join(INDICATORS)}"
        )


def label_runs(
    traj: Trajectory, framework: Framework | None = None, method: StageMethod | None = None
) -> list[list[SimStage]]:
    """The stages of every run of ``traj``."""
    fw = framework or load_framework()
    check_framework(fw)
    rates = indicator_rates(traj)
    return [label_run(traj, i, fw, method, _rates=rates) for i in range(traj.size)]


def sequence(stages: Sequence[SimStage]) -> tuple[str, ...]:
    """The stage labels in order: ``("exploratory", "control", ...)``."""
    return tuple(s.label for s in stages)
