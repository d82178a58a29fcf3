"""The Framework model: the code tree, roles, lookups and resolved indicator weights."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from relcycle.frameworks import Framework


@pytest.fixture
def fw(minimal: dict[str, Any], load: Callable[[dict[str, Any]], Framework]) -> Framework:
    return load(minimal)


def test_code_lookup(fw: Framework) -> None:
    code = fw.code("gov.control.approval")
    assert code.parent == "gov.control"
    assert code.label.text("zh") == "审批"
    assert fw.has_code("gov") and not fw.has_code("nope")


def test_unknown_code_suggests(fw: Framework) -> None:
    with pytest.raises(KeyError, match=r"did you mean 'gov\.control\.approval'"):
        fw.code("gov.control.aproval")


def test_tree_navigation(fw: Framework) -> None:
    assert [c.id for c in fw.roots()] == ["gov", "swo.resist", "rel.trust"]
    assert [c.id for c in fw.children("gov.control")] == [
        "gov.control.approval",
        "gov.control.reporting",
    ]
    assert [c.id for c in fw.descendants("gov")] == [
        "gov.control",
        "gov.control.approval",
        "gov.control.reporting",
    ]
    assert fw.descendants("rel.trust") == ()
    assert [c.id for c in fw.ancestors("gov.control.approval")] == ["gov.control", "gov"]


def test_codes_for_role(fw: Framework) -> None:
    assert [c.id for c in fw.codes_for("social_org")] == ["swo.resist"]
    assert len(fw.codes_for("government")) == 4
    with pytest.raises(ValueError, match="unknown role 'ngo'; choose one of: government"):
        fw.codes_for("ngo")


def test_codes_marked_any_apply_to_every_role(
    minimal: dict[str, Any], load: Callable[[dict[str, Any]], Framework]
) -> None:
    minimal["codes"][5]["applies_to"] = "any"
    fw = load(minimal)
    assert "rel.trust" in {c.id for c in fw.codes_for("community")}


def test_indicator_weights_resolve_through_the_tree(fw: Framework) -> None:
    weights = fw.indicator_weights()
    assert weights["gov.control"] == {"control": 1.0}
    assert weights["gov.control.approval"] == {"control": 1.0}
    assert weights["gov.control.reporting"] == {"control": 0.5}
    assert weights["swo.resist"] == {"resistance": 1.0}
    assert "gov" not in weights
    assert "rel.trust" not in weights


def test_nearest_ancestor_wins(
    minimal: dict[str, Any], load: Callable[[dict[str, Any]], Framework]
) -> None:
    minimal["indicators"][0]["codes"] = {"gov": 2.0, "gov.control": 1.0}
    weights = load(minimal).indicator_weights()
    assert weights["gov"] == {"control": 2.0}
    assert weights["gov.control.reporting"] == {"control": 1.0}


def test_lookups_of_indicators_and_stages(fw: Framework) -> None:
    assert fw.indicator("control").scope == "government"
    assert fw.stage("storm").signature == {"control": "high", "resistance": "very_high"}
    with pytest.raises(KeyError, match="did you mean 'storm'"):
        fw.stage("strom")
    with pytest.raises(KeyError, match="unknown indicator 'x'"):
        fw.indicator("x")


def test_model_is_immutable(fw: Framework) -> None:
    with pytest.raises(AttributeError):
        fw.id = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        fw.code("gov").label["en"] = "x"  # type: ignore[index]


def test_local_text_falls_back(fw: Framework) -> None:
    label = fw.code("gov").label
    assert label.text("zh") == "政府"
    assert label.text("fr") in ("政府", "Government")
    assert dict(label) == {"zh": "政府", "en": "Government"}
