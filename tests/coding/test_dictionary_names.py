"""A case's own names for its actors are who acts, not what is done (coding.dictionary.names)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from relcycle import CaseFolder
from relcycle.coding.dictionary import DictionaryCoder
from relcycle.domain import Actor, Case, Segment
from relcycle.examples import example_path


@pytest.fixture(scope="module")
def ltown() -> Case:
    return CaseFolder(example_path("ltown")).case


def _codes(case: Case, text: str, lang: str | None = None) -> set[str]:
    coder = DictionaryCoder(lang=lang).fit(case)
    return {c.code for c in coder.predict([Segment("s.md", 0, 0, len(text), text)])}


def _with(case: Case, actor: Actor) -> Case:
    return replace(case, actors=(*case.actors, actor))


def test_a_code_word_inside_an_actors_name_is_not_coded(ltown: Case) -> None:
    text = "The Ministry of Family and Community Development sent the template."
    assert "goal.swo.mission" in _codes(ltown, text, "en")  # no such actor: the words count
    ministry = Actor("mfcd", "Ministry of Family and Community Development", "other")
    assert "goal.swo.mission" not in _codes(_with(ltown, ministry), text, "en")


def test_an_alias_masks_it_too_and_the_rest_of_the_sentence_is_still_read(ltown: Case) -> None:
    officer = Actor("lo", "Jane Wu", "other", ("Liaison Officer",))
    case = _with(ltown, officer)
    assert "rel.dialogue.channel" not in _codes(case, "The Liaison Officer phoned.", "en")
    codes = _codes(case, "The Liaison Officer asked us to submit weekly returns.", "en")
    assert "gov.control.reporting" in codes


def test_chinese_names_mask_in_bulk_coding(ltown: Case) -> None:
    text = "街道督查办公室来电，要求每周报送台账。"
    assert "gov.control.inspection" in _codes(ltown, text)
    office = Actor("dc", "街道督查办公室", "government", ("督查办",))
    codes = _codes(_with(ltown, office), text)
    assert "gov.control.inspection" not in codes
    assert "gov.control.reporting" in codes  # the rest of the sentence


def test_a_kind_of_actor_inside_a_name_is_still_coded(ltown: Case) -> None:
    # 居委会 in 和平社区居委会 says who is there: actor codes are kept inside names
    assert "actor.committee" in _codes(ltown, "和平社区居委会的书记也来了。")
