"""The store's coding methods: add, change, remove, list, import, auto-code, the log.

:class:`~relcycle.store.Store` takes these from :class:`CodingMethods`; each
method is one transaction, and each change it makes is one entry of the case's
coding log.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy import Engine, update

from relcycle.domain import AUTO_PREFIX, Coding
from relcycle.errors import InputError
from relcycle.store import queries
from relcycle.store.coding_checks import check_code
from relcycle.store.coding_queries import coding_log_entries, coding_record, coding_records
from relcycle.store.coding_writes import CodingWriter
from relcycle.store.codings import CodingChanges, CodingLogEntry, CodingRecord, NewCoding
from relcycle.store.engine import read_transaction, write_transaction
from relcycle.store.tables import cases


class CodingMethods:
    """Coding methods of a store; mixed into :class:`~relcycle.store.Store`."""

    engine: Engine

    @contextmanager
    def _codings_of(self, case_id: str, user: str) -> Iterator[CodingWriter]:
        """A writer in a new write transaction; the case's ``updated_at`` moves if it wrote."""
        if not user.strip():
            raise InputError("say who makes the change (a user name)", field="user")
        now = datetime.now(UTC)
        with write_transaction(self.engine, lock=f"case:{case_id}") as conn:
            queries.require_case(conn, case_id)
            writer = CodingWriter(conn, case_id, user, now)
            yield writer
            if writer.changes:
                conn.execute(update(cases).where(cases.c.id == case_id).values(updated_at=now))

    def add_coding(
        self,
        case_id: str,
        coding: Coding,
        user: str,
        *,
        known_codes: Collection[str] | None = None,
        actor: str | None = None,
        confidence: float | None = None,
    ) -> int:
        """Add a coding by hand (origin ``manual``), quoting the text it covers.

        Args:
            case_id: The case.
            coding: The span, code, coder and memo.
            user: Who adds it (logged).
            known_codes: The codes allowed, e.g. the case framework's; any if ``None``.
            actor: The actor the coded behaviour is attributed to, if any.
            confidence: A confidence in the code, 0..1, if any.

        Returns:
            The new coding's id.

        Raises:
            NotFoundError: No such case, or no such source in it.
            InputError: An empty span, offsets outside the text, an unknown code,
                no coder. Nothing is written.
        """
        with self._codings_of(case_id, user) as writer:
            (added,) = writer.add([NewCoding(coding, actor, confidence)], "manual", known_codes)
            return added.id

    def remove_coding(self, case_id: str, coding_id: int, user: str) -> CodingRecord:
        """Remove a coding (of any origin); returns it as it was.

        Raises:
            NotFoundError: No such case, or no such coding in it.
        """
        with self._codings_of(case_id, user) as writer:
            record = coding_record(writer.conn, case_id, coding_id)
            writer.remove([record])
            return record

    def update_coding(
        self,
        case_id: str,
        coding_id: int,
        user: str,
        *,
        code: str | None = None,
        memo: str | None = None,
        known_codes: Collection[str] | None = None,
    ) -> CodingRecord:
        """Change a coding's code or memo; returns it as changed (unchanged: nothing logged).

        Raises:
            NotFoundError: No such case, or no such coding in it.
            InputError: An empty or unknown code.
        """
        with self._codings_of(case_id, user) as writer:
            before = coding_record(writer.conn, case_id, coding_id)
            after = dataclasses.replace(
                before,
                code=before.code if code is None else code,
                memo=before.memo if memo is None else memo,
            )
            if after.code != before.code:
                where = f"coding {coding_id} of {before.source_id!r}"
                check_code(after.code, known_codes, where)
            if after != before:
                writer.change(before, after, "update")
            return after

    def coding_records(
        self,
        case_id: str,
        *,
        source_id: str | None = None,
        coder: str | None = None,
        code: str | None = None,
        orphaned: bool | None = None,
    ) -> list[CodingRecord]:
        """The case's codings with their ids, quotes and origins, by source and offset.

        Args:
            case_id: The case.
            source_id: Only this source's.
            coder: Only this coder's.
            code: Only this code's.
            orphaned: Only orphaned (``True``) or only placed (``False``) codings.

        Raises:
            NotFoundError: No such case.
        """
        with read_transaction(self.engine) as conn:
            queries.require_case(conn, case_id)
            return coding_records(
                conn, case_id, source_id=source_id, coder=coder, code=code, orphaned=orphaned
            )

    def coding(self, case_id: str, coding_id: int) -> CodingRecord:
        """One coding of the case, by id.

        Raises:
            NotFoundError: No such case, or no such coding in it.
        """
        with read_transaction(self.engine) as conn:
            queries.require_case(conn, case_id)
            return coding_record(conn, case_id, coding_id)

    def coding_log(self, case_id: str) -> list[CodingLogEntry]:
        """The case's coding log, oldest first.

        :func:`~relcycle.store.codings.replay` rebuilds the codings from it.

        Raises:
            NotFoundError: No such case.
        """
        with read_transaction(self.engine) as conn:
            queries.require_case(conn, case_id)
            return coding_log_entries(conn, case_id)

    def import_codings(
        self,
        case_id: str,
        coding_list: Sequence[Coding],
        user: str = "import",
        known_codes: Collection[str] | None = None,
    ) -> CodingChanges:
        """Import a codings.csv into a stored case, as a re-import of its folder would.

        The imported codings of each coder the file names become what it lists
        (see :meth:`CodingWriter.replace_imported`); manual and auto codings stay.

        Raises:
            NotFoundError: No such case, or a source it does not have.
            InputError: A coding that does not fit its text, or an unknown code.
                Nothing is written.
        """
        with self._codings_of(case_id, user) as writer:
            return writer.replace_imported(coding_list, known_codes)

    def replace_auto_codings(
        self, case_id: str, family: str, items: Sequence[NewCoding], user: str = "auto"
    ) -> CodingChanges:
        """Replace an auto-coder's codings (coder starting with ``family``) by ``items``.

        Manual and imported codings are never touched; auto codings identical
        to an item stay (and are not logged).

        Raises:
            NotFoundError: No such case, or a source it does not have.
            InputError: A coding that does not fit its text. Nothing is written.
        """
        if not family.startswith(AUTO_PREFIX):
            raise InputError(
                f"auto-coder names start with {AUTO_PREFIX!r}; got {family!r}", field="coder"
            )
        for item in items:
            if not item.coding.coder.startswith(family):
                raise InputError(
                    f"coding by {item.coding.coder!r} is not one of {family!r}'s", field="coder"
                )
        with self._codings_of(case_id, user) as writer:
            return writer.replace_auto(family, items)
