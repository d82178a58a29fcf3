"""A first-person word listed as an actor's alias is the speaker's side in another's turn.

Cases written mostly from the SWO's notes list *we*, *our team* or 我哋 as the
SWO's aliases; a commissioner who says *we told them the invoice would be
held* or 我们让他们先报方案 in an interview speaks for the government.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from relcycle import CaseFolder
from relcycle.coding.base import AutoCoding
from relcycle.coding.dictionary import DictionaryCoder
from relcycle.coding.dictionary.attribution import (
    DISAGREES,
    NAME,
    SELF_WITH_SPEAKER,
    SELF_WITHOUT_SPEAKER,
    _first_person,
)
from relcycle.domain import Segment
from relcycle.examples import example_path

CASES = Path(__file__).resolve().parents[1] / "data" / "cases"


@pytest.fixture(scope="module")
def northbridge() -> DictionaryCoder:
    case = CaseFolder(CASES / "northbridge-young-carers").case
    assert "we" in case.actor("swo").aliases  # type: ignore[union-attr]
    return DictionaryCoder().fit(case)


@pytest.fixture(scope="module")
def ltown_we() -> DictionaryCoder:
    """L town with 我们 and 我哋 as the SWO's aliases."""
    case = CaseFolder(example_path("ltown")).case
    actors = tuple(
        replace(a, aliases=(*a.aliases, "我们", "我哋")) if a.id == "swo" else a
        for a in case.actors
    )
    return DictionaryCoder().fit(replace(case, actors=actors))


def _turn(text: str, actor: str | None) -> Segment:
    return Segment("interview.md", 3, 40, 40 + len(text), text, "A" if actor else None, actor)


def _coded(coder: DictionaryCoder, text: str, actor: str | None, code: str) -> AutoCoding:
    """The coding of ``code`` in a turn of ``actor``; both coding paths give the same."""
    segment = _turn(text, actor)
    got = list(coder.predict([segment]))
    assert coder._code(segment, coder._lang_of(segment, None)) == got
    (coding,) = (c for c in got if c.code == code)
    return coding


def test_a_commissioners_we_is_the_council(northbridge: DictionaryCoder) -> None:
    text = "We told them the invoice would be held until the report came in."
    held = _coded(northbridge, text, "gov", "gov.control.leverage")
    assert (held.actor, held.actor_confidence) == ("gov", SELF_WITH_SPEAKER)
    # the alias still names the SWO in its own turn and where nobody speaks
    for speaker in ("swo", None):
        held = _coded(northbridge, text, speaker, "gov.control.leverage")
        assert (held.actor, held.actor_confidence) == ("swo", DISAGREES)


def test_a_commissioners_we_in_an_interview_answer(northbridge: DictionaryCoder) -> None:
    text = "When we first let the contract we were cautious."
    procured = _coded(northbridge, text, "gov", "gov.explore.procure")
    assert (procured.actor, procured.actor_confidence) == ("gov", SELF_WITH_SPEAKER)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("我们让他们先报方案，审批后再开展活动。", "gov.control.approval"),
        ("我们要求他们每周报台账。", "gov.control.reporting"),
        ("我哋要求佢哋每周报台账。", "gov.control.reporting"),
    ],
)
def test_a_government_officers_we_is_the_government(
    ltown_we: DictionaryCoder, text: str, code: str
) -> None:
    coding = _coded(ltown_we, text, "gov", code)
    assert (coding.actor, coding.actor_confidence) == ("gov", SELF_WITH_SPEAKER)
    coding = _coded(ltown_we, text, None, code)
    assert (coding.actor, coding.actor_confidence) == ("swo", DISAGREES)  # the alias
    coding = _coded(ltown_we, text, "swo", code)
    assert coding.actor == "swo"


def test_cantonese_pronouns_are_read_as_mandarin_ones() -> None:
    coder = DictionaryCoder().fit(CaseFolder(example_path("ltown")).case)
    text = "我哋只好照做。"
    coding = _coded(coder, text, None, "swo.comply.follow")
    assert (coding.actor, coding.actor_confidence) == ("swo", SELF_WITHOUT_SPEAKER)
    text = "这个方案你哋先放一放。"
    start = text.index("先放")
    found = coder._attributors["zh"].attribute_span(text, start, start + 4, "government", "gov")
    assert (found.actor, found.target) == ("gov", "swo")


@pytest.mark.parametrize(
    ("name", "lang", "first"),
    [
        ("we", "en", True),
        ("our team", "en", True),
        ("Our Team", "en", True),
        ("US Embassy", "en", False),
        ("the Trust", "en", False),
        ("我哋", "zh", True),
        ("我们中心", "zh", True),
        ("我市民政局", "zh", False),
        ("机构", "zh", False),
    ],
)
def test_which_aliases_speak_in_the_first_person(name: str, lang: str, first: bool) -> None:
    assert _first_person(name, lang) is first


def test_names_keep_their_confidence(northbridge: DictionaryCoder) -> None:
    text = "Hearthside said no to the extra sessions."
    coding = _coded(northbridge, text, "gov", "swo.resist.refuse")
    assert (coding.actor, coding.actor_confidence) == ("swo", NAME)
