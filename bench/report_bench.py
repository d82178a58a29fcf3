"""Time the HTML report of the bundled L town case: the demo end to end, and the report alone.

Usage: python3 bench/report_bench.py [--repeat N]

Prints the best of N runs of (1) the whole demo (fresh store, import,
auto-code, analyse, report, timeline) and (2) building the report's context
and rendering it from an analysis already made, plus the HTML's size.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from pathlib import Path

from relcycle.frameworks import load_framework
from relcycle.report.context import build_context
from relcycle.report.html import plotly_js, render_html
from relcycle.services.demo import run_demo
from relcycle.services.store import open_store
from relcycle.settings import Settings


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    demo_times = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            result = run_demo(Path(tmp) / "demo")
            demo_times.append(time.perf_counter() - t0)
        analysis = result.analysis
        settings = Settings.from_env(db=result.db_url)
        with open_store(settings) as store:
            sources = [p.source for p in store.iter_sources(analysis.case.id)]
        fw = load_framework(analysis.case.framework)
        plotly_js()
        build, render = [], []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            ctx = build_context(
                analysis, fw, sources, lang="zh", provenance={}, run_date=dt.datetime.now(dt.UTC)
            )
            t1 = time.perf_counter()
            page = render_html(ctx)
            t2 = time.perf_counter()
            build.append(t1 - t0)
            render.append(t2 - t1)
        size = len(page.encode("utf-8"))
        js = len(plotly_js().encode("utf-8"))
    print(f"demo end to end (85 sources): best {min(demo_times):.2f} s of {args.repeat}")
    print(f"report context: best {1000 * min(build):.0f} ms", end="; ")
    print(f"render: best {1000 * min(render):.0f} ms")
    print(f"HTML: {size / 1e6:.2f} MB, of which plotly.js {js / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
