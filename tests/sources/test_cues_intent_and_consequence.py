"""A time ahead after 表示 (a stated intent), before 继续 or before 就 (a consequence) is said now.

Found by an outside tester's case (qinghe-youth-absorbed-zh): minutes of 2023-10-12
recording 赵书记…表示明年继续购买，但服务内容要增加… and an interview of 2023-12-15 saying
你去反映，明年项目就没了 were placed in 2024, outside the studied period, with the
demand and the fear they hold.
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
        ("赵书记肯定了向阳中心，表示明年继续购买", "继续"),
        ("赵书记表示明年的经费不变", "表示"),
        ("你去反映，明年项目就没了。", "就"),
    ],
)
def test_an_intent_or_a_consequence_is_said_now(text: str, cue: str) -> None:
    assert _cue(text) == cue


def test_a_plain_time_ahead_has_no_cue() -> None:
    assert _cue("明年项目结束。") is None
