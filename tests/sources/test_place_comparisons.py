"""A time named as a comparison's base (比去年同期, than last year) places nothing, lends no year.

A quarterly report's 服务人次比去年同期增长了12%，3月份新开了两个兴趣班 speaks of this
year's March: 去年 is what the figure is compared with, not when anything happened.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from test_place import _case, _source
from test_place_equivalence import _reference
from timeexpr_context import CTX

from relcycle.sources.timeexpr import place_segments
from relcycle.sources.timeexpr.comparisons import REASON, compared
from relcycle.sources.timeexpr.find import scan_text


def _placed(text: str, day: date) -> tuple[date, date, str | None, str | None]:
    source, segments = _source(text, day=day)
    source = replace(source, kind="document")
    anchors = place_segments(segments, source, _case())
    assert anchors == _reference(segments, source, _case())  # fast path == plain path
    (anchor,) = anchors
    return anchor.start, anchor.end, anchor.expression, anchor.note


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        ("今年一季度服务人次比去年同期增长了12%，3月份新开了两个兴趣班。", date(2021, 4, 10),
         (date(2021, 3, 1), date(2021, 3, 31), "3月份")),
        ("与去年同期相比，活动场次增加了三成；二月份春节期间暂停了两周。", date(2021, 3, 20),
         (date(2021, 2, 5), date(2021, 2, 19), "春节")),
        ("Referrals were up 9% on the same quarter last year, and in January we opened a "
         "second site.", date(2022, 4, 12), (date(2022, 1, 1), date(2022, 1, 31), "January")),
        ("Attendance was higher than last year; in February the hub ran twelve sessions.",
         date(2022, 4, 12), (date(2022, 2, 1), date(2022, 2, 28), "February")),
    ],
)  # fmt: skip
def test_a_compared_year_lends_no_year_to_a_month_beside_it(
    text: str, day: date, expected: tuple[date, date, str]
) -> None:
    start, end, expression, note = _placed(text, day)
    assert (start, end, expression) == expected
    assert note is None or "takes the year" not in note


@pytest.mark.parametrize(
    "text",
    ["服务人次比去年同期增长了12%。", "Referrals were up 9% on last year.",
     "活动场次较上个月有所减少。", "Footfall was higher than in 2021."],
)  # fmt: skip
def test_a_segment_naming_only_a_compared_time_is_placed_at_its_source(text: str) -> None:
    start, end, expression, note = _placed(text, date(2022, 4, 12))
    assert (start, end, expression) == (date(2022, 4, 12), date(2022, 4, 12), None)
    assert note is not None and REASON in note


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("去年同期我们只有3个班。", "去年"),  # the same months last year, as a time
        ("2018年和2019年都办了游园会。", "2019年"),  # two times joined
        ("Please send it no later than 31 March.", "31 March"),  # a deadline
        ("I can do the survey write-up on Monday.", "Monday"),
        ("Prices went up from March.", "March"),  # since March
        ("Attendance grew over the summer of 2021.", "the summer of 2021"),  # during it
        ("比如2019年我们就办过。", "2019年"),
    ],
)
def test_a_time_beside_like_words_is_still_a_time(text: str, expression: str) -> None:
    start = text.index(expression)
    assert not compared(text, start, start + len(expression))
    mentions, _ = scan_text(text, replace(CTX, reference=date(2022, 6, 15)))
    assert expression in [m.expression for m in mentions]


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("和去年一样热闹。", "去年"),
        ("高于去年同期水平。", "去年"),
        ("对比2019年，服务人次翻了一番。", "2019年"),
        ("Numbers were up 12% from 2021.", "2021"),
        ("Compared with the same period in 2021, waiting times fell.", "2021"),
        ("Numbers were down on last month.", "last month"),
    ],
)
def test_a_compared_time_is_reported_unresolved(text: str, expression: str) -> None:
    mentions, unresolved = scan_text(text, replace(CTX, reference=date(2022, 6, 15)))
    assert expression not in [m.expression for m in mentions]
    assert (expression, REASON) in [(u.expression, u.reason) for u in unresolved]
