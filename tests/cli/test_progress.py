"""cli.progress: the bar the multi-step commands share."""

from __future__ import annotations

from typing import Any

import pytest
from rich.progress import Progress, Task

from relcycle.cli import progress as progress_module
from relcycle.cli.progress import step_progress


@pytest.fixture
def bars(monkeypatch: pytest.MonkeyPatch) -> list[Progress]:
    """Every bar ``step_progress`` makes, to read its task."""
    made: list[Progress] = []

    class Recorded(Progress):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            made.append(self)

    monkeypatch.setattr(progress_module, "Progress", Recorded)
    return made


def _task(bars: list[Progress]) -> Task:
    (bar,) = bars
    (task,) = bar.tasks
    return task


def test_the_bar_counts_sources_while_importing(bars: list[Progress]) -> None:
    with step_progress("importing my-case") as (on_start, progress, step):
        assert _task(bars).description == "importing my-case"
        step("importing")
        on_start(3)
        for _ in range(3):
            progress(None)  # type: ignore[arg-type]  # the bar only counts
        task = _task(bars)
        assert (task.description, task.completed, task.total) == ("importing", 3, 3)


def test_a_later_step_is_named_without_a_count(bars: list[Progress]) -> None:
    with step_progress() as (on_start, progress, step):
        assert _task(bars).description == "starting"
        on_start(3)
        progress(None)  # type: ignore[arg-type]
        step("analysing")
        task = _task(bars)
        assert (task.description, task.completed, task.total) == ("analysing", 0, None)


def test_outside_a_terminal_nothing_is_written(capsys: pytest.CaptureFixture[str]) -> None:
    with step_progress() as (on_start, progress, step):
        on_start(1)
        progress(None)  # type: ignore[arg-type]
        step("writing")
    assert capsys.readouterr() == ("", "")
