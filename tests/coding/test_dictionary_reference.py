"""The dictionary coder finds exactly the hits of the reference Matcher (spans, rules, flags)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relcycle import read_case
from relcycle.coding.dictionary import DictionaryCoder, RuleIndex, actor_cues
from relcycle.coding.dictionary.automaton import WHOLE_TEXT
from relcycle.coding.dictionary.turns import is_interviewer_turn
from relcycle.domain import CaseData, Segment
from relcycle.examples import example_path
from relcycle.frameworks import Framework, Matcher, load_framework
from relcycle.frameworks.regex_facts import regex_facts


@pytest.fixture(scope="module")
def framework() -> Framework:
    return load_framework()


@pytest.fixture(scope="module", params=["ltown", "riverside"])
def example(request: pytest.FixtureRequest) -> CaseData:
    return read_case(example_path(request.param))


def _segments(data: CaseData) -> list[Segment]:
    return [s for source in data.sources for s in source.segments]


def test_same_hits_as_the_reference_on_the_example_cases(
    framework: Framework, example: CaseData
) -> None:
    lang = example.case.language
    coder = DictionaryCoder(framework=framework).fit(example.case)
    reference = Matcher(framework, extra_cues=actor_cues(example.case))
    index = coder.indexes_[lang]
    total = 0
    for segment in _segments(example):
        expected = reference.find(segment.text, lang)
        assert index.find(segment.text) == expected, segment.text
        total += len(expected)
    assert total > 300  # the comparison covers real work, not empty lists


def test_predict_reports_every_reference_hit_at_source_offsets(
    framework: Framework, example: CaseData
) -> None:
    lang = example.case.language
    coder = DictionaryCoder(framework=framework, include_negated=True).fit(example.case)
    reference = Matcher(framework, extra_cues=actor_cues(example.case))
    segments = _segments(example)
    expected = {
        (s.source_id, s.start + h.start, s.start + h.end, h.code, h.rule, h.negated, h.hedged)
        for s in segments
        if not is_interviewer_turn(s)  # an interviewer's turn is no evidence
        for h in reference.find(s.text, lang)
    }
    # rules that read the turn (``after``, ``by``) are not the reference ``find``'s
    turn = {(c.id, r.written) for c in framework.codes for r in c.turn_rules_for(lang)}
    got = {
        (c.source_id, c.start, c.end, c.code, c.rule, c.negated, c.hedged)
        for c in coder.predict(segments)
        if (c.code, c.rule) not in turn
    }
    assert got == expected
    texts = {p.source.id: p.source.text for p in example.sources}
    for c in coder.predict(segments[:40]):
        assert texts[c.source_id][c.start : c.end]  # offsets point into the source body


def _examples(framework: Framework) -> Iterator[tuple[str, str]]:
    for code in framework.codes:
        for ex in code.examples:
            yield ex.lang, ex.text


def test_same_hits_on_every_framework_example(framework: Framework) -> None:
    reference = Matcher(framework)
    indexes = {
        lang: RuleIndex(
            [(c.id, r) for c in framework.codes for r in c.rules_for(lang)], lang, reference
        )
        for lang in framework.languages
    }
    examples = list(_examples(framework))
    assert len(examples) > 100
    for lang, text in examples:
        assert indexes[lang].find(text) == reference.find(text, lang), text


def _vocabulary(framework: Framework, lang: str) -> list[str]:
    """Pieces of text the rules care about: terms, the literals regexes need, cue words."""
    words: set[str] = set()
    for code in framework.codes:
        for rule in code.rules_for(lang):
            if not rule.is_regex:
                words.update(p for p in rule.written.split("…") if p.strip())
            facts = regex_facts(rule.pattern.pattern, rule.pattern.flags)
            words.update(x for req in facts.requirements for x in req)
    for cue in framework.cues.values():
        words.update(e for e in cue.entries.get(lang, ()) if not e.startswith("re:"))
    return sorted(words)


@pytest.fixture(scope="module")
def zh_setup(framework: Framework) -> tuple[RuleIndex, Matcher, list[str]]:
    reference = Matcher(framework, extra_cues={"actor.government": ["王主任"]})
    rules = [(c.id, r) for c in framework.codes for r in c.rules_for("zh")]
    filler = list(
        "的了我们在是有他这中大来上个到说时要就出会也你对生能而子那得于着下自之年过发后作里"
    )
    filler += ["，", "。", "！", "；", "\n", "：", " ", ".", "没", "不", "未"]
    return RuleIndex(rules, "zh", reference), reference, _vocabulary(framework, "zh") + filler


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(seed=st.integers(0, 2**32 - 1), length=st.integers(1, 120))
def test_same_hits_on_random_chinese_text(
    zh_setup: tuple[RuleIndex, Matcher, list[str]], seed: int, length: int
) -> None:
    index, reference, pieces = zh_setup
    rng = random.Random(seed)
    text = "".join(rng.choice(pieces) for _ in range(length))
    assert index.find(text) == reference.find(text, "zh")


@pytest.fixture(scope="module")
def en_setup(framework: Framework) -> tuple[RuleIndex, Matcher, list[str]]:
    reference = Matcher(framework, extra_cues={"actor.government": ["Helen Price"]})
    rules = [(c.id, r) for c in framework.codes for r in c.rules_for("en")]
    filler = ["the", "a", "we", "they", "not", "it", ", ", ". ", "; ", "\n", "-", "'", "’s"]
    filler += ["and", "was", "were", "ly", "councillor", "auditorium", "I"]
    return RuleIndex(rules, "en", reference), reference, _vocabulary(framework, "en") + filler


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(seed=st.integers(0, 2**32 - 1), length=st.integers(1, 60))
def test_same_hits_on_random_english_text(
    en_setup: tuple[RuleIndex, Matcher, list[str]], seed: int, length: int
) -> None:
    index, reference, pieces = en_setup
    rng = random.Random(seed)
    text = " ".join(rng.choice(pieces) for _ in range(length))
    if rng.random() < 0.3:
        text = text.upper()
    assert index.find(text) == reference.find(text, "en")


def test_long_texts_are_searched_window_by_window_with_the_same_result(
    zh_setup: tuple[RuleIndex, Matcher, list[str]],
) -> None:
    index, reference, pieces = zh_setup
    rng = random.Random(7)
    hits = 0
    for _ in range(30):
        text = "".join(rng.choice(pieces) for _ in range(400))
        assert len(text) > WHOLE_TEXT
        expected = reference.find(text, "zh")
        assert index.find(text) == expected
        hits += sum(h.rule.startswith("re:") for h in expected)
    assert hits > 100  # regex rules were run in windows, and matched


ODD_FRAMEWORK = """
id: odd-rules
version: "0.1"
title: {zh: 怪规则, en: Odd rules}
cues:
  negation: {zh: [没有, "re:没(?!办法)"], en: [not, "re:\\\\w+n't\\\\b"]}
  hedging: {zh: [好像], en: [perhaps]}
  reported_speech: {zh: [说], en: [said]}
  actor.government: {zh: [镇里], en: [council]}
