"""JSON columns that keep what YAML gives: dates, datetimes and non-string keys.

case.yaml and front matters may hold dates (``signed: 2017-09-01``) and maps
with non-string keys (``{2018: 300000}``); plain JSON would turn both into
strings. :class:`DomainJSON` stores them as tagged objects and gives them back
as they were. Tuples come back as lists.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Dialect
from sqlalchemy.types import TypeDecorator

from relcycle.errors import StoreError

_DATE = "$date"
_DATETIME = "$datetime"
_MAP = "$map"
_TAGS = frozenset({_DATE, _DATETIME, _MAP})


def to_json(value: Any) -> Any:
    """``value`` as JSON-ready data, dates and non-string keys tagged.

    Raises:
        StoreError: ``value`` holds something JSON cannot keep (a set, bytes ...).
    """
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, datetime):
        return {_DATETIME: value.isoformat()}
    if isinstance(value, date):
        return {_DATE: value.isoformat()}
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    if isinstance(value, Mapping):
        plain = all(isinstance(k, str) for k in value) and not (
            len(value) == 1 and next(iter(value)) in _TAGS
        )
        if plain:
            return {k: to_json(v) for k, v in value.items()}
        return {_MAP: [[to_json(k), to_json(v)] for k, v in value.items()]}
    raise StoreError(
        f"cannot store a value of type {type(value).__name__} ({value!r:.60}); "
        "use strings, numbers, booleans, dates, lists and maps"
    )


def from_json(value: Any) -> Any:
    """The inverse of :func:`to_json`."""
    if isinstance(value, list):
        return [from_json(v) for v in value]
    if isinstance(value, dict):
        if len(value) == 1:
            ((key, inner),) = value.items()
            if key == _DATE:
                return date.fromisoformat(inner)
            if key == _DATETIME:
                return datetime.fromisoformat(inner)
            if key == _MAP:
                return {_hashable(from_json(k)): from_json(v) for k, v in inner}
        return {k: from_json(v) for k, v in value.items()}
    return value


def _hashable(key: Any) -> Any:
    return tuple(_hashable(k) for k in key) if isinstance(key, list) else key


class DomainJSON(TypeDecorator[Any]):
    """A JSON column (SQL ``NULL`` for ``None``) that round-trips YAML's values."""

    impl = JSON
    cache_ok = True

    def __init__(self) -> None:
        super().__init__(none_as_null=True)

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        """Tag dates and non-string keys on the way in."""
        return None if value is None else to_json(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        """Untag them on the way out."""
        return None if value is None else from_json(value)
