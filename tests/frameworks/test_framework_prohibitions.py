"""A clause that forbids an act (不得, 不应, 不宜) says the act did not happen.

An agreement's 甲方不得以考核为由暂缓拨付 or a notice's 不得直接向社工个人派发任务 sets a
boundary on control; it was coded as the very control it forbids (leverage, an extra task).
English had this already (*shall not*, *may not*).
"""

from __future__ import annotations

import pytest

from relcycle.frameworks.loader import load_framework
from relcycle.frameworks.matching import Matcher

_MATCHER = Matcher(load_framework())


def _codes(text: str, lang: str = "zh") -> set[str]:
    return {hit.code for hit in _MATCHER.find(text, lang) if not hit.negated}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("甲方不得以考核为由暂缓拨付项目经费。", "gov.control.leverage"),
        (
            "承接机构的人员应专门用于合同约定的服务，不得安排与项目无关的工作。",
            "gov.control.out_of_scope",
        ),
        ("街道不得干预机构的人事安排。", "gov.control"),
        ("镇里不宜要求社工每天报送台账。", "gov.control.reporting"),
        ("乙方不应以拒绝服务的方式对抗甲方。", "swo.resist.refuse"),
        (
            "The town shall not withhold payments on the grounds of the evaluation.",
            "gov.control.leverage",
        ),
    ],
)
def test_the_act_a_clause_forbids_is_not_coded(text: str, code: str) -> None:
    lang = "en" if text.isascii() else "zh"
    (hit,) = [h for h in _MATCHER.find(text, lang) if h.code == code]
    assert hit.negated


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # had to: 不得不 is no prohibition
        ("镇里不得不暂缓拨付第二期经费。", "gov.control.leverage"),
        ("我们不得不按镇里的要求重新做台账。", "swo.comply.follow"),
        # the prohibition is the control: the hit comes before it
        ("未经审核的活动一律不得开展。", "gov.control.approval"),
        # interference that happened
        ("他们一直在干预机构的招聘。", "gov.control"),
    ],
)
def test_what_is_not_a_prohibition_is_still_coded(text: str, code: str) -> None:
    assert code in _codes(text)
