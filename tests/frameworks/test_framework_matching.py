"""The reference matcher: near and not windows, negation, hedging and reported speech."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from relcycle.frameworks import Framework, load_framework, matching
from relcycle.frameworks.matching import Matcher, leading_literals


@pytest.fixture
def matcher(minimal: dict[str, Any], load: Callable[[dict[str, Any]], Framework]) -> Matcher:
    minimal["cues"]["hedging"] = {"zh": ["好像"], "en": ["perhaps"]}
    minimal["cues"]["reported_speech"] = {"zh": ["说"], "en": ["said"]}
    return Matcher(load(minimal))


def test_finds_codes_with_spans(matcher: Matcher) -> None:
    text = "镇里要求方案先报批，每周报台账。"
    hits = matcher.find(text, "zh")
    assert [(h.code, h.text) for h in hits] == [
        ("gov.control.approval", "报批"),
        ("gov.control.reporting", "台账"),
    ]
    assert all(text[h.start : h.end] == h.text for h in hits)


def test_near_constraint(matcher: Matcher) -> None:
    assert "gov.control.approval" in matcher.codes_in("镇里最后同意了。", "zh")
    assert "gov.control.approval" not in matcher.codes_in("居民都同意了。", "zh")


def test_near_uses_extra_cues(
    minimal: dict[str, Any], load: Callable[[dict[str, Any]], Framework]
) -> None:
    m = Matcher(load(minimal), extra_cues={"actor.government": ["宣传办"]})
    assert "gov.control.approval" in m.codes_in("宣传办同意了。", "zh")


def test_not_exclusion(matcher: Matcher) -> None:
    assert "swo.resist" in matcher.codes_in("我们拒绝了。", "zh")
    assert "swo.resist" not in matcher.codes_in("我们不敢拒绝。", "zh")


def test_negation(matcher: Matcher) -> None:
    (hit,) = matcher.find("镇里没有要求报台账。", "zh")
    assert hit.negated
    assert matcher.codes_in("镇里没有要求报台账。", "zh") == set()
    assert matcher.codes_in("镇里没有要求报台账。", "zh", include_negated=True) == {
        "gov.control.reporting"
    }


def test_negation_does_not_cross_a_clause(matcher: Matcher) -> None:
    (hit,) = matcher.find("没有办法了，每周报台账。", "zh")
    assert not hit.negated


def test_english_negation(matcher: Matcher) -> None:
    (hit,) = matcher.find("The council didn't ask for monitoring returns.", "en")
    assert hit.negated


def test_hedged_and_reported(matcher: Matcher) -> None:
    (hit,) = matcher.find("王主任说好像要报台账。", "zh")
    assert hit.hedged and hit.reported
    (plain,) = matcher.find("要报台账。王主任说的。", "zh")
    assert not plain.hedged and not plain.reported


def test_overlapping_hits_of_one_code_are_reported_once(matcher: Matcher) -> None:
    hits = matcher.find("It needed sign off.", "en")
    assert len(hits) == 1


def test_only_selected_codes(
    minimal: dict[str, Any], load: Callable[[dict[str, Any]], Framework]
) -> None:
    m = Matcher(load(minimal), codes=["swo.resist"])
    assert m.codes_in("报批，拒绝", "zh") == {"swo.resist"}


@pytest.mark.parametrize(
    ("source", "needles"),
    [
        ("报批", ("报批",)),
        ("\\bsigned off", ("signed off",)),
        ("(镇里|政府)要求", ("镇里", "政府")),
        ("(?:Council|they) asked", ("council", "they")),
        ("(镇里|政府)?要求", ()),
        ("先报(批|审)", ("先报",)),
        ("reports?", ("report",)),
        ("a|b", ()),
        ("(?<!每)周报", ()),
        ("[345]A", ()),
    ],
)
def test_leading_literals(source: str, needles: tuple[str, ...]) -> None:
    assert leading_literals(source) == needles


def test_screening_does_not_change_what_is_found(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fw = load_framework()
    texts = [(ex.text, ex.lang) for code in fw.codes for ex in code.examples]
    texts += [
        ("镇里要求我们每周报送台账，拨款迟迟不到，我们只能照办。", "zh"),
        ("The council asked us to submit weekly monitoring returns and sign-off every plan.", "en"),
        ("We pushed back: it's outside the contract, and payment-by-results is unfair.", "en"),
    ]
    fast = Matcher(fw)
    monkeypatch.setattr(matching, "screen", lambda rule: ())
    slow = Matcher(fw)
    for text, lang in texts:
        assert fast.find(text, lang) == slow.find(text, lang), text
