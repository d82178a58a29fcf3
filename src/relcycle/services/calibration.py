"""Calibrating the model to an analysed case, storing it, and asking what-ifs of it.

``calibrate(CASE)`` analyses the case (a stored case, or a folder imported
first, as ``relcycle analyze`` does), fits the model with ABC-SMC
(:class:`~relcycle.simulation.calibration.Calibrator`) and writes the result
as ``<out>/<case>-calibration.json`` (schema ``relcycle.calibration/1``),
atomically. ``<out>`` is the folder of the SQLite store by default (the
current folder for PostgreSQL), so a calibration lives next to the case it
was fitted to; :func:`load_calibration` reads it back for the what-if and
for reports.

``whatif(CASE, lever, value, from_date)`` runs the stored posterior draws
with and without the lever (:func:`~relcycle.simulation.whatif.what_if`) and
says when symbiosis would have come, in months and dates, against the
observed stages.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import math
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from relcycle.errors import ConfigError, InputError, NotFoundError, SimulationError
from relcycle.services.analysis import analyze, write_json
from relcycle.settings import Settings
from relcycle.simulation.calibration import (
    DEFAULT_FIT,
    Calibrator,
    Observation,
    month_offset,
    observe,
)
from relcycle.simulation.whatif import Outcomes, WhatIf, what_if

SCHEMA = "relcycle.calibration/1"
WHATIF_SCHEMA = "relcycle.whatif/1"

Step = Callable[[str], None]


def calibration_dir(settings: Settings) -> Path:
    """Where calibrations are kept by default: the SQLite store's folder, else the current one."""
    prefix = "sqlite:///"
    if settings.db.startswith(prefix) and ":memory:" not in settings.db:
        return Path(settings.db[len(prefix) :]).parent
    return Path(".")


def calibration_path(case_id: str, out_dir: str | Path) -> Path:
    """``<out_dir>/<case>-calibration.json``."""
    return Path(out_dir) / f"{case_id}-calibration.json"


def date_of(origin: dt.date, month: float) -> dt.date:
    """The date ``month`` model months after ``origin`` (a fraction counts days of that month)."""
    whole = math.floor(month)
    total = origin.year * 12 + origin.month - 1 + whole
    year, m0 = divmod(total, 12)
    first = dt.date(year, m0 + 1, 1)
    days = calendar.monthrange(first.year, first.month)[1]
    return first + dt.timedelta(days=round((month - whole) * days) + origin.day - 1)


