"""Reading the store: every query takes an open connection and returns domain objects."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from typing import Any

from sqlalchemy import Connection, func, select

from relcycle.domain import Case, Coding, Event, ParsedSource, Segment
from relcycle.errors import NotFoundError
from relcycle.store import convert
from relcycle.store.records import AnchoredSegment, CaseSummary, LogEntry
from relcycle.store.tables import (
    actors,
    cases,
    codings,
    events,
    import_log,
    segments,
    sources,
    time_anchors,
)


def case_ids(conn: Connection) -> list[str]:
    """The ids of every case in the store, sorted."""
    return list(conn.scalars(select(cases.c.id).order_by(cases.c.id)))


def unknown_case(conn: Connection, case_id: str) -> NotFoundError:
    """The error for a case that is not in the store, listing the cases that are."""
    ids = case_ids(conn)
    known = ", ".join(ids) if ids else "(none; import a case folder first)"
    return NotFoundError(f"unknown case {case_id!r}; cases in this store: {known}")


def require_case(conn: Connection, case_id: str) -> None:
    """Check that the case is in the store.

    Raises:
        NotFoundError: It is not; the message lists the cases that are.
    """
    if conn.scalar(select(cases.c.id).where(cases.c.id == case_id)) is None:
        raise unknown_case(conn, case_id)


def summaries(conn: Connection) -> list[CaseSummary]:
    """One summary per case, sorted by case id."""
    n_sources = (
        select(func.count())
        .select_from(sources)
        .where(sources.c.case_id == cases.c.id)
        .scalar_subquery()
    )
    n_segments = (
        select(func.count())
        .select_from(segments)
        .where(segments.c.case_id == cases.c.id)
        .scalar_subquery()
    )
    query = select(
        cases.c.id,
        cases.c.title,
        cases.c.language,
        cases.c.period,
        cases.c.start,
        cases.c.end,
        n_sources.label("n_sources"),
        n_segments.label("n_segments"),
        cases.c.updated_at,
    ).order_by(cases.c.id)
    return [
        CaseSummary(
            id=r.id,
            title=r.title,
            language=r.language,
            period=r.period,
            start=r.start,
            end=r.end,
            sources=r.n_sources,
            segments=r.n_segments,
            updated=convert.utc(r.updated_at),
        )
        for r in conn.execute(query)
    ]


def load_case(conn: Connection, case_id: str) -> Case:
    """The case (its case.yaml) as stored.

    Raises:
        NotFoundError: No such case.
    """
    row = conn.execute(select(cases).where(cases.c.id == case_id)).mappings().first()
    if row is None:
        raise unknown_case(conn, case_id)
    actor_rows = conn.execute(
        select(actors).where(actors.c.case_id == case_id).order_by(actors.c.position)
    ).mappings()
    return convert.case_from_rows(row, list(actor_rows))


def source_ids(conn: Connection, case_id: str) -> list[str]:
    """The ids of the case's sources, sorted."""
    return list(
        conn.scalars(
            select(sources.c.id).where(sources.c.case_id == case_id).order_by(sources.c.id)
        )
    )


_SOURCE_COLUMNS = [c for c in sources.c if c.name not in ("original", "digest")]


def parsed_source(conn: Connection, case_id: str, source_id: str) -> ParsedSource:
    """One source with its segments (text rebuilt) and their anchors."""
    row = (
        conn.execute(
            select(*_SOURCE_COLUMNS).where(
                (sources.c.case_id == case_id) & (sources.c.id == source_id)
            )
        )
        .mappings()
        .one()
    )
    source = convert.source_from_row(row)
    query = (
        select(segments, *[c.label(f"a_{c.name}") for c in time_anchors.c])
        .outerjoin(
            time_anchors,
            (time_anchors.c.case_id == segments.c.case_id)
            & (time_anchors.c.source_id == segments.c.source_id)
            & (time_anchors.c.segment_index == segments.c.index),
        )
        .where((segments.c.case_id == case_id) & (segments.c.source_id == source_id))
        .order_by(segments.c.index)
    )
    segs: list[Segment] = []
    anchors = []
    for r in conn.execute(query).mappings():
        segs.append(convert.segment_from_row(r, source.text))
        if r["a_segment_index"] is not None:
            anchors.append(convert.anchor_from_row(r, prefix="a_"))
    return ParsedSource(source=source, segments=tuple(segs), anchors=tuple(anchors))


