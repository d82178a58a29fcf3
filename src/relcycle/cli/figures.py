"""``relcycle figures``: the stage timeline and the indicator chart as PNG and SVG."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from relcycle.cli.app import app
from relcycle.cli.options import AnalysisCoderOption, CaseRef, DbOption
from relcycle.services.figures import case_figures
from relcycle.settings import Settings

console = Console(highlight=False)


@app.command("figures")
def figures(
    case: CaseRef,
    out: Annotated[
        Path, typer.Option("--out", help="Folder to write timeline/indicators .png and .svg into.")
    ],
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            help="Labels in zh, zh-Hans, zh-Hant or en (default: the case's language and script).",
        ),
    ] = None,
    coder: AnalysisCoderOption = "dictionary",
    db: DbOption = None,
) -> None:
    """Draw a case's stage timeline and indicator chart for a paper (PNG and SVG)."""
    settings = Settings.from_env(db=db)
    with Console(stderr=True).status("analysing") as status:
        result = case_figures(
            case, settings, out_dir=out, lang=lang, coder=coder, step=lambda s: status.update(s)
        )
    a = result.run.analysis
    console.print(f"{a.case.id}: {len(a.stages)} stages, figures in {result.lang}:")
    for path in result.files:
        console.print(f"  {path}", soft_wrap=True)
