"""Alembic's environment for relcycle's store.

:func:`relcycle.store.migrate.upgrade` hands in an open connection (inside its
transaction) as ``config.attributes["connection"]``. Run from the command line
(``alembic -c alembic.ini revision --autogenerate -m ...``), the URL comes from
``sqlalchemy.url`` in the ini file, else from ``RELCYCLE_DB``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from relcycle.settings import Settings
from relcycle.store.engine import create_store_engine, database_url, write_transaction
from relcycle.store.tables import metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,  # SQLite needs ALTER TABLE done by copy
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _main() -> None:
    config = context.config
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url") or Settings.from_env().db
    if context.is_offline_mode():
        context.configure(url=database_url(url), target_metadata=metadata, literal_binds=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_store_engine(url)
    try:
        with write_transaction(engine, lock="migrate") as conn:
            _run(conn)
    finally:
        engine.dispose()


_main()
