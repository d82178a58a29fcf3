"""Options shared by every command."""

from __future__ import annotations

from typing import Annotated

import typer

from relcycle.domain import GRAINS
from relcycle.domain.period import Grain
from relcycle.errors import ConfigError

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="RELCYCLE_DB",
        help="Store: a SQLite file (cases.db, sqlite:///path.db; default sqlite:///relcycle.db) "
        "or postgresql://...",
        show_envvar=True,
    ),
]
CaseRef = Annotated[
    str, typer.Argument(metavar="CASE|PATH", help="A stored case's id, or a case folder.")
]
PeriodOption = Annotated[
    str | None,
    typer.Option("--period", help="Timeline grain: week, month or quarter (default: the case's)."),
]
FrameworkOption = Annotated[
    str | None,
    typer.Option("--framework", help="A framework id or path (default: the case's)."),
]
AnalysisCoderOption = Annotated[
    str,
    typer.Option(
        "--coder",
        help="The auto-coder whose codings the stages are read from: dictionary, hybrid or "
        "supervised (run first if the case has none of its codings).",
    ),
]


def period_grain(period: str | None) -> Grain | None:
    """The grain a ``--period`` names (``None`` for the case's own).

    Raises:
        ConfigError: Not one of the grains (they are listed).
    """
    if period is None:
        return None
    for g in GRAINS:
        if g == period:
            return g
    raise ConfigError(f"--period {period!r} is unknown; choose one of: {', '.join(GRAINS)}")
