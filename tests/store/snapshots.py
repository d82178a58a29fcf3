"""Looking at a store from outside: its whole content, and whether anything was written."""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import select, text

from relcycle.store import Store
from relcycle.store.tables import metadata


def dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted, so two dumps compare equal iff the content is."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with store.engine.connect() as conn:
        for table in metadata.sorted_tables:
            rows = conn.execute(select(table)).all()
            out[table.name] = sorted((tuple(r) for r in rows), key=repr)
    return out


class WriteProbe:
    """Tells whether anything was written to the store since it was made.

    SQLite: ``PRAGMA data_version`` of a connection held open changes when
    another connection commits a change. PostgreSQL: the ``xmin`` of every row
    changes when a row is inserted, updated or deleted-and-reinserted.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        url = store.engine.url
        self.sqlite: sqlite3.Connection | None = None
        if url.get_backend_name() == "sqlite":
            self.sqlite = sqlite3.connect(url.database or "")
        self.before = self._state()

    def _state(self) -> Any:
        if self.sqlite is not None:
            return self.sqlite.execute("PRAGMA data_version").fetchone()[0]
        versions = {}
        with self.store.engine.connect() as conn:
            for table in metadata.sorted_tables:
                versions[table.name] = sorted(
                    conn.execute(text(f'SELECT xmin::text, ctid::text FROM "{table.name}"')).all()
                )
        return versions

    def written(self) -> bool:
        return bool(self._state() != self.before)

    def close(self) -> None:
        if self.sqlite is not None:
            self.sqlite.close()
