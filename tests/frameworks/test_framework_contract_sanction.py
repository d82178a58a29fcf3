"""按合同 before a payment held back is the purchaser's sanction, not the organisation's appeal.

Found by an outside case (liangtian-wenhua-zh): minutes of a joint meeting recorded the
township's decision 按合同，考核低于80分的，第一期尾款暂缓拨付 and it was coded as the
organisation invoking the contract (swo.resist.contract), so resistance was found two
months before it began.
"""

from __future__ import annotations

import pytest

from relcycle.frameworks.loader import load_framework
from relcycle.frameworks.matching import Matcher

_MATCHER = Matcher(load_framework())


def _codes(text: str) -> set[str]:
    return {hit.code for hit in _MATCHER.find(text, "zh") if not hit.negated}


@pytest.mark.parametrize(
    "text",
    [
        "按合同，考核低于80分的，第一期尾款暂缓拨付，整改后再议。",
        "根据合同，评估不合格的，暂停拨付第二期经费。",
    ],
)
def test_a_payment_held_back_under_the_contract_is_leverage(text: str) -> None:
    codes = _codes(text)
    assert "gov.control.leverage" in codes
    assert "swo.resist.contract" not in codes


def test_the_organisation_invoking_the_contract_is_still_found() -> None:
    assert "swo.resist.contract" in _codes("我们说按合同，合同外的活动不做。")
