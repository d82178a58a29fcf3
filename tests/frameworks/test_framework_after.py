"""``after`` rules: loaded apart from the others, read only with the turn before's codes."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from relcycle.errors import FrameworkError
from relcycle.frameworks import Framework, Matcher, load_framework
from relcycle.frameworks.fold import fold
from relcycle.frameworks.matching import Hit, _build_index, required_literals
from relcycle.frameworks.rules import FLAGS
from relcycle.frameworks.schema import RuleSpec
from relcycle.sources.encoding import decode

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


# The turn pass passes over a text quickly when no literal its rules need occurs
# there (``required_literals``, the index's probe): these tests hold it to the
# plain reading, every rule tried.

ROOT = Path(__file__).resolve().parents[2]

TURNS = [  # chats, minutes, e-mails, interviews; Simplified, Traditional, Cantonese, English
    "好的，我们按要求改。",
    "好的吧，那就这样。",
    "收到👌",
    "嗯嗯，明白",
    "OK，马上改",
    "已经发到群里了，请查收。",
    "蒋干事：这周五前把照片发给我。\n社工：好，在弄了。",
    "这个恐怕不行，人手都排满了。",
    "我們這邊實在做不了，超出了服務協議的範圍。",
    "冇問題，跟住做。",
    "那就算了，按你们说的办。",
    "你们觉得怎么样？有什么意见？",
    "能不能把活动改到下周？",
    "我帮你们问问街道那边，牵个线。",
    "我们机构可以负责这一块。",
    "跟领导汇报一下：本月台账已报送。",
    "改天再说吧",
    "Fine, we'll drop it.",
    "OK, will do.\nSent the report this morning.",
    "Sorry, I'm afraid we can't spare anyone this week.",
    "What do you think? Happy for you to proceed.",
    "Could we move the session to Thursday?",
    "That's outside the scope of the contract.",
    "",
    "。",
]


def _texts() -> list[str]:
    texts = list(TURNS)
    for path in sorted((ROOT / "tests" / "data").rglob("*.md"))[:400]:
        text, _ = decode(path.read_bytes(), path)  # UTF-8, or UTF-16 as a case may save it
        texts.extend(p for p in text.split("\n\n") if p.strip())
    return texts


@pytest.fixture(scope="module")
def builtin() -> Framework:
    return load_framework()


def test_every_match_of_a_rule_holds_one_of_its_required_literals(builtin: Framework) -> None:
    texts = _texts()
    read = 0
    for code in builtin.codes:
        for rules in (*code.rules.values(), *code.turn_rules.values()):
            for rule in rules:
                words = required_literals(rule.pattern)
                if not words:
                    continue
                read += 1
                for text in texts:
                    for m in rule.pattern.finditer(text):
                        assert any(w in fold(m.group()) for w in words), (rule.written, m.group())
    assert read > 50  # most Chinese rules are screened


@pytest.mark.parametrize(
    ("regex", "expected"),
    [
        ("^\\s*(好的|收到)", ("好的", "收到")),
        ("(^|[\\n：:])\\s*(嗯+|行)[，,]", ("嗯", "行")),  # 嗯+ is 嗯 at least once
        ("(恐怕|实在)?(不行|做不了)", ("不行", "做不了")),  # the optional part is no need
        ("(汇报|报告)一下[，,]", ("报告一下,", "报告一下，", "汇报一下,", "汇报一下，")),
        ("(我|我们)来(联系)|算了", ("我们来联系", "我来联系", "算了")),
        ("(ok|好的)", ("ok", "好的")),  # case-folded: the probe ignores case
        ("[^。]{0,3}把", ("把",)),
        ("(好|行)\\1", ("好", "行")),  # a group referred to: its own literals
        (".*", ()),
    ],
)
def test_required_literals_of_small_regexes(regex: str, expected: tuple[str, ...]) -> None:
    got = required_literals(re.compile(regex, FLAGS))
    assert got == expected


def _plain(matcher: Matcher, text: str, lang: str, before: set[str], role: str | None) -> list[Hit]:
    """``find_in_turn`` as first written: every turn rule whose conditions hold, tried."""
    if not before and role is None:
        return []
    lineage = {a for c in before for a in (c, *(x.id for x in matcher.framework.ancestors(c)))}
    rules = [
        (code.id, rule)
        for code in matcher.framework.codes
        for rule in code.turn_rules_for(lang)
        if (not rule.after or lineage.intersection(rule.after)) and (not rule.by or role in rule.by)
    ]
    return matcher._find(text, _build_index(rules)) if rules else []


def test_find_in_turn_finds_what_every_rule_tried_finds(builtin: Framework) -> None:
    matcher = Matcher(builtin)
    afters = sorted(
        {a for c in builtin.codes for rs in c.turn_rules.values() for r in rs for a in r.after}
    )
    below = [c.id for c in builtin.codes if any(builtin.has_code(a) for a in afters)][:40]
    befores = [set(), {"rel.trust"}, *({a} for a in afters), *({c} for c in below)]
    roles = [None, "government", "social_org", "community"]
    texts = TURNS + [p for p in _texts()[len(TURNS) :] if len(p) < 400][:300]
    found = 0
    for lang in ("zh", "en"):
        for before in befores:
            for role in roles:
                for text in texts:
                    got = matcher.find_in_turn(text, lang, before, role)
                    assert got == _plain(matcher, text, lang, before, role), (text, before, role)
                    found += bool(got)
    assert found > 20  # the rules did find something
