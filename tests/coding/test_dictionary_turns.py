"""An interviewer's turn is no evidence: the dictionary coder codes nothing in it."""

from __future__ import annotations

import pytest

from relcycle import CaseFolder
from relcycle.coding.base import AutoCoding
from relcycle.coding.dictionary import DictionaryCoder
from relcycle.coding.dictionary.turns import is_interviewer_turn
from relcycle.domain import Case, Segment
from relcycle.examples import example_path
from relcycle.sources.segmenter import segment_text

ZH_QUESTION = "政府要求你们每周交台账吗？"
EN_QUESTION = "Did the council ask you to pre-approve posts?"


@pytest.fixture(scope="module")
def ltown() -> DictionaryCoder:
    return DictionaryCoder().fit(CaseFolder(example_path("ltown")).case)


@pytest.fixture(scope="module")
def riverside_case() -> Case:
    return CaseFolder(example_path("riverside")).case


@pytest.fixture(scope="module")
def riverside(riverside_case: Case) -> DictionaryCoder:
    return DictionaryCoder().fit(riverside_case)


def _turn(text: str, speaker: str | None, actor: str | None) -> Segment:
    return Segment("interview.md", 1, 10, 10 + len(text), text, speaker, actor)


def _both_paths(coder: DictionaryCoder, segment: Segment) -> list[AutoCoding]:
    """The codings of ``segment`` by ``predict``; the one-by-one path must agree."""
    got = list(coder.predict([segment]))
    assert coder._code(segment, coder._lang_of(segment, None)) == got
    return got


@pytest.mark.parametrize("label", ["问", "問", "Q", "访谈者", "问（笔者）", "**Q**"])
def test_an_interviewers_question_is_not_coded(ltown: DictionaryCoder, label: str) -> None:
    assert _both_paths(ltown, _turn(ZH_QUESTION, label, None)) == []
    # the same words answered by the informant are evidence
    assert [c.code for c in _both_paths(ltown, _turn(ZH_QUESTION, "答", "swo"))] == [
        "gov.control.reporting"
    ]


def test_an_english_interviewers_question_is_not_coded(riverside: DictionaryCoder) -> None:
    assert _both_paths(riverside, _turn(EN_QUESTION, "Interviewer", None)) == []
    assert _both_paths(riverside, _turn(EN_QUESTION, "Q", None)) == []
    answered = _both_paths(riverside, _turn(EN_QUESTION, "A", "charity"))
    assert [c.code for c in answered] == ["gov.control.approval"]


def test_an_interviewers_question_is_not_coded_even_as_a_negated_hit() -> None:
    # 有没有 reads as a negation cue: the hit is kept only with include_negated
    coder = DictionaryCoder(include_negated=True).fit(CaseFolder(example_path("ltown")).case)
    asked = "政府有没有要求你们每周交台账？"
    assert _both_paths(coder, _turn(asked, "问", None)) == []
    assert [c.code for c in _both_paths(coder, _turn(asked, "答", "swo"))] == [
        "gov.control.reporting"
    ]


def test_an_interviewers_statement_of_facts_is_not_coded(ltown: DictionaryCoder) -> None:
    said = "镇里后来要求每周报台账，活动都要审批。"
    assert _both_paths(ltown, _turn(said, "问", None)) == []
    assert len(_both_paths(ltown, _turn(said, None, None))) >= 2


@pytest.mark.parametrize(
    ("label", "actor"),
    [
        ("王主任", "gov"),  # minutes: a named person asks; the question is their act
        ("问（王主任）", "gov"),  # an interviewer label naming a case actor
        ("Finance officer", None),  # a speaker no actor, but no interviewer
        (None, None),  # a question in field notes, no speaker
    ],
)
def test_other_questions_are_coded(
    ltown: DictionaryCoder, label: str | None, actor: str | None
) -> None:
    codings = _both_paths(ltown, _turn(ZH_QUESTION, label, actor))
    assert [c.code for c in codings] == ["gov.control.reporting"]


def test_interviewer_turns_are_found_as_the_segmenter_labels_them(ltown: DictionaryCoder) -> None:
    text = f"问：{ZH_QUESTION}\n\n答：是的，镇里要求每周报台账。\n"
    segments = segment_text("interview.md", text, ltown.case_.actors, informant="swo")
    assert [is_interviewer_turn(s) for s in segments] == [True, False]
    codings = list(ltown.predict(segments))
    assert {c.segment_index for c in codings} == {1}
    assert {c.actor for c in codings} == {"gov"}


def test_interviewer_turns_in_a_batch_leave_the_other_codings_as_they_were(
    ltown: DictionaryCoder,
) -> None:
    answer = _turn("镇里要求每周报台账，我们只好照做。", "答", "swo")
    question = _turn(ZH_QUESTION, "问", None)
    alone = list(ltown.predict([answer]))
    assert list(ltown.predict([question, answer, question])) == alone
