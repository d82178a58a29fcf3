"""Fixtures shared by the whole test suite.

``db_url`` runs a test against SQLite (a file in the test's tmp folder) and
against PostgreSQL (a database created for the test and dropped after it).

PostgreSQL comes from ``RELCYCLE_TEST_PG_URL`` (a server and a role allowed to
create databases, e.g. ``postgresql://relcycle@127.0.0.1:54329/relcycle_test``).
Without it the PostgreSQL half is skipped, unless ``RELCYCLE_REQUIRE_PG=1``
(CI), which makes it fail instead.

``chromium`` and ``cjk_font`` give browser and figure tests Debian's Chromium
and a CJK font (``apt-get install chromium fonts-noto-cjk``); without them those
tests are skipped, unless ``RELCYCLE_REQUIRE_BROWSER=1`` (CI), which makes them
fail instead.

The hybrid coder's fitted model is kept in ``.pytest_cache/relcycle`` unless
``RELCYCLE_CACHE_DIR`` says otherwise.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NoReturn

import psycopg
import pytest
from psycopg import sql
from sqlalchemy.engine import URL, make_url

from relcycle.report.fonts import CjkFont

# Fitted models are kept beside the tests' other caches, not in the user's cache folder.
os.environ.setdefault(
    "RELCYCLE_CACHE_DIR", str(Path(__file__).resolve().parents[1] / ".pytest_cache" / "relcycle")
)

PG_URL_ENV = "RELCYCLE_TEST_PG_URL"
REQUIRE_PG_ENV = "RELCYCLE_REQUIRE_PG"
REQUIRE_BROWSER_ENV = "RELCYCLE_REQUIRE_BROWSER"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "browser: needs Chromium and a CJK font (apt-get install chromium fonts-noto-cjk)",
    )


def _missing(what: str, why: str) -> NoReturn:
    if os.environ.get(REQUIRE_BROWSER_ENV) == "1":
        pytest.fail(f"{what} tests are required ({REQUIRE_BROWSER_ENV}=1) but {why}")
    pytest.skip(f"{what} test skipped: {why}")


@pytest.fixture(scope="session")
def chromium() -> str:
    """Debian's Chromium (the ``chromium`` setting, else on the PATH)."""
    from relcycle.errors import ConfigError
    from relcycle.report.pdf import find_chromium

    try:
        return find_chromium()
    except ConfigError as exc:
        _missing("browser", str(exc))


@pytest.fixture(scope="session")
def cjk_font() -> CjkFont:
    """The CJK font figures and PDFs set Chinese in."""
    from relcycle.report.fonts import find_cjk_font

    font = find_cjk_font()
    if font is None:
        _missing("CJK font", "no CJK font is installed (apt-get install fonts-noto-cjk)")
    return font


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


# A small zh case folder with a retrospective interview, for service and CLI tests.
RETRO_CASE_YAML = """\
id: retro-case
title: A retrospective interview
language: zh
period: month
start: 2017-09-01
end: 2019-12-31
actors:
  - id: gov
    name: 镇政府
    role: government
    aliases: [镇里, 王主任]
  - id: swo
    name: 启明社工中心
    role: social_org
    aliases: [机构, 李主任]
contract:
  signed: 2017-09-01
  term_months: 24
"""

RETRO_INTERVIEW = """\
---
date: 2019-12-10
kind: interview
title: 李主任访谈
informant: swo
---
问：项目里最难的是什么时候？

答：去年三月镇里要求每周报台账，活动方案都要先审批。

问：现在呢？

答：现在好多了，大家按合同办事。
"""

RETRO_FIELD_NOTE = """\
---
kind: field_note
---
下午在中心整理活动照片，居民来问舞蹈队排练时间。
"""


@pytest.fixture
def make_case(tmp_path: Path) -> Callable[..., Path]:
    """Write a small case folder; extra files as {relative path: text or bytes}."""

    def make(files: dict[str, str | bytes] | None = None, name: str = "case") -> Path:
        root = tmp_path / name
        (root / "sources").mkdir(parents=True)
        everything: dict[str, str | bytes] = {
            "case.yaml": RETRO_CASE_YAML,
            "sources/interview-li.md": RETRO_INTERVIEW,
            "sources/2018-04-02-field-note.md": RETRO_FIELD_NOTE,
        }
        everything.update(files or {})
        for rel, content in everything.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return root

    return make
