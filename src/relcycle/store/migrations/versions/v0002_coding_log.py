"""Codings keep their quote, origin and attribution; an append-only coding log.

Existing codings all came from codings.csv: they get origin ``import``, their
csv offsets, and their quote sliced from their source's text; each is entered
in the new log as added by user ``migration``, so the log rebuilds them too.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-07
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_TS = sa.DateTime(timezone=True)
_ACTIONS = ("add", "remove", "update", "reanchor", "orphan")
_ORIGINS = ("manual", "import", "auto")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN (" + ", ".join(f"'{v}'" for v in values) + ")"


def upgrade() -> None:
    """Add the coding columns, fill them for existing codings, create the coding log."""
    # SQLite: AUTOINCREMENT, so that the id of a removed coding is never given again.
    with op.batch_alter_table(
        "codings", recreate="auto", table_kwargs={"sqlite_autoincrement": True}
    ) as batch:
        batch.add_column(sa.Column("quote", sa.Text(), nullable=False, server_default=""))
        batch.add_column(
            sa.Column("origin", sa.String(length=16), nullable=False, server_default="import")
        )
        batch.add_column(sa.Column("csv_start", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("csv_end", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("orphaned", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(sa.Column("actor", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("confidence", sa.Float(), nullable=True))
        batch.create_check_constraint(op.f("ck_codings_origin"), _in("origin", _ORIGINS))
    codings = sa.table(
        "codings",
        sa.column("case_id"),
        sa.column("source_id"),
        sa.column("start", sa.Integer()),
        sa.column("end", sa.Integer()),
        sa.column("quote"),
        sa.column("csv_start"),
        sa.column("csv_end"),
    )
    sources = sa.table("sources", sa.column("case_id"), sa.column("id"), sa.column("text"))
    # substr counts characters (code points) on both backends, as offsets do.
    quote = (
        sa.select(
            sa.func.substr(sources.c.text, codings.c.start + 1, codings.c.end - codings.c.start)
        )
        .where((sources.c.case_id == codings.c.case_id) & (sources.c.id == codings.c.source_id))
        .scalar_subquery()
    )
    op.execute(
        sa.update(codings).values(
            quote=sa.func.coalesce(quote, ""), csv_start=codings.c.start, csv_end=codings.c.end
        )
    )
    op.create_table(
        "coding_log",
        sa.Column("id", _ID, autoincrement=True, nullable=False),
        sa.Column("case_id", sa.String(length=200), nullable=False),
        sa.Column("at", _TS, nullable=False),
        sa.Column("user_name", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("coding_id", _ID, nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.CheckConstraint(_in("action", _ACTIONS), name=op.f("ck_coding_log_action")),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name="fk_coding_log_case_id_cases", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_coding_log"),
    )
    op.create_index("ix_coding_log_case_id_coding_id", "coding_log", ["case_id", "coding_id"])
    _log_existing_codings()


_RECORD = ("id", "source_id", "start", "end", "code", "coder", "memo", "quote", "origin")


def _log_existing_codings() -> None:
    """One ``add`` entry per existing coding, its record as the store writes it (frozen here)."""
    codings = sa.table(
        "codings", sa.column("case_id"), sa.column("created_at", _TS), *map(sa.column, _RECORD)
    )
    log = sa.table(
        "coding_log",
        sa.column("case_id"),
        sa.column("at", _TS),
        sa.column("user_name"),
        sa.column("action"),
        sa.column("coding_id"),
        sa.column("after", sa.JSON()),
    )
    conn = op.get_bind()
    rows = conn.execute(sa.select(codings).order_by(codings.c.id)).mappings()
    now = datetime.now(UTC)
    batch: list[dict[str, Any]] = []
    for r in rows:
        created = r["created_at"]
        created = created.replace(tzinfo=UTC) if created.tzinfo is None else created  # SQLite
        record = {name: r[name] for name in _RECORD}
        record.update(
            created_at={"$datetime": created.astimezone(UTC).isoformat()},
            csv_start=r["start"],
            csv_end=r["end"],
            orphaned=False,
            actor=None,
            confidence=None,
        )
        batch.append(
            {
                "case_id": r["case_id"],
                "at": now,
                "user_name": "migration",
                "action": "add",
                "coding_id": r["id"],
                "after": record,
            }
        )
    for i in range(0, len(batch), 500):
        conn.execute(sa.insert(log), batch[i : i + 500])


def downgrade() -> None:
    """Drop the coding log and the coding columns."""
    op.drop_table("coding_log")
    with op.batch_alter_table("codings") as batch:
        batch.drop_constraint(op.f("ck_codings_origin"), type_="check")
        for column in ("confidence", "actor", "orphaned", "csv_end", "csv_start", "origin"):
            batch.drop_column(column)
        batch.drop_column("quote")
