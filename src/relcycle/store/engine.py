"""Opening a database: URL checks, SQLite pragmas, PostgreSQL via psycopg 3, transactions.

Nothing here runs at import time; :func:`create_store_engine` builds an engine
when asked to.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.pool import StaticPool

from relcycle.errors import ConfigError, StoreError

SQLITE_BUSY_TIMEOUT_MS = 30_000
"""How long a SQLite connection waits for another writer before it gives up."""

_WRITE = "relcycle_write"
# What starts a URL (sqlite://, postgresql:/ mistyped), not a file path (C:/cases.db).
_SCHEME = re.compile(r"[A-Za-z][\w+.-]+:/")
_URL_HELP = "use sqlite:///path/to/file.db or postgresql://user:password@host/database"


def database_url(url: str) -> URL:
    """Check a store URL and give the URL the engine is made from.

    ``postgresql://`` (and ``postgres://``) URLs are pointed at the psycopg 3
    driver; SQLite URLs are taken as they are, and so is a plain file path
    (``cases.db``, ``~/work/cases.db``: no ``://`` in it), as a SQLite file.

    Args:
        url: ``sqlite:///relative.db``, ``sqlite:////absolute.db``, a file path or
            ``postgresql://user:password@host:port/database``.

    Raises:
        ConfigError: The URL cannot be parsed or names another database or driver.
    """
    if url.strip() and "://" not in url and not _SCHEME.match(url):
        return URL.create("sqlite", database=str(Path(url).expanduser()))
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ConfigError(f"cannot read database URL {url!r}; {_URL_HELP}") from None
    driver = parsed.drivername
    if driver in ("sqlite", "sqlite+pysqlite"):
        return parsed
    if driver in ("postgresql", "postgres", "postgresql+psycopg"):
        return parsed.set(drivername="postgresql+psycopg")
    shown = parsed.render_as_string(hide_password=True)
    raise ConfigError(f"unsupported database URL {shown!r}; {_URL_HELP} (psycopg 3 driver)")


def new_sqlite_file(url: str) -> Path | None:
    """The file a SQLite store URL names when it does not exist yet, else ``None``.

    ``None`` for PostgreSQL, an in-memory or ``file:`` URI database, and a file
    that exists: what an operation that fails may remove again, so that it
    leaves no empty store behind.

    Raises:
        ConfigError: The URL cannot be parsed or names another database.
    """
    parsed = database_url(url)
    database = parsed.database or ""
    if parsed.get_backend_name() != "sqlite" or database in ("", ":memory:"):
        return None
    if database.startswith("file:"):
        return None
    path = Path(database).expanduser()
    return None if path.exists() else path


def is_sqlite(engine_or_conn: Engine | Connection) -> bool:
    """Whether the engine (or connection) talks to SQLite."""
    return engine_or_conn.dialect.name == "sqlite"


def create_store_engine(url: str) -> Engine:
    """A SQLAlchemy engine for a store URL, with relcycle's SQLite settings.

    SQLite connections get ``foreign_keys=ON``, WAL journaling, a busy timeout
    and ``synchronous=NORMAL``; relcycle emits ``BEGIN`` itself so that reads
    and DDL take part in transactions (``BEGIN IMMEDIATE`` for writes, see
    :func:`write_transaction`).

    Raises:
        ConfigError: The URL is not a supported one, or a SQLite file's folder
            does not exist.
    """
    parsed = database_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, pool_pre_ping=True)
    database = parsed.database or ""
    kwargs: dict[str, Any] = {}
    if database in ("", ":memory:"):
        kwargs = {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
    elif not database.startswith("file:"):
        folder = Path(database).expanduser().resolve().parent
        if not folder.is_dir():
            raise ConfigError(
                f"cannot create the SQLite store {database!r}: folder {str(folder)!r} "
                "does not exist; create it first or give another path"
            )
    engine = create_engine(parsed, **kwargs)
    event.listen(engine, "connect", _sqlite_on_connect)
    event.listen(engine, "begin", _sqlite_on_begin)
    return engine


def _sqlite_on_connect(dbapi_connection: Any, connection_record: Any) -> None:
    # Take BEGIN away from the sqlite3 driver (it skips it before SELECT and DDL).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def _sqlite_on_begin(conn: Connection) -> None:
    # A writer takes the write lock up front: a deferred transaction that reads
    # first and writes later can fail at once (SQLITE_BUSY) in WAL mode.
    immediate = conn.get_execution_options().get(_WRITE, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@contextmanager
def write_transaction(engine: Engine, lock: str | None = None) -> Iterator[Connection]:
    """One transaction that writes: committed at the end, rolled back on any exception.

    Args:
        engine: The store's engine.
        lock: A name to serialise writers on (PostgreSQL advisory lock, held
            until the transaction ends); SQLite writers are serialised anyway.
    """
    with engine.connect() as conn:
        conn.execution_options(**{_WRITE: True})
        try:
            transaction = conn.begin()
        except OperationalError as exc:
            if "locked" not in str(exc.orig):
                raise
            raise StoreError(
                "the store is busy: another process has been writing to it for more than "
                f"{SQLITE_BUSY_TIMEOUT_MS // 1000} s (an import?); try again when it is done"
            ) from exc
        with transaction:
            if lock is not None and not is_sqlite(conn):
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": lock_key(lock)})
            yield conn


@contextmanager
def read_transaction(engine: Engine) -> Iterator[Connection]:
    """One transaction that only reads, on one consistent snapshot of the store."""
    with engine.connect() as conn:
        if not is_sqlite(conn):
            conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            yield conn


def lock_key(name: str) -> int:
    """A stable signed 64-bit key for a PostgreSQL advisory lock named ``name``."""
    digest = hashlib.sha256(f"relcycle:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)
