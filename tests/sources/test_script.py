"""Traditional Chinese is coded as its Simplified form, at the same offsets; a case's script."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relcycle import CaseFolder
from relcycle.coding.dictionary import DictionaryCoder
from relcycle.domain import Actor, Case, Segment
from relcycle.examples import example_path
from relcycle.sources.script import (
    simplified_share,
    to_simplified,
    to_traditional,
    writes_traditional,
)

TRADITIONAL = [
    "鎮政府要求我們每週報台賬，活動方案必須先報批。",
    "我們已依合同向鎮裡提出申訴，拒絕承擔合同以外的任務。",
    "後來鎮裡同意不用再報紙質台賬，改成每月一份。",
]


@pytest.fixture(scope="module")
def ltown() -> Case:
    return CaseFolder(example_path("ltown")).case


def _segments(texts: list[str]) -> list[Segment]:
    out, at = [], 0
    for index, text in enumerate(texts):
        out.append(Segment("note.md", index, at, at + len(text), text))
        at += len(text) + 2
    return out


def _found(coder: DictionaryCoder, texts: list[str]) -> list[tuple[int, int, str, str | None]]:
    return [(c.start, c.end, c.code, c.actor) for c in coder.predict(_segments(texts))]


def test_phrases_convert_and_the_length_holds() -> None:
    assert to_simplified("各項活動計畫應於辦理前報局核定") == "各项活动计划应于办理前报局核定"
    assert to_simplified("启明中心已经报了台账") == "启明中心已经报了台账"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("計畫區公所後來頭髮乾隆著說話們這個鎮裡台賬計划 ，。\n")))
def test_the_length_always_holds(text: str) -> None:
    assert len(to_simplified(text)) == len(text)


def test_traditional_text_is_coded_like_its_simplified_form(ltown: Case) -> None:
    coder = DictionaryCoder().fit(ltown)
    assert coder.simplifies_
    traditional = _found(coder, TRADITIONAL)
    assert traditional  # the rules, written in Simplified, find the acts
    assert traditional == _found(coder, [to_simplified(t) for t in TRADITIONAL])
    codes = {code for _, _, code, _ in traditional}
    assert {"gov.control.reporting", "gov.control.approval"} <= codes


def test_traditional_actor_names_are_found_in_traditional_text(ltown: Case) -> None:
    actors = (
        Actor("gov", "區公所", "government", ("社會局",)),
        Actor("swo", "澄溪協會", "social_org", ("協會",)),
    )
    case = replace(ltown, actors=actors)
    coder = DictionaryCoder().fit(case)
    codings = coder.predict(_segments(["社會局要求協會每週報台賬。"]))
    assert any(c.code == "gov.control.reporting" and c.actor == "gov" for c in codings)


def test_a_framework_in_traditional_characters_reads_the_text_as_written() -> None:
    assert simplified_share(["每週報台賬", "鎮裡要求"]) < 0.98
    assert simplified_share(["每周报台账", "abc"]) == 1.0
    assert simplified_share([]) == 1.0


def test_a_case_written_mostly_in_traditional_characters_is_told_apart() -> None:
    taiwan = "社會局要求每月填報績效，活動計畫應於辦理前十日報局核定。"
    mainland = "街道要求每周报台账，活动方案须提前报街道审批。"
    assert writes_traditional([taiwan, "Monthly report sent."])
    assert not writes_traditional([mainland, "Monthly report sent."])
    # a Simplified note quoting one Traditional name is still Simplified
    assert not writes_traditional(["街道与香港協會开会，讨论台账和活动方案的审批流程。"])
    # each text counts with its Chinese characters
    assert writes_traditional([taiwan * 3, mainland])
    assert not writes_traditional([taiwan, mainland * 3])
    assert not writes_traditional(["English only."])


def test_simplified_text_is_written_in_traditional_characters() -> None:
    assert to_traditional("控制阶段：资源依赖") == "控制階段：資源依賴"
