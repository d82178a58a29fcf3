"""``relcycle analyze``: one go from a folder to stages, a readable summary and the JSON."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from staged_case import THREE_STAGES, write_staged_case

Run = Callable[..., tuple[int, str, str]]


def test_analyze_a_folder_prints_stages_and_writes_the_json(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "analysis.json"
    code, text, err = run(
        "analyze",
        str(write_staged_case(tmp_path / "staged", THREE_STAGES, hint=False)),
        "--json",
        str(out),
    )
    assert code == 0
    assert err == ""  # no progress bar, nor a blank line, outside a terminal
    assert "case staged: created" in text
    assert "control" in text and "resistance" in text and "symbiosis" in text
    assert "2020-01-01 – 2020-04-30" in text
    assert "turning point 2020-05: control → resistance" in text
    assert f"json: {out}" in text
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert [s["label"] for s in doc["stages"]] == ["control", "resistance", "symbiosis"]
    assert doc["stages"][0]["start"] == "2020-01-01" and doc["stages"][-1]["end"] == "2020-12-31"


def test_analyze_a_stored_case_by_id_at_another_period(run: Run, tmp_path: Path) -> None:
    run("import", str(write_staged_case(tmp_path / "staged", THREE_STAGES, hint=False)))
    code, text, _ = run("analyze", "staged", "--period", "quarter")
    assert code == 0
    assert "4 quarters" in text


def test_input_without_stages_says_why_and_still_writes_valid_json(
    run: Run, make_case: Callable[..., Path], tmp_path: Path
) -> None:
    out = tmp_path / "bare.json"
    code, text, _ = run("analyze", str(make_case()), "--json", str(out))
    assert code == 0
    assert "no stages:" in text
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["stages"] == [] and doc["reason"]


def test_bad_options_are_one_line_errors(run: Run, tmp_path: Path) -> None:
    code, _, err = run(
        "analyze",
        str(write_staged_case(tmp_path / "staged", THREE_STAGES, hint=False)),
        "--period",
        "year",
    )
    assert code == 1
    assert "--period 'year' is unknown; choose one of: week, month, quarter" in err
    code, _, err = run("analyze", "no-such-case")
    assert code == 1 and "unknown case 'no-such-case'" in err
    missing = tmp_path / "no" / "such-case"
    code, out, err = run("analyze", str(missing))
    assert code == 1 and out == ""
    assert err == (
        f"error: {missing}: does not exist; give a case folder (with case.yaml) "
        "or a stored case's id\n"
    )
    code, _, err = run("analyze", str(tmp_path / "staged"), "--framework", "gpps-lifecyle")
    assert code == 1 and "did you mean 'gpps-lifecycle'" in err
    for command in ("analyze", "report", "figures"):
        extra = ["--out", str(tmp_path / "out")] if command != "analyze" else []
        code, out, err = run(command, str(tmp_path / "staged"), "--coder", "rules", *extra)
        assert code == 1 and out == ""
        assert err == (
            "error: unknown auto-coder 'rules'; choose one of: dictionary, hybrid, supervised\n"
        )
    assert not (tmp_path / "out").exists()
