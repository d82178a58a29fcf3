"""A case's timeline as Markdown: every period, what was placed in it and how."""

from __future__ import annotations

from relcycle.trajectory.timeline import Timeline, TimelineEntry

_SNIPPET = 80


def _snippet(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _SNIPPET else flat[: _SNIPPET - 1] + "…"


def _how(entry: TimelineEntry) -> str:
    a = entry.anchor
    span = a.start.isoformat() if a.start == a.end else f"{a.start} – {a.end}"
    if a.provenance == "text":
        how = f"«{a.expression}» ({a.precision}), source of {entry.source_date}"
    else:
        how = "source date"
    note = f"; {a.note}" if a.note else ""
    return f"{span}: {how}{note}"


def _entry(entry: TimelineEntry) -> str:
    who = f" [{entry.segment.actor}]" if entry.segment.actor else ""
    return (
        f"- `{entry.source_id}` #{entry.segment.index}{who} — {_how(entry)}\n"
        f"  > {_snippet(entry.segment.text)}"
    )


def timeline_markdown(timeline: Timeline) -> str:
    """Render ``timeline`` as a Markdown document."""
    case = timeline.case
    lines = [
        f"# Timeline: {case.title}",
        "",
        f"Case `{case.id}`, {case.start} – {case.end}, by {timeline.grain}. Each segment is "
        "placed at the time its text names, else at its source's date.",
        "",
    ]
    if timeline.before:
        lines += ["## Before the studied period", "", *map(_entry, timeline.before), ""]
    for bucket in timeline.periods:
        placed = sum(e.anchor.provenance == "text" for e in bucket.entries)
        lines += [
            f"## {bucket.period.label}",
            "",
            f"{len(bucket.entries)} segments, {placed} placed by their own text.",
            "",
        ]
        lines += [_entry(e) for e in bucket.entries]
        lines.append("")
    if timeline.after:
        lines += ["## After the studied period", "", *map(_entry, timeline.after), ""]
    return "\n".join(lines)
