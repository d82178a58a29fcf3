"""The parameter registry and batches."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from relcycle.errors import SimulationError
from relcycle.simulation.params import (
    LEVERS,
    PARAMETERS,
    ParameterBatch,
    check_value,
    parameter_names,
)


def test_every_parameter_has_a_documented_range_containing_its_default() -> None:
    for p in PARAMETERS.values():
        assert p.low <= p.default <= p.high, p.name
        assert p.low < p.high and p.unit and p.meaning and p.theory


def test_every_lever_has_a_switch_month() -> None:
    for lever in LEVERS:
        assert PARAMETERS[f"{lever}_from"].kind == "switch"


def test_unknown_parameter_lists_the_valid_ones() -> None:
    with pytest.raises(SimulationError) as err:
        ParameterBatch.from_mapping({"dialog": 0.1})
    msg = str(err.value)
    assert "unknown parameter 'dialog'" in msg and "dialogue" in msg and "boundary" in msg
    assert "\n" not in msg


def test_out_of_range_names_parameter_value_set_and_range() -> None:
    with pytest.raises(SimulationError) as err:
        ParameterBatch.from_mapping({"boundary": [0.2, 1.5]})
    msg = str(err.value)
    assert "'boundary' = 1.5" in msg and "parameter set 1" in msg and "[0, 1]" in msg


def test_nan_is_out_of_range() -> None:
    with pytest.raises(SimulationError, match="'dialogue' = nan"):
        check_value("dialogue", float("nan"))


def test_scalars_broadcast_and_defaults_fill_in() -> None:
    b = ParameterBatch.from_mapping({"boundary": [0.0, 0.5, 1.0], "dialogue": 0.2})
    assert b.size == 3
    assert b["dialogue"].tolist() == [0.2, 0.2, 0.2]
    assert b["trust_rate"].tolist() == [PARAMETERS["trust_rate"].default] * 3
    assert b.names == parameter_names()


def test_arrays_of_different_lengths_are_an_error() -> None:
    with pytest.raises(SimulationError, match="differ in length"):
        ParameterBatch.from_mapping({"boundary": [0.0, 0.5], "dialogue": [0.1, 0.2, 0.3]})


def test_matrix_round_trip() -> None:
    names = ["boundary", "dialogue"]
    m = np.array([[0.1, 0.2], [0.3, 0.4]])
    b = ParameterBatch.from_matrix(names, m, base={"contract": 0.5})
    assert np.array_equal(b.matrix(names), m)
    assert b["contract"].tolist() == [0.5, 0.5]


def test_matrix_of_wrong_shape_is_an_error() -> None:
    with pytest.raises(SimulationError, match=r"shape \(N, 2\)"):
        ParameterBatch.from_matrix(["boundary", "dialogue"], np.zeros((3, 3)))


def test_take_replace_concat() -> None:
    b = ParameterBatch.from_mapping({"boundary": [0.0, 0.5, 1.0]})
    assert b.take([2, 0])["boundary"].tolist() == [1.0, 0.0]
    assert b.replace({"dialogue": 0.3})["dialogue"].tolist() == [0.3] * 3
    assert ParameterBatch.concat([b, b.take([1])])["boundary"].tolist() == [0.0, 0.5, 1.0, 0.5]


def test_arrays_are_read_only() -> None:
    b = ParameterBatch.defaults(2)
    with pytest.raises(ValueError):
        b["dialogue"][0] = 1.0


def test_model_md_documents_every_parameter_with_its_range() -> None:
    doc = (Path(__file__).parents[2] / "docs" / "MODEL.md").read_text(encoding="utf-8")
    for p in PARAMETERS.values():
        assert f"| `{p.name}` | {p.default:g} | {p.low:g} – {p.high:g} |" in doc, p.name
