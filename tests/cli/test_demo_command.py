"""relcycle demo: README's first command, end to end on the bundled L town case."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

Run = Callable[..., tuple[int, str, str]]  # the run fixture of tests/cli/conftest.py


def test_the_demo_writes_its_store_timeline_and_report(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "demo"
    code, stdout, _ = run("demo", "--out", str(out))
    assert code == 0
    report = out / "ltown-cultural-centre-report.html"
    assert sorted(p.name for p in out.iterdir()) == [
        "ltown-cultural-centre-report.html",
        "relcycle.db",
        "timeline.md",
    ]
    flat = stdout.replace("\n", "")
    assert f"report:   {report}" in flat
    assert "4 stages found" in stdout
    stages = [("探索期", "exploratory"), ("控制期", "control"), ("抗争期", "resistance"),
              ("共生期", "symbiosis")]  # fmt: skip
    for i, (name, label) in enumerate(stages, 1):
        assert re.search(rf"{i}\. {name} \({label}\): 20\d\d-\d\d-\d\d – 20\d\d-\d\d-\d\d", stdout)
    assert "«去年三月»" in (out / "timeline.md").read_text(encoding="utf-8")
