"""``relcycle report``: one self-contained HTML report of a case (and a PDF on request)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from relcycle.cli.app import app
from relcycle.cli.options import (
    AnalysisCoderOption,
    CaseRef,
    DbOption,
    FrameworkOption,
    PeriodOption,
    period_grain,
)
from relcycle.cli.progress import step_progress
from relcycle.services.report import write_report
from relcycle.settings import Settings

console = Console(highlight=False)


@app.command("report")
def report(
    case: CaseRef,
    out: Annotated[
        Path, typer.Option("--out", help="Folder to write <case>-report.html into.")
    ] = Path("."),
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            help="Language: zh, zh-Hans, zh-Hant or en (default: the case's, in its script).",
        ),
    ] = None,
    pdf: Annotated[
        bool, typer.Option("--pdf", help="Also write the report as PDF (headless Chromium).")
    ] = False,
    framework: FrameworkOption = None,
    period: PeriodOption = None,
    coder: AnalysisCoderOption = "dictionary",
    db: DbOption = None,
) -> None:
    """Write a case's report: stages, turning points and advice, with the quotes behind them."""
    settings = Settings.from_env(db=db)
    grain = period_grain(period)
    with step_progress() as (on_start, progress, step):
        result = write_report(
            case, settings, out_dir=out, lang=lang, pdf=pdf, framework=framework, grain=grain,
            coder=coder, on_start=on_start, progress=progress, step=step,
        )  # fmt: skip
    console.print(f"report: {result.html}", soft_wrap=True)
    if result.pdf is not None:
        console.print(f"pdf:    {result.pdf}", soft_wrap=True)
