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


def test_after_rules_are_kept_apart_from_the_rules_that_read_their_text_alone(
    minimal: dict[str, Any], load: Callable[[dict[str, Any]], Framework]
) -> None:
    code = load(_with_reply(minimal)).code("swo.resist")
    assert [r.written for r in code.rules_for("zh")] == ["拒绝"]
    [reply] = code.after_rules_for("zh")
    assert reply.written == "re:^\\s*(好的|收到)" and reply.after == ("gov.control",)
    assert code.after_rules_for("en") == ()


def test_find_does_not_read_after_rules_and_find_after_needs_the_code_before(
    minimal: dict[str, Any], load: Callable[[dict[str, Any]], Framework]
) -> None:
    matcher = Matcher(load(_with_reply(minimal)))
    assert matcher.has_after_rules
    assert matcher.find("好的，我们改。", "zh") == []
    # a descendant of an ``after`` code meets it; another code does not
    [hit] = matcher.find_after("好的，我们改。", "zh", {"gov.control.reporting"})
    assert (hit.code, hit.start, hit.end) == ("swo.resist", 0, 2)
    assert matcher.find_after("好的，我们改。", "zh", {"gov.control"})
    assert matcher.find_after("好的，我们改。", "zh", {"rel.trust"}) == []
    assert matcher.find_after("好的，我们改。", "zh", set()) == []
    assert matcher.find_after("我们商量一下。", "zh", {"gov.control"}) == []


def test_an_after_rule_keeps_its_near_and_not_windows(
    minimal: dict[str, Any], load: Callable[[dict[str, Any]], Framework]
) -> None:
    rule = {"term": "好的", "after": "gov.control", "not": ["再说"]}
    matcher = Matcher(load(_with_reply(minimal, rule)))
    assert matcher.find_after("好的，我们改。", "zh", {"gov.control"})
    assert matcher.find_after("好的，再说吧。", "zh", {"gov.control"}) == []


def test_an_after_code_that_is_no_code_is_an_error_with_a_suggestion(
    minimal: dict[str, Any], write: Callable[..., Path]
) -> None:
    rule = {"term": "好的", "after": ["gov.contrl"]}
    with pytest.raises(FrameworkError, match=r"rules\.zh\[1\]: after: 'gov.contrl' is not a code"):
        load_framework(write(_with_reply(minimal, rule)))
    with pytest.raises(FrameworkError, match=r"did you mean 'gov\.control'"):
        load_framework(write(_with_reply(minimal, rule)))


def test_a_framework_without_after_rules_keeps_its_hash(
    minimal: dict[str, Any], load: Callable[[dict[str, Any]], Framework]
) -> None:
    plain = load(minimal)
    assert not Matcher(plain).has_after_rules
    ruled = load(_with_reply(minimal))
    assert ruled.hash != plain.hash
    # the hash is over the files as read: an unset ``after`` is not written into it
    assert "after" not in RuleSpec(term="好的").model_dump(by_alias=True)
    assert RuleSpec(term="好的", after=["gov"]).model_dump(by_alias=True)["after"] == ["gov"]
