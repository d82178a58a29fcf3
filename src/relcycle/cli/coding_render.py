"""How the coding commands print what the coding services return."""

from __future__ import annotations

import math
from collections.abc import Sequence

from rich.console import Console
from rich.markup import escape
from rich.table import Column, Table

from relcycle.coding.agreement import AgreementResult
from relcycle.frameworks import Framework
from relcycle.services.coding import (
    AutocodeResult,
    CaseAgreement,
    CodingImportResult,
)
from relcycle.store import CodingChanges, CodingLogEntry, CodingRecord

QUOTE_WIDTH = 48
"""Characters of a quote shown in a table."""


def _quote(text: str, width: int = QUOTE_WIDTH) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _span(r: CodingRecord) -> str:
    return f"{escape(r.source_id)} {r.start}..{r.end}"


def added(console: Console, r: CodingRecord) -> None:
    """The coding just added."""
    console.print(
        f"added coding {r.id}: {escape(r.code)} on {_span(r)} by {escape(r.coder)} "
        f"«{escape(_quote(r.quote))}»",
        soft_wrap=True,
    )


def removed(console: Console, r: CodingRecord) -> None:
    """The coding just removed."""
    console.print(
        f"removed coding {r.id}: {escape(r.code)} on {_span(r)} by {escape(r.coder)}",
        soft_wrap=True,
    )


def coding_table(console: Console, case_id: str, records: Sequence[CodingRecord]) -> None:
    """Codings as a table, with what each quotes; orphans flagged."""
    if not records:
        console.print(f"no codings in case {escape(case_id)} match")
        return
    table = Table(
        Column("id", justify="right", no_wrap=True), Column("source", overflow="fold"),
        Column("span", justify="right", no_wrap=True), Column("code", overflow="fold"),
        Column("coder", overflow="fold"), "origin", Column("quote", overflow="fold", ratio=2),
        title=f"codings of {escape(case_id)}",
    )  # fmt: skip
    for r in records:
        origin = r.origin + (" [yellow]orphaned[/]" if r.orphaned else "")
        table.add_row(
            str(r.id),
            escape(r.source_id),
            f"{r.start}..{r.end}",
            escape(r.code),
            escape(r.coder),
            origin,
            escape(_quote(r.quote)),
        )
    console.print(table)
    orphans = sum(r.orphaned for r in records)
    console.print(
        f"{len(records)} codings"
        + (f", {orphans} orphaned (quoted text gone; place or remove them)" if orphans else "")
    )


def coding_log(console: Console, case_id: str, entries: Sequence[CodingLogEntry]) -> None:
    """The coding log, oldest first."""
    if not entries:
        console.print(f"no coding changes in case {escape(case_id)} yet")
        return
    table = Table(
        Column("when (UTC)", no_wrap=True), Column("user", overflow="fold"), "action",
        Column("coding", justify="right"), Column("what", overflow="fold"),
        title=f"coding log of {escape(case_id)}",
    )  # fmt: skip
    for e in entries:
        table.add_row(
            e.at.strftime("%Y-%m-%d %H:%M:%S"),
            escape(e.user),
            e.action,
            str(e.coding_id),
            escape(e.summary),
        )
    console.print(table)


def _changes(c: CodingChanges) -> str:
    return f"{len(c.added)} added, {len(c.removed)} removed, {c.kept} kept"


def coding_import(console: Console, result: CodingImportResult) -> None:
    """What importing a codings.csv did."""
    coders = ", ".join(escape(c) for c in result.coders) or "none"
    console.print(
        f"case [bold]{escape(result.case_id)}[/]: {escape(str(result.path))}: {result.rows} "
        f"codings by {coders}; {_changes(result.changes)}",
        soft_wrap=True,
    )


def autocode(console: Console, result: AutocodeResult) -> None:
    """What an auto-coding run did."""
    console.print(
        f"case [bold]{escape(result.case_id)}[/]: {escape(result.coder)} coded "
        f"{result.segments} segments: {result.found} codings; {_changes(result.changes)}",
        soft_wrap=True,
    )
    top = list(result.by_code.items())[:10]
    if top:
        console.print("top codes: " + ", ".join(f"{escape(k)} {n}" for k, n in top))


def _number(value: float, percent: bool = False) -> str:
    if math.isnan(value):
        return "undefined"
    return f"{value:.1%}" if percent else f"{value:.3f}"


def _row(table: Table, name: str, r: AgreementResult) -> None:
    interval = (
        "undefined"
        if math.isnan(r.alpha_low)
        else f"{_number(r.alpha_low)} – {_number(r.alpha_high)}"
    )
    table.add_row(
        name,
        str(r.n_units),
        str(r.n_coders),
        _number(r.percent_agreement, percent=True),
        _number(r.positive_agreement, percent=True),
        f"{_number(r.kappa)} ({r.kappa_method})",
        _number(r.alpha),
        interval,
    )


def agreement(console: Console, result: CaseAgreement) -> None:
    """Agreement per code and overall."""
    report = result.report
    coverage = f"{report.ci:.0%}"
    # nothing is cut with "…" (gov.control.approval and gov.control.reporting both
    # read "gov.contro…" in a narrow terminal): a cell too wide folds onto more lines
    table = Table(
        Column("code", overflow="fold"), Column("units", justify="right", overflow="fold"),
        Column("coders", justify="right", overflow="fold"),
        Column("agreement", justify="right", overflow="fold"),
        Column("positive agreement", justify="right", overflow="fold"),
        Column("kappa", justify="right", overflow="fold"),
        Column("alpha", justify="right", overflow="fold"),
        Column(f"alpha {coverage} interval", justify="right", overflow="fold"),
        title=f"agreement in {escape(result.case_id)}: {', '.join(map(escape, report.coders))}",
    )  # fmt: skip
    for code, r in report.per_code.items():
        _row(table, escape(code), r)
    table.add_section()
    _row(table, "[bold]overall[/] (mean of codes)", report.overall)
    console.print(table)
    note = "units: segments of the sources that two or more of the coders coded; "
    note += "agreement counts the segments neither coder gave the code, positive agreement "
    note += "only those either gave it (2 × both / each); "
    note += f"alpha intervals: percentile bootstrap over segments, {report.n_boot} draws, "
    note += f"seed {report.seed}"
    if result.orphans_left_out:
        note += f"; {result.orphans_left_out} orphaned codings left out"
    console.print(note)


def codebook(console: Console, framework: Framework, lang: str) -> None:
    """A framework's codes as a table: id, label, whose act or state, family, parent."""
    table = Table(
        Column("code", no_wrap=True), Column("label", overflow="fold"),
        Column("applies to", no_wrap=True), Column("family", no_wrap=True),
        Column("parent", overflow="fold"),
        title=f"codes of {escape(framework.id)}",
    )  # fmt: skip
    for c in framework.codes:
        table.add_row(
            escape(c.id),
            escape(c.label.text(lang)),
            c.applies_to,
            c.family,
            escape(c.parent or ""),
        )
    console.print(table)
    console.print(f"{len(framework.codes)} codes")
