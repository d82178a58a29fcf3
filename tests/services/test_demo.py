"""run_demo: import, auto-code, analyse and report the L town case in a folder of its own."""

from __future__ import annotations

from html import escape as html_escape
from pathlib import Path

import pytest

from relcycle.errors import InputError
from relcycle.services.demo import run_demo


def test_the_demo_report_names_every_stage_and_advice_item(tmp_path: Path) -> None:
    result = run_demo(tmp_path / "demo")
    analysis = result.analysis
    html = result.report.read_text(encoding="utf-8")
    assert result.report == (tmp_path / "demo" / "ltown-cultural-centre-report.html").resolve()
    labels = [s.label for s in analysis.stages]
    assert labels == ["exploratory", "control", "resistance", "symbiosis"]
    for s in analysis.stages:
        assert html_escape(s.name) in html
    assert len(analysis.advice) >= 3
    for a in analysis.advice:
        assert html_escape(a.title) in html
        assert html_escape(a.text) in html
    assert len(result.imported.report.added) == 85
    assert result.timeline_md.is_file()


def test_a_second_demo_starts_from_a_fresh_store(tmp_path: Path) -> None:
    first = run_demo(tmp_path / "demo")
    second = run_demo(tmp_path / "demo")
    assert second.imported.report.case_created  # not "unchanged": the old store was replaced
    assert len(second.imported.report.added) == 85
    assert [s.label for s in second.analysis.stages] == [s.label for s in first.analysis.stages]


def test_an_out_folder_that_cannot_be_made_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="cannot create the output folder"):
        run_demo(blocker / "demo")
