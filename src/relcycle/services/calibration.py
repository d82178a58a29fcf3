"""Calibrating the model to an analysed case, storing it, and asking what-ifs of it.

``calibrate(CASE)`` analyses the case (a stored case, or a folder imported
first, as ``relcycle analyze`` does), fits the model with ABC-SMC
(:class:`~relcycle.simulation.calibration.Calibrator`) and writes the result
as ``<out>/<case>-calibration.json`` (schema ``relcycle.calibration/1``),
atomically. ``<out>`` is the folder of the SQLite store by default (the
current folder for PostgreSQL), so a calibration lives next to the case it
was fitted to; :func:`load_calibration` reads it back for the what-if and
for reports.

``whatif(CASE, lever, value, from_date)`` reads the stored calibration and
asks :func:`relcycle.services.whatif.answer` when symbiosis would have come
with the lever, in months and dates, against the observed stages.

A calibration also stores, under ``whatifs`` (schema ``relcycle.lever-whatifs/1``),
the what-if of each of the three levers switched on from the start of the
observed control (else resistance) stage, or from a date given, at the value
of its built-in scenario, so that the report's scenario section needs no
simulation; and a ``fingerprint`` of what it was fitted to, so that the
report can tell a calibration made before the case was re-imported or
re-coded. Both keys are additions to ``relcycle.calibration/1``: a file made
before them still reads, and :func:`stored_for_report` says what it lacks.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from relcycle.errors import InputError, NotFoundError, RelcycleError, SimulationError
from relcycle.report.scenarios import Calibrated
from relcycle.services.analysis import analyze, write_json
from relcycle.services.whatif import WhatIfRun, answer, date_of, lever_whatifs
from relcycle.settings import Settings
from relcycle.simulation.calibration import (
    DEFAULT_FIT,
    Calibrator,
    Observation,
    observe,
)
from relcycle.trajectory.result import Analysis

SCHEMA = "relcycle.calibration/1"

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


def fingerprint(obs: Observation, grain: str) -> str:
    """What a calibration was fitted to, as the first 16 hex digits of a SHA-256.

    It covers the grain, origin, periods, observed stage labels and stages,
    and the indicator series (rounded to 9 decimals): re-importing or
    re-coding the case changes it as soon as anything calibration reads changes.
    """
    body = {
        "grain": grain,
        "origin": obs.origin.isoformat(),
        "periods": list(obs.periods),
        "labels": list(obs.labels),
        "stages": [[label, a.isoformat(), b.isoformat()] for label, a, b in obs.stages],
        "ids": list(obs.ids),
        "series": np.round(obs.series, 9).tolist(),
    }
    text = json.dumps(body, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _document(cal: Calibrator, obs: Observation, grain: str, seconds: float) -> dict[str, Any]:
    check = cal.check_
    return {
        "schema": SCHEMA,
        "case": obs.case,
        "fingerprint": fingerprint(obs, grain),
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
    whatif_from: dt.date | None = None,
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
        whatif_from: The date the stored lever what-ifs switch each lever on
            (by default the start of the observed control, else resistance, stage).
        step: Called with the name of each step as it starts.

    Raises:
        NotFoundError: No such case.
        SimulationError: Too little evidence to calibrate, bad settings, or
            ``whatif_from`` outside the case's model time.
        InputError: A file cannot be written.
    """
    say = step or (lambda _: None)
    say("analysing")
    analysis = analyze(ref, settings).analysis
    obs = observe(analysis)
    folder = Path(out_dir) if out_dir is not None else calibration_dir(settings)
    if not folder.is_dir():
        raise InputError("the folder for the calibration does not exist", path=folder)
    if whatif_from is not None:
        end = date_of(obs.origin, math.ceil(obs.months - 1e-9))
        if not obs.origin <= whatif_from < end:
            raise SimulationError(
                f"--whatif-from {whatif_from.isoformat()} is outside the case's model time "
                f"[{obs.origin.isoformat()}, {end.isoformat()}); choose a date in it"
            )
    say("calibrating")
    start, cpu = time.perf_counter(), time.process_time()
    cal = Calibrator(fit=fit, budget=budget, population=population, draws=draws, seed=seed).fit(obs)
    doc = _document(cal, obs, analysis.grain, time.perf_counter() - start)
    doc["cpu_seconds"] = round(time.process_time() - cpu, 2)
    say("what-ifs of the levers")
    doc["whatifs"] = lever_whatifs(doc, whatif_from)
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
    result, document = answer(doc, lever=lever, value=value, from_date=from_date, months=months)
    path = write_json(document, json_out) if json_out is not None else None
    return WhatIfRun(result, document, path)


def _staleness(doc: Mapping[str, Any], analysis: Analysis) -> str | None:
    try:
        obs = observe(analysis)
    except SimulationError:
        return "uncalibratable"
    if "fingerprint" in doc:
        return None if doc["fingerprint"] == fingerprint(obs, analysis.grain) else "changed"
    # a calibration made before fingerprints: compare what it recorded of the analysis
    same = (
        doc.get("grain") == analysis.grain
        and doc.get("periods") == list(obs.periods)
        and doc.get("observed", {}).get("labels") == list(obs.labels)
    )
    return None if same else "changed"


def stored_for_report(
    analysis: Analysis, settings: Settings, out_dir: str | Path | None = None
) -> Calibrated | None:
    """A case's stored calibration for its report: ``None`` when it has none.

    Never raises for the calibration's sake: a file that cannot be read comes
    back with ``problem`` set (the report shows a warning naming it), and one
    fitted to an earlier analysis of the case with ``stale`` set.
    """
    folder = Path(out_dir) if out_dir is not None else calibration_dir(settings)
    path = calibration_path(analysis.case.id, folder)
    if not path.is_file():
        return None
    try:
        doc = load_calibration(analysis.case.id, settings, folder)
    except RelcycleError as exc:
        problem = exc.message if isinstance(exc, InputError) else str(exc)
        return Calibrated(str(path), None, problem=problem)
    return Calibrated(str(path), doc, stale=_staleness(doc, analysis))
