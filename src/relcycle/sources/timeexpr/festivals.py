"""Holidays and school breaks: the days they cover in a given year, lunar ones included."""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

from lunardate import LunarDate

from relcycle.domain import Precision
from relcycle.sources.timeexpr.model import Span
from relcycle.sources.timeexpr.spans import around, day_span

#: How a festival is named in Chinese, mapped to its key.
ZH_FESTIVALS = {
    "春节": "spring_festival", "过年": "spring_festival", "大年初一": "spring_festival",
    "除夕": "lunar_eve", "大年三十": "lunar_eve", "年三十": "lunar_eve",
    "元宵": "lantern", "元宵节": "lantern", "国庆": "national_day", "国庆节": "national_day",
    "中秋": "mid_autumn", "中秋节": "mid_autumn", "元旦": "new_year", "五一": "labour_day",
    "劳动节": "labour_day", "端午": "dragon_boat", "端午节": "dragon_boat",
    "清明": "qingming", "清明节": "qingming", "暑假": "summer_break", "暑期": "summer_break",
    "寒假": "winter_break", "儿童节": "childrens_day", "重阳": "double_ninth",
    "重阳节": "double_ninth", "开春": "spring_start",
}  # fmt: skip

#: Chinese words after a festival that say before / after / around it.
ZH_MODIFIERS = {
    "前": "before", "之前": "before", "以前": "before", "前夕": "before",
    "后": "after", "之后": "after", "以后": "after", "过后": "after",
    "前后": "around", "左右": "around",
}  # fmt: skip


def _lunar(year: int, month: int, day: int) -> date | None:
    try:
        return LunarDate(year, month, day).to_solar_date()  # type: ignore[no-any-return]
    except ValueError:
        return None


@cache  # the lunar calendar is slow to consult, and texts name few festivals in few years
def festival_base(key: str, year: int) -> Span | None:
    """The days festival ``key`` covers in ``year``, or ``None`` outside the lunar table."""
    fixed = {
        "national_day": (date(year, 10, 1), date(year, 10, 7)),
        "labour_day": (date(year, 5, 1), date(year, 5, 5)),
        "qingming": (date(year, 4, 4), date(year, 4, 6)),
        "summer_break": (date(year, 7, 1), date(year, 8, 31)),
        # the southern hemisphere's school holidays: summer across the new year, winter in July
        "summer_break_south": (date(year, 12, 15), date(year + 1, 1, 31)),
        "winter_break_south": (date(year, 6, 25), date(year, 7, 20)),
        "christmas": (date(year, 12, 24), date(year, 12, 26)),
        "spring_start": (date(year, 3, 1), date(year, 3, 15)),  # 开春: spring's first days
    }
    if key in fixed:
        start, end = fixed[key]
        precision = (
            Precision.SEASON
            if key.endswith("_break_south") or key == "summer_break"
            else Precision.WEEK
        )
        return Span(start, end, precision)
    if key == "new_year":
        return day_span(date(year, 1, 1))
    if key == "childrens_day":
        return day_span(date(year, 6, 1))
    lunar = {
        "spring_festival": (1, 1),
        "winter_break": (1, 1),
        "lunar_eve": (1, 1),
        "lantern": (1, 15),
        "dragon_boat": (5, 5),
        "mid_autumn": (8, 15),
        "double_ninth": (9, 9),
    }
    month, day = lunar[key]
    solar = _lunar(year, month, day)
    if solar is None:
        return None
    if key == "spring_festival":
        return around(solar, 7, 7)
    if key == "winter_break":
        return around(solar, 21, 21, Precision.SEASON)
    if key == "lunar_eve":
        return day_span(solar - timedelta(days=1))
    return day_span(solar)


def festival_span(key: str, year: int, modifier: str | None = None) -> Span | None:
    """The days festival ``key`` of ``year`` names, moved by ``modifier``.

    Args:
        key: A festival key (the values of :data:`ZH_FESTIVALS`, or ``christmas``).
        year: The calendar year it falls in.
        modifier: ``"before"`` (the two weeks before), ``"after"`` (the two weeks
            after), ``"around"`` (a week either side) or ``None`` (the festival).

    Returns:
        The interval, or ``None`` when the lunar calendar table does not cover the year.
    """
    base = festival_base(key, year)
    if base is None or modifier is None:
        return base
    if modifier == "before":
        return Span(base.start - timedelta(days=14), base.start - timedelta(days=1), Precision.WEEK)
    if modifier == "after":
        return Span(base.end + timedelta(days=1), base.end + timedelta(days=14), Precision.WEEK)
    if base.precision is Precision.DAY:
        return around(base.start, 7, 7)
    return base