codes:
  - id: numbers
    label: {zh: 数字, en: Numbers}
    family: behaviour
    rules:
      zh: ['re:[0-9]{3,5}', 're:[一二三四五]{2}']
      en: ['re:[0-9]{3,5}']
  - id: tricky
    label: {zh: 难, en: Tricky}
    family: behaviour
    rules:
      zh:
        - 're:台账(?=表)'
        - 're:(?<!不)同意'
        - '报…台账'
        - {re: '拒绝', near: {cue: actor.government, within: 4}}
      en: ['Sign off', "re:\\\\bsign\\\\w*\\\\b", {term: audit, not: [self-audit]}]
"""


def test_rules_without_literals_and_with_assertions_at_window_edges(tmp_path: Path) -> None:
    path = tmp_path / "odd.yaml"
    path.write_text(ODD_FRAMEWORK, encoding="utf-8")
    framework = load_framework(path)
    reference = Matcher(framework)
    rng = random.Random(3)
    for lang, pieces in (
        (
            "zh",
            [
                "台账",
                "表",
                "不",
                "同意",
                "拒绝",
                "镇里",
                "没",
                "办法",
                "123",
                "4",
                "一二",
                "。",
                "，",
                "报",
                "好像",
            ],
        ),
        (
            "en",
            [
                "sign",
                "off",
                "-",
                " ",
                "SIGN",
                "signed",
                "audit",
                "self-audit",
                "12345",
                ".",
                "not",
                "council",
            ],
        ),
    ):
        index = RuleIndex(
            [(c.id, r) for c in framework.codes for r in c.rules_for(lang)], lang, reference
        )
        assert index.table.always  # [0-9]{3,5} has no literal: it runs on every text
        hits = 0
        for size in (5, 40, 200):
            for _ in range(40):
                text = "".join(rng.choice(pieces) for _ in range(size))
                expected = reference.find(text, lang)
                assert index.find(text) == expected, text
                hits += len(expected)
        assert hits > 200
