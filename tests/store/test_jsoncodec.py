from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from relcycle.errors import StoreError
from relcycle.store.jsoncodec import from_json, to_json

_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(),
    st.dates(),
    st.datetimes(),
)
_keys = st.one_of(st.text(), st.integers(), st.dates(), st.sampled_from(["$date", "$map"]))
_values = st.recursive(
    _scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_keys, inner, max_size=4)),
    max_leaves=20,
)


@given(_values)
def test_yaml_values_come_back_as_they_were(value: Any) -> None:
    assert from_json(to_json(value)) == value


def test_dates_are_tagged() -> None:
    assert to_json({"signed": date(2017, 9, 1)}) == {"signed": {"$date": "2017-09-01"}}
    assert to_json({2018: 1}) == {"$map": [[2018, 1]]}


def test_values_json_cannot_keep_are_refused() -> None:
    with pytest.raises(StoreError, match="cannot store a value of type set"):
        to_json({"x": {1, 2}})
