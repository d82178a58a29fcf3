"""Coding commands: ``relcycle code …``, ``autocode``, ``agreement``, ``codebook``.

Each parses its options, calls one service and prints the result.
"""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from relcycle.cli import coding_render as render
from relcycle.cli.app import app
from relcycle.cli.options import DbOption, FrameworkOption
from relcycle.cli.render import import_result
from relcycle.errors import ConfigError
from relcycle.services import coding as service
from relcycle.settings import Settings

console = Console(highlight=False)
code_app = typer.Typer(
    name="code",
    help="Code sources by hand, import a codings.csv, list codings and their log.",
    no_args_is_help=True,
)
app.add_typer(code_app)

CaseArg = Annotated[str, typer.Argument(help="The case id.")]
UserOption = Annotated[
    str | None,
    typer.Option(
        "--user",
        envvar="RELCYCLE_USER",
        help="Who makes the change, for the coding log (default: your login name).",
        show_envvar=True,
    ),
]


def _settings(db: str | None) -> Settings:
    return Settings.from_env(db=db)


def _login() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


@code_app.command("add")
def add(
    case: CaseArg,
    source: Annotated[str, typer.Argument(help="The source, by its path under sources/.")],
    start: Annotated[int, typer.Argument(help="First character of the span (from 0).")],
    end: Annotated[int, typer.Argument(help="One past its last character.")],
    code: Annotated[str, typer.Argument(help="A code id of the case's framework.")],
    coder: Annotated[str, typer.Option("--coder", help="Who coded.")],
    memo: Annotated[str, typer.Option("--memo", help="A note on the coding.")] = "",
    user: UserOption = None,
    db: DbOption = None,
) -> None:
    """Code a span of a source; offsets count characters of the body text, end exclusive."""
    record = service.add_coding(
        case, source, start, end, code, coder, _settings(db), memo=memo, user=user
    )
    render.added(console, record)


@code_app.command("remove")
def remove(
    case: CaseArg,
    coding_id: Annotated[int, typer.Argument(metavar="ID", help="The coding's id (code list).")],
    user: UserOption = None,
    db: DbOption = None,
) -> None:
    """Remove a coding; the coding log keeps what it was."""
    record = service.remove_coding(case, coding_id, _settings(db), user=user or _login())
    render.removed(console, record)


@code_app.command("list")
def list_(
    case: CaseArg,
    coder: Annotated[str | None, typer.Option("--coder", help="Only this coder's.")] = None,
    code: Annotated[str | None, typer.Option("--code", help="Only this code's.")] = None,
    source: Annotated[str | None, typer.Option("--source", help="Only this source's.")] = None,
    orphaned: Annotated[
        bool, typer.Option("--orphaned", help="Only codings whose quoted text is gone.")
    ] = False,
    db: DbOption = None,
) -> None:
    """List codings with their ids and the text they quote."""
    records = service.list_codings(
        case,
        _settings(db),
        coder=coder,
        code=code,
        source_id=source,
        orphaned=True if orphaned else None,
    )
    render.coding_table(console, case, records)


@code_app.command("log")
def log(case: CaseArg, db: DbOption = None) -> None:
    """Show every change to the case's codings: when, who, what."""
    render.coding_log(console, case, service.coding_history(case, _settings(db)))


@code_app.command("import")
def import_(
    case: CaseArg,
    csv: Annotated[Path, typer.Argument(help="A codings.csv: source,start,end,code,coder[,memo].")],
    db: DbOption = None,
) -> None:
    """Import a codings.csv: each coder it names gets its rows as imported codings."""
    render.coding_import(console, service.import_codings_file(case, csv, _settings(db)))


@app.command("autocode")
def autocode(
    case: Annotated[str, typer.Argument(help="A case id, or a case folder (imported first).")],
    coder: Annotated[
        str, typer.Option("--coder", help="The auto-coder: dictionary, hybrid or supervised.")
    ] = "dictionary",
    framework: FrameworkOption = None,
    db: DbOption = None,
) -> None:
    """Code a case automatically; replaces that auto-coder's earlier codings, never manual ones."""
    result = service.autocode(case, _settings(db), coder=coder, framework=framework)
    if result.imported is not None:
        import_result(console, result.imported)
    render.autocode(console, result)


@app.command("codebook")
def codebook(
    framework: Annotated[
        str | None,
        typer.Option("--framework", help="A framework id or path (default: the built-in one)."),
    ] = None,
    lang: Annotated[str, typer.Option("--lang", help="The labels' language: zh or en.")] = "en",
) -> None:
    """List a framework's codes: the ids codings.csv and `code add` take, with their labels."""
    render.codebook(console, service.codebook(framework), lang)


def _coders(value: str | None) -> list[str] | None:
    if value is None:
        return None
    names = [n.strip() for n in value.split(",") if n.strip()]
    if len(names) < 2:
        raise ConfigError(f"--coders {value!r}: give two or more coders, separated by commas")
    return names


@app.command("agreement")
def agreement(
    case: CaseArg,
    coders: Annotated[
        str | None,
        typer.Option(
            "--coders",
            help="Coders to compare, comma-separated (default: every person; an auto:… coder "
            "only when named).",
        ),
    ] = None,
    code: Annotated[str | None, typer.Option("--code", help="Only this code.")] = None,
    db: DbOption = None,
) -> None:
    """Inter-coder agreement per code and overall: percent, kappa, alpha with a 95% interval."""
    result = service.case_agreement(case, _settings(db), _coders(coders), code)
    render.agreement(console, result)
