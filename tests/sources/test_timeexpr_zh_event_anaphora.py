"""那段时间 after a word naming an event (疫情那段时间) is that event's time, not the time before.

Found by an outside tester's case (qinghe-youth-absorbed-zh): an interview of 2023-12-15
answered 大概是2021年夏天吧，开始要台账 and then 疫情那段时间基本上就是街道的人了; the second
answer was placed in the summer of 2021, and in the other interview 疫情那段时间 took 2020年底
from four turns before, outside the studied period.
"""

from __future__ import annotations

import pytest
from timeexpr_context import CTX

from relcycle.sources.timeexpr.find import scan_text
from relcycle.sources.timeexpr.zh_project import NAMES_ITS_EVENT


@pytest.mark.parametrize(
    "text",
    ["大概是2021年夏天吧。疫情那段时间基本上就是街道的人了。", "去年三月开始。换届那会儿变了。"],
)
def test_a_demonstrative_after_an_event_is_left_unplaced(text: str) -> None:
    mentions, unresolved = scan_text(text, CTX)
    assert all(not m.expression.startswith("那") for m in mentions)
    assert [u.reason for u in unresolved] == [NAMES_ITS_EVENT]


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("去年三月开始的，我们那时候很忙。", "那时候"),
        ("去年三月评估，就是那段时间最难。", "那段时间"),
        ("去年那段时间很忙。", "那段时间"),
        ("去年三月开会，王主任那时候说要报台账。", "那时候"),
    ],
)
def test_after_a_pronoun_a_function_word_a_time_or_a_title_it_points_back(
    text: str, expression: str
) -> None:
    mentions, unresolved = scan_text(text, CTX)
    found = [m for m in mentions if m.expression == expression]
    assert unresolved == [] and len(found) == 1 and found[0].interval_start.year == 2018
