"""开春 is spring's first days; 六一 after a year (去年六一) is that year's Children's Day.

Found by an outside tester's case (xitang-children-home-zh): 今年开春以后每月开联席会
in an interview was read as the whole of this year, 去年六一 as the whole of last
year. Alone, 六一 is too often an activity's name (六一活动方案) to date a text.
"""

from __future__ import annotations

from datetime import date

import pytest
from timeexpr_context import CTX  # an interview of 2019-12-10

from relcycle.sources.timeexpr import find_mentions


def _found(text: str) -> list[tuple[str, date, date]]:
    return [(m.expression, m.interval_start, m.interval_end) for m in find_mentions(text, CTX)]


def test_kaichun_after_a_year() -> None:
    assert _found("今年开春以后每月开联席会") == [
        ("今年开春以后", date(2019, 3, 16), date(2019, 3, 29))
    ]
    assert _found("去年开春") == [("去年开春", date(2018, 3, 1), date(2018, 3, 15))]


def test_kaichun_alone_is_the_latest() -> None:
    assert _found("开春了，居民又来了") == [("开春", date(2019, 3, 1), date(2019, 3, 15))]


@pytest.mark.parametrize("text", ["召开春节联欢会", "开春季学期的课", "开春装展销"])
def test_kaichun_inside_other_words_is_no_time(text: str) -> None:
    assert all(expression != "开春" for expression, _, _ in _found(text))


def test_liuyi_after_a_year() -> None:
    assert _found("和去年六一完全不一样") == [("去年六一", date(2018, 6, 1), date(2018, 6, 1))]
    assert _found("今年的六一是一起办的") == [("今年的六一", date(2019, 6, 1), date(2019, 6, 1))]


@pytest.mark.parametrize("text", ["六一活动方案今天报上来", "去年六一路口修路"])
def test_liuyi_alone_or_in_a_name_is_no_day(text: str) -> None:
    assert all("六一" not in expression for expression, _, _ in _found(text))
