"""Scenario files: validation errors, draws, built-ins and outcomes."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from relcycle.errors import ScenarioError, SimulationError
from relcycle.simulation.engine import simulate
from relcycle.simulation.forward import OutcomeRun
from relcycle.simulation.labels import SimStage, label_run
from relcycle.simulation.outcomes import RunOutcome, breakdown, summarise, time_in, time_to
from relcycle.simulation.scenarios import (
    builtin_scenarios,
    load_scenario,
    parse_scenario,
    run_scenario,
)

BUILTIN = ("all-three", "baseline", "behaviour-boundary", "dialogue", "return-to-contract")


def _file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_five_built_in_scenarios_load() -> None:
    assert builtin_scenarios() == BUILTIN
    for name in BUILTIN:
        sc = load_scenario(name)
        assert sc.name == name and sc.source == f"builtin:{name}"


def test_a_users_file_loads(tmp_path: Path) -> None:
    path = _file(tmp_path, "name: mine\nparameters: {dialogue: 0.2, dialogue_from: 24}\n")
    sc = load_scenario(path)
    assert sc.central() == {"dialogue": 0.2, "dialogue_from": 24.0}


def test_unknown_scenario_lists_the_built_in_ones() -> None:
    with pytest.raises(ScenarioError) as err:
        load_scenario("dialog")
    msg = str(err.value)
    assert "did you mean 'dialogue'?" in msg and "baseline" in msg and "\n" not in msg


@pytest.mark.parametrize(
    ("text", "field", "message"),
    [
        ("name: x\nparameters: {dialog: 0.1}\n", "[parameters.dialog]", "did you mean 'dialogue'"),
        ("name: x\nparameters: {boundary: 2}\n", "[parameters.boundary]", "range [0, 1]"),
        ("name: x\nparameters: {boundary: .nan}\n", "[parameters.boundary]", "= nan"),
        ("name: x\nmonths: -3\n", "[months]", "greater than 0"),
        ("name: x\nseed: 1\nuncertain: {grievance: {dist: uniform, low: 2}}\n",
         "[uncertain.grievance]", "needs low, high"),
        ("name: x\nseed: 1\nuncertain: {grievance: {dist: beta, low: 1, high: 2}}\n",
         "[uncertain.grievance.dist]", "'uniform', 'normal' or 'triangular'"),
        ("name: x\nseed: 1\nuncertain: {grievance: {dist: uniform, low: 1, high: 9}}\n",
         "[uncertain.grievance.high]", "documented range"),
        ("name: x\nuncertain: {grievance: {dist: uniform, low: 1, high: 2}}\ndraws: 5\n",
         "[seed]", "need a seed"),
        ("name: x\nmethod: rk45\n", "[method]", "choose one of: euler, heun, rk4"),
        ("name: x\nmonths: 6\n", "[months]", "at least 12"),
        ("name: x\ndt: 0.3\n", "[dt]", "must divide one month"),
        ("name: x\ncolour: red\n", "[colour]", "unknown field; valid fields: name"),
        ("parameters: {}\n", "[name]", "Field required"),
    ],
)  # fmt: skip
def test_bad_scenarios_name_file_and_field(
    tmp_path: Path, text: str, field: str, message: str
) -> None:
    path = _file(tmp_path, text)
    with pytest.raises(ScenarioError) as err:
        load_scenario(path)
    msg = str(err.value)
    assert msg.startswith(f"{path} {field}: "), msg
    assert message in msg and "\n" not in msg


def test_not_yaml_names_the_line(tmp_path: Path) -> None:
    path = _file(tmp_path, "name: x\nparameters: {dialogue: [\n")
    with pytest.raises(ScenarioError, match=r"mine\.yaml:\d+: not valid YAML"):
        load_scenario(path)


def test_a_list_is_not_a_scenario() -> None:
    with pytest.raises(ScenarioError, match="must be a mapping"):
        parse_scenario("- a\n- b\n", "x.yaml")


def test_draws_are_repeatable_and_the_central_run_comes_first() -> None:
    sc = load_scenario("baseline")
    a, b = sc.batch(draws=20), sc.batch(draws=20)
    assert a.size == 21 and np.array_equal(a.matrix(), b.matrix())
    assert not np.array_equal(a.matrix(), sc.batch(draws=20, seed=99).matrix())
    assert a.row(0)["grievance"] == 1.5  # the default, not a draw
    g = a["grievance"][1:]
    assert g.min() >= 1.0 and g.max() <= 2.0 and np.ptp(g) > 0.3


def test_an_override_fixes_an_uncertain_parameter() -> None:
    b = load_scenario("baseline").batch({"grievance": 2.5}, draws=10)
    assert b["grievance"].tolist() == [2.5] * 11


def test_an_override_out_of_range_is_an_error() -> None:
    with pytest.raises(SimulationError, match=r"'dialogue' = 0\.9"):
        load_scenario("baseline").batch({"dialogue": 0.9})


def test_normal_draws_are_clipped_to_the_range(tmp_path: Path) -> None:
    text = (
        "name: x\nseed: 3\ndraws: 500\nuncertain: {boundary: {dist: normal, mean: 0.9, sd: 0.5}}\n"
    )
    b = load_scenario(_file(tmp_path, text)).batch()
    assert b["boundary"].max() == 1.0 and b["boundary"].min() >= 0.0


def test_levers_remove_the_baselines_risk_of_breakdown() -> None:
    risk = {}
    for name in ("baseline", "all-three"):
        sc = load_scenario(name)
        risk[name] = float(breakdown(simulate(sc.batch(draws=200))).mean())
    assert risk["baseline"] > 0.05 and risk["all-three"] == 0.0


def test_the_central_run_is_read_against_its_own_average() -> None:
    for name in ("baseline", "all-three"):
        res = run_scenario(load_scenario(name), draws=3)
        assert list(res.central.stages) == label_run(res.trajectory, 0)
    assert run_scenario(load_scenario("baseline"), draws=0).central.sequence == (
        "exploratory", "control", "resistance", "symbiosis",
    )  # fmt: skip


def test_draws_are_read_against_the_central_run_as_sweep_points_are() -> None:
    res = run_scenario(load_scenario("baseline"), draws=12)
    batch = res.trajectory.batch
    sweep = OutcomeRun(base=batch.row(0), months=96)
    names = list(batch.row(0))
    got = sweep({k: np.asarray(batch[k][1:]) for k in names})
    draws = res.runs[1:]
    want = [np.nan if r.time_to_symbiosis is None else r.time_to_symbiosis for r in draws]
    np.testing.assert_array_equal(got["time_to_symbiosis"], want)
    assert list(got["sequence"]) == [">".join(r.sequence) for r in draws]


def test_a_stronger_dialogue_in_the_draws_never_brings_symbiosis_later(tmp_path: Path) -> None:
    text = (
        "name: d\nseed: 7\ndraws: 24\n"
        "uncertain: {dialogue: {dist: uniform, low: 0.0, high: 0.5}}\n"
    )  # own-average reading put symbiosis later again above dialogue 0.3
    res = run_scenario(load_scenario(_file(tmp_path, text)))
    d = np.asarray(res.trajectory.batch["dialogue"][1:])
    t = np.array([r.time_to_symbiosis for r in res.runs[1:]], dtype=float)
    assert not np.isnan(t).any()
    order = np.argsort(d)
    assert np.all(np.diff(t[order]) <= 0), list(zip(d[order].round(2), t[order], strict=True))


def test_the_levers_draws_keep_the_documented_differences() -> None:
    s = {name: run_scenario(load_scenario(name)).summary for name in BUILTIN}
    base = s["baseline"]
    assert base.p_breakdown > 0.05 and base.time_in_resistance > 10
    for name in BUILTIN[:1] + BUILTIN[2:]:
        assert s[name].p_breakdown == 0.0 and s[name].time_in_resistance == 0.0, name
        assert s[name].p_symbiosis == 1.0 > base.p_symbiosis, name
    median = {name: q.time_to_symbiosis[1] for name, q in s.items() if q.time_to_symbiosis}
    assert median["all-three"] < median["dialogue"] < median["return-to-contract"]
    assert median["return-to-contract"] < median["baseline"] < median["behaviour-boundary"]


def test_outcomes_of_stages() -> None:
    st = [SimStage("exploratory", 0, 4), SimStage("resistance", 4, 9), SimStage("symbiosis", 9, 20)]
    assert time_to(st, "symbiosis") == 9 and time_to(st, "control") is None
    assert time_in(st, "resistance") == 5


def test_summary_over_runs() -> None:
    a = RunOutcome((SimStage("symbiosis", 0, 10),), 10.0, 0.0, False)
    b = RunOutcome((SimStage("resistance", 0, 10),), None, 10.0, True)
    s = summarise([a, a, a, b])
    assert s.p_breakdown == 0.25 and s.p_symbiosis == 0.75 and s.time_in_resistance == 2.5
    assert s.sequences[0] == (("symbiosis",), 0.75)
