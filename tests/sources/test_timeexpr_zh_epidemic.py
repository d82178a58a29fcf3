"""疫情那会儿 (新冠那段时间) in a text written since 2020 is the epidemic's years, not "now".

Found by an outside tester's case (nanhu-guiyuan-reversal-zh): an interview of 2023-02-20
said 疫情那会儿街道让我们去守核酸点…尾款跟考核挂钩，先忍一忍; left unresolved as another
event's time would be, the answer was placed at the interview's date, and the compliance
it tells of fell in the quarter of the SWO's refusals.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from timeexpr_context import CTX

from relcycle.sources.timeexpr.find import scan_text
from relcycle.sources.timeexpr.zh_project import EPIDEMIC, NAMES_ITS_EVENT

AFTER = replace(CTX, reference=date(2023, 2, 20), case_end=date(2023, 6, 30))


@pytest.mark.parametrize(
    "text",
    ["疫情那会儿街道让我们去守核酸点。", "新冠那段时间社工全部下沉。", "疫情那阵子助餐点停了。"],
)
def test_the_epidemic_s_time_is_its_years(text: str) -> None:
    mentions, unresolved = scan_text(text, AFTER)
    assert unresolved == []
    ((start, end),) = [(m.interval_start, m.interval_end) for m in mentions]
    assert (start, end) == EPIDEMIC


def test_during_the_epidemic_it_ends_at_the_reference() -> None:
    (mention,) = scan_text("疫情那段时间大家都很辛苦。", replace(CTX, reference=date(2021, 5, 8)))[
        0
    ]
    assert (mention.interval_start, mention.interval_end) == (EPIDEMIC[0], date(2021, 5, 8))


def test_before_2020_and_for_other_events_it_stays_unresolved() -> None:
    for text, ctx in (("疫情那段时间很难。", CTX), ("换届那会儿变了。", AFTER)):
        mentions, unresolved = scan_text(text, ctx)
        assert mentions == [] and [u.reason for u in unresolved] == [NAMES_ITS_EVENT]
