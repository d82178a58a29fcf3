"""DictionaryCoder: fitting, negation and hedging, confidence, offsets, languages, errors."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from relcycle import CaseFolder
from relcycle.coding.base import AutoCoding, NotFittedError
from relcycle.coding.dictionary import DictionaryCoder, detect_language
from relcycle.coding.dictionary.attribution import DISAGREES
from relcycle.coding.dictionary.coder import HEDGED_FACTOR, RULE_CONFIDENCE, TERM_CONFIDENCE
from relcycle.coding.dictionary.language import reads_both
from relcycle.domain import Case, Segment
from relcycle.errors import ConfigError, FrameworkError
from relcycle.examples import example_path
from relcycle.frameworks import load_framework


@pytest.fixture(scope="module")
def ltown() -> Case:
    return CaseFolder(example_path("ltown")).case


@pytest.fixture(scope="module")
def riverside() -> Case:
    return CaseFolder(example_path("riverside")).case


@pytest.fixture(scope="module")
def coder(ltown: Case) -> DictionaryCoder:
    return DictionaryCoder().fit(ltown)


def _segment(text: str, start: int = 0, index: int = 0, actor: str | None = None) -> Segment:
    return Segment("note.md", index, start, start + len(text), text, actor=actor)


def test_negated_hits_are_dropped_by_default(coder: DictionaryCoder, ltown: Case) -> None:
    segment = _segment("镇里没有要求报台账。")
    assert coder.predict([segment]) == []
    kept = DictionaryCoder(include_negated=True).fit(ltown).predict([segment])
    (coding,) = kept
    assert coding.code == "gov.control.reporting"
    assert coding.negated
    assert coding.confidence < RULE_CONFIDENCE


@pytest.mark.parametrize(
    ("text", "code"),
    [("我哋唔信任街道。", "rel.trust"), ("同事唔敢拒絕張科長。", "swo.resist.refuse")],
)
def test_cantonese_negation(coder: DictionaryCoder, ltown: Case, text: str, code: str) -> None:
    # 唔 (not) and 冇 (have not), in Traditional text read as Simplified
    assert coder.predict([_segment(text)]) == []
    (coding,) = DictionaryCoder(include_negated=True).fit(ltown).predict([_segment(text)])
    assert (coding.code, coding.negated) == (code, True)
    assert [c.code for c in coder.predict([_segment(text.replace("唔", ""))])] == [code]
    assert [c.code for c in coder.predict([_segment("唔該，我哋信任街道。")])] == ["rel.trust"]


def test_hedged_hits_are_less_certain(coder: DictionaryCoder) -> None:
    (plain,) = coder.predict([_segment("镇里要求每周报台账。")])
    (hedged,) = coder.predict([_segment("镇里好像要求每周报台账。")])
    assert (plain.hedged, hedged.hedged) == (False, True)
    assert plain.confidence == RULE_CONFIDENCE
    assert hedged.confidence == pytest.approx(RULE_CONFIDENCE * HEDGED_FACTOR)


def test_terms_are_more_certain_than_regexes(coder: DictionaryCoder) -> None:
    codings = coder.predict([_segment("镇里要求每周报台账，我们只好照做。")])
    by_rule = {c.rule: c.confidence for c in codings}
    assert by_rule["只好照做"] == TERM_CONFIDENCE
    assert min(by_rule.values()) == RULE_CONFIDENCE


def test_min_confidence_drops_less_certain_codings(ltown: Case) -> None:
    segment = _segment("镇里要求每周报台账，我们只好照做。")
    codings = DictionaryCoder(min_confidence=0.85).fit(ltown).predict([segment])
    assert [c.rule for c in codings] == ["只好照做"]


def test_offsets_count_from_the_start_of_the_source(coder: DictionaryCoder) -> None:
    source_text = "标题\n\n镇里要求每周报台账，我们只好照做。"
    start = source_text.index("镇里")
    segment = _segment(source_text[start:], start=start, index=3)
    codings = coder.predict([segment])
    assert codings
    for c in codings:
        assert c.source_id == "note.md"
        assert c.segment_index == 3
        assert source_text[c.start : c.end] == segment.text[c.start - start : c.end - start]
    assert source_text[codings[-1].start : codings[-1].end] == "只好照做"


def test_codings_come_in_segment_then_text_order(coder: DictionaryCoder) -> None:
    segments = [
        _segment("我们只好照做。", index=0),
        _segment("今天天气很好。", start=20, index=1),
        _segment("镇里要求每周报台账，我们只好照做。", start=40, index=2),
    ]
    codings = coder.predict(segments)
    keys = [(c.segment_index, c.start, -c.end, c.code) for c in codings]
    assert keys == sorted(keys)
    assert {c.segment_index for c in codings} == {0, 2}
    assert coder.predict(segments) == codings  # deterministic


def test_provenance_names_the_framework_hash(coder: DictionaryCoder) -> None:
    assert coder.coder_ == f"auto:dictionary@{load_framework().hash}"
    (coding,) = coder.predict([_segment("我们只好照做。")])
    assert coding.coder == coder.coder_
    assert coding.to_coding().coder == coder.coder_


def test_nothing_to_code(coder: DictionaryCoder) -> None:
    assert coder.predict([]) == []
    assert coder.predict([_segment("今天天气很好。"), _segment("abc")]) == []


def test_mixed_case_detects_the_language_of_each_segment(ltown: Case) -> None:
    case = replace(ltown, language="mixed")
    coder = DictionaryCoder().fit(case)
    assert set(coder.indexes_) == {"zh", "en"}
    codings = coder.predict(
        [
            _segment("The town asked us to submit monthly returns.", index=0),
            _segment("镇里要求每周报台账。", start=50, index=1),
        ]
    )
    assert {(c.segment_index, c.code) for c in codings} >= {
        (0, "gov.control.reporting"),
        (1, "gov.control.reporting"),
    }


def test_a_language_can_be_forced_per_call(coder: DictionaryCoder) -> None:
    segment = _segment("The council asked us to submit monthly returns.")
    assert coder.predict([segment]) == []  # read as Chinese, the case's language
    codings = coder.predict([segment], lang="en")
    assert "gov.control.reporting" in {c.code for c in codings}


def test_detect_language() -> None:
    assert detect_language("镇里要求每周报台账。") == "zh"
    assert detect_language("The council asked for monthly returns.") == "en"
    assert detect_language("NGO 的 KPI 考核太多了") == "zh"
    assert detect_language("We met 王主任 at the town hall today.") == "en"
    assert detect_language("2018-03-02") == "en"


def test_predict_before_fit_says_what_to_do() -> None:
    with pytest.raises(NotFittedError, match=r"not fitted yet; call fit\(\.\.\.\)"):
        DictionaryCoder().predict([_segment("我们只好照做。")])


def test_unknown_languages_are_refused(ltown: Case, coder: DictionaryCoder) -> None:
    with pytest.raises(ConfigError, match="unknown lang 'fr'; choose one of: zh, en"):
        DictionaryCoder(lang="fr").fit(ltown)
    with pytest.raises(ConfigError, match="unknown lang 'de'; choose one of: zh, en, mixed"):
        coder.predict([_segment("x")], lang="de")


def test_min_confidence_out_of_range_is_refused(ltown: Case) -> None:
    with pytest.raises(ConfigError, match="min_confidence must be between 0 and 1, got 2"):
        DictionaryCoder(min_confidence=2).fit(ltown)


def test_framework_by_id_or_object(ltown: Case) -> None:
    framework = load_framework()
    assert DictionaryCoder(framework="gpps-lifecycle").fit(ltown).framework_ is framework
    assert DictionaryCoder(framework=framework).fit(ltown).framework_ is framework
    with pytest.raises(FrameworkError, match="unknown framework"):
        DictionaryCoder(framework="gpps-lifecyle").fit(ltown)


def test_english_case(riverside: Case) -> None:
    coder = DictionaryCoder().fit(riverside)
    text = "We told the commissioner this was outside the contract."
    codings = coder.predict([_segment(text, actor="charity")])
    coding = next(c for c in codings if c.code == "gov.control.out_of_scope")
    assert text[coding.start : coding.end] == "outside the contract"
    assert (coding.actor, coding.target) == ("charity", "council")
    assert coding.actor_confidence == DISAGREES  # "we" said it, of a government code
    assert all(isinstance(c, AutoCoding) for c in codings)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Sarah Okafor, Commissioning Manager, Children's Services", []),  # a department
        ("The children came after school.", ["actor.residents"]),
        ("I trust their judgement on safeguarding.", ["rel.trust"]),
        ("We trust the council now.", ["rel.trust"]),
        ("Do you trust the council?", []),
    ],
)
def test_english_phrasings_an_outside_tester_wrote(
    riverside: Case, text: str, codes: list[str]
) -> None:
    coder = DictionaryCoder().fit(riverside)
    assert [c.code for c in coder.predict([_segment(text)])] == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # 改善 (improve) is no proposal to change; 排查台账 (screening records) no inspection
        ("街道與機構的溝通明顯改善。", []),
        # 下沉: staff sent down to the government's campaign (out of scope)
        (
            "机构人员全部下沉社区参与防疫排查，每天报送排查台账。",
            ["gov.control.out_of_scope", "gov.control.reporting"],
        ),
        ("我们跟街道沟通，想把例会改到周四。", ["swo.negotiate.propose", "rel.dialogue.meeting"]),
        ("镇里来查台账。", ["gov.control.inspection"]),
    ],
)
def test_chinese_phrasings_an_outside_tester_wrote(
    coder: DictionaryCoder, text: str, codes: list[str]
) -> None:
    assert [c.code for c in coder.predict([_segment(text)])] == codes


def test_segments_are_made_simplified_as_one_by_one() -> None:
    from relcycle.coding.dictionary.coder import BATCH, _simplified
    from relcycle.sources.script import to_simplified

    plain = [_segment("镇里要求每周报台账。" * 50, index=n) for n in range(400)]  # several runs
    mixed = [*plain[:200], _segment("區公所的計畫要求填報表。", index=400), *plain[200:]]
    assert sum(len(s.text) for s in plain) > 2 * BATCH
    kept = _simplified(plain)
    assert all(a is b for a, b in zip(kept, plain, strict=True))  # nothing to convert
    assert [s.text for s in _simplified(mixed)] == [to_simplified(s.text) for s in mixed]
    assert _simplified(mixed)[200].text == "区公所的计划要求填报表。"


def test_a_mixed_segment_with_a_clause_of_each_language_is_read_by_both() -> None:
    text = 'Tan 跟 Aravind 讲话已经像同事了，会问 "this case you think need JKM or not?"'
    assert reads_both(text)
    assert not reads_both("We met 王主任 at the town hall today.")
    assert not reads_both("NGO 的 KPI 考核太多了")
    case = Case("m", "m", "mixed", "month", date(2023, 1, 1), date(2023, 12, 31), (), None)
    assert detect_language(text) == "en"  # by letters, yet what it says is in its Chinese
    segment = Segment("note.md", 0, 0, len(text), text)
    codes = {c.code for c in DictionaryCoder().fit(case).predict([segment])}
    assert "rel.trust" in codes
