"""How the CLI prints what services return (rich tables and lines)."""

from __future__ import annotations

from rich.cells import cell_len
from rich.console import Console
from rich.markup import escape
from rich.measure import Measurement
from rich.table import Column, Table

from relcycle.services.cases import CaseOverview
from relcycle.services.imports import ImportResult
from relcycle.store import CaseSummary
from relcycle.trajectory.timeline import Timeline, TimelineEntry

_QUOTE_CELLS = 40
"""Terminal cells a timeline quote may take at least (more in a wider terminal)."""
_TITLE_ROOM = 20
"""Characters a case's title needs at least for `relcycle cases` to print a table."""


def import_result(console: Console, result: ImportResult) -> None:
    """One paragraph: what the import changed and what the reader noticed."""
    r = result.report
    verb = "created" if r.case_created else ("updated" if r.changed else "unchanged")
    console.print(
        f"case [bold]{escape(r.case_id)}[/]: {verb} — {len(r.added)} sources added, "
        f"{len(r.updated)} updated, {len(r.unchanged)} unchanged, {len(r.removed)} removed; "
        f"{r.events} events, {r.codings} codings"
    )
    console.print(
        f"{result.sources} sources, {result.segments} segments, {result.characters:,} characters; "
        f"{result.placed_by_text} segments placed by their own text, "
        f"{result.out_of_period} outside the studied period"
    )
    if r.reanchored or r.orphaned:
        console.print(
            f"codings on changed sources: {r.reanchored} re-anchored to their quoted text, "
            f"{r.orphaned} orphaned"
            + (
                f" (quoted text gone; kept, see: relcycle code list {escape(r.case_id)} --orphaned)"
                if r.orphaned
                else ""
            ),
            soft_wrap=True,
        )
    for warning in result.warnings:
        console.print(f"[yellow]warning:[/] {escape(warning)}")


def case_list(console: Console, summaries: list[CaseSummary]) -> None:
    """The store's cases as a table; as two lines a case where a table would not fit."""
    if not summaries:
        console.print("no cases in this store; add one with: relcycle import PATH")
        return
    table = Table(
        Column("id", no_wrap=True), "title", "lang", "period", "studied", "sources", "segments",
        "updated",
    )  # fmt: skip
    for s in summaries:
        table.add_row(
            escape(s.id),
            escape(s.title),
            s.language,
            s.period,
            f"{s.start} – {s.end}",
            str(s.sources),
            str(s.segments),
            s.updated.strftime("%Y-%m-%d %H:%M"),
        )
    # every column but the title at its full width, and some room for the title
    needed = Measurement.get(console, console.options.update_width(10_000), table).maximum
    title_room = max(cell_len(s.title) for s in summaries)
    if needed - title_room + min(title_room, _TITLE_ROOM) <= console.width:
        console.print(table)
        return
    for s in summaries:  # a narrow terminal: "tit…", "peri…", "202…" said nothing
        console.print(f"[bold]{escape(s.id)}[/]  {escape(s.title)}")
        console.print(
            f"  {s.language}, by {s.period}, {s.start} – {s.end}; {s.sources} sources, "
            f"{s.segments} segments; updated {s.updated.strftime('%Y-%m-%d %H:%M')}"
        )


def overview(console: Console, ov: CaseOverview) -> None:
    """A stored case described."""
    c = ov.case
    console.print(f"[bold]{escape(c.title)}[/] ({escape(c.id)})")
    console.print(f"language {c.language}; studied {c.start} – {c.end} by {c.period}")
    actors = Table("actor", "name", "role", "aliases", title="actors")
    for a in c.actors:
        actors.add_row(escape(a.id), escape(a.name), a.role, escape(", ".join(a.aliases)))
    console.print(actors)
    if c.contract is not None:
        k = c.contract
        span = f"{k.start or '?'} – {k.end or '?'}" if k.start or k.end else "dates not given"
        console.print(
            f"contract: {span}"
            + (f", mid-term {k.mid_term}" if k.mid_term else "")
            + "".join(f"; {escape(str(key))}: {escape(str(v))}" for key, v in k.terms.items())
        )
    kinds = ", ".join(f"{n} {kind}" for kind, n in ov.kinds.items())
    console.print(
        f"{ov.summary.sources} sources ({kinds}), {ov.first_source} – {ov.last_source}; "
        f"{ov.summary.segments} segments, {ov.placed_by_text} placed by their own text, "
        f"{ov.out_of_period} outside the studied period"
    )
    coders = ", ".join(f"{escape(k)} {n}" for k, n in ov.codings_by_coder.items()) or "none"
    console.print(f"{ov.events} events; codings by coder: {coders}")
    log = Table(
        Column("when (UTC)", no_wrap=True), "action", Column("source", overflow="fold"),
        "detail", title="import log (latest 10)",
    )  # fmt: skip
    for e in ov.log[-10:]:
        log.add_row(
            e.at.strftime("%Y-%m-%d %H:%M:%S"),
            e.action,
            escape(e.source_id or ""),
            escape(e.detail),
        )
    console.print(log)


def _clip(text: str, cells: int) -> str:
    """``text`` cut to ``cells`` terminal cells with "…" (a Chinese character takes two)."""
    if cell_len(text) <= cells:
        return text
    used = 0
    for i, char in enumerate(text):
        used += cell_len(char)
        if used > cells - 1:
            return text[:i] + "…"
    return text


def _how(entry: TimelineEntry) -> str:
    a = entry.anchor
    if a.provenance == "text":
        how = f"[green]«{escape(a.expression or '')}»[/] {a.precision}"
    else:
        how = "[dim]source date[/]"
    if not a.in_period:
        how += " [yellow](outside the studied period)[/]"
    if a.note:
        how += f" [dim]— {escape(a.note)}[/]"
    return how


def timeline(console: Console, tl: Timeline, *, dated_only: bool = False) -> None:
    """Every period with its segments, their anchors and provenance."""
    c = tl.case
    console.print(f"[bold]{escape(c.title)}[/] — timeline by {tl.grain}, {c.start} – {c.end}")
    groups = [("before the studied period", tl.before)]
    groups += [(p.period.label, p.entries) for p in tl.periods]
    groups += [("after the studied period", tl.after)]
    for label, entries in groups:
        shown = [e for e in entries if e.anchor.provenance == "text"] if dated_only else entries
        if not shown and label.endswith("period"):
            continue
        console.print(f"\n[bold cyan]{label}[/] ({len(entries)} segments)")
        for e in shown:
            a = e.anchor
            span = str(a.start) if a.start == a.end else f"{a.start}…{a.end}"
            text = _clip(" ".join(e.segment.text.split()), max(_QUOTE_CELLS, console.width - 6))
            console.print(
                f"  {span}  {escape(e.source_id)}#{e.segment.index}"
                f" (source {e.source_date})  {_how(e)}\n      {escape(text)}",
                soft_wrap=True,
            )
