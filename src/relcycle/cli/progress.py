"""A progress bar for multi-step commands: sources imported, then one line per step."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from relcycle.domain import ParsedSource

Callbacks = tuple[Callable[[int], None], Callable[[ParsedSource], None], Callable[[str], None]]


@contextmanager
def step_progress(label: str = "starting") -> Iterator[Callbacks]:
    """Yield the ``(on_start, progress, step)`` callbacks the services take; the bar goes to stderr.

    The bar counts sources while they are imported, then names each later step
    as it starts (without a count).

    Args:
        label: What the bar says until the first step is named.
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
        task = bar.add_task(label, total=None)

        def on_start(total: int) -> None:
            bar.update(task, total=total, completed=0)

        def progress(_: ParsedSource) -> None:
            bar.advance(task)

        def step(name: str) -> None:
            nonlocal task
            if name == "importing":
                bar.update(task, description=name)
                return
            # rich cannot set a total back to None: a new task shows no count
            bar.remove_task(task)
            task = bar.add_task(name, total=None)

        yield on_start, progress, step
