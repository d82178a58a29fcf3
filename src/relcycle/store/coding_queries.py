"""Reading codings with their ids and history, and the coding log."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Select, select

from relcycle.errors import NotFoundError
from relcycle.store.codings import CodingLogEntry, CodingRecord, as_action, as_origin
from relcycle.store.convert import Stored, utc
from relcycle.store.tables import coding_log, codings


def record_from_row(row: Stored) -> CodingRecord:
    """Rebuild a stored coding from its ``codings`` row."""
    confidence = row["confidence"]
    return CodingRecord(
        id=int(row["id"]),
        source_id=row["source_id"],
        start=row["start"],
        end=row["end"],
        code=row["code"],
        coder=row["coder"],
        memo=row["memo"],
        quote=row["quote"],
        origin=as_origin(row["origin"]),
        created_at=utc(row["created_at"]),
        csv_start=row["csv_start"],
        csv_end=row["csv_end"],
        orphaned=bool(row["orphaned"]),
        actor=row["actor"],
        confidence=None if confidence is None else float(confidence),
    )


def record_query(
    case_id: str,
    *,
    source_id: str | None = None,
    coder: str | None = None,
    code: str | None = None,
    orphaned: bool | None = None,
) -> Select[Any]:
    """The query for a case's codings, filtered, in listing order."""
    query = select(codings).where(codings.c.case_id == case_id)
    if source_id is not None:
        query = query.where(codings.c.source_id == source_id)
    if coder is not None:
        query = query.where(codings.c.coder == coder)
    if code is not None:
        query = query.where(codings.c.code == code)
    if orphaned is not None:
        query = query.where(codings.c.orphaned == orphaned)
    return query.order_by(
        codings.c.source_id, codings.c.start, codings.c.end, codings.c.coder, codings.c.id
    )


def coding_records(
    conn: Connection,
    case_id: str,
    *,
    source_id: str | None = None,
    coder: str | None = None,
    code: str | None = None,
    orphaned: bool | None = None,
) -> list[CodingRecord]:
    """The case's codings (only those matching every filter given), by source and offset."""
    query = record_query(case_id, source_id=source_id, coder=coder, code=code, orphaned=orphaned)
    return [record_from_row(r) for r in conn.execute(query).mappings()]


def coding_record(conn: Connection, case_id: str, coding_id: int) -> CodingRecord:
    """One coding of the case.

    Raises:
        NotFoundError: The case has no coding with this id.
    """
    row = (
        conn.execute(
            select(codings).where((codings.c.case_id == case_id) & (codings.c.id == coding_id))
        )
        .mappings()
        .first()
    )
    if row is None:
        raise NotFoundError(
            f"case {case_id!r} has no coding {coding_id}; list its codings with "
            f"relcycle code list {case_id}"
        )
    return record_from_row(row)


def coding_log_entries(conn: Connection, case_id: str) -> list[CodingLogEntry]:
    """The case's coding log, oldest first."""
    query = select(coding_log).where(coding_log.c.case_id == case_id).order_by(coding_log.c.id)
    return [
        CodingLogEntry(
            id=int(r.id),
            case_id=r.case_id,
            at=utc(r.at),
            user=r.user_name,
            action=as_action(r.action),
            coding_id=int(r.coding_id),
            before=None if r.before is None else CodingRecord.from_json(r.before),
            after=None if r.after is None else CodingRecord.from_json(r.after),
        )
        for r in conn.execute(query)
    ]
