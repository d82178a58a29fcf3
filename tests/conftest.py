"""Fixtures shared by the whole test suite.

``db_url`` runs a test against SQLite (a file in the test's tmp folder) and
against PostgreSQL (a database created for the test and dropped after it).

PostgreSQL comes from ``RELCYCLE_TEST_PG_URL`` (a server and a role allowed to
create databases, e.g. ``postgresql://relcycle@127.0.0.1:54329/relcycle_test``).
Without it the PostgreSQL half is skipped, unless ``RELCYCLE_REQUIRE_PG=1``
(CI), which makes it fail instead.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from sqlalchemy.engine import URL, make_url

PG_URL_ENV = "RELCYCLE_TEST_PG_URL"
REQUIRE_PG_ENV = "RELCYCLE_REQUIRE_PG"


def _libpq(url: URL) -> str:
    """A libpq connection string for a SQLAlchemy URL (any postgresql driver)."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def _server_url() -> URL:
    raw = os.environ.get(PG_URL_ENV)
    if not raw:
        why = f"{PG_URL_ENV} is not set (e.g. postgresql://user@127.0.0.1:5432/postgres)"
        if os.environ.get(REQUIRE_PG_ENV) == "1":
            pytest.fail(f"PostgreSQL tests are required ({REQUIRE_PG_ENV}=1) but {why}")
        pytest.skip(f"PostgreSQL test skipped: {why}")
    return make_url(raw)


@pytest.fixture
def pg_url() -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database, dropped after the test."""
    server = _server_url()
    name = f"relcycle_t_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(_libpq(server), autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(_libpq(server), autocommit=True) as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """The URL of a new SQLite store file in the test's tmp folder."""
    return f"sqlite:///{tmp_path / 'store.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """A fresh, empty database: SQLite, then PostgreSQL."""
    name = "sqlite_url" if request.param == "sqlite" else "pg_url"
    url: str = request.getfixturevalue(name)
    return url
