"""On the labelled development sets the dictionary coder reports exactly the reference hits.

The coder reads rules through one automaton, prefilters regexes with literal
checks and answers ``near``/``not`` windows from anchor hits
(:mod:`relcycle.coding.dictionary.automaton`); the reference
:class:`~relcycle.frameworks.Matcher` runs every rule's regex. On the dev sets'
realistic zh and en text both must give the same spans, rules and flags, and
``predict`` must turn every one of them into a coding.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from relcycle import read_case
from relcycle.coding.dictionary import DictionaryCoder, actor_cues
from relcycle.coding.dictionary.turns import is_interviewer_turn
from relcycle.domain import CaseData, Segment
from relcycle.frameworks import Framework, Matcher, load_framework

DEVSET = Path(__file__).resolve().parents[1] / "data" / "devset"


@pytest.fixture(scope="module")
def framework() -> Framework:
    return load_framework()


@pytest.fixture(scope="module", params=["devset-zh", "devset-en"])
def devset(request: pytest.FixtureRequest) -> CaseData:
    return read_case(DEVSET / request.param)


def _segments(data: CaseData) -> list[Segment]:
    return [s for source in data.sources for s in source.segments]


def test_rule_index_finds_the_reference_hits_on_every_devset_segment(
    framework: Framework, devset: CaseData
) -> None:
    lang = devset.case.language
    index = DictionaryCoder(framework=framework).fit(devset.case).indexes_[lang]
    reference = Matcher(framework, extra_cues=actor_cues(devset.case))
    total = flagged = windowed = 0
    windowed_rules = {
        r.written for c in framework.codes for r in c.rules_for(lang) if r.near or r.exclude
    }
    for segment in _segments(devset):
        expected = reference.find(segment.text, lang)
        assert index.find(segment.text) == expected, segment.text
        total += len(expected)
        flagged += sum(h.negated or h.hedged or h.reported for h in expected)
        windowed += sum(h.rule in windowed_rules for h in expected)
    # the comparison covers real work: many hits, flags and near/not windows among them
    assert total > 250
    assert flagged > 10
    assert windowed > 5


def test_predict_codes_every_reference_hit_of_the_devset(
    framework: Framework, devset: CaseData
) -> None:
    lang = devset.case.language
    segments = _segments(devset)
    reference = Matcher(framework, extra_cues=actor_cues(devset.case))
    expected = {
        (s.source_id, s.start + h.start, s.start + h.end, h.code, h.rule, h.negated, h.hedged)
        for s in segments
        if not is_interviewer_turn(s)  # an interviewer's turn is no evidence
        for h in reference.find(s.text, lang)
    }
    coder = DictionaryCoder(framework=framework, include_negated=True).fit(devset.case)
    # rules that read the turn (``after``, ``by``) are not the reference ``find``'s
    turn = {(c.id, r.written) for c in framework.codes for r in c.turn_rules_for(lang)}
    got = [
        (c.source_id, c.start, c.end, c.code, c.rule, c.negated, c.hedged)
        for c in coder.predict(segments)
        if (c.code, c.rule) not in turn
    ]
    assert len(got) == len(set(got))
    assert set(got) == expected
    kept = DictionaryCoder(framework=framework).fit(devset.case).predict(segments)
    assert {
        (c.source_id, c.start, c.end, c.code) for c in kept if (c.code, c.rule) not in turn
    } == {
        (source, start, end, code)
        for source, start, end, code, _, negated, _ in expected
        if not negated
    }
