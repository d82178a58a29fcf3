"""A progress bar for multi-step commands: sources imported, then one line per step."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from relcycle.domain import ParsedSource

Callbacks = tuple[Callable[[int], None], Callable[[ParsedSource], None], Callable[[str], None]]


@contextmanager
def step_progress() -> Iterator[Callbacks]:
    """Yield the ``(on_start, progress, step)`` callbacks the services take; the bar goes to stderr.

    The bar counts sources while they are imported, then names each later step
    as it starts (without a count).
    """
    console = Console(stderr=True)
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,  # no stray blank line in logs and pipes
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
