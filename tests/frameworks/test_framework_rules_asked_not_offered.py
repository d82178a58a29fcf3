"""Built-in rules that read a word inside another: 人情 in 老人情况, 积极配合 asked of the SWO.

Found by an outside tester: minutes of a first joint meeting (孙副镇长提出，社工熟悉老人情况，
镇里的疫情防控、老人信息核查等工作机构要积极配合) were coded personal ties (人情 in 老人情况)
and the SWO's willing help (积极配合, which the township asked for), and the week they
were in read as a symbiosis.
"""

from __future__ import annotations

import pytest

from relcycle.frameworks import Matcher, load_framework

FRAMEWORK = load_framework("gpps-lifecycle")


def codes_found(text: str) -> set[str]:
    return {h.code for h in Matcher(FRAMEWORK).find(text, "zh")}


@pytest.mark.parametrize(
    "text",
    [
        "社工熟悉老人情况，入户时先问身体。",
        "个人情况登记表已经交了。",
        "安抚家人情绪花了一个小时。",
    ],
)
def test_a_word_that_holds_renqing_is_no_personal_tie(text: str) -> None:
    assert "emb.relational" not in codes_found(text)


def test_renqing_is_still_a_personal_tie() -> None:
    assert "emb.relational" in codes_found("很多事靠人情，打个招呼就办了。")


@pytest.mark.parametrize(
    "text",
    [
        "孙副镇长提出，镇里的疫情防控、老人信息核查等工作机构要积极配合。",
        "请机构全力配合镇里的创文检查。",
        "街道希望积极配合社区的工作。",
    ],
)
def test_cooperation_asked_for_is_no_willing_help(text: str) -> None:
    assert "swo.cooperate.assist" not in codes_found(text)


@pytest.mark.parametrize(
    "text", ["我们积极配合镇里的防汛工作，派了三个人。", "中心全力配合街道办好了文化节。"]
)
def test_cooperation_given_is_still_willing_help(text: str) -> None:
    assert "swo.cooperate.assist" in codes_found(text)
