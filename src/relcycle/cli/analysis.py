"""``relcycle analyze``: import, auto-code and analyse a case's stages in one go."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from relcycle.cli import analysis_render as render
from relcycle.cli.app import app
from relcycle.cli.options import DbOption, PeriodOption
from relcycle.cli.render import import_result
from relcycle.domain import GRAINS, ParsedSource
from relcycle.domain.period import Grain
from relcycle.errors import ConfigError
from relcycle.services.analysis import analyze as analyze_service
from relcycle.settings import Settings

console = Console(highlight=False)


def _grain(period: str | None) -> Grain | None:
    if period is None:
        return None
    for grain in GRAINS:
        if grain == period:
            return grain
    raise ConfigError(f"--period {period!r} is unknown; choose one of: {', '.join(GRAINS)}")


@contextmanager
def _progress() -> Iterator[
    tuple[Callable[[int], None], Callable[[ParsedSource], None], Callable[[str], None]]
]:
    """A progress bar: sources imported, then one line per step."""
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task("starting", total=None)

        def on_start(total: int) -> None:
            bar.update(task, total=total, completed=0)

        def progress(_: ParsedSource) -> None:
            bar.advance(task)

        def step(name: str) -> None:
            if name != "importing":
                bar.update(task, total=None, completed=0)
            bar.update(task, description=name)

        yield on_start, progress, step


@app.command("analyze")
def analyze(
    case: Annotated[
        str, typer.Argument(metavar="PATH|CASE", help="A case folder, or a stored case's id.")
    ],
    json_out: Annotated[
        Path | None,
        typer.Option("--json", help="Write the analysis as JSON (schema relcycle.analysis/1)."),
    ] = None,
    framework: Annotated[
        str | None,
        typer.Option("--framework", help="A framework id or path (default: the case's)."),
    ] = None,
    period: PeriodOption = None,
    db: DbOption = None,
) -> None:
    """Find the relationship's stages: import and auto-code a folder, then label its periods."""
    settings = Settings.from_env(db=db)
    grain = _grain(period)
    with _progress() as (on_start, progress, step):
        run = analyze_service(
            case,
            settings,
            framework=framework,
            grain=grain,
            json_out=json_out,
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
