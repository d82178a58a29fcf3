"""The store: cases kept in SQLite or PostgreSQL.

Open one with :func:`connect`; it creates or upgrades the schema with the
Alembic migrations shipped in ``relcycle/store/migrations``::

    store = connect("sqlite:///relcycle.db")
    report = store.import_case(case, sources, events, codings)
    data = store.load(case.id)
"""

from relcycle.store.codings import (
    CodingChanges,
    CodingLogEntry,
    CodingRecord,
    NewCoding,
    replay,
)
from relcycle.store.records import AnchoredSegment, CaseSummary, ImportReport, LogEntry
from relcycle.store.repository import Store, connect

__all__ = [
    "AnchoredSegment",
    "CaseSummary",
    "CodingChanges",
    "CodingLogEntry",
    "CodingRecord",
    "ImportReport",
    "LogEntry",
    "NewCoding",
    "Store",
    "connect",
    "replay",
]
