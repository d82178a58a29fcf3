"""The scope of a conditional: what is hypothetical, and the fillers and habits that are not."""

from __future__ import annotations

import re

import pytest

from relcycle.frameworks import load_framework
from relcycle.frameworks.conditionals import Conditionals, in_spans
from relcycle.frameworks.matching import Matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_framework())


def _flags(matcher: Matcher, text: str, lang: str) -> list[tuple[str, str, bool]]:
    return [(h.code, h.text, h.negated) for h in matcher.find(text, lang)]


def test_zh_antecedent_and_consequent_are_hypothetical(matcher: Matcher) -> None:
    text = "如果哪天镇里要我们天天报数据，我们肯定吃不消。"
    assert _flags(matcher, text, "zh") == [
        ("gov.control.reporting", "报数据", True),
        ("swo.comply.absorb", "吃不消", True),
    ]
    assert matcher.codes_in(text, "zh") == set()
    # the same words told as what happened are coded
    assert matcher.codes_in("镇里要我们天天报数据，我们实在吃不消。", "zh") == {
        "gov.control.reporting",
        "swo.comply.absorb",
    }


def test_zh_antecedent_beyond_the_old_window(matcher: Matcher) -> None:
    # 报数据 starts 13 characters after 如果: a negation cue reaches 10
    text = "如果以后哪一天镇里让我们天天报数据，我们肯定吃不消。"
    assert matcher.codes_in(text, "zh") == set()


def test_zh_scope_ends_at_the_sentence(matcher: Matcher) -> None:
    text = "如果镇里要我们每周报台账，我们肯定吃不消。上个月镇里就要求我们每周报台账。"
    hits = matcher.find(text, "zh")
    assert [(h.code, h.negated) for h in hits] == [
        ("gov.control.reporting", True),
        ("swo.comply.absorb", True),
        ("gov.control.reporting", False),
    ]
    assert hits[-1].start > text.index("。")


def test_zh_clause_turning_back_to_what_happened_ends_the_scope(matcher: Matcher) -> None:
    text = "如果镇里要我们每周报台账，我们肯定吃不消，上个月镇里就要求我们每周报台账。"
    assert [h.negated for h in matcher.find(text, "zh")] == [True, True, False]


def test_zh_question_is_hypothetical(matcher: Matcher) -> None:
    assert matcher.codes_in("如果镇里要我们每周报台账，你们怎么办？", "zh") == set()


def test_zh_filler_is_no_conditional(matcher: Matcher) -> None:
    text = "如果说有什么变化的话，就是镇里现在要求我们每周报台账。"
    assert matcher.codes_in(text, "zh") == {"gov.control.reporting"}
    # 如果说 with a consequent that is not 就是 … stays a conditional
    assert matcher.codes_in("如果说镇里要我们天天报数据，我们肯定吃不消。", "zh") == set()


def test_zh_habit_is_real(matcher: Matcher) -> None:
    assert matcher.codes_in("如果镇里要台账，我们每次都当天就报。", "zh") == {"swo.comply.follow"}


def test_zh_warning_said_keeps_its_consequent(matcher: Matcher) -> None:
    # the threat is the government's act; what it threatens to punish is not
    text = "镇里说如果我们不按时报台账，就扣经费。"
    assert _flags(matcher, text, "zh") == [
        ("gov.control.reporting", "按时报", True),
        ("gov.control.reporting", "台账", True),
        ("gov.control.leverage", "扣经费", False),
    ]
    # an ultimatum (a negative condition) is a warning given
    assert matcher.codes_in("如果尾款再不拨，我们只能考虑撤出了。", "zh") == {"swo.resist.exit"}


def test_en_antecedent_and_consequent_are_hypothetical(matcher: Matcher) -> None:
    text = "If the council ever asked us to do their leaflets, we'd say no."
    assert [negated for *_, negated in _flags(matcher, text, "en")] == [True, True, True]
    assert matcher.codes_in(text, "en") == set()
    assert matcher.codes_in("The council asked us to do their leaflets and we said no.", "en") == {
        "gov.control.out_of_scope",
        "swo.resist.refuse",
    }


def test_en_postposed_if_after_an_unreal_consequent(matcher: Matcher) -> None:
    text = "We would refuse if the council asked us to deliver their leaflets."
    assert matcher.codes_in(text, "en") == set()


def test_en_question_is_hypothetical(matcher: Matcher) -> None:
    text = "If the council asked you to deliver their leaflets, would you refuse?"
    assert matcher.codes_in(text, "en") == set()


def test_en_habitual_past_is_real(matcher: Matcher) -> None:
    text = "If the council asked us to deliver their leaflets, we always did."
    assert matcher.codes_in(text, "en") == {"gov.control.out_of_scope"}
    # no word of the unreal, no habit word: a fact told with if
    assert "gov.control.out_of_scope" in matcher.codes_in(
        "If the council asked us to deliver their leaflets, we delivered them.", "en"
    )


@pytest.mark.parametrize(
    "text",
    [
        "If anything, the council asked us to deliver their leaflets more often, and we'd agree.",
        "The council asked if we could deliver their leaflets, which would take a week.",
        "It was as if the council asked us to deliver their leaflets every week.",
    ],
)
def test_en_fillers_and_whether_are_real(matcher: Matcher, text: str) -> None:
    assert "gov.control.out_of_scope" in matcher.codes_in(text, "en")


def test_en_warning_with_will_is_said(matcher: Matcher) -> None:
    text = "If nothing changes we'll hand the contract back at the break clause."
    assert "swo.resist.exit" in matcher.codes_in(text, "en")


def test_spans_of_a_text_without_a_cue_are_empty() -> None:
    conditionals = Conditionals(re.compile("如果"), None, "zh")
    assert conditionals.spans("镇里要求我们每周报台账。") == ()
    assert Conditionals(None, None, "zh").spans("如果镇里要，我们肯定吃不消。") == ()
    (span,) = conditionals.spans("先说一句。如果镇里要，我们肯定吃不消。后来没要。")
    assert span == (5, 19, 5)  # the sentence from the cue on, and where the cue starts
    assert in_spans([span], 7, 9) and in_spans([span], 18, 19)
    assert not in_spans([span], 4, 5) and not in_spans([span], 19, 20)
    assert not in_spans([span], 5, 9)  # a hit holding the cue is not made hypothetical by it


def test_a_rule_written_for_the_conditional_is_not_made_hypothetical(matcher: Matcher) -> None:
    text = "We'd help with the fair if they gave us the hall for free."
    negated = {h.code: h.negated for h in matcher.find(text, "en")}
    assert negated["swo.negotiate.compromise"] is False  # its match holds the if
    assert negated["gov.support.venue"] is True


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("They hinted that the contract might not be renewed if we kept complaining.",
         "gov.control.leverage"),
        ("We're fine with the dashboard if we have a data sharing agreement.", "res.information"),
    ],
)  # fmt: skip
def test_en_threats_offers_and_conditions_said_are_real(
    matcher: Matcher, text: str, code: str
) -> None:
    assert code in matcher.codes_in(text, "en", include_negated=True)
    assert code in matcher.codes_in(text, "en")
