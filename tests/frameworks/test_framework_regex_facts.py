"""What a regex tells before it runs: required literals, exact strings, reach."""

from __future__ import annotations

import itertools
import re

import pytest

from relcycle.frameworks import load_framework
from relcycle.frameworks.fold import fold
from relcycle.frameworks.regex_facts import anchor_offsets, regex_facts
from relcycle.frameworks.rules import FLAGS, term_regex

PREFERENCE_CASES = [
    "(甲|甲乙)(丙|丙丁)",
    "甲{0,3}乙",
    "甲{0,3}?乙",
    "(?:甲|乙){1,2}丙",
    "(?:甲|乙){1,2}?丙",
    "甲(乙|)丙?",
    "(甲乙|甲)乙?",
    "[甲乙]{2}",
]


@pytest.mark.parametrize("source", PREFERENCE_CASES)
def test_exact_strings_come_in_the_order_the_regex_prefers_them(source: str) -> None:
    facts = regex_facts(source, FLAGS)
    assert facts.exact is not None
    for size in range(1, 6):
        for chars in itertools.product("甲乙丙丁", repeat=size):
            text = "".join(chars)
            m = re.match(source, text, FLAGS)
            first = next((s for s in facts.exact if text.startswith(s)), None)
            assert (m.group(0) if m else None) == first, text


@pytest.mark.parametrize(
    "source",
    [r"\b台账", "台账(?=表)", "(?<!不)同意", "sign off", "(?>台账)", "台账++"],
)
def test_no_exact_strings_with_assertions_case_or_atomic_groups(source: str) -> None:
    assert regex_facts(source, FLAGS).exact is None


def test_requirements_of_a_gap_regex() -> None:
    facts = regex_facts(r"(镇里|政府)[^。！？；\n]{0,8}(要求|让)[^。]{0,6}(报|交)台账", FLAGS)
    assert ("交台账", "报台账") in facts.requirements
    assert ("政府", "镇里") in facts.requirements
    assert ("要求", "让") in facts.requirements
    assert facts.exact is None


def test_requirements_drop_literals_that_contain_another() -> None:
    facts = regex_facts("(拖|拖了|一直拖)", FLAGS)
    assert facts.requirements == (("拖",),)


def test_top_level_alternation_has_one_requirement_of_all_branches() -> None:
    facts = regex_facts("考察阶段|(看|瞧)(你们|机构)的表现", FLAGS)
    (only,) = facts.requirements
    assert "考察阶段" in only
    assert len(only) >= 2


def test_regex_without_a_literal_has_no_requirement() -> None:
    assert regex_facts(r"\w+\s\d+", FLAGS).requirements == ()


def test_english_terms_are_folded() -> None:
    facts = regex_facts(term_regex("Sign off", "en"), FLAGS)
    assert all(x == x.lower() for req in facts.requirements for x in req)
    assert any("sign" in req for req in facts.requirements)


@pytest.mark.parametrize(
    ("source", "width", "reach"),
    [
        ("台账", 2, 2),
        ("要求[^。]{0,12}报送", 16, 16),
        ("台账(?=表格)", 2, 4),
        (r"\bsign\b", 4, 6),
        ("(?<!不)同意", 2, 2),
    ],
)
def test_width_and_reach(source: str, width: int, reach: int) -> None:
    facts = regex_facts(source, FLAGS)
    assert (facts.width, facts.reach) == (width, reach)


@pytest.mark.parametrize("source", [r"sign[\s\-]+off", "报.*台账", r"(a)\1"])
def test_unbounded_regexes_have_no_reach(source: str) -> None:
    facts = regex_facts(source, FLAGS)
    assert facts.width is None
    assert facts.reach is None


def test_every_builtin_rule_has_a_literal_to_look_for() -> None:
    framework = load_framework()
    rules = [r for c in framework.codes for rs in c.rules.values() for r in rs]
    assert len(rules) > 3000
    without = [r.written for r in rules if not regex_facts(r.pattern.pattern, FLAGS).requirements]
    assert without == []


def test_requirements_hold_for_every_match_in_the_examples() -> None:
    framework = load_framework()
    checked = 0
    for code in framework.codes:
        for example in code.examples:
            for rule in code.rules_for(example.lang):
                facts = regex_facts(rule.pattern.pattern, FLAGS)
                for m in rule.pattern.finditer(example.text):
                    matched = fold(m.group(0))
                    for req in facts.requirements:
                        assert any(x in matched for x in req), (rule.written, m.group(0))
                    if facts.exact is not None:
                        assert m.group(0) in facts.exact
                    checked += 1
    assert checked > 200


@pytest.mark.parametrize(
    ("source", "anchors", "offsets"),
    [
        ("文化[^。]{0,6}(计划|宣传)", ("宣传", "计划"), (2, 8)),
        ("(要求|让|叫)[^。]{0,10}(报送|上报)", ("叫", "让", "要求"), (0, 0)),
        ("(我让|让)[^。]{0,10}报", ("让",), (0, 1)),
        ("(?<![每一])(周报|月报)", ("周报", "月报"), (0, 0)),
        ("(了)?(台账|档案)", ("台账", "档案"), (0, 1)),
        ("甲(乙|丙丁)[^。]{0,3}戊", ("戊",), (2, 6)),
    ],
)
def test_anchor_offsets(source: str, anchors: tuple[str, ...], offsets: tuple[int, int]) -> None:
    assert anchor_offsets(source, FLAGS, anchors) == offsets


@pytest.mark.parametrize(
    ("source", "anchors"),
    [("甲+乙", ("乙",)), ("甲[^。]*乙", ("乙",)), ("甲[^。]{0,3}甲", ("甲",)), ("甲乙", ("丙",))],
)
def test_no_anchor_offsets_when_unbounded_twice_placed_or_absent(
    source: str, anchors: tuple[str, ...]
) -> None:
    assert anchor_offsets(source, FLAGS, anchors) is None


def test_anchor_offsets_hold_for_every_match_in_the_examples() -> None:
    """Each match has an anchor starting as far into it as the offsets say."""
    framework = load_framework()
    checked = 0
    for code in framework.codes:
        for example in code.examples:
            for rule in code.rules_for(example.lang):
                facts = regex_facts(rule.pattern.pattern, FLAGS)
                for anchors in facts.requirements:
                    offsets = anchor_offsets(rule.pattern.pattern, FLAGS, anchors)
                    if offsets is None:
                        continue
                    least, most = offsets
                    for m in rule.pattern.finditer(example.text):
                        matched = fold(m.group(0))
                        assert any(
                            matched.startswith(a, at)
                            for a in anchors
                            for at in range(least, most + 1)
                        ), (rule.written, m.group(0), offsets)
                        checked += 1
    assert checked > 200
