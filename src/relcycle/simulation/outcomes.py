"""What a run comes to: time to symbiosis, time in resistance, breakdown.

Stage-based outcomes read the labelled stages
(:class:`~relcycle.simulation.labels.SimStage`); breakdown reads the state at
the horizon, so that it is defined for every run even when the labelling
finds no change:

* **time to symbiosis**: the month the first ``symbiosis`` stage starts
  (``None`` when the run never gets there);
* **time in resistance**: months spent in ``resistance`` stages;
* **breakdown**: at the last month the SWO still mostly resists
  (``resistance > BREAKDOWN_RESISTANCE``) and trust has collapsed
  (``trust < BREAKDOWN_TRUST``): a relationship that would not be renewed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from relcycle.simulation.engine import Trajectory
from relcycle.simulation.labels import SimStage

BREAKDOWN_RESISTANCE = 0.5
"""Share of resistance at the horizon above which a run may count as broken down."""

BREAKDOWN_TRUST = 0.3
"""Trust at the horizon below which a resisting run counts as broken down."""


def time_to(stages: Sequence[SimStage], label: str) -> float | None:
    """The month the first stage labelled ``label`` starts, or ``None``."""
    return next((s.start for s in stages if s.label == label), None)


def time_in(stages: Sequence[SimStage], label: str) -> float:
    """Months spent in stages labelled ``label``."""
    return float(sum(s.end - s.start for s in stages if s.label == label))


def breakdown(traj: Trajectory) -> npt.NDArray[np.bool_]:
    """Per run, whether the relationship has broken down by the horizon (see the module)."""
    final = traj.final
    y = final[:, traj.state_names.index("resistance")]
    trust = final[:, traj.state_names.index("trust")]
    return np.asarray((y > BREAKDOWN_RESISTANCE) & (trust < BREAKDOWN_TRUST))


@dataclass(frozen=True, slots=True)
class RunOutcome:
    """One run's stages and outcomes.

    Attributes:
        stages: Its labelled stages.
        time_to_symbiosis: Month symbiosis starts, or ``None``.
        time_in_resistance: Months in resistance.
        breakdown: Whether it ends broken down.
    """

    stages: tuple[SimStage, ...]
    time_to_symbiosis: float | None
    time_in_resistance: float
    breakdown: bool

    @property
    def sequence(self) -> tuple[str, ...]:
        """The stage labels in order."""
        return tuple(s.label for s in self.stages)


def outcomes(traj: Trajectory, stages: Sequence[Sequence[SimStage]]) -> list[RunOutcome]:
    """The outcome of every run, given each run's stages."""
    broke = breakdown(traj)
    return [
        RunOutcome(tuple(st), time_to(st, "symbiosis"), time_in(st, "resistance"), bool(broke[i]))
        for i, st in enumerate(stages)
    ]


@dataclass(frozen=True, slots=True)
class OutcomeSummary:
    """Outcomes over many runs (draws of uncertain parameters).

    Attributes:
        runs: Number of runs.
        p_breakdown: Share that break down.
        p_symbiosis: Share that reach symbiosis within the horizon.
        time_to_symbiosis: 10th, 50th and 90th percentile of the month
            symbiosis starts, among runs that reach it (``None`` if none do).
        time_in_resistance: Mean months in resistance.
        sequences: Each distinct stage sequence and its share, most common first.
    """

    runs: int
    p_breakdown: float
    p_symbiosis: float
    time_to_symbiosis: tuple[float, float, float] | None
    time_in_resistance: float
    sequences: tuple[tuple[tuple[str, ...], float], ...]


def summarise(results: Sequence[RunOutcome]) -> OutcomeSummary:
    """Summarise the outcomes of several runs."""
    n = len(results)
    if n == 0:
        return OutcomeSummary(0, 0.0, 0.0, None, 0.0, ())
    reached = [r.time_to_symbiosis for r in results if r.time_to_symbiosis is not None]
    q = None
    if reached:
        lo, mid, hi = np.percentile(np.array(reached), [10, 50, 90])
        q = (float(lo), float(mid), float(hi))
    counts: dict[tuple[str, ...], int] = {}
    for r in results:
        counts[r.sequence] = counts.get(r.sequence, 0) + 1
    seqs = tuple((seq, c / n) for seq, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return OutcomeSummary(
        runs=n,
        p_breakdown=sum(r.breakdown for r in results) / n,
        p_symbiosis=len(reached) / n,
        time_to_symbiosis=q,
        time_in_resistance=float(np.mean([r.time_in_resistance for r in results])),
        sequences=seqs,
    )
