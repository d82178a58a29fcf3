"""HybridCoder: the rules' codings kept, codes the shipped model is sure of added."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from relcycle import CaseFolder, read_case
from relcycle.coding.base import AutoCoder, NotFittedError
from relcycle.coding.dictionary import DictionaryCoder
from relcycle.coding.dictionary.turns import is_interviewer_turn
from relcycle.coding.hybrid import LEARNED_RULE, HybridCoder
from relcycle.coding.hybrid.build import build, tuning_half
from relcycle.coding.hybrid.model import model_text, parse_model
from relcycle.domain import Case, Segment
from relcycle.errors import ConfigError
from relcycle.examples import example_path
from relcycle.frameworks import load_framework

ROOT = Path(__file__).resolve().parents[2]
DEVSET = ROOT / "tests" / "data" / "devset"


@pytest.fixture(scope="module")
def ltown() -> Case:
    return CaseFolder(example_path("ltown")).case


@pytest.fixture(scope="module")
def coder(ltown: Case) -> HybridCoder:
    return HybridCoder().fit(ltown)


def _segments(*texts: str) -> list[Segment]:
    out, at = [], 0
    for i, text in enumerate(texts):
        out.append(Segment("note.md", i, at, at + len(text), text))
        at += len(text) + 1
    return out


def test_follows_the_auto_coder_contract() -> None:
    coder = HybridCoder()
    assert isinstance(coder, AutoCoder)
    assert coder.get_params() == {
        "framework": None,
        "include_negated": False,
        "threshold": None,
        "model": None,
    }
    with pytest.raises(NotFittedError, match="call fit"):
        coder.predict(_segments("台账。"))


def test_keeps_every_rule_coding_and_names_itself(coder: HybridCoder, ltown: Case) -> None:
    data = read_case(example_path("ltown"))
    segments = [s for p in data.sources for s in p.segments][:200]
    rules = list(DictionaryCoder().fit(ltown).predict(segments))
    found = coder.predict(segments)
    framework = load_framework()
    model = parse_model(model_text("gpps-lifecycle"))
    assert coder.coder_ == f"auto:hybrid@{framework.hash}+{model.digest}"
    assert {c.coder for c in found} == {coder.coder_}
    kept = [dataclasses.replace(c, coder=rules[0].coder) for c in found if c.rule != LEARNED_RULE]
    assert kept == rules
    learned = [c for c in found if c.rule == LEARNED_RULE]
    assert learned  # the model adds codes on a real case ...
    assert all(c.code.startswith(("gov.", "swo.")) for c in learned)
    # ... each given to the party whose behaviour its code describes
    assert {(c.code[:4], c.actor) for c in learned} == {("gov.", "gov"), ("swo.", "swo")}
    assert {c.actor_confidence for c in learned} <= {0.5, 0.7}
    assert all(c.confidence >= coder.threshold_ for c in learned)
    by_key = {(s.source_id, s.index): s for s in segments}
    found_by_rules = {(r.source_id, r.segment_index, r.code) for r in rules}
    for c in learned:  # ... spanning their segment, never one the rules already found there
        segment = by_key[c.source_id, c.segment_index]
        assert (c.start, c.end) == (segment.start, segment.end)
        assert (c.source_id, c.segment_index, c.code) not in found_by_rules


def test_adds_codes_the_rules_miss(coder: HybridCoder) -> None:
    """Training sentences the rules miss: the model has learned most of them."""
    model = parse_model(model_text("gpps-lifecycle"))
    by_lang: dict[str, list[tuple[str, str]]] = {"zh": [], "en": []}
    for lang, codes, text in model.examples:
        if len(codes) == 1 and "\n" not in text:
            by_lang[lang].append((codes[0], text))
    missed = learned = 0
    for lang, rows in by_lang.items():
        segments = _segments(*(text for _, text in rows))
        rules = {(c.segment_index, c.code) for c in coder.dictionary_.predict(segments, lang)}
        found = {(c.segment_index, c.code) for c in coder.predict(segments, lang)}
        for i, (code, _) in enumerate(rows):
            if (i, code) not in rules:
                missed += 1
                learned += (i, code) in found
    assert missed > 20
    assert learned / missed > 0.8


def test_a_learned_code_goes_to_the_speaker_of_its_role_or_to_the_roles_only_actor(
    ltown: Case,
) -> None:
    eager = HybridCoder(threshold=0.05).fit(ltown)
    text = "好的，我们这周按镇里的要求把台账补齐，周五前交上去。"
    plain, by_swo, by_gov = (
        dataclasses.replace(s, actor=actor, speaker=speaker)
        for s, actor, speaker in zip(
            _segments(text, text, text),
            (None, "swo", "gov"),
            (None, "刘社工", "王主任"),
            strict=True,
        )
    )
    assert eager.learned_actor(plain, "swo.comply.follow") == ("swo", 0.5)
    assert eager.learned_actor(by_swo, "swo.comply.follow") == ("swo", 0.7)
    # a government officer's turn coded with the organisation's act: the role decides
    assert eager.learned_actor(by_gov, "swo.comply.follow") == ("swo", 0.5)
    assert eager.learned_actor(by_gov, "gov.control.reporting") == ("gov", 0.7)
    two = dataclasses.replace(
        ltown, actors=(*ltown.actors, dataclasses.replace(ltown.actors[0], id="county"))
    )
    assert HybridCoder().fit(two).learned_actor(plain, "gov.control.reporting") == (None, 0.0)


def test_a_negated_rule_hit_is_not_put_back(ltown: Case) -> None:
    eager = HybridCoder(threshold=0.05).fit(ltown)
    (segment,) = _segments("镇里没有要求报台账。")
    j = eager.model_.codes_.index("gov.control.reporting")
    assert eager.model_.predict_proba([segment])[0, j] >= 0.05  # the model alone would add it
    assert "gov.control.reporting" not in {c.code for c in eager.predict([segment])}
    kept = HybridCoder(threshold=0.05, include_negated=True).fit(ltown).predict([segment])
    (negated,) = [c for c in kept if c.code == "gov.control.reporting"]
    assert negated.negated and negated.rule != LEARNED_RULE


def test_threshold(ltown: Case) -> None:
    model = parse_model(model_text("gpps-lifecycle"))
    assert HybridCoder().fit(ltown).threshold_ == model.threshold
    texts = _segments("收到，马上安排。", "These new forms are a lot, but we'll get them in.")
    strict = HybridCoder(threshold=0.99).fit(ltown).predict(texts, "mixed")
    loose = HybridCoder(threshold=0.01).fit(ltown).predict(texts, "mixed")
    assert sum(c.rule == LEARNED_RULE for c in strict) < sum(c.rule == LEARNED_RULE for c in loose)
    for bad in (0.0, 1.0, -0.2):
        with pytest.raises(ConfigError, match="threshold must be between 0 and 1"):
            HybridCoder(threshold=bad).fit(ltown)


def test_a_model_given_replaces_the_shipped_one(ltown: Case) -> None:
    shipped = parse_model(model_text("gpps-lifecycle"))
    only = [e for e in shipped.examples if e[1] in {(), ("swo.resist.refuse",)}]
    narrow = dataclasses.replace(shipped, examples=tuple(only), digest="0123456789ab")
    coder = HybridCoder(model=narrow).fit(ltown)
    assert coder.model_.codes_ == ("swo.resist.refuse",)
    assert coder.coder_.endswith("+0123456789ab")
    texts = _segments("我们拒绝了这个要求，这不是我们的活。", "收到，马上安排。")
    learned = {c.code for c in coder.predict(texts, "zh") if c.rule == LEARNED_RULE}
    assert learned <= {"swo.resist.refuse"}
    assert len(HybridCoder().fit(ltown).model_.codes_) > 20  # the cache is untouched
    other = dataclasses.replace(narrow, framework="my-codebook")
    with pytest.raises(ConfigError, match="model given is of framework 'my-codebook'"):
        HybridCoder(model=other).fit(ltown)


def test_a_framework_without_a_model_is_refused(ltown: Case) -> None:
    other = dataclasses.replace(load_framework(), id="my-codebook")
    with pytest.raises(
        ConfigError, match="no learned model is shipped for framework 'my-codebook'"
    ):
        HybridCoder(framework=other).fit(ltown)


def test_the_model_never_saw_held_out_or_check_text() -> None:
    seen = {text for _, _, text in parse_model(model_text("gpps-lifecycle")).examples}
    unseen = 0
    folders = sorted(f for f in DEVSET.iterdir() if (f / "case.yaml").is_file())
    assert {"devset-zh", "checkset-en", "checkset2-zh"} <= {f.name for f in folders}
    for folder in folders:
        data = read_case(folder)
        tuning = tuning_half([p.source.id for p in data.sources])
        for parsed in data.sources:
            if folder.name.startswith("devset") and parsed.source.id in tuning:
                continue
            for s in parsed.segments:
                if len(s.text) < 20:  # "What changed?" is anybody's
                    continue
                unseen += 1
                assert s.text not in seen, (folder.name, s.source_id, s.text)
    assert unseen > 600
    for case_file in sorted((ROOT / "tests" / "data" / "blindset").glob("*/case.yaml")):
        for parsed in read_case(case_file.parent).sources:
            for s in parsed.segments:
                if len(s.text) < 20 or is_interviewer_turn(s):  # "What changed after that?"
                    continue
                unseen += 1
                assert s.text not in seen, (case_file.parent.name, s.source_id, s.text)
    assert unseen > 2000  # the blind cases were read too


def test_the_shipped_model_file_is_built_from_the_repository() -> None:
    assert build(ROOT) == model_text("gpps-lifecycle")


def test_an_interviewers_turn_gets_no_learned_code(ltown: Case) -> None:
    eager = HybridCoder(threshold=0.05).fit(ltown)
    question = "镇里是不是要求你们每周交台账，活动方案也要先报审批？"
    asked, answered = (
        dataclasses.replace(s, speaker=speaker)
        for s, speaker in zip(_segments(question, question), ("问", "答"), strict=True)
    )
    found = eager.predict([asked, answered], "zh")
    assert {c.segment_index for c in found} == {1}  # the answer's words are evidence
