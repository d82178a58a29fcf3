"""What-if on a calibrated model: switch a lever on from a month, compare with the baseline.

The posterior draws of a calibration (:class:`~relcycle.simulation.calibration.Calibrator`'s
``draws_``) are run twice over the same horizon: as calibrated (the
*baseline*), and with one lever set to a value from a month on (``dialogue =
0.3`` from month 9, i.e. ``dialogue=0.3, dialogue_from=9``). Each run is
labelled as real cases are, and read for when symbiosis starts, the months
spent in resistance and its stage sequence
(:class:`~relcycle.simulation.forward.OutcomeRun`). The comparison is paired:
draw ``i`` with and without the lever, so the change per draw is the lever's
effect under that draw's parameters.

**The past stays as it was.** A lever from month t0 acts from month ⌈t0⌉
(docs/MODEL.md), so the two runs of a draw have the same states, and the same
indicators, in every month before it. The baseline run is labelled as a real
case is (against its own average, as the calibration read it); the lever run
is read against the baseline run's signature model, held fixed (not against
its own average, which the lever shifts), with the baseline's labels kept for
the months before ⌈t0⌉ and only the months from then on decoded, given them
(:func:`~relcycle.simulation.forward.read_months`). A lever therefore never
moves a stage boundary before it starts: symbiosis comes before t0 with the
lever only if it already came then without it.

Levers are those with an onset month (:data:`WHATIF_LEVERS`): the three of
the seed study and the funding schedule.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from relcycle.errors import SimulationError
from relcycle.simulation.forward import OutcomeRun
from relcycle.simulation.params import LEVERS, PARAMETERS, check_value

FloatArray = npt.NDArray[np.float64]

WHATIF_LEVERS: tuple[str, ...] = (*LEVERS, "funding")
"""Levers a what-if can switch on: each has a ``<lever>_from`` onset month."""


def check_lever(name: str, value: float) -> None:
    """Check a lever's name and value.

    Raises:
        SimulationError: Not a lever (the message lists them), or a value out of range.
    """
    if name not in WHATIF_LEVERS:
        kind = "a parameter but not a lever" if name in PARAMETERS else "not a lever"
        raise SimulationError(f"--lever {name}: {kind}; choose one of: {', '.join(WHATIF_LEVERS)}")
    check_value(name, value)


@dataclass(frozen=True, slots=True)
class Outcomes:
    """Per-draw outcomes of one arm (baseline or lever).

    Attributes:
        time_to_symbiosis: Month symbiosis starts per draw (NaN: not within the horizon).
        time_in_resistance: Months in resistance per draw.
        sequences: Stage sequence per draw (``a>b>c``).
        breakdown: Whether each draw ends broken down.
    """

    time_to_symbiosis: FloatArray
    time_in_resistance: FloatArray
    sequences: tuple[str, ...]
    breakdown: npt.NDArray[np.bool_]

    @property
    def p_symbiosis(self) -> float:
        """Share of draws reaching symbiosis within the horizon."""
        return float(np.isfinite(self.time_to_symbiosis).mean())

    def quantiles(self, qs: Sequence[float] = (0.05, 0.5, 0.95)) -> list[float] | None:
        """Quantiles of the month symbiosis starts, among draws reaching it."""
        reached = self.time_to_symbiosis[np.isfinite(self.time_to_symbiosis)]
        if reached.size == 0:
            return None
        return [float(v) for v in np.quantile(reached, qs)]

    def sequence_shares(self) -> dict[str, float]:
        """Each stage sequence's share of the draws, most common first."""
        counts: dict[str, int] = {}
        for s in self.sequences:
            counts[s] = counts.get(s, 0) + 1
        n = len(self.sequences)
        return {k: v / n for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))}


def _outcomes(out: Mapping[str, npt.NDArray[Any]]) -> Outcomes:
    return Outcomes(
        np.asarray(out["time_to_symbiosis"], dtype=np.float64),
        np.asarray(out["time_in_resistance"], dtype=np.float64),
        tuple(str(s) for s in out["sequence"]),
        np.asarray(out["breakdown"], dtype=bool),
    )


@dataclass(frozen=True, slots=True)
class WhatIf:
    """A lever switched on over the posterior draws, against the baseline.

    Attributes:
        lever: The lever.
        value: Its value once on.
        from_month: The model month it holds from.
        months: The horizon (model months).
        baseline: Outcomes as calibrated.
        switched: Outcomes with the lever.
        baseline_months: Per draw, the stage label of every model month as calibrated.
        switched_months: Per draw, the same with the lever (equal to the
            baseline's before month ⌈``from_month``⌉).
    """

    lever: str
    value: float
    from_month: float
    months: int
    baseline: Outcomes
    switched: Outcomes
    baseline_months: tuple[tuple[str, ...], ...] = ()
    switched_months: tuple[tuple[str, ...], ...] = ()

    @property
    def earlier(self) -> FloatArray:
        """Per draw, months by which symbiosis comes earlier with the lever.

        A draw that never reaches symbiosis counts as reaching it at the
        horizon; NaN where neither arm reaches it.
        """
        h = float(self.months)
        a = np.where(
            np.isfinite(self.baseline.time_to_symbiosis), self.baseline.time_to_symbiosis, h
        )
        b = np.where(
            np.isfinite(self.switched.time_to_symbiosis), self.switched.time_to_symbiosis, h
        )
        neither = ~np.isfinite(self.baseline.time_to_symbiosis) & ~np.isfinite(
            self.switched.time_to_symbiosis
        )
        return np.where(neither, np.nan, a - b)


def what_if(
    draws: Mapping[str, FloatArray],
    lever: str,
    value: float,
    from_month: float,
    *,
    base: Mapping[str, float] | None = None,
    months: int,
) -> WhatIf:
    """Run the posterior draws with and without a lever switched on from ``from_month``.

    Args:
        draws: Posterior draws, ``{parameter: (n,) array}``.
        lever: The lever (:data:`WHATIF_LEVERS`).
        value: Its value from ``from_month`` on.
        from_month: The model month it holds from.
        base: Values of the parameters that were not fitted.
        months: The horizon (whole model months).

    Raises:
        SimulationError: Not a lever, a value or month out of range, no draws,
            or a run that diverges.
    """
    check_lever(lever, value)
    if not draws or len(next(iter(draws.values()))) == 0:
        raise SimulationError("what-if needs posterior draws; calibrate the case first")
    if months < 2:
        raise SimulationError(f"the horizon must be at least 2 months, got {months}")
    if not 0.0 <= from_month < months:
        raise SimulationError(
            f"--from: month {from_month:g} is outside the horizon [0, {months}); "
            "choose a date between the case's start and its end (or a longer horizon)"
        )
    fitted = {k: np.asarray(v, dtype=np.float64) for k, v in draws.items()}
    for name in (lever, f"{lever}_from"):
        fitted.pop(name, None)
    run = OutcomeRun(base=dict(base or {}), months=months, reference="own")
    baseline, readings = run.read(fitted)
    n = len(next(iter(fitted.values())))
    switched_params = {**fitted, lever: np.full(n, value), f"{lever}_from": np.full(n, from_month)}
    acts = math.ceil(from_month)
    switched, lever_readings = run.read(
        switched_params,
        references=[r.model for r in readings],
        prefixes=[r.labels[:acts] for r in readings],
    )
    return WhatIf(
        lever,
        value,
        from_month,
        months,
        _outcomes(baseline),
        _outcomes(switched),
        tuple(tuple(r.labels) for r in readings),
        tuple(tuple(r.labels) for r in lever_readings),
    )
