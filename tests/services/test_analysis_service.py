"""services.analysis: import, auto-code and analyse in one go; the JSON written atomically."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from relcycle.errors import ConfigError, InputError, NotFoundError
from relcycle.examples import example_path
from relcycle.frameworks import load_framework
from relcycle.services.analysis import analyze, case_evidence
from relcycle.services.imports import import_folder
from relcycle.settings import Settings
from staged_case import CASE_YAML, FOUR_STAGES, write_staged_case


@pytest.fixture
def settings(db_url: str) -> Settings:
    return Settings.from_env({}, db=db_url)


def test_a_folder_is_imported_auto_coded_and_analysed(settings: Settings, tmp_path: Path) -> None:
    folder = write_staged_case(tmp_path / "staged")
    steps: list[str] = []
    run = analyze(folder, settings, json_out=tmp_path / "out.json", step=steps.append)
    assert steps == ["importing", "auto-coding", "analysing", "writing"]
    assert run.imported is not None and run.imported.report.case_id == "staged"
    assert run.autocoded is not None
    a = run.analysis
    assert [(s.label, s.start_period, s.end_period) for s in a.stages] == [
        ("exploratory", "2020-01", "2020-03"),
        ("control", "2020-04", "2020-07"),
        ("resistance", "2020-08", "2020-10"),
        ("symbiosis", "2020-11", "2020-12"),
    ]
    # the folder's codings.csv is evidence, and so is what the auto-coder read
    assert a.evidence.by_origin["import"] == sum(m * len(c) * 2 for m, c in FOUR_STAGES)
    assert a.evidence.by_origin["auto"] == 1
    doc = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert doc["schema"] == "relcycle.analysis/1" and len(doc["stages"]) == 4
    assert run.json_path == tmp_path / "out.json"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.json")] == []


def test_a_folder_named_like_the_case_in_the_working_directory_is_not_it(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # relcycle analyze cases/staged, run where an output folder "staged/" lies: the case
    # was imported, then coded by its id, which was read as that folder's path
    folder = write_staged_case(tmp_path / "cases" / "staged")
    work = tmp_path / "work"
    (work / "staged").mkdir(parents=True)
    monkeypatch.chdir(work)
    run = analyze(folder, settings)
    assert run.autocoded is not None and run.autocoded.case_id == "staged"
    assert len(run.analysis.stages) == 4


def test_a_stored_case_is_auto_coded_once(settings: Settings, tmp_path: Path) -> None:
    import_folder(write_staged_case(tmp_path / "staged"), settings=settings)
    first = analyze("staged", settings)
    second = analyze("staged", settings)
    assert first.autocoded is not None and second.autocoded is None
    assert first.imported is None
    assert [s.label for s in first.analysis.stages] == [s.label for s in second.analysis.stages]


def test_a_coarser_period_can_be_asked_for(settings: Settings, tmp_path: Path) -> None:
    run = analyze(write_staged_case(tmp_path / "staged"), settings, grain="quarter")
    assert run.analysis.grain == "quarter" and len(run.analysis.periods) == 4


def test_a_case_without_codable_text_gets_a_reason_and_a_valid_json(
    settings: Settings, make_case: Callable[..., Path], tmp_path: Path
) -> None:
    out = tmp_path / "bare.json"
    run = analyze(make_case(), settings, json_out=out)
    assert run.analysis.stages == () and run.analysis.reason
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["stages"] == [] and doc["reason"] == run.analysis.reason


def test_an_unknown_case_is_named(settings: Settings) -> None:
    with pytest.raises(NotFoundError, match="unknown case 'nope'"):
        analyze("nope", settings)


@pytest.mark.parametrize("ref", ["./missing", "missing/case", "Missing-Case"])
def test_a_path_to_no_folder_is_named_as_a_path(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ref: str
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError) as caught:
        analyze(ref, settings)
    assert str(caught.value) == (
        f"{ref}: does not exist; give a case folder (with case.yaml) or a stored case's id"
    )
    assert not isinstance(caught.value, NotFoundError)


def test_a_file_is_not_a_case_folder(settings: Settings, tmp_path: Path) -> None:
    file = tmp_path / "case.yaml"
    file.write_text("id: x\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"case\.yaml: is not a folder; give a case folder"):
        analyze(file, settings)


def test_the_l_town_example_gets_the_seed_studys_stages_and_three_recommendations(
    sqlite_url: str, tmp_path: Path
) -> None:
    run = analyze(example_path("ltown"), Settings.from_env({}, db=sqlite_url))
    a = run.analysis
    assert [s.label for s in a.stages] == ["exploratory", "control", "resistance", "symbiosis"]
    advice = {x.id: x for x in a.advice}
    for key in ("behaviour_boundary", "inclusive_dialogue", "policy_and_contract"):
        assert key in advice and len(advice[key].evidence) >= 2
        for quote in advice[key].evidence:
            assert quote.source and quote.quote and quote.date


TINY = """\
id: tiny
version: "0.1"
title: {en: Tiny}
languages: [en]
codes:
  - {id: squeeze, label: {en: Squeeze}, family: behaviour, applies_to: government,
     rules: {en: [monthly returns]}}
  - {id: pushback, label: {en: Push-back}, family: behaviour, applies_to: social_org,
     rules: {en: [we refused]}}
