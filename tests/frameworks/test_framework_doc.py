"""docs/FRAMEWORK.md: the generated tables are current and the example framework loads."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from relcycle.frameworks import load_framework
from relcycle.frameworks.doc import END, START, generated, main, replace_generated
from relcycle.frameworks.matching import Matcher

DOC = Path(__file__).resolve().parents[2] / "docs" / "FRAMEWORK.md"


def test_generated_tables_are_current() -> None:
    assert main(["--check", str(DOC)]) == 0, (
        "run: python -m relcycle.frameworks.doc --write docs/FRAMEWORK.md"
    )


def test_stale_document_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stale = tmp_path / "doc.md"
    stale.write_text(f"# x\n{START}\nold\n{END}\n", encoding="utf-8")
    assert main(["--check", str(stale)]) == 1
    assert "out of date" in capsys.readouterr().err
    assert main(["--write", str(stale)]) == 0
    assert main(["--check", str(stale)]) == 0


def test_replace_needs_markers() -> None:
    with pytest.raises(ValueError, match="markers"):
        replace_generated("no markers here", "x")


def test_tables_name_every_code() -> None:
    fw = load_framework()
    block = generated(fw)
    assert all(f"`{code.id}`" in block for code in fw.codes)
    assert fw.hash in block


def test_the_documented_example_framework_loads(tmp_path: Path) -> None:
    section = DOC.read_text(encoding="utf-8").split("## Writing your own framework", 1)[1]
    match = re.search(r"```yaml\n(.*?)```", section, re.S)
    assert match is not None
    path = tmp_path / "example.yaml"
    path.write_text(match.group(1), encoding="utf-8")
    fw = load_framework(path)
    assert [s.id for s in fw.stages] == ["honeymoon", "squeeze", "standoff"]
    text = "The officer came to inspect the centre. We refused: not our job."
    assert Matcher(fw).codes_in(text, "en") == {"control", "pushback"}
