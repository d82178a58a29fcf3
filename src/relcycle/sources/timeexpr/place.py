"""Dating segments: one time anchor per segment, from its text or its source's date."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from relcycle.domain import PRECISIONS, Case, Precision, Segment, Source, TimeAnchor
from relcycle.sources.timeexpr.find import scan_text
from relcycle.sources.timeexpr.model import TimeContext, TimeMention, UnresolvedMention

#: Each precision's rank (0: day, the most specific), without ``Precision.rank``'s search.
_RANK = {precision: rank for rank, precision in enumerate(PRECISIONS)}


def _outside(start: date, end: date, case: Case) -> str | None:
    """A note when ``[start, end]`` lies wholly outside the case's studied period."""
    if end < case.start or start > case.end:
        return f"{start}..{end} lies outside the studied period {case.start}..{case.end}"
    return None


def _join(*parts: str | None) -> str | None:
    kept = [p for p in parts if p]
    return "; ".join(kept) if kept else None


def _from_source(segment: Segment, source: Source, case: Case,
                 unresolved: list[UnresolvedMention]) -> TimeAnchor:  # fmt: skip
    skipped = "; ".join(f"unresolved '{u.expression}' ({u.reason})" for u in unresolved)
    outside = _outside(source.date, source.date, case)
    return TimeAnchor(
        source_id=source.id,
        segment_index=segment.index,
        start=source.date,
        end=source.date,
        precision=Precision.DAY,
        provenance="source_date",
        note=_join(skipped, f"source date {outside}" if outside else None),
        in_period=outside is None,
    )


def _from_text(segment: Segment, source: Source, case: Case,
               mentions: list[TimeMention]) -> tuple[TimeAnchor, TimeMention]:  # fmt: skip
    kept = mentions[0]
    summary = None
    if len(mentions) > 1:
        best = _RANK[kept.precision]
        for mention in mentions:  # the first of the most specific
            rank = _RANK[mention.precision]
            if rank < best:
                kept, best = mention, rank
        summary = f"{len(mentions)} time expressions; kept the most specific '{kept.expression}'"
        conflicts = [m for m in mentions if m is not kept and not m.overlaps(kept)]
        if conflicts:
            summary += "; conflicting: " + ", ".join(f"'{m.expression}'" for m in conflicts)
    start, end = kept.interval_start, kept.interval_end
    note = summary
    in_period = not (end < case.start or start > case.end)
    if not in_period:
        outside = f"'{kept.expression}' {_outside(start, end, case)}"
        note = outside if summary is None else f"{summary}; {outside}"
    anchor = TimeAnchor(
        source_id=source.id,
        segment_index=segment.index,
        start=start,
        end=end,
        precision=kept.precision,
        provenance="text",
        expression=kept.expression,
        note=note,
        in_period=in_period,
    )
    return anchor, kept


def place_segments(segments: Sequence[Segment], source: Source, case: Case) -> list[TimeAnchor]:
    """One time anchor per segment, in the segments' order.

    A segment is placed at the most specific time expression it contains
    (ties: the first); other expressions whose intervals do not overlap it are
    named in the anchor's note. A segment without a resolvable expression is
    placed at its source's date. Anaphora (当时, two months later) resolve
    against the time the previous dated segment of the same source was placed
    at; an interval wholly outside the case's studied period is kept with
    ``in_period=False``.

    Args:
        segments: The source's segments, in order.
        source: The source they belong to (its date is "now" for 去年, last month ...).
        case: The case (its studied period, and its contract's start, end and mid-term).

    Returns:
        Exactly one :class:`TimeAnchor` per segment, in the same order.
    """
    ctx = TimeContext.for_source(case, source)
    previous: TimeMention | None = None
    anchors: list[TimeAnchor] = []
    for segment in segments:
        mentions, unresolved = scan_text(segment.text, ctx, previous)
        if not mentions:
            anchors.append(_from_source(segment, source, case, unresolved))
            continue
        anchor, previous = _from_text(segment, source, case, mentions)
        anchors.append(anchor)
    return anchors
