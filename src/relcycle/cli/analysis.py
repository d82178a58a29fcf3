"""``relcycle analyze``: import, auto-code and analyse a case's stages in one go."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from relcycle.cli import analysis_render as render
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
from relcycle.cli.render import import_result
from relcycle.services.analysis import analyze as analyze_service
from relcycle.settings import Settings

console = Console(highlight=False)


@app.command("analyze")
def analyze(
    case: CaseRef,
    json_out: Annotated[
        Path | None,
        typer.Option("--json", help="Write the analysis as JSON (schema relcycle.analysis/1)."),
    ] = None,
    framework: FrameworkOption = None,
    period: PeriodOption = None,
    coder: AnalysisCoderOption = "dictionary",
    db: DbOption = None,
) -> None:
    """Find the relationship's stages: import and auto-code a folder, then label its periods."""
    settings = Settings.from_env(db=db)
    grain = period_grain(period)
    with step_progress() as (on_start, progress, step):
        run = analyze_service(
            case,
            settings,
            framework=framework,
            grain=grain,
            json_out=json_out,
            coder=coder,
            on_start=on_start,
            progress=progress,
            step=step,
        )
    if run.imported is not None:
        import_result(console, run.imported)
    if run.autocoded is not None:
        a = run.autocoded
        console.print(f"auto-coded {a.segments} segments: {a.found} codings ({a.coder})")
    render.analysis(console, run.analysis)
    if run.json_path is not None:
        console.print(f"json: {run.json_path}", soft_wrap=True)
