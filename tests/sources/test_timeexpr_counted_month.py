"""次 that counts (一次, 两次, 每次) before 月 is no 次月, the month after the one named before."""

from __future__ import annotations

import pytest
from timeexpr_context import CTX

from relcycle.sources.timeexpr import find_mentions


@pytest.mark.parametrize(
    "sentence",
    [
        "报送要求是每月一次月报。",
        "每季度两次月度例会改成一次。",
        "这次月报晚了三天。",
        "街道几次月检都没发现问题。",
        "第3次月度督导在活动中心开。",
    ],
)
def test_a_counted_time_before_a_month_word_is_no_next_month(sentence: str) -> None:
    previous = find_mentions("2018年3月", CTX)[0]
    assert [m.expression for m in find_mentions(sentence, CTX, previous)] == []


def test_the_next_month_is_still_read() -> None:
    previous = find_mentions("2018年3月", CTX)[0]
    (mention,) = find_mentions("次月就拨了第二笔款。", CTX, previous)
    assert (mention.expression, str(mention.interval_start), str(mention.interval_end)) == (
        "次月", "2018-04-01", "2018-04-30"
    )  # fmt: skip
