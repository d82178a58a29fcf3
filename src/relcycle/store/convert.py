"""Domain objects to rows and back; the one place that knows both shapes."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, cast

from relcycle.domain import (
    Actor,
    Case,
    Coding,
    Contract,
    Event,
    ParsedSource,
    Precision,
    Segment,
    Source,
    TimeAnchor,
)
from relcycle.domain.period import Grain
from relcycle.domain.time import Provenance
from relcycle.store.jsoncodec import to_json

Row = dict[str, Any]
"""A row to write."""
Stored = Mapping[Any, Any]
"""A row read (SQLAlchemy's ``RowMapping``)."""


def utc(moment: datetime) -> datetime:
    """``moment`` as an aware UTC datetime (SQLite gives naive ones back)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def case_row(case: Case) -> Row:
    """The ``cases`` columns of a case, timestamps aside."""
    contract = case.contract
    return {
        "id": case.id,
        "title": case.title,
        "language": case.language,
        "period": case.period,
        "start": case.start,
        "end": case.end,
        "framework": case.framework,
        "contract": dict(contract.terms) if contract is not None else None,
        "contract_signed": contract.signed if contract else None,
        "contract_start": contract.start if contract else None,
        "contract_end": contract.end if contract else None,
        "contract_mid_term": contract.mid_term if contract else None,
        "extra": dict(case.extra),
    }


def actor_rows(case: Case) -> list[Row]:
    """The ``actors`` rows of a case, in the case's order."""
    return [
        {
            "case_id": case.id,
            "id": a.id,
            "position": i,
            "name": a.name,
            "role": a.role,
            "aliases": list(a.aliases),
        }
        for i, a in enumerate(case.actors)
    ]


def case_from_rows(row: Stored, actors: Sequence[Stored]) -> Case:
    """Rebuild a case from its ``cases`` row and its ``actors`` rows (in order)."""
    contract = None
    if row["contract"] is not None:
        contract = Contract(
            terms=row["contract"],
            signed=row["contract_signed"],
            start=row["contract_start"],
            end=row["contract_end"],
            mid_term=row["contract_mid_term"],
        )
    return Case(
        id=row["id"],
        title=row["title"],
        language=row["language"],
        period=cast(Grain, row["period"]),
        start=row["start"],
        end=row["end"],
        actors=tuple(
            Actor(id=a["id"], name=a["name"], role=a["role"], aliases=tuple(a["aliases"]))
            for a in actors
        ),
        contract=contract,
        framework=row["framework"],
        extra=row["extra"],
    )


def comparable(row: Stored) -> str:
    """A canonical text of a row's values, to tell whether two rows hold the same."""
    return json.dumps(to_json(dict(row)), sort_keys=True, ensure_ascii=False)


def source_row(case_id: str, parsed: ParsedSource, digest: str, original: bytes | None) -> Row:
    """The ``sources`` row of a parsed source."""
    s = parsed.source
    return {
        "case_id": case_id,
        "id": s.id,
        "kind": s.kind,
        "date": s.date,
        "title": s.title,
        "informant": s.informant,
        "text": s.text,
        "filename": s.filename,
        "encoding": s.encoding,
        "checksum": s.checksum,
        "digest": digest,
        "meta": dict(s.meta),
        "original": original,
    }


def source_from_row(row: Stored) -> Source:
    """Rebuild a source from its ``sources`` row."""
    return Source(
        id=row["id"],
        kind=row["kind"],
        date=row["date"],
        title=row["title"],
        informant=row["informant"],
        text=row["text"],
        filename=row["filename"],
        encoding=row["encoding"],
        checksum=row["checksum"],
        meta=row["meta"],
    )


def segment_values(case_id: str, parsed: ParsedSource) -> list[tuple[Any, ...]]:
    """The ``segments`` rows of a parsed source as tuples in column order (text not stored)."""
    return [
        (case_id, g.source_id, g.index, g.start, g.end, g.speaker, g.actor) for g in parsed.segments
    ]


def anchor_values(case_id: str, parsed: ParsedSource) -> list[tuple[Any, ...]]:
    """The ``time_anchors`` rows of a parsed source as tuples in column order."""
    return [
        (
            case_id,
            a.source_id,
            a.segment_index,
            a.start,
            a.end,
            str(a.precision),
            a.provenance,
            a.expression,
            a.note,
            a.in_period,
        )
        for a in parsed.anchors
    ]


def segment_from_row(row: Stored, source_text: str) -> Segment:
    """Rebuild a segment, its text sliced from its source's text."""
    start, end = row["start"], row["end"]
    return Segment(
        source_id=row["source_id"],
        index=row["index"],
        start=start,
        end=end,
        text=source_text[start:end],
        speaker=row["speaker"],
        actor=row["actor"],
    )


def anchor_from_row(row: Stored, prefix: str = "") -> TimeAnchor:
    """Rebuild a time anchor from its row (columns optionally labelled ``prefix + name``)."""
    return TimeAnchor(
        source_id=row[prefix + "source_id"],
        segment_index=row[prefix + "segment_index"],
        start=row[prefix + "start"],
        end=row[prefix + "end"],
        precision=Precision(row[prefix + "precision"]),
        provenance=cast(Provenance, row[prefix + "provenance"]),
        expression=row[prefix + "expression"],
        note=row[prefix + "note"],
        in_period=bool(row[prefix + "in_period"]),
    )


def event_rows(case_id: str, events: Sequence[Event]) -> list[Row]:
    """The ``events`` rows of a case's events, in their order."""
    return [
        {
            "case_id": case_id,
            "position": i,
            "line": e.line,
            "start": e.start,
            "end": e.end,
            "actor": e.actor,
            "target": e.target,
            "summary": e.summary,
            "codes": list(e.codes),
        }
        for i, e in enumerate(events)
    ]


def event_from_row(row: Stored) -> Event:
    """Rebuild an event from its row."""
    return Event(
        start=row["start"],
        end=row["end"],
        actor=row["actor"],
        target=row["target"],
        summary=row["summary"],
        codes=tuple(row["codes"]),
        line=row["line"],
    )


def coding_key(c: Coding) -> tuple[str, int, int, str, str, str]:
    """What makes two codings the same coding (their ids and times aside)."""
    return (c.source_id, c.start, c.end, c.code, c.coder, c.memo)


def coding_from_row(row: Stored) -> Coding:
    """Rebuild a coding from its row."""
    return Coding(
        source_id=row["source_id"],
        start=row["start"],
        end=row["end"],
        code=row["code"],
        coder=row["coder"],
        memo=row["memo"],
    )


def source_digest(
    parsed: ParsedSource,
    original: bytes | None,
    segment_rows: Sequence[tuple[Any, ...]],
    anchor_rows: Sequence[tuple[Any, ...]],
) -> str:
    """A hash of everything stored of a source: row, segments, anchors, original bytes.

    Two imports of the same file give the same digest; so does nothing else
    in practice. A source whose file did not change (same checksum) but that
    the reader now parses differently (another case.yaml, a better segmenter)
    gets another digest and is rewritten. How the file spelled what was read
    is left out (its bytes' checksum, its encoding): a file re-saved as UTF-8,
    or a date quoted in its front matter, or the folder ``relcycle export``
    wrote from the store reads the same and leaves the source unchanged.

    Args:
        parsed: The source.
        original: Its original bytes (binary sources), if any.
        segment_rows: Its :func:`segment_values`.
        anchor_rows: Its :func:`anchor_values`.
    """
    s = parsed.source
    h = hashlib.sha256(s.text.encode("utf-8", "surrogatepass"))
    h.update(hashlib.sha256(original).digest() if original is not None else b"-")
    fields = [s.id, s.kind, s.date, s.title, s.informant, s.filename]
    h.update(json.dumps(to_json([fields, dict(s.meta)]), ensure_ascii=False).encode())
    # repr() of tuples of str, int, bool, None and dates is exact and fast.
    h.update(repr(segment_rows).encode("utf-8", "surrogatepass"))
    h.update(repr(anchor_rows).encode("utf-8", "surrogatepass"))
    return h.hexdigest()