indicators:
  - {id: squeeze, label: {en: Squeeze}, scope: government, codes: {squeeze: 1}}
  - {id: pushback, label: {en: Push-back}, scope: social_org, codes: {pushback: 1}}
"""
STAGES = """\
stages:
  - {id: grip, label: {en: Grip}, signature: {squeeze: very_high, pushback: low}}
  - {id: standoff, label: {en: Stand-off}, signature: {pushback: very_high, squeeze: low}}
"""


def _tiny_case(root: Path) -> Path:
    """Six months of asked-for returns, then six of refusals, in words the tiny rules read."""
    (root / "sources").mkdir(parents=True)
    (root / "case.yaml").write_text(CASE_YAML.replace("id: staged", "id: tiny-case"), "utf-8")
    for month in range(1, 13):
        line = "They asked for monthly returns." if month <= 6 else "We refused, again."
        body = "\n\n".join([line, f"Other notes of month {month}.", line])
        (root / "sources" / f"2020-{month:02d}-10-note.md").write_text(
            f"---\nkind: field_note\n---\n{body}\n", encoding="utf-8"
        )
    return root


def test_a_users_framework_is_used_for_coding_and_stages(
    settings: Settings, tmp_path: Path
) -> None:
    fw = tmp_path / "tiny.yaml"
    fw.write_text(TINY + STAGES, encoding="utf-8")
    run = analyze(_tiny_case(tmp_path / "c"), settings, framework=str(fw))
    assert [(s.label, s.start_period) for s in run.analysis.stages] == [
        ("grip", "2020-01"),
        ("standoff", "2020-07"),
    ]
    assert run.analysis.framework["id"] == "tiny"


def test_a_framework_without_stage_types_gives_a_reason_and_indicators(
    settings: Settings, tmp_path: Path
) -> None:
    fw = tmp_path / "flat.yaml"
    fw.write_text(TINY, encoding="utf-8")
    out = tmp_path / "flat.json"
    run = analyze(_tiny_case(tmp_path / "c"), settings, framework=str(fw), json_out=out)
    assert run.analysis.stages == ()
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["stages"] == [] and "defines no stage types" in doc["reason"]
    assert doc["indicators"]["scopes"]["government"]["squeeze"]["count"][0] > 0


def test_the_stages_can_be_read_from_the_hybrid_coders_codings(
    settings: Settings, tmp_path: Path
) -> None:
    import_folder(write_staged_case(tmp_path / "staged"), settings=settings)
    plain = analyze("staged", settings)
    framework = load_framework("gpps-lifecycle")
    # only the named coder's codings are read: the hybrid has made none yet
    before = case_evidence("staged", settings, framework, coder="hybrid").evidence
    assert [e for e in before.items if e.origin == "auto"] == []
    assert plain.analysis.evidence.by_origin["auto"] >= 1
    hybrid = analyze("staged", settings, coder="hybrid")
    assert hybrid.autocoded is not None and hybrid.autocoded.coder.startswith("auto:hybrid@")
    assert hybrid.analysis.evidence.by_origin["auto"] >= plain.analysis.evidence.by_origin["auto"]
    # both coders' codings stay stored: neither is run again when named
    assert analyze("staged", settings).autocoded is None
    assert analyze("staged", settings, coder="hybrid").autocoded is None


def test_an_unknown_coder_is_refused_before_any_work(settings: Settings, tmp_path: Path) -> None:
    folder = write_staged_case(tmp_path / "staged")
    with pytest.raises(ConfigError, match="unknown auto-coder 'rules'; choose one of: "):
        analyze(folder, settings, coder="rules")
    with pytest.raises(NotFoundError):
        analyze("staged", settings)  # nothing was imported
