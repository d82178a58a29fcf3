"""The advice condition language: parsing and evaluation against a stage diagnosis."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from relcycle.frameworks import Framework, StageDiagnosis
from relcycle.frameworks.conditions import (
    ConditionError,
    Diagnosis,
    Vocabulary,
    parse_condition,
)

VOCAB = Vocabulary(
    stages=["calm", "storm"], indicators=["control", "trust"], codes=["gov.control", "rel.trust"]
)


def holds(when: dict[str, Any], **diagnosis: Any) -> bool:
    return parse_condition(when, VOCAB).holds(StageDiagnosis(**diagnosis))


def test_stage_conditions() -> None:
    assert holds({"stage_in": ["storm", "calm"]}, stage="storm")
    assert not holds({"stage_in": ["storm"]}, stage="calm")
    assert holds({"stage_not_in": ["storm"]}, stage=None)
    assert holds({"previous_stage_in": ["calm"]}, stage="storm", previous_stage="calm")


@pytest.mark.parametrize(
    ("z", "above_high", "below_low"),
    [
        (-2.0, False, True),
        (-0.6, False, True),
        (0.0, False, False),
        (0.5, False, False),
        (0.51, True, False),
        (3.0, True, False),
    ],
)
def test_indicator_levels(z: float, above_high: bool, below_low: bool) -> None:
    assert holds({"indicator_above": {"control": "high"}}, indicators={"control": z}) is above_high
    assert holds({"indicator_below": {"control": "low"}}, indicators={"control": z}) is below_low


def test_indicator_thresholds_as_numbers() -> None:
    assert holds({"indicator_above": {"trust": 0.2}}, indicators={"trust": 0.2})
    assert not holds({"indicator_below": {"trust": -1}}, indicators={"trust": 0.0})


def test_missing_indicator_never_holds() -> None:
    assert not holds({"indicator_above": {"control": "very_low"}})
    assert not holds(
        {"indicator_below": {"control": "very_high"}}, indicators={"control": float("nan")}
    )


def test_code_shares() -> None:
    assert holds({"code_share_above": {"gov.control": 0.1}}, code_shares={"gov.control": 0.2})
    assert not holds({"code_share_above": {"gov.control": 0.1}})
    assert holds({"code_share_below": {"rel.trust": 0.1}})


def test_combinators() -> None:
    when = {
        "any": [
            {"stage_in": ["storm"]},
            {"all": [{"indicator_above": {"control": "high"}}, {"not": {"stage_in": ["calm"]}}]},
        ]
    }
    assert holds(when, stage="storm")
    assert holds(when, stage=None, indicators={"control": 1.0})
    assert not holds(when, stage="calm", indicators={"control": 1.0})


def test_several_keys_in_one_mapping_all_hold() -> None:
    when = {"stage_in": ["storm"], "indicator_above": {"control": "neutral"}}
    assert holds(when, stage="storm", indicators={"control": 0.0})
    assert not holds(when, stage="storm", indicators={"control": -1.0})


@pytest.mark.parametrize(
    ("when", "message"),
    [
        ({}, "when: a condition must be a non-empty mapping"),
        ({"any": []}, "when.any: 'any' takes a non-empty list of conditions"),
        ({"stage_in": [1]}, "when.stage_in: 'stage_in' takes a list of stage ids"),
        (
            {"indicator_above": ["control"]},
            "when.indicator_above: 'indicator_above' takes a mapping",
        ),
        ({"code_share_above": {"rel.trust": True}}, "when.code_share_above: share for 'rel.trust'"),
        ({"not": {"stage_in": ["gale"]}}, "when.not.stage_in: unknown stage 'gale'; choose one of"),
        ({"code_share_below": {"trust": 0.1}}, "when.code_share_below: unknown code 'trust'"),
        ({"whenever": 1}, "when: unknown condition 'whenever'; choose one of: all, any, not"),
    ],
)
def test_bad_conditions(when: dict[str, Any], message: str) -> None:
    with pytest.raises(ConditionError) as info:
        parse_condition(when, VOCAB)
    assert str(info.value).startswith(message)


def test_advice_for_a_diagnosis(
    minimal: dict[str, Any], load: Callable[[dict[str, Any]], Framework]
) -> None:
    fw = load(minimal)
    assert [a.id for a in fw.advice_for(StageDiagnosis(stage="storm"))] == ["talk"]
    assert fw.advice_for(StageDiagnosis(stage="calm", indicators={"control": 0.0})) == ()


def test_stage_diagnosis_satisfies_the_protocol() -> None:
    assert isinstance(StageDiagnosis(), Diagnosis)
