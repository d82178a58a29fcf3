"""The dating loop's fast segments and anchors behave as the dataclasses' own in every use.

``Segment._fast`` and ``TimeAnchor._fast`` fill an unfrozen twin of the class
and retype it; what comes out must be indistinguishable from ``Segment(...)``
and ``TimeAnchor(...)``: copied, pickled, replaced, compared and hashed alike.
"""

from __future__ import annotations

import copy
import dataclasses
import gc
import pickle
from datetime import date

import pytest

from relcycle.domain import Precision, Segment, TimeAnchor
from relcycle.domain.case import _SegmentTwin
from relcycle.domain.time import _AnchorTwin

ANCHOR = ("s1", 4, date(2018, 3, 1), date(2018, 3, 31), Precision.MONTH, "text", "2018年3月",
          "2 time expressions", True)  # fmt: skip
SEGMENT = ("s1", 4, 10, 18, "2018年3月开会", "问", "gov")


@pytest.mark.parametrize(
    ("fast", "plain"),
    [
        (TimeAnchor._fast(*ANCHOR), TimeAnchor(*ANCHOR)),  # type: ignore[arg-type]
        (Segment._fast(*SEGMENT), Segment(*SEGMENT)),
    ],
    ids=["anchor", "segment"],
)
def test_a_fast_object_is_copied_pickled_and_replaced_as_the_plain_one(
    fast: object, plain: object
) -> None:
    assert type(fast) is type(plain)
    assert pickle.loads(pickle.dumps(fast)) == plain
    assert copy.copy(fast) == plain and copy.deepcopy(fast) == plain
    assert dataclasses.asdict(fast) == dataclasses.asdict(plain)  # type: ignore[call-overload]
    changed = dataclasses.replace(fast, source_id="s2")  # type: ignore[type-var]
    assert changed != plain and changed == dataclasses.replace(plain, source_id="s2")  # type: ignore[type-var]
    assert {fast: 1}[plain] == 1  # same hash, equal: one key
    assert gc.is_tracked(fast) == gc.is_tracked(plain)


def test_the_twins_have_the_classes_slots_in_order() -> None:
    """Retyping needs the same layout: the same slots, in the same order."""
    assert _AnchorTwin.__slots__ == TimeAnchor.__slots__
    assert _SegmentTwin.__slots__ == Segment.__slots__
    assert _AnchorTwin.__slots__ == tuple(f.name for f in dataclasses.fields(TimeAnchor))


def test_a_fast_anchor_refuses_an_interval_that_ends_before_it_starts() -> None:
    late, early = date(2018, 3, 2), date(2018, 3, 1)
    with pytest.raises(ValueError, match="ends"):
        TimeAnchor._fast("s", 0, late, early, Precision.DAY, "text", None, None, True)
