from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from relcycle.store import connect
from relcycle.store.engine import create_store_engine, write_transaction
from relcycle.store.migrate import alembic_config, current_revision, head_revision
from relcycle.store.tables import metadata

TABLES = {
    "alembic_version",
    "cases",
    "actors",
    "sources",
    "segments",
    "time_anchors",
    "events",
    "codings",
    "import_log",
    "coding_log",
}


def test_connect_migrates_a_fresh_database_to_head(db_url: str) -> None:
    with connect(db_url) as store:
        assert current_revision(store.engine) == head_revision() == "0002"
        assert set(inspect(store.engine).get_table_names()) == TABLES
        assert store.cases() == []


def test_connect_twice_is_idempotent(db_url: str) -> None:
    with connect(db_url) as store:
        store.engine.dispose()
    with connect(db_url) as again:
        assert current_revision(again.engine) == head_revision()
        assert again.cases() == []


def test_migrated_schema_matches_the_tables(db_url: str) -> None:
    with connect(db_url) as store, store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_an_old_schema_is_upgraded(db_url: str) -> None:
    connect(db_url).close()
    engine = create_store_engine(db_url)
    config = alembic_config()
    with write_transaction(engine) as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
    assert current_revision(engine) is None
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    engine.dispose()
    with connect(db_url) as store:
        assert current_revision(store.engine) == head_revision()
        assert set(inspect(store.engine).get_table_names()) == TABLES


def test_constraints_and_indexes_are_named(db_url: str) -> None:
    with connect(db_url) as store:
        found = inspect(store.engine)
        assert found.get_pk_constraint("segments")["name"] in ("pk_segments", None)
        assert {i["name"] for i in found.get_indexes("time_anchors")} == {
            "ix_time_anchors_case_id_start"
        }
        fks = {fk["name"] for fk in found.get_foreign_keys("time_anchors")}
        assert fks == {"fk_time_anchors_case_id_segments"}
