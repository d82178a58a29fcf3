"""Time the L town report's PDF (headless Chromium) and its paper figures (matplotlib).

Usage: python3 bench/pdf_bench.py [--repeat N]

Writes the L town HTML report once (fresh store in a temporary folder), then
prints the best of N runs of:
  1. html_to_pdf on it (Chromium start, layout, charts, printing, text-layer repair);
  2. the text-layer pass alone (pypdf reading and rewriting the printed PDF);
  3. write_figures (timeline and indicators, PNG and SVG, Chinese labels).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader

from relcycle.examples import example_path
from relcycle.frameworks import load_framework
from relcycle.report.figures import figure_labels, write_figures
from relcycle.report.fonts import cjk_font_faces, find_cjk_font
from relcycle.report.pdf import html_to_pdf
from relcycle.report.pdf_text import repair_text_layer
from relcycle.services.report import write_report
from relcycle.settings import Settings


def best(repeat: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        settings = Settings.from_env(db=f"sqlite:///{root / 'store.db'}")
        report = write_report(example_path("ltown"), settings, out_dir=root / "report")
        html, pdf = report.html, root / "report" / "ltown.pdf"
        t_pdf = best(args.repeat, lambda: html_to_pdf(html, pdf))
        pages = len(PdfReader(pdf).pages)
        font, faces = find_cjk_font(), cjk_font_faces()
        text = html.read_text(encoding="utf-8")
        t_repair = best(
            args.repeat, lambda: repair_text_layer(pdf, root / "again.pdf", font, text, faces)
        )
        analysis = report.run.analysis
        labels = figure_labels(load_framework(analysis.case.framework), "zh")
        t_fig = best(args.repeat, lambda: write_figures(analysis, labels, root / "figures"))
        print(f"L town report: HTML {html.stat().st_size / 1e6:.1f} MB")
        print(
            f"html_to_pdf:      {t_pdf:6.2f} s  ({pages} pages, {pdf.stat().st_size / 1e6:.1f} MB)"
        )
        print(f"  text-layer pass {t_repair:6.2f} s")
        print(f"write_figures:    {t_fig:6.2f} s  (2 figures x PNG + SVG, zh)")
        print(f"best of {args.repeat} runs each")


if __name__ == "__main__":
    main()
