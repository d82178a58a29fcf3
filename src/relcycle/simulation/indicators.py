"""From simulated states to the framework's indicators, per month.

A run is turned into the evidence a researcher would have coded about it:
for each month, an expected amount of evidence for each of the framework's
indicators (the built-in ``gpps-lifecycle`` framework's twelve), so that the
same stage labelling that reads real cases (:mod:`relcycle.trajectory`) can
read a simulated one. Each indicator is a share in ``[0, 1]`` computed from
the state (:data:`READINGS`), raised to :data:`SALIENCE` and multiplied by
:data:`EVIDENCE_PER_MONTH`:

================== ==========================================================
indicator          reading of the state (x control, y resistance, T trust,
                   D dependence, I information symmetry, L legitimacy)
================== ==========================================================
control            x
support            1 - x
exploring          exp(-t / exploration_months): mutual exploration fades
resistance         y
compliance         x (1 - y): doing as the controlling funder says
negotiation        y I: voiced dissent that can be heard
cooperation        (1 - y) T: working with the government, trusting it
conflict           x y: control met by resistance
dialogue           I
trust              T
dependence         D x: dependence as it is felt, under control
legitimacy_crisis  1 - L
================== ==========================================================

The power :data:`SALIENCE` (2) stands for how the record works: a behaviour
that is half present is mentioned much less than half as often as one that
dominates the month (a quarter as often), so each stage's characteristic
indicators stand out against the run's own average as they do in coded
field notes.

Values are for a month ``[m, m + 1)``: the mean of the states recorded at
its two ends (``record_every`` must be one month).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

import numpy as np
import numpy.typing as npt

from relcycle.domain import Period, periods_between
from relcycle.errors import SimulationError
from relcycle.simulation.engine import Trajectory
from relcycle.trajectory.indicators import IndicatorTable

FloatArray = npt.NDArray[np.float64]

EVIDENCE_PER_MONTH = 8.0
"""Expected coded evidence per month for an indicator at share 1."""

SALIENCE = 2.0
"""Power applied to each indicator's share before it becomes evidence."""

MODEL_EPOCH = date(2000, 1, 1)
"""The calendar month that model month 0 is mapped to for labelling (any month will do)."""

_States = Mapping[str, FloatArray]

READINGS: Mapping[str, Callable[[_States, FloatArray], FloatArray]] = {
    "control": lambda s, e: s["control"],
    "support": lambda s, e: 1.0 - s["control"],
    "exploring": lambda s, e: e,
    "resistance": lambda s, e: s["resistance"],
    "compliance": lambda s, e: s["control"] * (1.0 - s["resistance"]),
    "negotiation": lambda s, e: s["resistance"] * s["information"],
    "cooperation": lambda s, e: (1.0 - s["resistance"]) * s["trust"],
    "conflict": lambda s, e: s["control"] * s["resistance"],
    "dialogue": lambda s, e: s["information"],
    "trust": lambda s, e: s["trust"],
    "dependence": lambda s, e: s["dependence"] * s["control"],
    "legitimacy_crisis": lambda s, e: 1.0 - s["legitimacy"],
}
"""Indicator id → its share from the monthly states (see the module docstring)."""

INDICATORS: tuple[str, ...] = tuple(READINGS)
"""The indicators produced, in the built-in framework's order."""


def monthly_states(traj: Trajectory) -> tuple[FloatArray, FloatArray]:
    """Month starts ``(M,)`` and each month's mean state ``(N, M, k)``.

    Raises:
        SimulationError: The trajectory is not recorded every month.
    """
    if len(traj.time) < 2 or not np.allclose(np.diff(traj.time), 1.0):
        raise SimulationError(
            "indicators need a trajectory recorded every month (record_every=1); "
            f"got {len(traj.time)} points"
        )
    mid = 0.5 * (traj.states[:, 1:, :] + traj.states[:, :-1, :])
    return traj.time[:-1], np.asarray(mid, dtype=np.float64)


def indicator_rates(traj: Trajectory) -> FloatArray:
    """Each month's salience of every indicator, ``(N, M, 12)``, in :data:`INDICATORS` order.

    The share read from the state (:data:`READINGS`) to the power :data:`SALIENCE`.
    """
    months, mid = monthly_states(traj)
    states = {name: mid[:, :, j] for j, name in enumerate(traj.state_names)}
    tau = traj.batch["exploration_months"][:, None]
    explore = np.exp(-(months[None, :] + 0.5) / tau)
    cols = [np.clip(READINGS[ind](states, explore), 0.0, 1.0) ** SALIENCE for ind in INDICATORS]
    return np.stack(cols, axis=-1)


def model_periods(months: int) -> list[Period]:
    """The calendar months standing for model months ``0 .. months-1``."""
    last = date(MODEL_EPOCH.year + (months - 1) // 12, (months - 1) % 12 + 1, 28)
    return periods_between(MODEL_EPOCH, last, "month")[:months]


def indicator_table(
    traj: Trajectory, index: int, rates: FloatArray | None = None
) -> IndicatorTable:
    """Run ``index`` as the indicator table the stage labelling reads.

    Args:
        traj: The trajectory.
        index: Which run.
        rates: :func:`indicator_rates` of ``traj``, if already computed.
    """
    r = indicator_rates(traj) if rates is None else rates
    counts = r[index] * EVIDENCE_PER_MONTH
    return IndicatorTable.from_counts(counts, INDICATORS, model_periods(counts.shape[0]))
