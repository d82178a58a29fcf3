"""The commands: each parses its options, calls one service and prints the result."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from relcycle.cli import render
from relcycle.cli.app import app
from relcycle.cli.options import DbOption, PeriodOption, period_grain
from relcycle.cli.progress import step_progress
from relcycle.services.cases import case_overview, export_case, list_cases
from relcycle.services.imports import import_folder
from relcycle.services.timeline import case_timeline
from relcycle.settings import Settings

console = Console(highlight=False)


def _settings(db: str | None, max_source_mb: float | None = None) -> Settings:
    return Settings.from_env(db=db, max_source_mb=max_source_mb)


@app.command("import")
def import_(
    path: Annotated[Path, typer.Argument(help="The case folder (case.yaml, sources/ ...).")],
    db: DbOption = None,
    max_source_mb: Annotated[
        float | None,
        typer.Option(help="Refuse source files larger than this (MB); default 50."),
    ] = None,
) -> None:
    """Read a case folder into the store, all or nothing; re-import to update it."""
    settings = _settings(db, max_source_mb=max_source_mb)
    with step_progress(f"importing {path.name}") as (on_start, progress, _):
        result = import_folder(path, settings=settings, on_start=on_start, progress=progress)
    render.import_result(console, result)


@app.command("cases")
def cases(db: DbOption = None) -> None:
    """List the cases in the store."""
    render.case_list(console, list_cases(_settings(db)))


@app.command("show")
def show(
    case: Annotated[str, typer.Argument(help="The case id.")],
    db: DbOption = None,
) -> None:
    """Describe a stored case: actors, contract, sources, how they were dated, import log."""
    render.overview(console, case_overview(case, _settings(db)))


@app.command("export")
def export(
    case: Annotated[str, typer.Argument(help="The case id.")],
    dest: Annotated[Path, typer.Argument(help="The folder to write (must not exist or be empty).")],
    db: DbOption = None,
) -> None:
    """Write a stored case back to a case folder."""
    written = export_case(case, dest, _settings(db))
    console.print(f"exported {case} to {written}")


@app.command("timeline")
def timeline(
    case: Annotated[str, typer.Argument(help="A case id in the store, or a case folder's path.")],
    db: DbOption = None,
    period: PeriodOption = None,
    dated_only: Annotated[
        bool,
        typer.Option("--dated-only", help="Show only segments whose own text names their time."),
    ] = False,
) -> None:
    """Show every segment per period with the time it was placed at and how."""
    result = case_timeline(case, _settings(db), period_grain(period))
    render.timeline(console, result, dated_only=dated_only)
