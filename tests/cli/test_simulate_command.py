"""``relcycle simulate``."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from pathlib import Path

import pytest

Invoke = Callable[..., tuple[int, str, str]]


@pytest.fixture
def sim(run: Invoke) -> Invoke:
    """Run ``relcycle simulate ARGS`` through the shared ``run`` fixture (it adds no --db)."""
    return functools.partial(run, "simulate")


def test_baseline_shows_its_stage_sequence(sim: Invoke) -> None:
    code, out, _ = sim("--draws", "0")
    assert code == 0
    assert "exploratory → control → resistance → symbiosis" in out
    assert "symbiosis: month 26" in out


def test_a_lever_scenario_with_draws_shows_the_risks(sim: Invoke, tmp_path: Path) -> None:
    out_json = tmp_path / "d.json"
    code, out, _ = sim("--scenario", "dialogue", "--draws", "4", "--json", str(out_json))
    assert code == 0
    assert "over 4 draws: P(breakdown)" in out and f"wrote {out_json}" in out
    doc = json.loads(out_json.read_text(encoding="utf-8"))
    assert [s["label"] for s in doc["stages"]] == ["exploratory", "control", "symbiosis"]


def test_all_three_draws_reach_symbiosis_as_model_md_says(sim: Invoke, tmp_path: Path) -> None:
    out_json = tmp_path / "a.json"
    code, out, _ = sim("--scenario", "all-three", "--draws", "100", "--json", str(out_json))
    assert code == 0 and "over 100 draws: P(breakdown) 0.00, P(symbiosis) 1.00" in out
    summary = json.loads(out_json.read_text(encoding="utf-8"))["summary"]
    # read against the central run (symbiosis at month 8), as docs/MODEL.md's table
    assert summary["time_to_symbiosis_p10_p50_p90"] == [7, 8, 14]
    # (0.86 until exploratory became first_only: a change out of control then costs less, and
    # one draw's brief control spell is kept as a stage)
    assert summary["sequences"][0] == {"sequence": ["exploratory", "symbiosis"], "share": 0.85}


def test_set_changes_a_parameter(sim: Invoke) -> None:
    code, out, _ = sim("--draws", "0", "--set", "dialogue=0.1", "--set", "dialogue_from=0")
    assert code == 0 and "set: dialogue=0.1, dialogue_from=0" in out
    assert "exploratory → control → symbiosis\n" in out


def test_unknown_parameter_is_one_line_listing_the_valid_ones(sim: Invoke) -> None:
    code, out, err = sim("--set", "dialog=0.1")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "unknown parameter 'dialog'" in err and "dialogue" in err


def test_a_bad_scenario_file_names_file_and_field(sim: Invoke, tmp_path: Path) -> None:
    bad = tmp_path / "s.yaml"
    bad.write_text("name: s\nparameters: {boundary: 2}\n", encoding="utf-8")
    code, _, err = sim("--scenario", str(bad), "--json", str(tmp_path / "o.json"))
    assert code == 1 and f"{bad} [parameters.boundary]" in err
    assert not (tmp_path / "o.json").exists()


def test_unknown_scenario_name(sim: Invoke) -> None:
    code, _, err = sim("--scenario", "baseline2")
    assert code == 1 and "did you mean 'baseline'?" in err


def test_a_scenario_name_in_brackets_is_printed_as_written(sim: Invoke, tmp_path: Path) -> None:
    own = tmp_path / "own.yaml"
    own.write_text("name: '[red]mine[/red]'\nparameters: {dialogue: 0.1}\n", encoding="utf-8")
    code, out, err = sim("--scenario", str(own), "--draws", "0")
    assert code == 0, err
    assert "scenario [red]mine[/red]" in out