def iter_parsed_sources(conn: Connection, case_id: str) -> Iterator[ParsedSource]:
    """The case's sources one at a time, in id order."""
    for source_id in source_ids(conn, case_id):
        yield parsed_source(conn, case_id, source_id)


def case_events(conn: Connection, case_id: str) -> list[Event]:
    """The case's events, in the order they were listed."""
    query = select(events).where(events.c.case_id == case_id).order_by(events.c.position)
    return [convert.event_from_row(r) for r in conn.execute(query).mappings()]


def case_codings(
    conn: Connection, case_id: str, source_id: str | None = None, coder: str | None = None
) -> list[Coding]:
    """The case's codings (of one source, by one coder, if given), by source, offset, coder."""
    query = select(codings).where(codings.c.case_id == case_id)
    if source_id is not None:
        query = query.where(codings.c.source_id == source_id)
    if coder is not None:
        query = query.where(codings.c.coder == coder)
    query = query.order_by(
        codings.c.source_id, codings.c.start, codings.c.end, codings.c.coder, codings.c.id
    )
    return [convert.coding_from_row(r) for r in conn.execute(query).mappings()]


def originals(conn: Connection, case_id: str) -> dict[str, bytes]:
    """The original bytes of the case's binary sources, by source id."""
    query = (
        select(sources.c.id, sources.c.original)
        .where((sources.c.case_id == case_id) & sources.c.original.is_not(None))
        .order_by(sources.c.id)
    )
    return {r.id: bytes(r.original) for r in conn.execute(query)}


def log_entries(conn: Connection, case_id: str) -> list[LogEntry]:
    """The case's import log, oldest first."""
    query = select(import_log).where(import_log.c.case_id == case_id).order_by(import_log.c.id)
    return [
        LogEntry(
            case_id=r.case_id,
            at=convert.utc(r.at),
            source_id=r.source_id,
            action=r.action,
            detail=r.detail,
        )
        for r in conn.execute(query)
    ]


def anchored_segments(
    conn: Connection,
    case_id: str,
    start: date | None = None,
    end: date | None = None,
) -> list[AnchoredSegment]:
    """The case's segments with their anchors, ordered by anchor start (then end, source, index).

    Args:
        conn: An open connection.
        case_id: The case.
        start: Keep only anchors that end on or after this day.
        end: Keep only anchors that start on or before this day.
    """
    ta = time_anchors
    query = (
        select(
            ta,
            segments.c.start.label("g_start"),
            segments.c.end.label("g_end"),
            segments.c.speaker,
            segments.c.actor,
            sources.c.kind,
            sources.c.date.label("source_date"),
            sources.c.title,
        )
        .join(
            segments,
            (segments.c.case_id == ta.c.case_id)
            & (segments.c.source_id == ta.c.source_id)
            & (segments.c.index == ta.c.segment_index),
        )
        .join(sources, (sources.c.case_id == ta.c.case_id) & (sources.c.id == ta.c.source_id))
        .where(ta.c.case_id == case_id)
        .order_by(ta.c.start, ta.c.end, ta.c.source_id, ta.c.segment_index)
    )
    if start is not None:
        query = query.where(ta.c.end >= start)
    if end is not None:
        query = query.where(ta.c.start <= end)
    rows: list[Any] = list(conn.execute(query).mappings())
    # Rebuild segment texts one source text at a time, not the whole corpus at once.
    by_source: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        by_source[r["source_id"]].append(i)
    out: list[AnchoredSegment | None] = [None] * len(rows)
    for source_id, positions in by_source.items():
        text = conn.scalar(
            select(sources.c.text).where(
                (sources.c.case_id == case_id) & (sources.c.id == source_id)
            )
        )
        for i in positions:
            r = rows[i]
            segment = Segment(
                source_id=source_id,
                index=r["segment_index"],
                start=r["g_start"],
                end=r["g_end"],
                text=(text or "")[r["g_start"] : r["g_end"]],
                speaker=r["speaker"],
                actor=r["actor"],
            )
            out[i] = AnchoredSegment(
                segment=segment,
                anchor=convert.anchor_from_row(r),
                source_kind=r["kind"],
                source_date=r["source_date"],
                source_title=r["title"],
            )
    return [a for a in out if a is not None]
