"""relcycle demo: README's first command, end to end on the bundled L town case."""

from __future__ import annotations

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
    for line in (
        "1. 探索期 (exploratory): 2017-09-01 – 2017-11-30",
        "2. 控制期 (control): 2017-12-01 – 2018-08-31",
        "3. 抗争期 (resistance): 2018-09-01 – 2019-03-31",
        "4. 共生期 (symbiosis): 2019-04-01 – 2020-02-29",
    ):
        assert line in stdout
    assert "«去年三月»" in (out / "timeline.md").read_text(encoding="utf-8")
