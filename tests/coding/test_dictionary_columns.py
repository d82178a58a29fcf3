"""Codings kept as columns build the same AutoCoding objects their constructor builds.

:class:`Columns` fills the slots of its objects directly after checking the
columns in bulk; what it builds must equal, field by field and type by type,
what ``AutoCoding(...)`` builds from the same row, and a row the constructor
refuses must raise the constructor's own error.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from relcycle.coding.base import AutoCoding
from relcycle.coding.dictionary.columns import ROW_FIELDS, Codings, Columns, _coding


def _columns(**changes: object) -> Columns:
    n = 4
    base: dict[str, object] = dict(
        coder="auto:dictionary@test",
        sources=("a.md", "b.md"),
        codes=("gov.ask", "swo.refuse"),
        rules=("要求", "re:婉拒"),
        actors=("town", "swo"),
        source=np.array([0, 0, 1, 1], np.int64),
        segment_index=np.array([0, 2, 0, 5], np.int64),
        start=np.array([0, 10, 3, 7], np.int64),
        end=np.array([2, 14, 5, 9], np.int64),
        code=np.array([0, 1, 1, 0], np.int64),
        rule=np.array([0, 1, 1, 0], np.int64),
        confidence=np.array([0.9, 0.75, 1.0, 0.0], np.float64),
        actor=np.array([-1, 0, 1, -1], np.int64),
        actor_confidence=np.array([0.0, 0.8, 0.6, 0.0], np.float64),
        target=np.array([1, -1, 0, -1], np.int64),
        negated=np.array([False, True, False, False]),
        hedged=np.array([False, False, True, False]),
    )
    base.update(changes)
    columns = Columns(**base)  # type: ignore[arg-type]
    assert len(columns) == n
    return columns


def test_row_fields_are_autocodings_fields_in_order() -> None:
    assert tuple(f.name for f in dataclasses.fields(AutoCoding)) == ROW_FIELDS


def test_objects_equal_the_constructors_field_by_field() -> None:
    columns = _columns()
    built = list(Codings([columns]))
    expected = [_coding(row) for row in columns.rows()]
    assert built == expected
    for got, want in zip(built, expected, strict=True):
        assert type(got) is AutoCoding
        for name in ROW_FIELDS:
            assert type(getattr(got, name)) is type(getattr(want, name)), name
    assert built[1].actor == "town" and built[1].target is None and built[1].negated is True
    with pytest.raises(dataclasses.FrozenInstanceError):
        built[0].start = 1  # type: ignore[misc]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (dict(end=np.array([2, 10, 5, 9], np.int64)), r"span \[10, 10\) must be non-empty"),
        (dict(start=np.array([0, 10, -1, 7], np.int64)), r"span \[-1, 5\)"),
        (dict(confidence=np.array([0.9, 0.75, 1.5, 0.0])), "confidence must be between 0 and 1"),
        (dict(actor_confidence=np.array([0.0, np.nan, 0.6, 0.0])), "actor_confidence must be"),
    ],
)
def test_a_row_the_constructor_refuses_raises_its_error(
    changes: dict[str, object], message: str
) -> None:
    columns = _columns(**changes)
    first_bad = next(i for i, row in enumerate(columns.rows()) if not _accepted(row))
    with pytest.raises(ValueError) as constructor:
        _coding(next(columns.rows(first_bad, first_bad + 1)))
    with pytest.raises(ValueError, match=message) as bulk:
        list(Codings([columns]))
    assert str(bulk.value) == str(constructor.value)


def _accepted(row: tuple[object, ...]) -> bool:
    try:
        _coding(row)  # type: ignore[arg-type]
    except ValueError:
        return False
    return True
