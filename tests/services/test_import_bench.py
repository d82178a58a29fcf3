"""The import benchmark's breakdown still runs against the reader it takes apart.

``bench/import_bench.py --steps stages`` stands in for ``place_segments`` to
time reading apart from dating, so a new argument of ``place_segments`` breaks
it; this runs it on a small corpus (it checks that it runs, not how fast).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "import_bench.py"


def test_stages_step_runs_on_a_small_corpus() -> None:
    out = subprocess.run(
        [sys.executable, str(BENCH), "--mb", "0.2", "--steps", "stages"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("stages")]
    assert lines and "(regexes)" in lines[0], out.stdout
    assert "rest of Scanner.scan_parts" in out.stdout
