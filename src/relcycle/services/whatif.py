"""What-ifs over a calibration's posterior draws, as JSON documents.

:func:`answer` switches one lever on from a date over a calibration
document's posterior draws (:func:`~relcycle.simulation.whatif.what_if`) and
says when symbiosis would have come, in months and dates, against the
observed stages (schema ``relcycle.whatif/1``). :func:`lever_whatifs` does so
for each of the seed study's three levers from one date, at its built-in
scenario's value (schema ``relcycle.lever-whatifs/1``): ``relcycle
calibrate`` stores the result in the calibration, for the report's scenario
section. Reading and writing calibrations is
:mod:`relcycle.services.calibration`'s.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from relcycle.errors import ConfigError, SimulationError
from relcycle.simulation.calibration import month_offset
from relcycle.simulation.params import LEVERS
from relcycle.simulation.scenarios.spec import load_scenario
from relcycle.simulation.whatif import Outcomes, WhatIf, what_if

WHATIF_SCHEMA = "relcycle.whatif/1"
LEVER_WHATIFS_SCHEMA = "relcycle.lever-whatifs/1"

LEVER_SCENARIOS: Mapping[str, str] = {
    "boundary": "behaviour-boundary",
    "dialogue": "dialogue",
    "contract": "return-to-contract",
}
"""The built-in scenario whose value of each lever the stored what-ifs switch on."""


def date_of(origin: dt.date, month: float) -> dt.date:
    """The date ``month`` model months after ``origin`` (a fraction counts days of that month)."""
    whole = math.floor(month)
    total = origin.year * 12 + origin.month - 1 + whole
    year, m0 = divmod(total, 12)
    first = dt.date(year, m0 + 1, 1)
    days = calendar.monthrange(first.year, first.month)[1]
    return first + dt.timedelta(days=round((month - whole) * days) + origin.day - 1)


def parse_month(text: str, option: str = "--from") -> dt.date:
    """Read ``YYYY-MM`` (its first day) or ``YYYY-MM-DD``, given as ``option``.

    Raises:
        ConfigError: Neither form.
    """
    for fmt in ("%Y-%m", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise ConfigError(f"{option} {text!r}: not a date; write YYYY-MM or YYYY-MM-DD (e.g. 2018-06)")


def _finite(value: float) -> float | None:
    return float(value) if math.isfinite(value) else None


def _draws(doc: Mapping[str, Any]) -> dict[str, npt.NDArray[np.float64]]:
    post = doc["posterior"]
    rows = np.asarray(post["draws"], dtype=np.float64)
    return {name: rows[:, j] for j, name in enumerate(post["names"])}


@dataclass(frozen=True, slots=True)
class WhatIfRun:
    """What ``whatif`` found.

    Attributes:
        result: The paired runs.
        document: The JSON document (schema ``relcycle.whatif/1``).
        json_path: Where it was written, if asked.
    """

    result: WhatIf
    document: dict[str, Any]
    json_path: Path | None = None


def _arm(origin: dt.date, arm: Outcomes) -> dict[str, Any]:
    q = arm.quantiles()
    return {
        "p_symbiosis": arm.p_symbiosis,
        "time_to_symbiosis": None
        if q is None
        else {
            "q05": q[0],
            "median": q[1],
            "q95": q[2],
            "median_date": date_of(origin, q[1]).isoformat(),
            "q05_date": date_of(origin, q[0]).isoformat(),
            "q95_date": date_of(origin, q[2]).isoformat(),
        },
        "time_in_resistance": {
            "mean": float(np.mean(arm.time_in_resistance)),
            "median": float(np.median(arm.time_in_resistance)),
        },
        "p_breakdown": float(np.mean(arm.breakdown)),
        "sequences": arm.sequence_shares(),
        "per_draw": [_finite(v) for v in arm.time_to_symbiosis],
    }


def answer(
    doc: Mapping[str, Any],
    *,
    lever: str,
    value: float,
    from_date: dt.date,
    months: int | None = None,
) -> tuple[WhatIf, dict[str, Any]]:
    """A what-if over a calibration document's posterior draws, and its JSON document.

    Raises:
        SimulationError: Not a lever, a value out of range, a date outside the horizon.
    """
    origin = dt.date.fromisoformat(doc["origin"])
    horizon = int(doc["months"]) if months is None else months
    end = date_of(origin, horizon)
    if from_date < origin or from_date >= end:
        raise SimulationError(
            f"--from {from_date.isoformat()} is outside the case's model time "
            f"[{origin.isoformat()}, {end.isoformat()}); choose a date in it "
            "(or a longer horizon with --months)"
        )
    from_month = month_offset(origin, from_date)
    result = what_if(
        _draws(doc),
        lever,
        value,
        from_month,
        base=doc["posterior"]["base"],
        months=horizon,
    )
    observed = doc["observed"]
    sym = next((s for s in observed["stages"] if s["label"] == "symbiosis"), None)
    earlier = result.earlier
    known = earlier[np.isfinite(earlier)]
    document = {
        "schema": WHATIF_SCHEMA,
        "case": doc["case"],
        "lever": lever,
        "value": value,
        "from": from_date.isoformat(),
        "from_month": from_month,
        "months": horizon,
        "origin": doc["origin"],
        "observed": {
            "sequence": observed["sequence"],
            "symbiosis_start": None if sym is None else sym["start"],
            "symbiosis_start_month": None if sym is None else sym["start_month"],
            "time_in_resistance": sum(
                s["end_month"] - s["start_month"]
                for s in observed["stages"]
                if s["label"] == "resistance"
            ),
        },
        "draws": len(result.baseline.sequences),
        "baseline": _arm(origin, result.baseline),
        "lever_on": _arm(origin, result.switched),
        "earlier": {
            "median": float(np.median(known)) if known.size else None,
            "q05": float(np.quantile(known, 0.05)) if known.size else None,
            "q95": float(np.quantile(known, 0.95)) if known.size else None,
            "share_earlier": float((known > 0).mean()) if known.size else None,
        },
    }
    return result, document


def lever_start(doc: Mapping[str, Any]) -> tuple[dt.date, str]:
    """When the stored what-ifs switch the levers on, and why then.

    The start of the first observed control stage, else of the first
    resistance stage (``control`` / ``resistance``), else the case's model
    month 0 (``origin``).
    """
    stages = doc["observed"]["stages"]
    for label in ("control", "resistance"):
        hit = next((s for s in stages if s["label"] == label), None)
        if hit is not None:
            return dt.date.fromisoformat(hit["start"]), label
    return dt.date.fromisoformat(doc["origin"]), "origin"


def lever_whatifs(doc: Mapping[str, Any], from_date: dt.date | None = None) -> dict[str, Any]:
    """The what-if of each of the three levers from one date, at its built-in scenario's value.

    Returns the ``whatifs`` entry of a calibration (schema ``relcycle.lever-whatifs/1``):
    ``from``, ``from_rule`` (``control``, ``resistance``, ``origin`` or ``given``)
    and ``levers``, one ``relcycle.whatif/1`` document per lever.

    Raises:
        SimulationError: ``from_date`` is outside the case's model time.
    """
    start, rule = (from_date, "given") if from_date is not None else lever_start(doc)
    levers = []
    for lever in LEVERS:
        value = float(load_scenario(LEVER_SCENARIOS[lever]).spec.parameters[lever])
        levers.append(answer(doc, lever=lever, value=value, from_date=start)[1])
    return {
        "schema": LEVER_WHATIFS_SCHEMA,
        "from": start.isoformat(),
        "from_rule": rule,
        "levers": levers,
    }
