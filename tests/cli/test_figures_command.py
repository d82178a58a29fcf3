"""``relcycle figures``: timeline and indicator chart as PNG and SVG, or a one-line error."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from relcycle.frameworks import load_framework
from relcycle.report.fonts import CjkFont
from staged_case import write_staged_case

Run = Callable[..., tuple[int, str, str]]

NAMES = ["indicators.png", "indicators.svg", "timeline.png", "timeline.svg"]


def test_figures_of_a_folder_are_written_and_listed(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "figs"
    code, text, err = run("figures", str(write_staged_case(tmp_path / "staged")), "--out", str(out))
    assert code == 0, err
    assert "staged: 4 stages, figures in en:" in text
    assert sorted(p.name for p in out.iterdir()) == NAMES
    for name in NAMES:
        assert str(out / name) in text
    svg = (out / "timeline.svg").read_text(encoding="utf-8")
    for stage in load_framework().stages:
        assert f"<!-- {stage.label.text('en')} -->" in svg


def test_figures_of_a_stored_case_in_chinese(run: Run, tmp_path: Path, cjk_font: CjkFont) -> None:
    run("import", str(write_staged_case(tmp_path / "staged")))
    out = tmp_path / "figs"
    code, text, err = run("figures", "staged", "--out", str(out), "--lang", "zh")
    assert code == 0, err
    assert "figures in zh" in text
    svg = (out / "timeline.svg").read_text(encoding="utf-8")
    for stage in load_framework().stages:
        assert f"<!-- {stage.label.text('zh')} -->" in svg


def test_an_unknown_case_is_one_line_and_writes_nothing(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "figs"
    code, text, err = run("figures", "nope", "--out", str(out))
    assert code == 1 and text == ""
    assert err.strip().startswith("error: unknown case 'nope'") and err.count("\n") == 1
    assert not out.exists()


def test_an_unknown_language_is_named_before_any_work(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "figs"
    code, _, err = run("figures", "nope", "--out", str(out), "--lang", "fr")
    assert code == 1
    assert err == "error: --lang 'fr' is unknown; choose one of: en, zh, zh-Hans, zh-Hant\n"
    assert not out.exists()


def test_an_unwritable_folder_is_one_line_and_writes_nothing(run: Run, tmp_path: Path) -> None:
    blocker = tmp_path / "taken"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    code, _, err = run(
        "figures", str(write_staged_case(tmp_path / "staged")), "--out", str(blocker / "figs")
    )
    assert code == 1
    assert err == (
        f"error: {blocker / 'figs'}: cannot create the output folder: {blocker} is a file; "
        "choose another --out\n"
    )
    assert blocker.read_text(encoding="utf-8") == "a file, not a folder"


def test_a_bad_out_is_named_before_any_work(run: Run, tmp_path: Path) -> None:
    # the case is unknown too: the folder is checked first, so --out is what is named
    blocker = tmp_path / "taken"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    code, text, err = run("figures", "nope", "--out", str(blocker))
    assert code == 1 and text == ""
    assert err == f"error: {blocker}: --out exists and is not a folder\n"


def test_out_is_required(run: Run, tmp_path: Path) -> None:
    code, _, err = run("figures", "staged")
    assert code == 2 and "--out" in err
