"""What a calibration stores for the report: the levers' what-ifs and a fingerprint of its case."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from relcycle.errors import ConfigError, SimulationError
from relcycle.services.analysis import analyze
from relcycle.services.calibration import calibrate, fingerprint, stored_for_report
from relcycle.services.whatif import (
    LEVER_SCENARIOS,
    answer,
    lever_start,
    lever_whatifs,
    parse_month,
)
from relcycle.settings import Settings
from relcycle.simulation.calibration import observe
from relcycle.simulation.scenarios.spec import load_scenario
from relcycle.trajectory.result import Analysis
from staged_case import write_staged_case

SMALL: dict[str, Any] = {"budget": 40, "population": 20, "draws": 16, "seed": 5}


@dataclass(frozen=True)
class Fitted:
    settings: Settings
    analysis: Analysis
    document: dict[str, Any]
    path: Path


@pytest.fixture(scope="module")
def fitted(tmp_path_factory: pytest.TempPathFactory) -> Fitted:
    """The staged case calibrated with a tiny budget (a few seconds of CPU)."""
    root = tmp_path_factory.mktemp("calibrated")
    settings = Settings.from_env({}, db=f"sqlite:///{root / 'store.db'}")
    run = calibrate(write_staged_case(root / "staged"), settings, **SMALL)
    analysis = analyze("staged", settings).analysis
    return Fitted(settings, analysis, run.document, run.path)


def test_the_levers_start_with_the_observed_control_stage(fitted: Fitted) -> None:
    stored = fitted.document["whatifs"]
    control = next(s for s in fitted.document["observed"]["stages"] if s["label"] == "control")
    assert stored["schema"] == "relcycle.lever-whatifs/1"
    assert (stored["from"], stored["from_rule"]) == (control["start"], "control")
    assert [w["lever"] for w in stored["levers"]] == ["boundary", "dialogue", "contract"]
    for w in stored["levers"]:
        scenario = load_scenario(LEVER_SCENARIOS[w["lever"]])
        assert w["value"] == scenario.spec.parameters[w["lever"]]
        assert w["schema"] == "relcycle.whatif/1" and w["from"] == control["start"]
        assert w["draws"] == SMALL["draws"]


def test_a_stored_whatif_is_the_one_relcycle_whatif_gives(fitted: Fitted) -> None:
    w = fitted.document["whatifs"]["levers"][1]
    _, again = answer(
        fitted.document,
        lever=w["lever"],
        value=w["value"],
        from_date=dt.date.fromisoformat(w["from"]),
    )
    assert json.loads(json.dumps(again)) == w


def test_without_control_or_resistance_the_levers_start_at_month_zero(fitted: Fitted) -> None:
    doc = json.loads(json.dumps(fitted.document))
    doc["observed"]["stages"] = [s for s in doc["observed"]["stages"] if s["label"] == "symbiosis"]
    assert lever_start(doc) == (dt.date.fromisoformat(doc["origin"]), "origin")
    doc["observed"]["stages"] = [
        {"label": "resistance", "start": "2020-08-01"},
        {"label": "control", "start": "2020-10-01"},
    ]
    assert lever_start(doc) == (dt.date(2020, 10, 1), "control")


def test_a_date_given_is_used_and_a_date_outside_is_refused(fitted: Fitted) -> None:
    given = lever_whatifs(fitted.document, dt.date(2020, 2, 1))
    assert given["from_rule"] == "given" and given["levers"][0]["from"] == "2020-02-01"
    with pytest.raises(SimulationError, match=r"--from 2021-03-01 is outside the case's model"):
        lever_whatifs(fitted.document, dt.date(2021, 3, 1))


def test_calibrate_refuses_a_whatif_date_outside_the_case_before_fitting(
    fitted: Fitted, tmp_path: Path
) -> None:
    with pytest.raises(SimulationError, match=r"--whatif-from 2019-12-01 is outside"):
        calibrate("staged", fitted.settings, out_dir=tmp_path, whatif_from=dt.date(2019, 12, 1))
    assert list(tmp_path.iterdir()) == []


def test_a_bad_whatif_date_names_its_option() -> None:
    with pytest.raises(ConfigError, match=r"--whatif-from 'June': not a date"):
        parse_month("June", "--whatif-from")


def test_the_fingerprint_follows_what_was_fitted(fitted: Fitted) -> None:
    obs = observe(fitted.analysis)
    assert fingerprint(obs, fitted.analysis.grain) == fitted.document["fingerprint"]
    recoded = dataclasses.replace(obs, series=obs.series + np.eye(*obs.series.shape) * 1e-3)
    assert fingerprint(recoded, "month") != fingerprint(obs, "month")
    assert fingerprint(obs, "quarter") != fingerprint(obs, "month")


def test_the_report_reads_a_fresh_calibration(fitted: Fitted) -> None:
    found = stored_for_report(fitted.analysis, fitted.settings)
    assert found is not None
    assert (found.path, found.problem, found.stale) == (str(fitted.path), None, None)
    assert found.document == fitted.document


def test_the_report_finds_no_calibration_elsewhere(fitted: Fitted, tmp_path: Path) -> None:
    assert stored_for_report(fitted.analysis, fitted.settings, tmp_path) is None


def test_the_report_is_told_of_a_stale_or_unreadable_calibration(
    fitted: Fitted, tmp_path: Path
) -> None:
    target = tmp_path / fitted.path.name
    target.write_text(json.dumps({**fitted.document, "fingerprint": "f" * 16}), encoding="utf-8")
    stale = stored_for_report(fitted.analysis, fitted.settings, tmp_path)
    assert stale is not None and stale.stale == "changed" and stale.document is not None
    target.write_text("[", encoding="utf-8")
    broken = stored_for_report(fitted.analysis, fitted.settings, tmp_path)
    assert broken is not None and broken.document is None
    assert broken.problem is not None and broken.problem.startswith("cannot read the calibration")


@pytest.mark.parametrize("lever", ["dialogue", "boundary", "contract"])
def test_a_lever_never_brings_symbiosis_before_it_starts(fitted: Fitted, lever: str) -> None:
    """Issue #6: lever runs were labelled symbiotic before the lever began."""
    origin = dt.date.fromisoformat(fitted.document["origin"])
    value = float(load_scenario(LEVER_SCENARIOS[lever]).spec.parameters[lever])
    for months_in in (2, 6, 10):
        start = dt.date(origin.year + (origin.month - 1 + months_in) // 12,
                        (origin.month - 1 + months_in) % 12 + 1, 1)  # fmt: skip
        result, doc = answer(fitted.document, lever=lever, value=value, from_date=start)
        t0 = doc["from_month"]
        base = np.nan_to_num(result.baseline.time_to_symbiosis, nan=np.inf)
        on = np.nan_to_num(result.switched.time_to_symbiosis, nan=np.inf)
        assert not ((on < t0) & (base >= t0)).any()
        assert np.array_equal(np.minimum(on, t0), np.minimum(base, t0))
