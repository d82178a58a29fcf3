from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from factories import make_case

from relcycle.errors import ConfigError, StoreError
from relcycle.store import connect
from relcycle.store import engine as engine_module
from relcycle.store.engine import create_store_engine, database_url, lock_key, write_transaction


@pytest.mark.parametrize(
    ("given", "driver"),
    [
        ("postgresql://u:p@h/db", "postgresql+psycopg"),
        ("postgres://u:p@h/db", "postgresql+psycopg"),
        ("postgresql+psycopg://u:p@h/db", "postgresql+psycopg"),
        ("sqlite:///x.db", "sqlite"),
        ("sqlite+pysqlite:///x.db", "sqlite+pysqlite"),
    ],
)
def test_urls_are_pointed_at_the_right_driver(given: str, driver: str) -> None:
    assert database_url(given).drivername == driver


@pytest.mark.parametrize(
    "given",
    ["mysql://u:secret@h/db", "postgresql+psycopg2://u:secret@h/db", "://x", "sqlite:/x.db"],
)
def test_unsupported_urls_are_refused_without_showing_the_password(given: str) -> None:
    with pytest.raises(ConfigError, match=r"use sqlite:///path/to/file\.db or postgresql://") as e:
        database_url(given)
    assert "secret" not in str(e.value)


@pytest.mark.parametrize("name", ["cases.db", "my cases.db", "sub/cases.sqlite"])
def test_a_plain_file_path_is_a_sqlite_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path)
    url = database_url(name)
    assert (url.drivername, url.database) == ("sqlite", name)
    with connect(name) as store:
        assert store.cases() == []
    assert (tmp_path / name).is_file()


def test_a_sqlite_file_in_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist; create it first"):
        create_store_engine(f"sqlite:///{tmp_path / 'nope' / 'x.db'}")


def test_an_unreachable_server_is_a_store_error() -> None:
    with pytest.raises(StoreError, match=r"cannot open the store postgresql\+psycopg://u:\*\*\*@"):
        connect("postgresql://u:secret@127.0.0.1:1/db?connect_timeout=2")


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    (tmp_path / "x.db").write_bytes(b"not a database, just text" * 100)
    with pytest.raises(StoreError, match="file is not a database"):
        connect(f"sqlite:///{tmp_path / 'x.db'}")


def test_sqlite_connections_get_the_pragmas(sqlite_url: str) -> None:
    with connect(sqlite_url) as store, store.engine.connect() as conn:
        pragma = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("foreign_keys", "journal_mode", "busy_timeout", "synchronous")
        }
    assert pragma == {
        "foreign_keys": 1,
        "journal_mode": "wal",
        "busy_timeout": 30_000,
        "synchronous": 1,
    }


def test_a_busy_sqlite_store_says_so(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "SQLITE_BUSY_TIMEOUT_MS", 100)
    with connect(sqlite_url) as store, connect(sqlite_url) as other:
        busy = pytest.raises(StoreError, match="the store is busy: another process")
        with write_transaction(store.engine), busy:
            other.import_case(make_case(), [])
        other.import_case(make_case(), [])


def test_an_in_memory_sqlite_store_works() -> None:
    with connect("sqlite://") as store:
        assert store.cases() == []


def test_lock_keys_are_stable_signed_64_bit() -> None:
    key = lock_key("case:ltown")
    assert key == lock_key("case:ltown") != lock_key("case:other")
    assert -(2**63) <= key < 2**63


def test_importing_the_store_creates_no_engine() -> None:
    code = (
        "import gc, relcycle.store, relcycle.store.tables, relcycle.store.migrate\n"
        "from sqlalchemy import Engine\n"
        "print(sum(isinstance(o, Engine) for o in gc.get_objects()))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"
