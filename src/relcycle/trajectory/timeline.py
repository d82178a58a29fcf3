"""The timeline of a case: its segments grouped by the period they speak of."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from relcycle.domain import (
    Case,
    ParsedSource,
    Period,
    Segment,
    TimeAnchor,
    period_of,
    periods_between,
)
from relcycle.domain.period import Grain


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One segment on the timeline, with where it was placed and why.

    Attributes:
        source_id: The source the segment comes from.
        source_kind: The source's kind (interview, field_note ...).
        source_date: The source's own date.
        segment: The segment.
        anchor: Its time anchor.
    """

    source_id: str
    source_kind: str
    source_date: date
    segment: Segment
    anchor: TimeAnchor

    @property
    def retrospective(self) -> bool:
        """True when the text places itself before its source's date."""
        return self.anchor.provenance == "text" and self.anchor.end < self.source_date


@dataclass(slots=True)
class TimelinePeriod:
    """A period of the timeline and the entries that start in it."""

    period: Period
    entries: list[TimelineEntry] = field(default_factory=list)


@dataclass(slots=True)
class Timeline:
    """A case's timeline at one grain.

    Attributes:
        case: The case.
        grain: week, month or quarter.
        periods: Every period of the studied span, in order, empty ones included.
        before: Entries placed before the studied period (kept, flagged).
        after: Entries placed after it.
    """

    case: Case
    grain: Grain
    periods: list[TimelinePeriod]
    before: list[TimelineEntry] = field(default_factory=list)
    after: list[TimelineEntry] = field(default_factory=list)

    @property
    def entries(self) -> list[TimelineEntry]:
        """Every entry, in time order, out-of-period ones included."""
        inside = [e for p in self.periods for e in p.entries]
        return self.before + inside + self.after


def build_timeline(
    case: Case, sources: Iterable[ParsedSource], grain: Grain | None = None
) -> Timeline:
    """Group every segment by the period its time anchor starts in.

    An anchor that spans several periods (``2018年上半年``) is listed once, in
    the period where it starts, with its whole interval; anchors outside the
    studied period go to ``before``/``after``, never dropped.

    Args:
        case: The case.
        sources: Its parsed sources (segments with anchors).
        grain: The period grain; the case's own when omitted.
    """
    grain = grain or case.period
    periods = [TimelinePeriod(p) for p in periods_between(case.start, case.end, grain)]
    by_label = {p.period.label: p for p in periods}
    timeline = Timeline(case=case, grain=grain, periods=periods)
    for parsed in sources:
        src = parsed.source
        for segment, anchor in zip(parsed.segments, parsed.anchors, strict=True):
            entry = TimelineEntry(src.id, src.kind, src.date, segment, anchor)
            if anchor.end < case.start:
                timeline.before.append(entry)
            elif anchor.start > case.end:
                timeline.after.append(entry)
            else:
                first = max(anchor.start, case.start)
                by_label[period_of(first, grain).label].entries.append(entry)

    def order(e: TimelineEntry) -> tuple[date, date, str, int]:
        return (e.anchor.start, e.anchor.end, e.source_id, e.segment.index)

    for bucket in [timeline.before, timeline.after, *(p.entries for p in periods)]:
        bucket.sort(key=order)
    return timeline
