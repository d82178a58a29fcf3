"""The built-in gpps-lifecycle framework loads, is complete, and its rules find its own examples."""

from __future__ import annotations

import itertools
import re

import pytest

from relcycle.frameworks import Framework, load_framework
from relcycle.frameworks.levels import LEVEL_CENTRES
from relcycle.frameworks.matching import Matcher

BEHAVIOUR_FAMILIES = {
    "gov.explore",
    "gov.support",
    "gov.consult",
    "gov.control",
    "gov.concede",
    "swo.explore",
    "swo.comply",
    "swo.negotiate",
    "swo.resist",
    "swo.cooperate",
    "swo.autonomy",
}
CONTROL_KINDS = {
    "gov.control.approval",
    "gov.control.reporting",
    "gov.control.inspection",
    "gov.control.out_of_scope",
    "gov.control.staffing",
    "gov.control.leverage",
}
RESISTANCE_KINDS = {
    "swo.resist.refuse",
    "swo.resist.delay",
    "swo.resist.appeal",
    "swo.resist.contract",
    "swo.resist.exit",
}


@pytest.fixture(scope="module")
def fw() -> Framework:
    return load_framework()


@pytest.fixture(scope="module")
def matcher(fw: Framework) -> Matcher:
    return Matcher(fw)


def test_default_is_gpps_lifecycle(fw: Framework) -> None:
    assert fw.id == "gpps-lifecycle"
    assert load_framework("gpps-lifecycle") is fw
    assert fw.source == "builtin:gpps-lifecycle"
    assert fw.languages == ("zh", "en")
    assert re.fullmatch(r"[0-9a-f]{12}", fw.hash)


def test_every_rule_and_cue_compiles(fw: Framework) -> None:
    for code in fw.codes:
        for lang, rules in code.rules.items():
            for rule in rules:
                assert isinstance(rule.pattern, re.Pattern), (code.id, lang, rule.written)
                assert rule.pattern.search("") is None, (code.id, rule.written)
    for cue in fw.cues.values():
        for pattern in cue.patterns.values():
            assert pattern.search("") is None, cue.name


def test_behaviour_families_have_several_children_with_rules(fw: Framework) -> None:
    for family in BEHAVIOUR_FAMILIES:
        children = fw.children(family)
        assert len(children) >= 2, family
        for child in children:
            assert child.family == "behaviour"
            assert child.definition.text("zh") and child.definition.text("en"), child.id
            assert child.include and child.exclude, child.id
            assert 1 <= len(child.examples) <= 3, child.id
            assert len(child.rules_for("zh")) >= 10, child.id
            assert len(child.rules_for("en")) >= 6, child.id


def test_control_and_resistance_kinds(fw: Framework) -> None:
    assert {c.id for c in fw.children("gov.control")} == CONTROL_KINDS
    assert {c.id for c in fw.children("swo.resist")} == RESISTANCE_KINDS


@pytest.mark.parametrize(
    "family", ["relationship", "goal", "value", "resource", "embeddedness", "legitimacy", "actor"]
)
def test_other_families_are_present_with_rules(fw: Framework, family: str) -> None:
    codes = [c for c in fw.family(family) if c.rules]
    assert len(codes) >= 2
    assert all(c.rules_for("zh") and c.rules_for("en") for c in codes)


def test_every_example_is_found_by_its_own_code(fw: Framework, matcher: Matcher) -> None:
    missed = [
        (code.id, ex.text)
        for code in fw.codes
        for ex in code.examples
        if code.id not in matcher.codes_in(ex.text, ex.lang)
    ]
    assert missed == []


def test_examples_cover_both_languages(fw: Framework) -> None:
    for code in fw.family("behaviour"):
        if code.examples:
            assert {ex.lang for ex in code.examples} == {"zh", "en"}, code.id


def test_required_indicators_and_scopes(fw: Framework) -> None:
    scopes = {i.id: i.scope for i in fw.indicators}
    assert scopes["control"] == "government"
    assert scopes["support"] == "government"
    assert scopes["resistance"] == "social_org"
    assert scopes["compliance"] == "social_org"
    assert scopes["dependence"] == "social_org"
    assert scopes["legitimacy_crisis"] == "social_org"
    for rel in ("cooperation", "conflict", "dialogue", "trust"):
        assert scopes[rel] == "relationship"


def test_the_four_stages_are_distinguishable(fw: Framework) -> None:
    assert [s.id for s in fw.stages] == ["exploratory", "control", "resistance", "symbiosis"]
    for a, b in itertools.combinations(fw.stages, 2):
        shared = set(a.signature) & set(b.signature)
        distance = sum(
            abs(LEVEL_CENTRES[a.signature[i]] - LEVEL_CENTRES[b.signature[i]]) for i in shared
        )
        assert distance >= 4, (a.id, b.id, distance)


def test_stage_signatures_say_what_the_seed_says(fw: Framework) -> None:
    sig = {s.id: s.signature for s in fw.stages}
    assert sig["exploratory"]["control"] in ("low", "very_low")
    assert sig["exploratory"]["trust"] in ("low", "very_low")
    assert sig["control"]["control"] in ("high", "very_high")
    assert sig["control"]["compliance"] in ("high", "very_high")
    assert sig["control"]["resistance"] in ("low", "very_low")
    assert sig["resistance"]["resistance"] in ("high", "very_high")
    assert sig["resistance"]["conflict"] in ("high", "very_high")
    assert sig["resistance"]["control"] in ("high", "very_high", "neutral")
    for ind in ("cooperation", "dialogue", "trust"):
        assert sig["symbiosis"][ind] in ("high", "very_high")
    assert sig["symbiosis"]["conflict"] in ("low", "very_low")


def test_advice_includes_the_seeds_three(fw: Framework) -> None:
    ids = [a.id for a in fw.advice]
    assert ids[:3] == ["behaviour_boundary", "inclusive_dialogue", "policy_and_contract"]
    assert 5 <= len(ids) <= 7
    for advice in fw.advice:
        assert advice.cite_codes, advice.id
        assert advice.title.text("zh") and advice.text.text("en"), advice.id
        assert advice.source, advice.id
        zh, en = advice.source.text("zh"), advice.source.text("en")
        assert zh != en and any("\u4e00" <= ch <= "\u9fff" for ch in zh), advice.id


def test_indicator_weights_reach_the_leaves(fw: Framework) -> None:
    weights = fw.indicator_weights()
    assert weights["gov.control.approval"]["control"] == 1.0
    assert weights["swo.resist.refuse"] == {"resistance": 1.0, "conflict": 0.5}
    assert weights["rel.distrust"]["trust"] == -1.0
