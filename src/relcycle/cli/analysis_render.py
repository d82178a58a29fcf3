"""How ``relcycle analyze`` prints an analysis: stages, turning points, advice."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Column, Table

from relcycle.trajectory.result import Analysis


def analysis(console: Console, result: Analysis) -> None:
    """A readable summary: evidence, stages with dates and confidence, turning points, advice."""
    c = result.case
    ev = result.evidence
    origins = ", ".join(f"{n} {k}" for k, n in ev.by_origin.items()) or "none"
    console.print(
        f"[bold]{escape(c.title)}[/] ({escape(c.id)}): {len(result.periods)} {result.grain}s, "
        f"{result.periods[0].label if result.periods else c.start} – "
        f"{result.periods[-1].label if result.periods else c.end}"
    )
    console.print(
        f"evidence: {ev.items} items ({origins}); {ev.used} used, "
        f"{ev.before + ev.after} outside the studied period (kept aside)"
    )
    if result.reason is not None:
        console.print(f"[yellow]no stages:[/] {escape(result.reason)}")
        return
    table = Table(
        "#", Column("stage", no_wrap=True), Column("dates", no_wrap=True), "periods",
        "confidence", Column("runner-up", no_wrap=True), title="stages",
    )  # fmt: skip
    for i, s in enumerate(result.stages, 1):
        table.add_row(
            str(i),
            escape(s.label),
            f"{s.start} – {s.end}",
            f"{s.stop - s.first} ({s.start_period} – {s.end_period})",
            f"{s.confidence:.2f}",
            escape(s.runner_up or "–"),
        )
    console.print(table)
    for t in result.turning_points:
        moved = ", ".join(
            f"{m.indicator} {'↑' if m.delta > 0 else '↓'}{abs(m.delta):.1f}" for m in t.moved
        )
        console.print(
            f"turning point {t.period}: {escape(t.before)} → {escape(t.after)} "
            f"(stability {t.stability:.2f}); {escape(moved)}"
        )
    if result.legitimacy_periods:
        console.print(f"legitimacy crisis: {', '.join(result.legitimacy_periods)}")
    for a in result.advice:
        where = ", ".join(result.stages[i].label for i in a.stages)
        console.print(
            f"advice [bold]{escape(a.id)}[/] ({escape(where)}): {escape(a.title)}"
            f" — {len(a.evidence)} quotes",
            soft_wrap=True,
        )
