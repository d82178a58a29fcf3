"""The Typer application, its global options and its one error handler."""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from relcycle import __version__
from relcycle.errors import RelcycleError

app = typer.Typer(
    name="relcycle",
    help="Reconstruct, with evidence, how a funded project's relationship evolved.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

_DEBUG_ENV = "RELCYCLE_DEBUG"
err_console = Console(stderr=True, highlight=False)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"relcycle {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    debug: Annotated[
        bool, typer.Option("--debug", help="Show the full traceback of an error.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """relcycle: cases, coding, stages, simulation and reports."""
    # --debug is declared here for parsing and --help; main() reads it from the arguments
    # before the command runs (setting the environment here would leak into later calls).
    del debug


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; errors become one line on stderr and a non-zero exit.

    Exit codes: 0 success, 1 a relcycle error (bad input, unknown case ...),
    2 a usage error, 3 an unexpected internal error, 130 interrupted.
    """
    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args or os.environ.get(_DEBUG_ENV) == "1"
    try:
        app(args=args, prog_name="relcycle", standalone_mode=True)
    except RelcycleError as exc:
        if debug:
            raise
        err_console.print(f"[bold red]error:[/] {escape(str(exc))}", soft_wrap=True)
        sys.exit(1)
    except KeyboardInterrupt:
        err_console.print("interrupted")
        sys.exit(130)
    except Exception as exc:
        if debug:
            raise
        err_console.print(
            f"[bold red]internal error:[/] {type(exc).__name__}: {escape(str(exc))} "
            "(run with --debug for the traceback)",
            soft_wrap=True,
        )
        sys.exit(3)
