"""``after`` rules: loaded apart from the others, read only with the turn before's codes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from relcycle.errors import FrameworkError
from relcycle.frameworks import Framework, Matcher, load_framework
from relcycle.frameworks.schema import RuleSpec

REPLY = {"re": "^\\s*(好的|收到)", "after": ["gov.control"]}


def _with_reply(minimal: dict[str, Any], rule: Any = REPLY) -> dict[str, Any]:
    swo = next(c for c in minimal["codes"] if c["id"] == "swo.resist")
    swo["rules"]["zh"].append(rule)
    return minimal


def test_turn_rules_are_kept_apart_from_the_rules_that_read_their_text_alone(
    minimal: dict[str, Any], load: Callable[[dict[str, Any]], Framework]
) -> None:
    code = load(_with_reply(minimal)).code("swo.resist")
    assert [r.written for r in code.rules_for("zh")] == ["拒绝"]
    [reply] = code.turn_rules_for("zh")
    assert reply.written == "re:^\\s*(好的|收到)" and reply.after == ("gov.control",)
    assert code.turn_rules_for("en") == ()


def test_find_does_not_read_turn_rules_and_find_in_turn_needs_the_code_before(
    minimal: dict[str, Any], load: Callable[[dict[str, Any]], Framework]
) -> None:
    matcher = Matcher(load(_with_reply(minimal)))
    assert matcher.has_turn_rules
    assert matcher.find("好的，我们改。", "zh") == []
    # a descendant of an ``after`` code meets it; another code does not
    [hit] = matcher.find_in_turn("好的，我们改。", "zh", {"gov.control.reporting"})
    assert (hit.code, hit.start, hit.end) == ("swo.resist", 0, 2)
    assert matcher.find_in_turn("好的，我们改。", "zh", {"gov.control"})
    assert matcher.find_in_turn("好的，我们改。", "zh", {"rel.trust"}) == []
    assert matcher.find_in_turn("好的，我们改。", "zh", set()) == []
    assert matcher.find_in_turn("我们商量一下。", "zh", {"gov.control"}) == []


def test_an_after_rule_keeps_its_near_and_not_windows(
    minimal: dict[str, Any], load: Callable[[dict[str, Any]], Framework]
) -> None:
    rule = {"term": "好的", "after": "gov.control", "not": ["再说"]}
    matcher = Matcher(load(_with_reply(minimal, rule)))
    assert matcher.find_in_turn("好的，我们改。", "zh", {"gov.control"})
    assert matcher.find_in_turn("好的，再说吧。", "zh", {"gov.control"}) == []


def test_an_after_code_that_is_no_code_is_an_error_with_a_suggestion(
    minimal: dict[str, Any], write: Callable[..., Path]
) -> None:
    rule = {"term": "好的", "after": ["gov.contrl"]}
    with pytest.raises(FrameworkError, match=r"rules\.zh\[1\]: after: 'gov.contrl' is not a code"):
        load_framework(write(_with_reply(minimal, rule)))
    with pytest.raises(FrameworkError, match=r"did you mean 'gov\.control'"):
        load_framework(write(_with_reply(minimal, rule)))


def test_a_framework_without_turn_rules_keeps_its_hash(
    minimal: dict[str, Any], load: Callable[[dict[str, Any]], Framework]
) -> None:
    plain = load(minimal)
    assert not Matcher(plain).has_turn_rules
    ruled = load(_with_reply(minimal))
    assert ruled.hash != plain.hash
    # the hash is over the files as read: an unset ``after`` is not written into it
    assert "after" not in RuleSpec(term="好的").model_dump(by_alias=True)
    assert RuleSpec(term="好的", after=["gov"]).model_dump(by_alias=True)["after"] == ["gov"]


def test_a_by_rule_reads_only_turns_of_speakers_of_its_roles(
    minimal: dict[str, Any], load: Callable[[dict[str, Any]], Framework]
) -> None:
    rule = {"term": "怎么看", "by": ["government"]}
    framework = load(_with_reply(minimal, rule))
    assert framework.code("swo.resist").turn_rules_for("zh")[0].by == ("government",)
    matcher = Matcher(framework)
    assert matcher.find("你们怎么看？", "zh") == []
    assert [h.code for h in matcher.find_in_turn("你们怎么看？", "zh", role="government")] == [
        "swo.resist"
    ]
    assert matcher.find_in_turn("你们怎么看？", "zh", role="social_org") == []
    assert matcher.find_in_turn("你们怎么看？", "zh") == []
    # with ``after`` too, both must hold
    both = {"term": "怎么看", "by": "government", "after": "gov.control"}
    next(c for c in minimal["codes"] if c["id"] == "swo.resist")["rules"]["zh"].remove(rule)
    matcher = Matcher(load(_with_reply(minimal, both)))
    assert matcher.find_in_turn("你们怎么看？", "zh", role="government") == []
    assert matcher.find_in_turn("你们怎么看？", "zh", {"gov.control"}, role="government")


def test_a_by_role_that_is_no_speaker_role_is_an_error(
    minimal: dict[str, Any], write: Callable[..., Path]
) -> None:
    rule = {"term": "怎么看", "by": ["goverment"]}
    with pytest.raises(FrameworkError, match=r"by: unknown role 'goverment'; choose one of: gov"):
        load_framework(write(_with_reply(minimal, rule)))
