"""DictionaryCoder: what a conditional makes hypothetical is dropped, in bulk and one by one."""

from __future__ import annotations

import pytest

from relcycle import CaseFolder
from relcycle.coding.dictionary import DictionaryCoder, actor_cues
from relcycle.domain import Case, Segment
from relcycle.examples import example_path
from relcycle.frameworks import Matcher, load_framework

HYPOTHETICAL = {
    "zh": [
        "如果哪天镇里要我们天天报数据，我们肯定吃不消。",
        "要是以后哪一天镇里让我们天天报数据，我们肯定吃不消。",
        "如果镇里要我们每周报台账，你们怎么办？",
    ],
    "en": [
        "If the council ever asked us to do their leaflets, we'd say no.",
        "We would refuse if the council asked us to deliver their leaflets.",
        "If the council asked you to deliver their leaflets, would you refuse?",
    ],
}
REAL = {
    "zh": [
        "如果说有什么变化的话，就是镇里现在要求我们每周报台账。",
        "如果镇里要台账，我们每次都当天就报。",
        "镇里说如果我们不按时报台账，就扣经费。",
    ],
    "en": [
        "If the council asked us to deliver their leaflets, we always did.",
        "The council asked if we could deliver their leaflets, which would take a week.",
        "If nothing changes we'll hand the contract back at the break clause.",
    ],
}


@pytest.fixture(scope="module")
def ltown() -> Case:
    return CaseFolder(example_path("ltown")).case


@pytest.fixture(scope="module")
def coder(ltown: Case) -> DictionaryCoder:
    return DictionaryCoder().fit(ltown)


def _segments(texts: list[str]) -> list[Segment]:
    out, at = [], 0
    for n, text in enumerate(texts):
        out.append(Segment("note.md", n, at, at + len(text), text))
        at += len(text) + 1
    return out


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_hypotheticals_are_dropped(coder: DictionaryCoder, ltown: Case, lang: str) -> None:
    segments = _segments(HYPOTHETICAL[lang])
    assert coder.predict(segments, lang=lang) == []
    kept = DictionaryCoder(include_negated=True).fit(ltown).predict(segments, lang=lang)
    assert {c.segment_index for c in kept} == {0, 1, 2}  # found, and read as negated
    assert all(c.negated for c in kept)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_real_events_told_with_a_cue_are_coded(coder: DictionaryCoder, lang: str) -> None:
    codings = coder.predict(_segments(REAL[lang]), lang=lang)
    assert {c.segment_index for c in codings} == {0, 1, 2}
    assert not any(c.negated for c in codings)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_coder_reads_the_scope_as_the_reference(
    coder: DictionaryCoder, ltown: Case, lang: str
) -> None:
    reference = Matcher(load_framework(), extra_cues=actor_cues(ltown))
    index = coder.indexes_.get(lang) or coder._prepare(lang)
    for text in HYPOTHETICAL[lang] + REAL[lang]:
        expected = reference.find(text, lang)
        assert expected
        assert index.find(text) == expected, text
