"""Initial schema: cases, actors, sources, segments, time anchors, events, codings, import log.

Revision ID: 0001
Revises:
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_TS = sa.DateTime(timezone=True)
_CASE = sa.String(length=200)
_SOURCE = sa.String(length=500)
_ACTOR = sa.String(length=200)


def upgrade() -> None:
    """Create every table of the store."""
    op.create_table(
        "cases",
        sa.Column("id", _CASE, nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("period", sa.String(length=16), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=False),
        sa.Column("framework", sa.String(length=200), nullable=True),
        sa.Column("contract", sa.JSON(), nullable=True),
        sa.Column("contract_signed", sa.Date(), nullable=True),
        sa.Column("contract_start", sa.Date(), nullable=True),
        sa.Column("contract_end", sa.Date(), nullable=True),
        sa.Column("contract_mid_term", sa.Date(), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("updated_at", _TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_cases"),
    )
    op.create_table(
        "actors",
        sa.Column("case_id", _CASE, nullable=False),
        sa.Column("id", _ACTOR, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name="fk_actors_case_id_cases", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("case_id", "id", name="pk_actors"),
    )
    op.create_table(
        "sources",
        sa.Column("case_id", _CASE, nullable=False),
        sa.Column("id", _SOURCE, nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("informant", _ACTOR, nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("filename", sa.Text(), nullable=False),
        sa.Column("encoding", sa.String(length=32), nullable=False),
        sa.Column("checksum", sa.String(length=128), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("meta", sa.JSON(), nullable=False),
        sa.Column("original", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name="fk_sources_case_id_cases", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("case_id", "id", name="pk_sources"),
    )
    op.create_table(
        "segments",
        sa.Column("case_id", _CASE, nullable=False),
        sa.Column("source_id", _SOURCE, nullable=False),
        sa.Column("index", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("speaker", sa.Text(), nullable=True),
        sa.Column("actor", _ACTOR, nullable=True),
        sa.CheckConstraint('0 <= "start" AND "start" <= "end"', name="ck_segments_span"),
        sa.ForeignKeyConstraint(
            ["case_id", "source_id"],
            ["sources.case_id", "sources.id"],
            name="fk_segments_case_id_sources",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", "source_id", "index", name="pk_segments"),
    )
    op.create_table(
        "time_anchors",
        sa.Column("case_id", _CASE, nullable=False),
        sa.Column("source_id", _SOURCE, nullable=False),
        sa.Column("segment_index", sa.Integer(), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=False),
        sa.Column("precision", sa.String(length=16), nullable=False),
        sa.Column("provenance", sa.String(length=16), nullable=False),
        sa.Column("expression", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("in_period", sa.Boolean(), nullable=False),
        sa.CheckConstraint('"start" <= "end"', name="ck_time_anchors_interval"),
        sa.ForeignKeyConstraint(
            ["case_id", "source_id", "segment_index"],
            ["segments.case_id", "segments.source_id", "segments.index"],
            name="fk_time_anchors_case_id_segments",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", "source_id", "segment_index", name="pk_time_anchors"),
    )
    op.create_index("ix_time_anchors_case_id_start", "time_anchors", ["case_id", "start"])
    op.create_table(
        "events",
        sa.Column("case_id", _CASE, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=False),
        sa.Column("actor", _ACTOR, nullable=False),
        sa.Column("target", _ACTOR, nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("codes", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name="fk_events_case_id_cases", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("case_id", "position", name="pk_events"),
    )
    op.create_table(
        "codings",
        sa.Column("id", _ID, autoincrement=True, nullable=False),
        sa.Column("case_id", _CASE, nullable=False),
        sa.Column("source_id", _SOURCE, nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=200), nullable=False),
        sa.Column("coder", sa.String(length=200), nullable=False),
        sa.Column("memo", sa.Text(), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.CheckConstraint('0 <= "start" AND "start" <= "end"', name="ck_codings_span"),
        sa.ForeignKeyConstraint(
            ["case_id", "source_id"],
            ["sources.case_id", "sources.id"],
            name="fk_codings_case_id_sources",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_codings"),
    )
    op.create_index("ix_codings_case_id_source_id", "codings", ["case_id", "source_id"])
    op.create_index("ix_codings_case_id_coder", "codings", ["case_id", "coder"])
    op.create_table(
        "import_log",
        sa.Column("id", _ID, autoincrement=True, nullable=False),
        sa.Column("case_id", _CASE, nullable=False),
        sa.Column("at", _TS, nullable=False),
        sa.Column("source_id", _SOURCE, nullable=True),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "action IN ('added', 'updated', 'removed', 'case-updated')",
            name="ck_import_log_action",
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name="fk_import_log_case_id_cases", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_import_log"),
    )
    op.create_index("ix_import_log_case_id_at", "import_log", ["case_id", "at"])


def downgrade() -> None:
    """Drop every table of the store."""
    for table in (
        "import_log",
        "codings",
        "events",
        "time_anchors",
        "segments",
        "sources",
        "actors",
        "cases",
    ):
        op.drop_table(table)
