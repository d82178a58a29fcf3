from __future__ import annotations

from datetime import UTC, date, datetime

import sqlalchemy as sa
from alembic import command

from relcycle.store import connect, replay
from relcycle.store.engine import create_store_engine, write_transaction
from relcycle.store.migrate import alembic_config, current_revision

TEXT = "第一段：镇里要求每周报台账。\n\n第二段。"


def _at_revision_0001_with_a_coding(url: str) -> None:
    engine = create_store_engine(url)
    config = alembic_config()
    now = datetime(2020, 1, 1, tzinfo=UTC)
    with write_transaction(engine) as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        meta = sa.MetaData()
        meta.reflect(conn)
        cases, sources, codings = (meta.tables[n] for n in ("cases", "sources", "codings"))
        conn.execute(
            sa.insert(cases).values(
                id="old", title="旧", language="zh", period="month", start=date(2018, 1, 1),
                end=date(2018, 12, 31), extra={}, created_at=now, updated_at=now,
            )
        )  # fmt: skip
        conn.execute(
            sa.insert(sources).values(
                case_id="old", id="a.md", kind="field_note", date=date(2018, 3, 1), text=TEXT,
                filename="a.md", encoding="utf-8", checksum="c", digest="d", meta={},
            )
        )  # fmt: skip
        conn.execute(
            sa.insert(codings).values(
                case_id="old", source_id="a.md", start=4, end=8, code="gov.control",
                coder="coder-a", memo="", created_at=now,
            )
        )  # fmt: skip
    engine.dispose()


def test_existing_codings_get_their_quote_and_csv_offsets(db_url: str) -> None:
    _at_revision_0001_with_a_coding(db_url)
    with connect(db_url) as store:
        assert current_revision(store.engine) == "0002"
        (record,) = store.coding_records("old")
        assert record.quote == TEXT[4:8] == "镇里要求"
        assert (record.origin, record.csv_start, record.csv_end) == ("import", 4, 8)
        assert (record.orphaned, record.actor, record.confidence) == (False, None, None)
        # Codings from before the log enter it as added by the migration.
        (entry,) = store.coding_log("old")
        assert (entry.user, entry.action, entry.after) == ("migration", "add", record)
        assert replay(store.coding_log("old")) == [record]
