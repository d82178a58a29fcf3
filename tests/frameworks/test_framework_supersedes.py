"""A code's ``supersedes``: its hit cancels the named codes' hits in its clause.

Found by the outside testers of songxi-shequ-zhili-zh and liangtian-wenhua-zh: a
relaxation written with control's own words (活动方案由事前审批改为备案, 周台账调整为月报,
合同外的事基本不派了) was coded as the approval, reporting and extra tasks it relaxes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from relcycle.errors import FrameworkError
from relcycle.frameworks import Framework, Matcher, load_framework

Load = Callable[[dict[str, Any]], Framework]
ErrorOf = Callable[[dict[str, Any] | str], FrameworkError]

RELAX: dict[str, Any] = {
    "id": "gov.relax",
    "parent": "gov",
    "label": {"zh": "放宽", "en": "Relaxing"},
    "family": "behaviour",
    "applies_to": "government",
    "rules": {"zh": ["改为备案"], "en": ["replaced by notice"]},
    "supersedes": ["gov.control"],
}


def _found(framework: Framework, text: str, lang: str = "zh") -> dict[str, bool]:
    return {h.code: h.negated for h in Matcher(framework).find(text, lang)}


def test_a_hit_cancels_the_superseded_codes_and_their_descendants_in_its_clause(
    minimal: dict[str, Any], load: Load
) -> None:
    minimal["codes"].append(RELAX)
    framework = load(minimal)
    found = _found(framework, "方案由报批改为备案。")
    assert found == {"gov.control.approval": True, "gov.relax": False}
    assert Matcher(framework).codes_in("方案由报批改为备案。", "zh") == {"gov.relax"}
    # another clause keeps its own control
    found = _found(framework, "活动改为备案，但方案还要报批。")
    assert found == {"gov.relax": False, "gov.control.approval": False}
    found = _found(framework, "Sign off was replaced by notice.", "en")
    assert found == {"gov.control.approval": True, "gov.relax": False}


def test_a_negated_hit_cancels_nothing(minimal: dict[str, Any], load: Load) -> None:
    minimal["codes"].append(RELAX)
    found = _found(load(minimal), "报批没有改为备案。")
    assert found == {"gov.control.approval": False, "gov.relax": True}


def test_codes_not_named_are_kept(minimal: dict[str, Any], load: Load) -> None:
    minimal["codes"].append(RELAX)
    found = _found(load(minimal), "我们拒绝了改为备案。")
    assert found == {"swo.resist": False, "gov.relax": False}


def test_an_unknown_code_is_refused(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["codes"].append({**RELAX, "supersedes": ["gov.contrl"]})
    err = error_of(minimal)
    assert err.field == "codes[6] gov.relax"
    assert err.message.startswith("supersedes[0]: ") and "gov.control" in err.message


@pytest.mark.parametrize(
    ("text", "relaxed"),
    [
        ("二、活动方案由事前审批改为备案制。", "gov.control.approval"),
        ("一、周台账调整为月报。", "gov.control.reporting"),
        ("去年第二季度开始，台账改成月报，方案改成备案，合同外的事基本不派了。", "gov.control"),
        ("The council moved us from weekly returns to a monthly report.", "gov.control"),
        ("Approval of activity plans was replaced by simple notification.", "gov.control"),
    ],
)
def test_the_builtin_relaxation_supersedes_control(text: str, relaxed: str) -> None:
    lang = "zh" if text[0] > "\u3000" else "en"
    codes = Matcher(load_framework()).codes_in(text, lang)
    assert "gov.concede.relax" in codes
    assert not any(c == relaxed or c.startswith(f"{relaxed}.") for c in codes)


def test_the_builtin_relaxation_leaves_control_in_another_clause() -> None:
    text = "街道不再要求每周报台账，但活动方案还要事前审批。"
    codes = Matcher(load_framework()).codes_in(text, "zh")
    assert {"gov.concede.relax", "gov.control.approval"} <= codes
