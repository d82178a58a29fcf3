"""Cheap tests before the dating's costlier readings skip only what those would pass over."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from relcycle.sources.timeexpr import zh_calendar

_ZH_AROUND = st.lists(
    st.sampled_from(
        [*"至到截直前之以后后夕也还再能否可不会中期三月五月底 \t\n\u3000，。", "能不能", "可不可以"]
    ),
    max_size=10,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_ZH_AROUND, _ZH_AROUND)
def test_a_yearless_months_words_around_are_read_as_the_regexes_read_them(
    before: str, after: str
) -> None:
    text = before + "三月" + after
    start, end = len(before), len(before) + 2
    assert zh_calendar.leaning_ahead_zh(text, start, end) == (
        zh_calendar._ZH_LEANING_BEFORE.search(text, max(0, start - 3), start) is not None
        or zh_calendar._ZH_LEANING_AFTER.match(text, end) is not None
    )
    assert zh_calendar.around_month(text, start, end)[2] == (
        zh_calendar._ASKED_AHEAD.match(text, end) is not None
    )
