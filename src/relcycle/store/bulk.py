"""Fast inserts of many plain rows, for the tables an import fills by the million.

SQLAlchemy's ``insert(table)`` with a list of dicts processes every value of
every row in Python; for segments and anchors that is most of an import's
time. Here the rows are tuples in column order and go straight to the
driver, inside the same transaction: ``executemany`` on SQLite (dates as ISO
text, SQLAlchemy's own storage format), ``COPY ... FROM STDIN`` on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Date, Table

from relcycle.errors import StoreError


def insert_values(conn: Connection, table: Table, rows: Sequence[tuple[Any, ...]]) -> None:
    """Insert ``rows`` (tuples holding every column of ``table``, in order) into ``table``."""
    if not rows:
        return
    prep = conn.dialect.identifier_preparer
    if conn.dialect.name == "postgresql":
        names = ", ".join(prep.quote(c.name) for c in table.c)
        driver = conn.connection.driver_connection  # a psycopg 3 connection
        if driver is None:
            raise StoreError("the database connection is closed; cannot write")
        cursor = driver.cursor()
        try:
            with cursor.copy(f"COPY {prep.format_table(table)} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        finally:
            cursor.close()
        return
    marker = "?" if conn.dialect.paramstyle in ("qmark", "numeric") else "%s"
    columns = ", ".join(prep.quote(c.name) for c in table.c)
    markers = ", ".join([marker] * len(table.c))
    sql = f"INSERT INTO {prep.format_table(table)} ({columns}) VALUES ({markers})"
    if conn.dialect.name == "sqlite":
        dates = [i for i, c in enumerate(table.c) if isinstance(c.type, Date)]
        if dates:
            rows = [_iso_dates(row, dates) for row in rows]
    conn.exec_driver_sql(sql, list(rows))


def _iso_dates(row: tuple[Any, ...], positions: list[int]) -> tuple[Any, ...]:
    values = list(row)
    for i in positions:
        values[i] = values[i].isoformat()
    return tuple(values)
