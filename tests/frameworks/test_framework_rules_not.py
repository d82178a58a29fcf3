"""A code's ``rules_not``: exclusions added to every rule of the code and its descendants."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from relcycle import CaseFolder
from relcycle.coding.dictionary import DictionaryCoder
from relcycle.domain import Segment
from relcycle.errors import FrameworkError
from relcycle.examples import example_path
from relcycle.frameworks import Framework, Matcher, load_framework
from relcycle.frameworks.rules import RuleSyntaxError, with_exclusions

Load = Callable[[dict[str, Any]], Framework]
ErrorOf = Callable[[dict[str, Any] | str], FrameworkError]


def codes_found(framework: Framework, text: str, lang: str = "zh") -> set[str]:
    return {h.code for h in Matcher(framework).find(text, lang)}


def test_rules_not_reaches_the_codes_descendants(minimal: dict[str, Any], load: Load) -> None:
    minimal["codes"][1]["rules_not"] = ["？", "?"]  # gov.control
    framework = load(minimal)
    assert codes_found(framework, "方案要先报批？") == set()
    assert codes_found(framework, "方案要先报批。你们知道吗？") == {"gov.control.approval"}
    assert codes_found(framework, "Did the council sign off?", "en") == set()
    assert codes_found(framework, "管得太死？") == set()  # the code's own rules too
    assert codes_found(framework, "我们拒绝了？") == {"swo.resist"}  # not a descendant


def test_rules_not_is_added_to_a_rules_own_not(minimal: dict[str, Any], load: Load) -> None:
    minimal["codes"][4]["rules_not"] = {"any": ["居民"], "cue": ["actor.government"]}
    framework = load(minimal)
    assert codes_found(framework, "我们拒绝了。") == {"swo.resist"}
    assert codes_found(framework, "我们不敢拒绝。") == set()  # the rule's own not still holds
    assert codes_found(framework, "居民拒绝了。") == set()
    assert codes_found(framework, "镇里拒绝了。") == set()  # a cue word
    (rule,) = framework.code("swo.resist").rules_for("zh")
    assert rule.exclude is not None
    assert rule.exclude.terms == ("不敢拒绝", "居民") and rule.exclude.cues == ("actor.government",)


def test_rules_not_changes_nothing_but_the_exclusions(minimal: dict[str, Any], load: Load) -> None:
    plain = load(minimal)
    minimal["codes"][0]["rules_not"] = ["？"]
    guarded = load(minimal)
    for before, after in zip(plain.codes, guarded.codes, strict=True):
        for lang in ("zh", "en"):
            for a, b in zip(before.rules_for(lang), after.rules_for(lang), strict=True):
                assert (a.written, a.pattern.pattern, a.near) == (
                    b.written,
                    b.pattern.pattern,
                    b.near,
                )
                if before.id.startswith("gov"):
                    assert b.exclude is not None and "？" in b.exclude.terms
                else:
                    assert a.exclude == b.exclude


def test_within_is_refused(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["codes"][1]["rules_not"] = {"any": ["？"], "within": 5}
    err = error_of(minimal)
    assert err.field == "codes[1] gov.control"
    assert "rules_not: 'within' is not allowed" in err.message


def test_a_rule_whose_not_has_within_cannot_take_it(
    minimal: dict[str, Any], error_of: ErrorOf
) -> None:
    minimal["codes"][4]["rules"]["zh"] = [{"term": "拒绝", "not": {"any": ["不敢"], "within": 4}}]
    minimal["codes"][4]["rules_not"] = ["？"]
    err = error_of(minimal)
    assert err.field == "codes[4] swo.resist"
    assert err.message.startswith("rules.zh[0]: its 'not' has 'within'")


def test_a_bad_regex_is_named_as_rules_not(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["codes"][1]["rules_not"] = ["re:报(批"]
    err = error_of(minimal)
    assert err.field == "codes[1] gov.control"
    assert err.message.startswith("rules_not: invalid regex 're:报(批'")


def test_unknown_cue_is_named(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["codes"][1]["rules_not"] = {"cue": ["actor.goverment"]}
    assert "actor.goverment" in error_of(minimal).message


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("台账", {"term": "台账", "not": ["？"]}),
        ("re:报(批|审)", {"re": "报(批|审)", "not": ["？"]}),
        ({"term": "x", "not": ["y", "？"]}, {"term": "x", "not": ["y", "？"]}),
        (
            {"term": "x", "not": {"any": ["y"], "cue": ["c"]}},
            {"term": "x", "not": {"any": ["y", "？"], "cue": ["c"]}},
        ),
    ],
)
def test_with_exclusions(raw: Any, expected: dict[str, Any]) -> None:
    assert with_exclusions(raw, ["？"], []) == expected
    assert with_exclusions(raw, [], []) is raw


def test_with_exclusions_refuses_a_narrower_window() -> None:
    with pytest.raises(RuleSyntaxError, match="within"):
        with_exclusions({"term": "x", "not": {"any": ["y"], "within": 3}}, ["？"], [])


def test_the_builtin_exploring_codes_drop_questions() -> None:
    framework = load_framework()
    for code in ("gov.explore", "gov.explore.trial", "gov.explore.assess", "gov.explore.procure"):
        for lang in ("zh", "en"):
            rules = framework.code(code).rules_for(lang)
            assert rules
            assert all(r.exclude is not None and {"？", "?"} <= set(r.exclude.terms) for r in rules)
    assert "gov.explore.trial" in codes_found(framework, "镇里说先试点一年。")
    assert not any(
        c.startswith("gov.explore") for c in codes_found(framework, "镇里是先试点一年吗？")
    )


def test_the_dictionary_coder_applies_it(minimal: dict[str, Any], load: Load) -> None:
    minimal["codes"][1]["rules_not"] = ["？"]
    coder = DictionaryCoder(framework=load(minimal)).fit(CaseFolder(example_path("ltown")).case)
    asked, told = "方案要先报批？", "方案要先报批。"
    found = coder.predict(
        [Segment("n.md", 0, 0, len(asked), asked), Segment("n.md", 1, 10, 10 + len(told), told)]
    )
    assert [(c.code, c.segment_index) for c in found] == [("gov.control.approval", 1)]


def test_rules_not_per_language(minimal: dict[str, Any], load: Load, error_of: ErrorOf) -> None:
    minimal["codes"][1]["rules_not"] = {"zh": ["？"], "en": {"any": ["whether"]}}
    framework = load(minimal)
    assert codes_found(framework, "方案要先报批？") == set()
    assert codes_found(framework, "Did the council sign off?", "en") == {"gov.control.approval"}
    assert codes_found(framework, "They asked whether we signed off.", "en") == set()
    minimal["codes"][1]["rules_not"] = {"fr": ["?"]}
    err = error_of(minimal)
    assert err.message == "rules_not: unknown language 'fr'; the framework's languages are: zh, en"


def test_the_builtin_guards_written_once() -> None:
    framework = load_framework()
    for code, lang, term in (
        ("gov.explore.procure", "zh", "续约"),
        ("gov.explore.procure", "en", "re-tender"),
        ("gov.support.funds", "zh", "迟迟"),
        ("gov.support.funds", "en", "overdue"),
        ("gov.control.inspection", "en", "boiler"),
    ):
        rules = framework.code(code).rules_for(lang)
        assert all(r.exclude is not None and term in r.exclude.terms for r in rules)
    assert "gov.support.funds" in codes_found(framework, "第二期经费这周按时拨付到账。")
    assert "gov.support.funds" not in codes_found(framework, "第二期经费迟迟没有按时拨付。")
