"""The simulation service: JSON and PNG written atomically, nothing on failure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from relcycle.errors import ConfigError, InputError, ScenarioError, SimulationError
from relcycle.services.simulation import parse_assignments, simulate_scenario


def test_json_holds_the_trajectory_and_the_stages(tmp_path: Path) -> None:
    out = tmp_path / "run.json"
    run = simulate_scenario("baseline", draws=3, json_out=out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["schema"] == "relcycle.simulation/1"
    assert [s["label"] for s in doc["stages"]] == list(run.result.central.sequence)
    assert doc["stages"][0]["start"] == 0 and doc["stages"][-1]["end"] == 96
    assert set(doc["stages"][0]) == {"label", "start", "end"}
    assert len(doc["trajectory"]["time"]) == 97
    assert len(doc["trajectory"]["states"]["trust"]) == 97
    assert len(doc["trajectory"]["indicators"]["control"]) == 96
    assert doc["summary"]["runs"] == 3 and doc["scenario"]["draws"] == 3


def test_baseline_draws_summary_is_model_mds(tmp_path: Path) -> None:
    out = tmp_path / "run.json"
    run = simulate_scenario("baseline", draws=100, json_out=out)
    s = json.loads(out.read_text(encoding="utf-8"))["summary"]
    assert run.result.central.time_to_symbiosis == 26 and run.result.central.time_in_resistance == 8
    # docs/MODEL.md, "The built-in scenarios": draws read against the central run
    assert (s["p_breakdown"], s["p_symbiosis"]) == (0.15, 0.77)
    assert s["time_to_symbiosis_p10_p50_p90"] == [21, 29, 45]
    assert round(s["mean_time_in_resistance"], 1) == 21.0  # 20.9 before exploratory was first_only


def test_plot_is_a_png(tmp_path: Path) -> None:
    out = tmp_path / "run.png"
    simulate_scenario("dialogue", draws=2, plot_out=out)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_overrides_reach_the_run(tmp_path: Path) -> None:
    out = tmp_path / "run.json"
    simulate_scenario("baseline", overrides={"dialogue": 0.1}, draws=0, json_out=out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["parameters"]["dialogue"] == 0.1 and doc["changed"] == {"dialogue": 0.1}
    assert "resistance" not in [s["label"] for s in doc["stages"]]


@pytest.mark.parametrize(
    ("items", "error", "match"),
    [
        (["dialog=0.1"], SimulationError, "unknown parameter 'dialog'; choose one of: "),
        (["dialogue"], ConfigError, "expected NAME=VALUE"),
        (["dialogue=lots"], ConfigError, "'lots' is not a number"),
        (["dialogue=0.9"], SimulationError, r"documented range \[0, 0.5\]"),
    ],
)
def test_bad_assignments(items: list[str], error: type[Exception], match: str) -> None:
    with pytest.raises(error, match=match):
        parse_assignments(items)


def test_no_output_when_the_scenario_is_bad(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\nparameters: {boundary: 3}\n", encoding="utf-8")
    with pytest.raises(ScenarioError):
        simulate_scenario(bad, json_out=tmp_path / "a.json", plot_out=tmp_path / "a.png")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.yaml"]


def test_no_output_when_a_run_diverges(tmp_path: Path) -> None:
    bad = tmp_path / "fast.yaml"
    bad.write_text(
        "name: fast\ndt: 1\nmethod: euler\n"
        "parameters: {rate_gov: 3, evaluation: 2, info_pressure: 3}\n",
        encoding="utf-8",
    )
    with pytest.raises(SimulationError, match="run diverged: control of parameter set 0"):
        simulate_scenario(bad, json_out=tmp_path / "a.json")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fast.yaml"]


def test_no_json_when_the_plot_cannot_be_written(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot write the output"):
        simulate_scenario(
            "baseline", draws=0, json_out=tmp_path / "a.json", plot_out=tmp_path / "no" / "a.png"
        )
    assert list(tmp_path.iterdir()) == []


def test_negative_draws_are_refused() -> None:
    with pytest.raises(ConfigError, match="--draws must be >= 0"):
        simulate_scenario("baseline", draws=-1)


def test_the_json_and_the_plot_are_readable_by_others(tmp_path: Path) -> None:
    import os
    import stat

    old = os.umask(0o022)
    try:
        simulate_scenario(
            "dialogue", draws=2, json_out=tmp_path / "run.json", plot_out=tmp_path / "run.png"
        )
    finally:
        os.umask(old)
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in tmp_path.iterdir()}
    assert modes == {"run.json": 0o644, "run.png": 0o644}
