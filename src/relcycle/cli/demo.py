"""``relcycle demo``: the whole pipeline on the bundled L town case, README's first command."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from relcycle.cli.app import app
from relcycle.cli.progress import step_progress
from relcycle.cli.render import import_result
from relcycle.services.demo import run_demo

console = Console(highlight=False)


@app.command("demo")
def demo(
    out: Annotated[
        Path, typer.Option("--out", help="Folder for the demo's store and report.")
    ] = Path("relcycle-demo"),
) -> None:
    """Run the pipeline on the bundled L town case (a fresh store in --out) and write its report."""
    with step_progress() as (on_start, progress, step):
        result = run_demo(out, on_start=on_start, progress=progress, step=step)
    import_result(console, result.imported)
    a = result.analysis
    if a.reason is not None:
        console.print(f"[yellow]no stages:[/] {escape(a.reason)}")
    else:
        console.print(f"\n[bold]{len(a.stages)} stages found[/] in {escape(a.case.title)}:")
        for i, s in enumerate(a.stages, 1):
            console.print(
                f"  {i}. {escape(s.name)} ({escape(s.label)}): {s.start} – {s.end}, "
                f"confidence {s.confidence:.2f}"
            )
        console.print(
            f"{len(a.turning_points)} turning points, {len(a.advice)} pieces of advice "
            f"with the evidence behind them."
        )
    console.print(f"\nstore:    {result.db_url}", soft_wrap=True)
    console.print(f"timeline: {result.timeline_md}", soft_wrap=True)
    console.print(f"report:   {result.report}", soft_wrap=True)
