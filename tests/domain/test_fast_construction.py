"""The hot paths' fast constructors make exactly what the dataclasses' ``__init__`` makes."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from relcycle.domain import Precision, Segment, TimeAnchor


def _anchor_fields() -> list[tuple[object, ...]]:
    month = ("s1", 0, date(2018, 3, 1), date(2018, 3, 31), Precision.MONTH, "text", "2018年3月")
    day = ("s2", 7, date(2019, 1, 5), date(2019, 1, 5), Precision.DAY, "source_date", None)
    return [(*month, None, True), (*day, "unresolved 'x' (why)", False)]


@pytest.mark.parametrize("values", _anchor_fields())
def test_fast_time_anchor_equals_the_dataclass(values: tuple[object, ...]) -> None:
    plain = TimeAnchor(*values)  # type: ignore[arg-type]
    fast = TimeAnchor._fast(*values)  # type: ignore[arg-type]
    assert type(fast) is TimeAnchor
    assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
    assert dataclasses.astuple(fast) == values
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.note = "changed"  # type: ignore[misc]


def test_fast_time_anchor_differs_where_a_field_differs() -> None:
    first, second = _anchor_fields()
    for i in range(len(first)):
        mixed = (*first[:i], second[i], *first[i + 1 :])
        if mixed[3] < mixed[2]:  # type: ignore[operator]
            continue
        assert TimeAnchor._fast(*mixed) != TimeAnchor(*first)  # type: ignore[arg-type]
        assert TimeAnchor._fast(*mixed) == TimeAnchor(*mixed)  # type: ignore[arg-type]


def test_fast_time_anchor_checks_the_interval_like_the_dataclass() -> None:
    with pytest.raises(ValueError, match=r"ends .* before it starts"):
        TimeAnchor._fast("s", 0, date(2018, 2, 1), date(2018, 1, 1), Precision.DAY, "text",
                         None, None, True)  # fmt: skip
    with pytest.raises(ValueError, match=r"ends .* before it starts"):
        TimeAnchor("s", 0, date(2018, 2, 1), date(2018, 1, 1), Precision.DAY, "text")


def test_fast_segment_equals_the_dataclass() -> None:
    for values in (("s1", 0, 0, 5, "hello", None, None), ("s2", 3, 10, 14, "答：好", "答", "a1")):
        plain, fast = Segment(*values), Segment._fast(*values)  # type: ignore[arg-type]
        assert type(fast) is Segment
        assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
        assert dataclasses.astuple(fast) == values
        with pytest.raises(dataclasses.FrozenInstanceError):
            fast.text = "x"  # type: ignore[misc]
