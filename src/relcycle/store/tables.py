"""The store's tables, declared once with SQLAlchemy Core.

Every constraint and index gets its name from :data:`NAMING_CONVENTION`, so
Alembic migrations can refer to them by name on every backend. Children point
at their parents with composite foreign keys that cascade on delete: deleting a
case deletes everything of it, deleting a source its segments, anchors and
codings.

A segment's text is not stored: it is the slice ``source.text[start:end]`` and
is rebuilt on load.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    false,
)

from relcycle.store.jsoncodec import DomainJSON

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
"""How constraints and indexes are named; never change it without a migration."""

metadata = MetaData(naming_convention=NAMING_CONVENTION)

LOG_ACTIONS = ("added", "updated", "removed", "case-updated")
"""The actions of the import log."""
CODING_ACTIONS = ("add", "remove", "update", "reanchor", "orphan")
"""The actions of the coding log."""
CODING_ORIGINS = ("manual", "import", "auto")
"""Where a coding came from: added by hand, a codings.csv, an auto-coder."""

# An autoincrementing 64-bit id (SQLite's rowid alias needs plain INTEGER).
_Id = BigInteger().with_variant(Integer(), "sqlite")
_Timestamp = DateTime(timezone=True)

cases = Table(
    "cases",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("title", Text, nullable=False),
    Column("language", String(16), nullable=False),
    Column("period", String(16), nullable=False),
    Column("start", Date, nullable=False),
    Column("end", Date, nullable=False),
    Column("framework", String(200)),
    Column("contract", DomainJSON),  # the terms as given; NULL: no contract
    Column("contract_signed", Date),
    Column("contract_start", Date),
    Column("contract_end", Date),
    Column("contract_mid_term", Date),
    Column("extra", DomainJSON, nullable=False),
    Column("created_at", _Timestamp, nullable=False),
    Column("updated_at", _Timestamp, nullable=False),
)

actors = Table(
    "actors",
    metadata,
    Column("case_id", String(200), primary_key=True),
    Column("id", String(200), primary_key=True),
    Column("position", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("role", String(32), nullable=False),
    Column("aliases", DomainJSON, nullable=False),
    ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
)

sources = Table(
    "sources",
    metadata,
    Column("case_id", String(200), primary_key=True),
    Column("id", String(500), primary_key=True),
    Column("kind", String(32), nullable=False),
    Column("date", Date, nullable=False),
    Column("title", Text),
    Column("informant", String(200)),
    Column("text", Text, nullable=False),
    Column("filename", Text, nullable=False),
    Column("encoding", String(32), nullable=False),
    Column("checksum", String(128), nullable=False),
    Column("digest", String(64), nullable=False),  # hash of the source as parsed
    Column("meta", DomainJSON, nullable=False),
    Column("original", LargeBinary),  # the file's bytes, binary sources only
    ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
)

segments = Table(
    "segments",
    metadata,
    Column("case_id", String(200), primary_key=True),
    Column("source_id", String(500), primary_key=True),
    Column("index", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("speaker", Text),
    Column("actor", String(200)),
    ForeignKeyConstraint(
        ["case_id", "source_id"], ["sources.case_id", "sources.id"], ondelete="CASCADE"
    ),
    CheckConstraint('0 <= "start" AND "start" <= "end"', name="span"),
)

time_anchors = Table(
    "time_anchors",
    metadata,
    Column("case_id", String(200), primary_key=True),
    Column("source_id", String(500), primary_key=True),
    Column("segment_index", Integer, primary_key=True),
    Column("start", Date, nullable=False),
    Column("end", Date, nullable=False),
    Column("precision", String(16), nullable=False),
    Column("provenance", String(16), nullable=False),
    Column("expression", Text),
    Column("note", Text),
    Column("in_period", Boolean, nullable=False),
    ForeignKeyConstraint(
        ["case_id", "source_id", "segment_index"],
        ["segments.case_id", "segments.source_id", "segments.index"],
        ondelete="CASCADE",
    ),
    CheckConstraint('"start" <= "end"', name="interval"),
    Index(None, "case_id", "start"),
)

events = Table(
    "events",
    metadata,
    Column("case_id", String(200), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("line", Integer, nullable=False),
    Column("start", Date, nullable=False),
    Column("end", Date, nullable=False),
    Column("actor", String(200), nullable=False),
    Column("target", String(200)),
    Column("summary", Text, nullable=False),
    Column("codes", DomainJSON, nullable=False),
    ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
)

codings = Table(
    "codings",
    metadata,
    Column("id", _Id, primary_key=True, autoincrement=True),
    Column("case_id", String(200), nullable=False),
    Column("source_id", String(500), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("code", String(200), nullable=False),
    Column("coder", String(200), nullable=False),
    Column("memo", Text, nullable=False),
    Column("created_at", _Timestamp, nullable=False),
    # The text the span covered when it was coded (or last re-anchored).
    Column("quote", Text, nullable=False, server_default=""),
    Column("origin", String(16), nullable=False, server_default="import"),
    # Offsets of the codings.csv row a coding was imported from; NULL otherwise.
    Column("csv_start", Integer),
    Column("csv_end", Integer),
    # Its quote is no longer in the text; kept at its last offsets, to be placed by hand.
    Column("orphaned", Boolean, nullable=False, server_default=false()),
    Column("actor", String(200)),  # the actor the coded behaviour is attributed to
    Column("confidence", Float),  # an auto-coder's confidence in the code, 0..1
    ForeignKeyConstraint(
        ["case_id", "source_id"], ["sources.case_id", "sources.id"], ondelete="CASCADE"
    ),
    CheckConstraint('0 <= "start" AND "start" <= "end"', name="span"),
    CheckConstraint(
        "origin IN (" + ", ".join(f"'{o}'" for o in CODING_ORIGINS) + ")", name="origin"
    ),
    Index(None, "case_id", "source_id"),
    Index(None, "case_id", "coder"),
    sqlite_autoincrement=True,  # ids are stable: never reused after a delete
)

import_log = Table(
    "import_log",
    metadata,
    Column("id", _Id, primary_key=True, autoincrement=True),
    Column("case_id", String(200), nullable=False),
    Column("at", _Timestamp, nullable=False),
    Column("source_id", String(500)),
    Column("action", String(16), nullable=False),
    Column("detail", Text, nullable=False),
    ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
    CheckConstraint("action IN (" + ", ".join(f"'{a}'" for a in LOG_ACTIONS) + ")", name="action"),
    Index(None, "case_id", "at"),
)

# Append-only: rows are inserted, never updated or deleted (but with their case).
coding_log = Table(
    "coding_log",
    metadata,
    Column("id", _Id, primary_key=True, autoincrement=True),
    Column("case_id", String(200), nullable=False),
    Column("at", _Timestamp, nullable=False),
    Column("user_name", String(200), nullable=False),
    Column("action", String(16), nullable=False),
    Column("coding_id", BigInteger().with_variant(Integer(), "sqlite"), nullable=False),
    Column("before", DomainJSON),  # the coding before the change; NULL for add
    Column("after", DomainJSON),  # the coding after it; NULL for remove
    ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
    CheckConstraint(
        "action IN (" + ", ".join(f"'{a}'" for a in CODING_ACTIONS) + ")", name="action"
    ),
    Index(None, "case_id", "coding_id"),
)
