"""Bringing a store's schema to the newest revision, from the migrations inside the package."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from relcycle.store.engine import read_transaction, write_transaction

SCRIPT_LOCATION = "relcycle.store:migrations"
"""Where Alembic finds the migrations: a folder of the installed package."""


def alembic_config() -> Config:
    """An Alembic configuration that needs no ini file."""
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    return config


def head_revision() -> str | None:
    """The newest revision the package ships."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, ``None`` for an empty database."""
    with read_transaction(engine) as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Migrate the database to the newest revision; nothing is done if it is there already.

    The migrations run in one transaction (PostgreSQL and SQLite both have
    transactional DDL), under a lock, so two processes opening a new store at
    once do not both create it.
    """
    if current_revision(engine) == head_revision():
        return
    config = alembic_config()
    with write_transaction(engine, lock="migrate") as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
