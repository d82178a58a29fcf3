"""relcycle report: prints the report's path; bad input is one line and leaves no file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from staged_case import write_staged_case

Run = Callable[..., tuple[int, str, str]]  # the run fixture of tests/cli/conftest.py


def test_a_folder_is_reported_and_the_path_printed(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, stdout, _ = run("report", str(write_staged_case(tmp_path / "staged")), "--out", str(out))
    assert code == 0
    html = out / "staged-report.html"
    assert html.is_file()
    assert f"report: {html}" in stdout


def test_a_stored_case_in_english_and_chinese(run: Run, tmp_path: Path) -> None:
    assert run("import", str(write_staged_case(tmp_path / "staged")))[0] == 0
    code, _, _ = run("report", "staged", "--out", str(tmp_path / "zh"), "--lang", "zh")
    assert code == 0
    assert "阶段" in (tmp_path / "zh" / "staged-report.html").read_text(encoding="utf-8")


def test_a_bad_language_is_one_line(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, _, err = run("report", "staged", "--out", str(out), "--lang", "fr")
    assert code == 1
    assert err.strip() == "error: --lang 'fr' is unknown; choose one of: en, zh, zh-Hans, zh-Hant"
    assert not out.exists()


def test_an_unknown_case_is_one_line(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, _, err = run("report", "nope", "--out", str(out))
    assert code == 1
    assert err.count("\n") == 1 and "unknown case 'nope'" in err
    assert not out.exists()


def test_a_missing_folder_is_named_as_a_path(run: Run, tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such-case"
    code, _, err = run("report", str(missing), "--out", str(tmp_path / "out"))
    assert code == 1
    assert err.strip() == (
        f"error: {missing}: does not exist; give a case folder (with case.yaml) "
        "or a stored case's id"
    )
    assert not (tmp_path / "out").exists()


def test_an_out_dir_under_a_file_is_one_line(run: Run, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    code, _, err = run("report", "nope", "--out", str(blocker / "out"))
    assert code == 1
    assert err.count("\n") == 1
    assert f"{blocker / 'out'}: cannot create the output folder" in err


def test_a_chosen_grain_and_framework_are_used_and_recorded(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "out"
    folder = write_staged_case(tmp_path / "staged")
    code, _, _ = run(
        "report", str(folder), "--out", str(out), "--lang", "en",
        "--period", "quarter", "--framework", "gpps-lifecycle",
    )  # fmt: skip
    assert code == 0
    page = (out / "staged-report.html").read_text(encoding="utf-8")
    assert "relcycle report staged --lang en --framework gpps-lifecycle --period quarter" in page
    assert "<dt>Time unit</dt><dd>quarter</dd>" in page


def test_an_unknown_period_is_one_line(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, _, err = run("report", "staged", "--out", str(out), "--period", "decade")
    assert code == 1
    assert err.strip() == "error: --period 'decade' is unknown; choose one of: week, month, quarter"
    assert not out.exists()