def parse_month(text: str) -> dt.date:
    """Read ``YYYY-MM`` (its first day) or ``YYYY-MM-DD``.

    Raises:
        ConfigError: Neither form.
    """
    for fmt in ("%Y-%m", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise ConfigError(f"--from {text!r}: not a date; write YYYY-MM or YYYY-MM-DD (e.g. 2018-06)")


def _finite(value: float) -> float | None:
    return float(value) if math.isfinite(value) else None


def _document(cal: Calibrator, obs: Observation, grain: str, seconds: float) -> dict[str, Any]:
    check = cal.check_
    return {
        "schema": SCHEMA,
        "case": obs.case,
        "origin": obs.origin.isoformat(),
        "months": math.ceil(obs.months - 1e-9),
        "grain": grain,
        "periods": list(obs.periods),
        "observed": {
            "labels": list(obs.labels),
            "sequence": list(obs.sequence),
            "stages": [
                {
                    "label": label,
                    "start": start.isoformat(),
                    "end": end.isoformat(),
                    "start_month": obs.month_of(start),
                    "end_month": obs.month_of(end + dt.timedelta(days=1)),
                }
                for label, start, end in obs.stages
            ],
            "indicators": list(obs.ids),
        },
        "settings": cal.get_params(),
        "ranges": {
            name: {"low": r.low, "high": r.high, "median": r.median, "q05": r.q05, "q95": r.q95}
            for name, r in cal.ranges_.items()
        },
        "posterior": {
            "names": list(cal.fit_names),
            "base": dict(cal.base),
            "draws": [[float(v) for v in row] for row in cal.draws_],
        },
        "check": {
            "draws": check.draws,
            "sequence_match": check.sequence_match,
            "period_agreement": check.period_agreement,
            "sequences": dict(check.sequences),
            "indicators": list(check.ids),
            "coverage": check.coverage,
            "observed": check.observed.tolist(),
            "bands": {
                "q05": check.bands[0].tolist(),
                "q50": check.bands[1].tolist(),
                "q95": check.bands[2].tolist(),
            },
        },
        "simulations": cal.simulations_,
        "generations": cal.generations_,
        "epsilons": cal.epsilons_,
        "seconds": round(seconds, 2),
    }


@dataclass(frozen=True, slots=True)
class CalibrationRun:
    """What ``calibrate`` did.

    Attributes:
        document: The stored calibration (schema ``relcycle.calibration/1``).
        path: Where it was stored.
        json_path: The extra copy asked for with ``json_out``, if any.
    """

    document: dict[str, Any]
    path: Path
    json_path: Path | None = None


def calibrate(
    ref: str | Path,
    settings: Settings,
    *,
    out_dir: str | Path | None = None,
    json_out: str | Path | None = None,
    budget: int = 2000,
    population: int = 150,
    fit: Sequence[str] = DEFAULT_FIT,
    draws: int = 200,
    seed: int = 0,
    step: Step | None = None,
) -> CalibrationRun:
    """Analyse a case and calibrate the model to it; store the result as JSON.

    Args:
        ref: A stored case's id, or a case folder (imported first).
        settings: relcycle's settings (``settings.db`` names the store).
        out_dir: Folder of the stored calibration (:func:`calibration_dir` by default).
        json_out: Also write the document here.
        budget: Simulations after which ABC-SMC starts no new generation.
        population: Particles per generation.
        fit: The parameters to fit.
        draws: Posterior draws kept (predictive check, what-ifs).
        seed: Seed of the fit.
        step: Called with the name of each step as it starts.

    Raises:
        NotFoundError: No such case.
        SimulationError: Too little evidence to calibrate, or bad settings.
        InputError: A file cannot be written.
    """
    say = step or (lambda _: None)
    say("analysing")
    analysis = analyze(ref, settings).analysis
    obs = observe(analysis)
    folder = Path(out_dir) if out_dir is not None else calibration_dir(settings)
    if not folder.is_dir():
        raise InputError("the folder for the calibration does not exist", path=folder)
    say("calibrating")
    start, cpu = time.perf_counter(), time.process_time()
    cal = Calibrator(fit=fit, budget=budget, population=population, draws=draws, seed=seed).fit(obs)
    doc = _document(cal, obs, analysis.grain, time.perf_counter() - start)
    doc["cpu_seconds"] = round(time.process_time() - cpu, 2)
    say("writing")
    path = write_json(doc, calibration_path(obs.case, folder))
    extra = write_json(doc, json_out) if json_out is not None else None
    return CalibrationRun(doc, path, extra)


def load_calibration(
    case_id: str, settings: Settings, out_dir: str | Path | None = None
) -> dict[str, Any]:
    """The stored calibration of a case (for what-ifs and reports).

    Raises:
        NotFoundError: The case has not been calibrated (in that folder).
        InputError: The file is not a calibration relcycle can read.
    """
    folder = Path(out_dir) if out_dir is not None else calibration_dir(settings)
    path = calibration_path(case_id, folder)
    if not path.exists():
        raise NotFoundError(
            f"case {case_id!r} has no calibration in {folder}; "
            f"run `relcycle calibrate {case_id}` first"
        )
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read the calibration: {exc}", path=path) from None
    if not isinstance(doc, dict) or doc.get("schema") != SCHEMA:
        raise InputError(f"not a calibration (schema {SCHEMA} expected)", path=path, field="schema")
    return doc


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
        },
        "time_in_resistance": {
            "mean": float(np.mean(arm.time_in_resistance)),
            "median": float(np.median(arm.time_in_resistance)),
        },
        "p_breakdown": float(np.mean(arm.breakdown)),
        "sequences": arm.sequence_shares(),
        "per_draw": [_finite(v) for v in arm.time_to_symbiosis],
    }


def whatif(
    case_id: str,
    settings: Settings,
    *,
    lever: str,
    value: float,
    from_date: dt.date,
    months: int | None = None,
    out_dir: str | Path | None = None,
    json_out: str | Path | None = None,
) -> WhatIfRun:
    """Switch a lever on from a date over a calibrated case's posterior draws.

    Args:
        case_id: The calibrated case.
        settings: relcycle's settings (where calibrations are kept by default).
        lever: The lever (boundary, dialogue, contract or funding).
        value: Its value from ``from_date`` on.
        from_date: The date it holds from.
        months: The horizon in model months (the case's own by default).
        out_dir: Folder of the stored calibration.
        json_out: Write the result here (atomically).

    Raises:
        NotFoundError: The case has not been calibrated.
        SimulationError: Not a lever, a value out of range, a date outside the horizon.
        InputError: The calibration cannot be read, or the JSON cannot be written.
    """
    doc = load_calibration(case_id, settings, out_dir)
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
        "case": case_id,
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
    path = write_json(document, json_out) if json_out is not None else None
    return WhatIfRun(result, document, path)
