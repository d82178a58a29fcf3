from __future__ import annotations

from collections.abc import Iterator

import pytest

from relcycle.store import Store, connect


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """A new, empty store on SQLite and on PostgreSQL."""
    s = connect(db_url)
    try:
        yield s
    finally:
        s.close()
