"""Options shared by every command."""

from __future__ import annotations

from typing import Annotated

import typer

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="RELCYCLE_DB",
        help="Store URL: sqlite:///path.db (default sqlite:///relcycle.db) or postgresql://...",
        show_envvar=True,
    ),
]
PeriodOption = Annotated[
    str | None,
    typer.Option("--period", help="Timeline grain: week, month or quarter (default: the case's)."),
]
