"""The report's scenario section: shown for a calibrated case, absent otherwise, honest if stale."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from report_page import read_page, text_of

from relcycle.services.calibration import calibrate
from relcycle.services.report import write_report
from relcycle.settings import Settings
from staged_case import write_staged_case

LEVER_NAMES = {
    "en": ("behaviour boundary", "dialogue mechanism", "return to contract"),
    "zh": ("行为边界", "对话机制", "回归契约"),
}


@dataclass(frozen=True)
class Calibrated:
    """A staged case in a store, its report before calibration, and its calibration."""

    root: Path
    settings: Settings
    before: str
    document: dict[str, Any]
    path: Path


def _store(root: Path) -> Settings:
    return Settings.from_env({}, db=f"sqlite:///{root / 'store.db'}")


def _report(settings: Settings, out: Path, lang: str = "en") -> str:
    result = write_report("staged", settings, out_dir=out, lang=lang)
    return result.html.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def calibrated(tmp_path_factory: pytest.TempPathFactory) -> Calibrated:
    """The staged case, reported on, then calibrated with a tiny budget (a few seconds)."""
    root = tmp_path_factory.mktemp("scenarios")
    settings = _store(root)
    write_staged_case(root / "staged")
    before = write_report(root / "staged", settings, out_dir=root / "before", lang="en")
    run = calibrate("staged", settings, budget=40, population=20, draws=20, seed=3)
    return Calibrated(
        root, settings, before.html.read_text(encoding="utf-8"), run.document, run.path
    )


@pytest.fixture(scope="module")
def page_en(calibrated: Calibrated) -> str:
    return _report(calibrated.settings, calibrated.root / "en")


def _section(html: str) -> str:
    start = html.index('<section id="scenarios">')
    return text_of(html[start : html.index("</section>", start)])


def _variant(
    calibrated: Calibrated, tmp_path: Path, change: Callable[[dict[str, Any]], Any] | str
) -> str:
    """The report of a copy of the store whose calibration is changed (or replaced by text)."""
    shutil.copy(calibrated.root / "store.db", tmp_path / "store.db")
    target = tmp_path / calibrated.path.name
    if isinstance(change, str):
        target.write_text(change, encoding="utf-8")
    else:
        doc = json.loads(json.dumps(calibrated.document))
        change(doc)
        target.write_text(json.dumps(doc), encoding="utf-8")
    return _report(_store(tmp_path), tmp_path / "out")


def test_an_uncalibrated_case_has_no_scenario_section(calibrated: Calibrated) -> None:
    assert 'id="scenarios"' not in calibrated.before
    assert 'href="#scenarios"' not in calibrated.before
    assert 'id="scenario-chart"' not in calibrated.before
    assert 'newPlot("scenario-chart"' not in calibrated.before


def test_the_section_names_the_levers_and_prints_the_stored_whatifs(
    calibrated: Calibrated, page_en: str
) -> None:
    assert 'href="#scenarios"' in page_en
    text = _section(page_en)
    stored = calibrated.document["whatifs"]
    assert stored["from_rule"] == "control"
    assert f"Each lever switched on from {stored['from']}, when the observed Control" in text
    for name, lever in zip(LEVER_NAMES["en"], stored["levers"], strict=True):
        assert f"{name} = {lever['value']:.3g}" in text
        when = lever["lever_on"]["time_to_symbiosis"]
        if when is not None:
            assert f"{when['median_date']} ({when['q05_date']} – {when['q95_date']})" in text
        assert f"{100 * lever['lever_on']['p_symbiosis']:.0f}%" in text
    observed = stored["levers"][0]["observed"]["symbiosis_start"]
    assert f"Observed {observed}" in text
    assert "not fitted: fixed at 0" in text  # the levers were off in the case


def test_the_section_prints_the_posterior_and_the_predictive_check(
    calibrated: Calibrated, page_en: str
) -> None:
    text = _section(page_en)
    doc = calibrated.document
    for name, r in doc["ranges"].items():
        assert f"{name} {r['median']:.3g} {r['q05']:.3g}–{r['q95']:.3g}" in text
    chk = doc["check"]
    assert (
        f"Predictive check: {100 * chk['sequence_match']:.0f}% of {chk['draws']} posterior draws"
        in text
    )
    assert f"{100 * chk['period_agreement']:.0f}% of months are labelled as observed" in text
    assert "earlier analysis" not in text  # fresh: no stale warning


def test_the_best_identified_parameter_comes_first(calibrated: Calibrated, page_en: str) -> None:
    ranges = calibrated.document["ranges"]

    def ruled_out(r: dict[str, float]) -> float:
        return 1 - (r["q95"] - r["q05"]) / (r["high"] - r["low"])

    best = max(ranges, key=lambda n: (ruled_out(ranges[n]), [-ord(c) for c in n]))
    rows = page_en.split('<table class="scenario-fit">', 1)[1].split("<tbody>", 1)[1]
    assert text_of(rows).split()[0] == best


def test_the_chinese_report_names_the_levers_in_chinese(calibrated: Calibrated) -> None:
    text = _section(_report(calibrated.settings, calibrated.root / "zh", lang="zh"))
    assert text.startswith("情景推演")
    for name in LEVER_NAMES["zh"]:
        assert name in text
    assert "后验预测检验" in text


def test_the_chart_is_inlined_and_nothing_is_loaded_from_the_network(page_en: str) -> None:
    assert (
        '<div id="scenario-chart" class="chart" role="figure" aria-label="What if"'
        ' aria-describedby="scenario-help"></div>'
    ) in page_en
    assert '<p class="small" id="scenario-help">' in page_en
    assert 'Plotly.newPlot("scenario-chart"' in page_en
    page = read_page(page_en)
    assert [u for u in page.urls if not u[2].startswith("#")] == []
    assert all("src" not in attrs for attrs in page.scripts)
    assert "<link" not in page_en


def test_a_calibration_without_whatifs_shows_the_fit_only(
    calibrated: Calibrated, tmp_path: Path
) -> None:
    def older(doc: dict[str, Any]) -> None:  # as written before what-ifs and fingerprints
        del doc["whatifs"], doc["fingerprint"]

    text = _section(_variant(calibrated, tmp_path, older))
    assert "holds no lever what-ifs" in text and "relcycle calibrate staged" in text
    assert "Predictive check" in text
    assert "behaviour boundary =" not in text
    assert "earlier analysis" not in text  # the periods and labels still match


def test_a_stale_calibration_is_shown_with_a_warning(
    calibrated: Calibrated, tmp_path: Path
) -> None:
    def recoded(doc: dict[str, Any]) -> None:
        doc["fingerprint"] = "0" * 16

    html = _variant(calibrated, tmp_path, recoded)
    text = _section(html)
    assert "fitted to an earlier analysis of the case" in text
    assert "relcycle calibrate staged" in text
    assert "dialogue mechanism =" in text  # still shown


def test_an_older_calibration_of_other_periods_is_stale(
    calibrated: Calibrated, tmp_path: Path
) -> None:
    def other_periods(doc: dict[str, Any]) -> None:
        del doc["fingerprint"]
        doc["periods"] = doc["periods"][1:]

    assert "fitted to an earlier analysis" in _section(
        _variant(calibrated, tmp_path, other_periods)
    )


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "cannot read the calibration"),
        ('{"schema": "something/9"}', "not a calibration (schema relcycle.calibration/1"),
    ],
)
def test_an_unreadable_calibration_is_a_warning_naming_the_file(
    calibrated: Calibrated, tmp_path: Path, content: str, problem: str
) -> None:
    html = _variant(calibrated, tmp_path, content)
    text = _section(html)
    assert f"The stored calibration {tmp_path / 'staged-calibration.json'} cannot be shown" in text
    assert problem in text
    assert "Predictive check" not in text
    assert "Codebook coverage" in text_of(html)  # the rest of the report is there


def test_a_calibration_missing_a_field_is_a_warning(calibrated: Calibrated, tmp_path: Path) -> None:
    def broken(doc: dict[str, Any]) -> None:
        del doc["check"]

    text = _section(_variant(calibrated, tmp_path, broken))
    assert "cannot be shown: missing or malformed field 'check'" in text


def test_no_lever_run_reaches_symbiosis_before_the_lever_unless_its_baseline_did(
    calibrated: Calibrated,
) -> None:
    # what-ifs keep the baseline's labels before the lever, so the section no
    # longer flags lever runs labelled symbiotic before it: that share is 0
    for w in calibrated.document["whatifs"]["levers"]:
        start = float(w["from_month"])
        on, base = w["lever_on"]["per_draw"], w["baseline"]["per_draw"]
        assert len(on) == len(base) > 0
        for a, b in zip(on, base, strict=True):
            if a is not None and a < start:
                assert b == a, (w["lever"], a, b)
