"""A time ahead followed by a condition (明年的项目如果还是这样…) is said now.

Found by an outside tester's case (nanhu-guiyuan-reversal-zh): a WeChat message of
2023-03-15, 明年的项目如果还是这样，我们机构不会再投标, was placed in 2024, outside the
studied period, with the exit threat it holds.
"""

from __future__ import annotations

import pytest

from relcycle.sources.timeexpr.cues import looking_ahead


def _cue(text: str, expression: str = "明年") -> str | None:
    start = text.index(expression)
    return looking_ahead(text, start, start + len(expression))


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("明年的项目如果还是这样，我们机构不会再投标。", "如果"),
        ("明年假如再派任务，我们就不接了。", "假如"),
        ("明年万一经费不到位怎么办", "万一"),
    ],
)
def test_a_condition_after_a_time_ahead_is_said_now(text: str, cue: str) -> None:
    assert _cue(text) == cue


def test_a_condition_far_after_the_time_is_not_its_cue() -> None:
    assert _cue("明年三区的助餐点和议事会都要扩大如果") is None
