"""The rule language: terms, gaps, regexes, near and not."""

from __future__ import annotations

import re

import pytest

from relcycle.frameworks.rules import RuleSyntaxError, compile_rule, sentence_bounds, term_regex

NO_CUES: frozenset[str] = frozenset()


def found(term: str, lang: str, text: str) -> bool:
    return re.search(term_regex(term, lang), text, re.IGNORECASE) is not None


def test_chinese_terms_match_anywhere() -> None:
    assert found("台账", "zh", "每周报台账")


def test_gap_stays_inside_a_sentence() -> None:
    assert found("要求…报送", "zh", "镇里要求我们每周五报送材料")
    assert not found("要求…报送", "zh", "镇里有要求。我们报送了")
    assert not found("要求…报送", "zh", "要求" + "很" * 13 + "报送")


def test_english_terms_match_whole_words_case_insensitively() -> None:
    assert found("sign off", "en", "Every plan needed the council to Sign  off.")
    assert not found("audit", "en", "the auditorium")
    assert found("KPI", "en", "monthly kpi returns")


def test_english_apostrophes_match_typographic_ones() -> None:
    assert found("didn't dare", "en", "We didn’t dare")


def test_english_gap() -> None:
    assert found("asked…to submit", "en", "They asked the whole team to submit")


def test_term_with_punctuation_at_the_edge_has_no_word_boundary() -> None:
    assert found("the council's", "en", "the council's officer")


def test_regex_rule_is_used_as_written() -> None:
    rule = compile_rule("re:(先|提前)报(批|审)", "zh", NO_CUES)
    assert rule.is_regex
    assert rule.pattern.search("活动要提前报审")


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("", "term '' is empty"),
        ("re:", "regex 're:' is empty"),
        ("re:a(", "invalid regex 're:a('"),
        ("re:x*", "regex 're:x*' matches the empty string"),
        ("…台账", "has nothing on one side of '…'"),
    ],
)
def test_bad_rules(raw: str, message: str) -> None:
    with pytest.raises(RuleSyntaxError, match=re.escape(message)):
        compile_rule(raw, "zh", NO_CUES)


def test_mapping_rule() -> None:
    rule = compile_rule(
        {"term": "同意", "near": {"any": ["镇里"], "within": 5}, "not": ["不同意"], "note": "n"},
        "zh",
        NO_CUES,
    )
    assert rule.written == "同意"
    assert rule.near[0].within == 5
    assert rule.exclude is not None and rule.exclude.within is None
    assert rule.note == "n"


def test_unknown_cue() -> None:
    with pytest.raises(RuleSyntaxError, match="unknown cue 'x'"):
        compile_rule({"term": "a", "near": {"cue": "x"}}, "en", frozenset({"negation"}))


def test_sentence_bounds() -> None:
    text = "第一句。第二句有台账！第三句"
    start = text.index("台账")
    lo, hi = sentence_bounds(text, start, start + 2)
    assert text[lo:hi] == "第二句有台账！"
    en = "First one. Second has returns. Third"
    s = en.index("returns")
    lo, hi = sentence_bounds(en, s, s + 7)
    assert en[lo:hi].strip() == "Second has returns."
