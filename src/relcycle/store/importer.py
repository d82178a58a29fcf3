"""Importing a case into the store: one transaction, streamed, idempotent.

An import compares what the folder holds with what the store holds and
writes only the difference: new sources are added, changed ones (another
checksum, or parsed differently) rewritten, missing ones removed, and each of
these is recorded in the append-only import log. Sources are consumed one at a
time and written in batches, so memory stays flat however large the corpus is.

Codings change only through :class:`~relcycle.store.coding_writes.CodingWriter`,
each change in the coding log by user ``import``: codings of a changed source
are re-anchored on its new text, those of a removed source removed, and the
imported codings of each coder in codings.csv made what the file lists.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from relcycle.domain import Case, Coding, Event, ParsedSource
from relcycle.errors import StoreError
from relcycle.store import convert
from relcycle.store.bulk import insert_values
from relcycle.store.checks import check_parsed
from relcycle.store.coding_writes import CodingWriter
from relcycle.store.convert import Row
from relcycle.store.records import ImportReport
from relcycle.store.tables import (
    actors,
    cases,
    events,
    import_log,
    segments,
    sources,
    time_anchors,
)

BATCH_ROWS = 5_000
"""Segment (or anchor) rows sent to the database in one ``executemany``."""
BATCH_TEXT_CHARS = 4_000_000
"""Source text (code points) held before the pending sources are written."""
_IN_CHUNK = 500


@dataclass
class _Pending:
    """Rows waiting to be written, in the order foreign keys need."""

    sources: list[Row] = field(default_factory=list)
    segments: list[tuple[Any, ...]] = field(default_factory=list)
    anchors: list[tuple[Any, ...]] = field(default_factory=list)
    text_chars: int = 0

    def full(self) -> bool:
        return (
            self.text_chars >= BATCH_TEXT_CHARS
            or len(self.segments) >= BATCH_ROWS
            or len(self.anchors) >= BATCH_ROWS
        )

    def flush(self, conn: Connection) -> None:
        if self.sources:
            conn.execute(insert(sources), self.sources)
        insert_values(conn, segments, self.segments)
        insert_values(conn, time_anchors, self.anchors)
        self.sources.clear()
        self.segments.clear()
        self.anchors.clear()
        self.text_chars = 0


class CaseImport:
    """One import of one case, run inside an open write transaction.

    Args:
        conn: A connection inside the import's transaction.
        case: The case as the folder describes it.
        now: The time recorded for every change of this import.
    """

    def __init__(self, conn: Connection, case: Case, now: datetime | None = None) -> None:
        self.conn = conn
        self.case = case
        self.now = now or datetime.now(UTC)
        self.log: list[Row] = []
        self._stored_checksums: dict[str, str] = {}
        self.created = False
        self.case_changed = False
        self.codings = CodingWriter(conn, case.id, "import", self.now)
        self.reanchored = 0
        self.orphaned = 0

    def run(
        self,
        parsed_sources: Iterable[ParsedSource],
        event_list: Sequence[Event],
        codings: Sequence[Coding] | Callable[[], Sequence[Coding]],
        originals: Mapping[str, bytes] | None,
        progress: Callable[[ParsedSource], None] | None,
    ) -> ImportReport:
        """Write the difference between the folder and the store; see :meth:`Store.import_case`."""
        self._write_case()
        added, updated, unchanged, seen = self._write_sources(parsed_sources, originals, progress)
        removed = self._remove_sources(seen)
        self._write_events(event_list)
        coding_list = codings() if callable(codings) else codings
        self._write_codings(coding_list, seen)
        changed = self.created or self.case_changed or added or updated or removed
        if changed and not self.created:
            self.conn.execute(
                update(cases).where(cases.c.id == self.case.id).values(updated_at=self.now)
            )
        self._flush_log()
        return ImportReport(
            case_id=self.case.id,
            added=tuple(added),
            updated=tuple(updated),
            unchanged=tuple(unchanged),
            removed=tuple(removed),
            events=len(event_list),
            codings=len(coding_list),
            case_created=self.created,
            case_updated=self.case_changed,
            reanchored=self.reanchored,
            orphaned=self.orphaned,
        )

    def _flush_log(self) -> None:
        # Written with each batch, so that a corpus of many files does not keep
        # one log entry per file in memory.
        if self.log:
            self.conn.execute(insert(import_log), self.log)
            self.log.clear()

    def _note(self, action: str, detail: str, source_id: str | None = None) -> None:
        self.log.append(
            {
                "case_id": self.case.id,
                "at": self.now,
                "source_id": source_id,
                "action": action,
                "detail": detail,
            }
        )

    def _write_case(self) -> None:
        case, conn = self.case, self.conn
        row = convert.case_row(case)
        new_actors = convert.actor_rows(case)
        stored = conn.execute(select(cases).where(cases.c.id == case.id)).mappings().first()
        if stored is None:
            conn.execute(insert(cases), [{**row, "created_at": self.now, "updated_at": self.now}])
            if new_actors:
                conn.execute(insert(actors), new_actors)
            self.created = True
            self._note("case-updated", f"case created: {case.title}")
            return
        old_actors = [
            dict(a)
            for a in conn.execute(
                select(actors).where(actors.c.case_id == case.id).order_by(actors.c.position)
            ).mappings()
        ]
        changed = [
            k for k in row if convert.comparable({k: row[k]}) != convert.comparable({k: stored[k]})
        ]
        if [convert.comparable(a) for a in old_actors] != [
            convert.comparable(a) for a in new_actors
        ]:
            changed.append("actors")
        if not changed:
            return
        self.case_changed = True
        conn.execute(update(cases).where(cases.c.id == case.id).values(**row))
        if "actors" in changed:
            conn.execute(delete(actors).where(actors.c.case_id == case.id))
            if new_actors:
                conn.execute(insert(actors), new_actors)
        self._note("case-updated", "case.yaml changed: " + ", ".join(changed))

    def _write_sources(
        self,
        parsed_sources: Iterable[ParsedSource],
        originals: Mapping[str, bytes] | None,
        progress: Callable[[ParsedSource], None] | None,
    ) -> tuple[list[str], list[str], list[str], set[str]]:
        conn, case_id = self.conn, self.case.id
        stored = {
            r.id: (r.checksum, r.digest)
            for r in conn.execute(
                select(sources.c.id, sources.c.checksum, sources.c.digest).where(
                    sources.c.case_id == case_id
                )
            )
        }
        added: list[str] = []
        updated: list[str] = []
        unchanged: list[str] = []
        seen: set[str] = set()
        pending = _Pending()
        for parsed in parsed_sources:
            source = parsed.source
            segment_rows = convert.segment_values(case_id, parsed)
            anchor_rows = convert.anchor_values(case_id, parsed)
            check_parsed(case_id, parsed, seen, segment_rows, anchor_rows)
            seen.add(source.id)
            original = originals.get(source.id) if originals is not None else None
            digest = convert.source_digest(parsed, original, segment_rows, anchor_rows)
            before = stored.get(source.id)
            if before is not None and before[1] == digest:
                unchanged.append(source.id)
            else:
                row = convert.source_row(case_id, parsed, digest, original)
                if before is None:
                    pending.sources.append(row)
                    pending.text_chars += len(source.text)
                    added.append(source.id)
                    self._note("added", f"checksum {source.checksum}", source.id)
                else:
                    self._replace_source(row)
                    updated.append(source.id)
                    self._note("updated", _update_detail(before[0], source.checksum), source.id)
                pending.segments.extend(segment_rows)
                pending.anchors.extend(anchor_rows)
                if pending.full():
                    pending.flush(conn)
                    self._flush_log()
            if progress is not None:
                progress(parsed)
        pending.flush(conn)
        self._stored_checksums = {k: v[0] for k, v in stored.items()}
        return added, updated, unchanged, seen

    def _replace_source(self, row: Row) -> None:
        key = (sources.c.case_id == row["case_id"]) & (sources.c.id == row["id"])
        # Anchors go with their segments (ON DELETE CASCADE); codings stay.
        self.conn.execute(
            delete(segments).where(
                (segments.c.case_id == row["case_id"]) & (segments.c.source_id == row["id"])
            )
        )
        values = {k: v for k, v in row.items() if k not in ("case_id", "id")}
        self.conn.execute(update(sources).where(key).values(**values))
        moved, lost = self.codings.reanchor_source(row["id"], row["text"])
        self.reanchored += moved
        self.orphaned += lost

    def _remove_sources(self, seen: set[str]) -> list[str]:
        gone = sorted(set(self._stored_checksums) - seen)
        self.codings.remove_sources(gone)
        for i in range(0, len(gone), _IN_CHUNK):
            chunk = gone[i : i + _IN_CHUNK]
            self.conn.execute(
                delete(sources).where((sources.c.case_id == self.case.id) & sources.c.id.in_(chunk))
            )
        for source_id in gone:
            detail = f"no longer in the folder; checksum was {self._stored_checksums[source_id]}"
            self._note("removed", detail, source_id)
        return gone

    def _write_events(self, event_list: Sequence[Event]) -> None:
        case_id = self.case.id
        new_rows = convert.event_rows(case_id, event_list)
        old_rows = [
            dict(r)
            for r in self.conn.execute(
                select(events).where(events.c.case_id == case_id).order_by(events.c.position)
            ).mappings()
        ]
        if [convert.comparable(r) for r in old_rows] == [convert.comparable(r) for r in new_rows]:
            return
        self.conn.execute(delete(events).where(events.c.case_id == case_id))
        if new_rows:
            self.conn.execute(insert(events), new_rows)
        if not self.created:
            self.case_changed = True
            self._note("case-updated", f"events replaced: {len(old_rows)} → {len(new_rows)}")

    def _write_codings(self, coding_list: Sequence[Coding], seen: set[str]) -> None:
        unknown = sorted({c.source_id for c in coding_list} - seen)
        if unknown:
            raise StoreError(
                f"case {self.case.id!r}: codings name sources that are not in the case: "
                + ", ".join(repr(u) for u in unknown[:5])
                + (" ..." if len(unknown) > 5 else "")
            )
        done = self.codings.replace_imported(coding_list)
        if (done.added or done.removed) and not self.created:
            self.case_changed = True
            coders = ", ".join(sorted({c.coder for c in coding_list}))
            before, after = done.kept + len(done.removed), done.kept + len(done.added)
            self._note("case-updated", f"codings replaced for {coders}: {before} → {after}")


def _update_detail(before: str, after: str) -> str:
    if before == after:
        return f"checksum {after} unchanged; parsed differently, segments and anchors replaced"
    return f"checksum {before} → {after}"
