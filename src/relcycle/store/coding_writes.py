"""Changing a case's codings inside an open write transaction, every change logged.

:class:`CodingWriter` is the only code that writes the ``codings`` table: the
store's coding methods, the case importer (codings.csv, re-anchoring,
removed sources) and the auto-coding service all go through it, so that each
insert, update and delete has its entry in the coding log.
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import datetime
from itertools import groupby
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from relcycle.domain import Coding
from relcycle.errors import NotFoundError
from relcycle.store.anchoring import relocate
from relcycle.store.coding_checks import check_new
from relcycle.store.coding_queries import coding_records, record_from_row
from relcycle.store.codings import CodingAction, CodingChanges, CodingRecord, NewCoding, Origin
from relcycle.store.tables import coding_log, codings, sources

_CHUNK = 500


class CodingWriter:
    """Writes one case's codings and their log entries on an open connection.

    Args:
        conn: A connection inside a write transaction.
        case_id: The case (which must exist).
        user: Who the changes are by (a person, ``import`` or ``auto``).
        now: The time recorded for every change.
    """

    def __init__(self, conn: Connection, case_id: str, user: str, now: datetime) -> None:
        self.conn = conn
        self.case_id = case_id
        self.user = user
        self.now = now
        self.changes = 0

    def add(
        self,
        items: Sequence[NewCoding],
        origin: Origin,
        known_codes: Collection[str] | None = None,
    ) -> list[CodingRecord]:
        """Check and add codings, each with its quote; returns them with their ids.

        Raises:
            NotFoundError: A coding names a source the case does not have.
            InputError: An empty span, offsets outside the text, an empty code or
                coder, a code not in ``known_codes``, a confidence outside 0..1.
        """
        rows: list[dict[str, Any]] = []
        ordered = sorted(items, key=lambda item: item.coding.source_id)
        for source_id, group in groupby(ordered, key=lambda item: item.coding.source_id):
            text = self._text(source_id)
            for item in group:
                check_new(item, len(text), known_codes)
                rows.append(self._row(item, text, origin))
        if not rows:
            return []
        ids = self.conn.execute(
            insert(codings).returning(codings.c.id, sort_by_parameter_order=True), rows
        ).scalars()
        added = [
            record_from_row({**row, "id": coding_id})
            for row, coding_id in zip(rows, ids, strict=True)
        ]
        self._log("add", [(None, r) for r in added])
        return added

    def remove(self, records: Sequence[CodingRecord]) -> None:
        """Delete codings (as read in this transaction), logging each."""
        ids = [r.id for r in records]
        for i in range(0, len(ids), _CHUNK):
            self.conn.execute(delete(codings).where(codings.c.id.in_(ids[i : i + _CHUNK])))
        self._log("remove", [(r, None) for r in records])

    def change(self, before: CodingRecord, after: CodingRecord, action: CodingAction) -> None:
        """Write a changed coding (same id) and log it as ``action``."""
        values = after.to_json()
        for fixed in ("id", "created_at", "origin"):
            values.pop(fixed)
        self.conn.execute(update(codings).where(codings.c.id == before.id).values(**values))
        self._log(action, [(before, after)])

    def reanchor_source(self, source_id: str, text: str) -> tuple[int, int]:
        """Move the source's codings to where their quotes now sit in its new ``text``.

        See :mod:`relcycle.store.anchoring`. Codings whose quote is gone are kept,
        marked orphaned, at their offsets (moved inside the text if it got shorter).

        Returns:
            How many codings were re-anchored and how many newly orphaned.
        """
        reanchored = orphaned = 0
        for record in coding_records(self.conn, self.case_id, source_id=source_id):
            if not record.orphaned and text[record.start : record.end] == record.quote:
                continue
            span = relocate(text, record.quote, record.start)
            if span is not None:
                start, end = span
                moved = dataclasses.replace(
                    record, start=start, end=end, quote=text[start:end], orphaned=False
                )
                if moved != record:
                    self.change(record, moved, "reanchor")
                    reanchored += 1
                continue
            start, end = _fit(record.start, record.end, len(text))
            lost = dataclasses.replace(record, start=start, end=end, orphaned=True)
            if lost != record:
                self.change(record, lost, "orphan")
                orphaned += not record.orphaned
        return reanchored, orphaned

    def remove_sources(self, source_ids: Sequence[str]) -> None:
        """Remove (and log) every coding of these sources, before the sources go."""
        for i in range(0, len(source_ids), _CHUNK):
            chunk = source_ids[i : i + _CHUNK]
            query = (
                select(codings)
                .where((codings.c.case_id == self.case_id) & codings.c.source_id.in_(chunk))
                .order_by(codings.c.id)
            )
            self.remove([record_from_row(r) for r in self.conn.execute(query).mappings()])

    def replace_imported(
        self, coding_list: Sequence[Coding], known_codes: Collection[str] | None = None
    ) -> CodingChanges:
        """Make the imported codings of each coder in ``coding_list`` what it lists.

        A row is already there if an imported coding of that coder came from the
        same codings.csv row (it may have been re-anchored since) or sits where
        the row says, or if a manual or auto coding of that coder does. Imported
        codings of those coders that no row matches are removed; manual and auto
        codings are never removed. Rows' offsets count in the texts as stored.
        """
        coders = sorted({c.coder for c in coding_list})
        if not coders:
            return CodingChanges()
        stored = self._of_coders(coders)
        imported = [r for r in stored if r.origin == "import"]
        by_csv = _index(imported, lambda r: (r.source_id, r.csv_start, r.csv_end, *_what(r)))
        by_place = _index(imported, lambda r: (r.source_id, r.start, r.end, *_what(r)))
        others = _index(
            (r for r in stored if r.origin != "import"),
            lambda r: (r.source_id, r.start, r.end, *_what(r)),
        )
        matched: set[int] = set()
        new: list[NewCoding] = []
        for c in coding_list:
            key = (c.source_id, c.start, c.end, c.code, c.coder, c.memo)
            if not any(_take(index, key, matched) for index in (by_csv, by_place, others)):
                new.append(NewCoding(c))
        gone = [r for r in imported if r.id not in matched]
        self.remove(gone)
        added = self.add(new, "import", known_codes)
        return CodingChanges(tuple(added), tuple(gone), len(coding_list) - len(new))

    def replace_auto(self, family: str, items: Sequence[NewCoding]) -> CodingChanges:
        """Replace the auto codings whose coder starts with ``family`` by ``items``.

        Codings identical to one of ``items`` (span, code, coder, memo, actor,
        confidence) stay; manual and imported codings are never touched.
        """
        query = (
            select(codings)
            .where(
                (codings.c.case_id == self.case_id)
                & (codings.c.origin == "auto")
                & codings.c.coder.startswith(family, autoescape=True)
            )
            .order_by(codings.c.id)
        )
        stored = [record_from_row(r) for r in self.conn.execute(query).mappings()]
        index = _index(stored, _auto_key)
        matched: set[int] = set()
        new = [item for item in items if not _take(index, _auto_key_of_new(item), matched)]
        gone = [r for r in stored if r.id not in matched]
        self.remove(gone)
        added = self.add(new, "auto")
        return CodingChanges(tuple(added), tuple(gone), len(items) - len(new))

    def _of_coders(self, coders: Sequence[str]) -> list[CodingRecord]:
        out: list[CodingRecord] = []
        for i in range(0, len(coders), _CHUNK):
            query = (
                select(codings)
                .where(
                    (codings.c.case_id == self.case_id)
                    & codings.c.coder.in_(coders[i : i + _CHUNK])
                )
                .order_by(codings.c.id)
            )
            out.extend(record_from_row(r) for r in self.conn.execute(query).mappings())
        return out

    def _text(self, source_id: str) -> str:
        text = self.conn.scalar(
            select(sources.c.text).where(
                (sources.c.case_id == self.case_id) & (sources.c.id == source_id)
            )
        )
        if text is None:
            known = list(
                self.conn.scalars(
                    select(sources.c.id)
                    .where(sources.c.case_id == self.case_id)
                    .order_by(sources.c.id)
                )
            )
            close = difflib.get_close_matches(source_id, known, n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            raise NotFoundError(
                f"case {self.case_id!r} has no source {source_id!r}; {hint}sources are named "
                f"by their path under sources/ ({len(known)} in this case)"
            )
        return str(text)

    def _row(self, item: NewCoding, text: str, origin: Origin) -> dict[str, Any]:
        c = item.coding
        return {
            "case_id": self.case_id,
            "source_id": c.source_id,
            "start": c.start,
            "end": c.end,
            "code": c.code,
            "coder": c.coder,
            "memo": c.memo,
            "created_at": self.now,
            "quote": text[c.start : c.end],
            "origin": origin,
            "csv_start": c.start if origin == "import" else None,
            "csv_end": c.end if origin == "import" else None,
            "orphaned": False,
            "actor": item.actor,
            "confidence": item.confidence,
        }

    def _log(
        self,
        action: CodingAction,
        changes: Iterable[tuple[CodingRecord | None, CodingRecord | None]],
    ) -> None:
        rows = [
            {
                "case_id": self.case_id,
                "at": self.now,
                "user_name": self.user,
                "action": action,
                "coding_id": _id_of(before, after),
                "before": None if before is None else before.to_json(),
                "after": None if after is None else after.to_json(),
            }
            for before, after in changes
        ]
        for i in range(0, len(rows), _CHUNK):
            self.conn.execute(insert(coding_log), rows[i : i + _CHUNK])
        self.changes += len(rows)


Key = tuple[Any, ...]


def _what(r: CodingRecord) -> Key:
    return (r.code, r.coder, r.memo)


def _index(
    records: Iterable[CodingRecord], key: Callable[[CodingRecord], Key]
) -> dict[Key, list[CodingRecord]]:
    out: dict[Key, list[CodingRecord]] = {}
    for r in records:
        out.setdefault(key(r), []).append(r)
    return out


def _take(index: dict[Key, list[CodingRecord]], key: Key, matched: set[int]) -> bool:
    """Match one not yet matched record under ``key``; whether there was one."""
    for record in index.get(key, ()):
        if record.id not in matched:
            matched.add(record.id)
            return True
    return False


def _id_of(before: CodingRecord | None, after: CodingRecord | None) -> int:
    record = after if after is not None else before
    if record is None:
        raise ValueError("a coding-log entry needs a coding before or after the change")
    return record.id


def _auto_key(r: CodingRecord) -> Key:
    return (r.source_id, r.start, r.end, r.code, r.coder, r.memo, r.actor, r.confidence)


def _auto_key_of_new(item: NewCoding) -> Key:
    c = item.coding
    return (c.source_id, c.start, c.end, c.code, c.coder, c.memo, item.actor, item.confidence)


def _fit(start: int, end: int, length: int) -> tuple[int, int]:
    """``[start, end)`` moved left just enough to lie inside a text of ``length``."""
    if end <= length:
        return start, end
    return max(0, length - (end - start)), length
