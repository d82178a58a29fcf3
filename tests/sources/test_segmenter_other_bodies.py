"""A label closing in a generic alias (评估机构：, 其他街道：) is another body, not that actor.

Found by an outside tester's case (xitang-children-home-zh): a mid-term report's
first line 评估机构：城南区社会工作协会 was mapped to the SWO, whose aliases hold 机构.
"""

from __future__ import annotations

import pytest

from relcycle.domain import Actor
from relcycle.sources.segmenter import SpeakerMap, segment_text

ACTORS = (
    Actor("gov", "西塘街道办事处", "government", ("街道", "西塘街道", "周丽")),
    Actor("swo", "弘德社会工作服务中心", "social_org", ("机构", "社工机构", "阿明")),
)


@pytest.mark.parametrize("label", ["评估机构", "其他街道", "第三方机构"])
def test_a_generic_alias_closing_a_longer_label_names_no_actor(label: str) -> None:
    assert SpeakerMap(ACTORS).actor(label) is None


@pytest.mark.parametrize(
    ("label", "actor"),
    [("机构", "swo"), ("社工机构", "swo"), ("西塘街道", "gov"), ("周丽副主任讲话要点", "gov")],
)
def test_the_alias_itself_or_a_name_first_is_the_actor(label: str, actor: str) -> None:
    assert SpeakerMap(ACTORS).actor(label) == actor


def test_a_reports_evaluator_line_names_no_actor() -> None:
    text = "评估机构：城南区社会工作协会\n\n周丽：街道会配合整改。"
    segments = segment_text("r.md", text, ACTORS)
    assert [(s.speaker, s.actor) for s in segments] == [("评估机构", None), ("周丽", "gov")]
