"""Holidays and school breaks: the days they cover in a given year, lunar ones included."""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

from dateutil.easter import easter
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
    # the days of the Party, the army, women, youth, teachers and trees (七一 慰问, 三八节 活动)
    "七一": "party_day", "建党节": "party_day", "八一": "army_day", "建军节": "army_day",
    "十一": "national_day", "三八节": "womens_day", "三八妇女节": "womens_day",
    "妇女节": "womens_day", "五四": "youth_day", "五四青年节": "youth_day", "青年节": "youth_day",
    "教师节": "teachers_day", "植树节": "tree_day", "七夕": "qixi", "七夕节": "qixi",
    "小年": "little_new_year", "六月六": "liuyueliu",
    # 年前 / 年后 / 过完年 / 年前年后: before, after and around the Spring Festival
    "年": "spring_festival", "过完年": "spring_festival", "年前年后": "spring_festival",
}  # fmt: skip
#: The modifier a festival's name carries in itself (过完年: after the Spring Festival).
ZH_OWN_MODIFIERS = {"过完年": "after", "年前年后": "around"}
#: The lunar months named as such (正月, 腊月): their number.
ZH_LUNAR_MONTHS = {"正": 1, "腊": 12}

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


def lunar_key(month: int, day: int | None = None, part: str | None = None) -> str:
    """The festival key of a lunar month (正月, 腊月), one of its days or its part (early ...)."""
    return f"lunar-{month}-{day if day is not None else part or ''}"


def _lunar_span(key: str, year: int) -> Span | None:
    """A :func:`lunar_key`'s days in lunar year ``year``: 正月 begins it, 腊月 ends it.

    So 2023年腊月 and, said in 2024, 去年腊月 run from January to February 2024.
    """
    _, month_text, rest = key.split("-")
    month = int(month_text)
    first = _lunar(year, month, 1)
    following = _lunar(year + 1, 1, 1) if month == 12 else _lunar(year, month + 1, 1)
    if first is None or following is None:
        return None
    last = following - timedelta(days=1)
    if rest.isdigit():
        day = _lunar(year, month, int(rest))
        return day_span(day) if day is not None else None
    if rest == "early":
        return Span(first, first + timedelta(days=9), Precision.WEEK)
    if rest == "mid":
        return Span(first + timedelta(days=10), first + timedelta(days=19), Precision.WEEK)
    if rest == "late":
        return Span(first + timedelta(days=20), last, Precision.WEEK)
    return Span(first, last, Precision.MONTH)


@cache  # the lunar calendar is slow to consult, and texts name few festivals in few years
def festival_base(key: str, year: int) -> Span | None:
    """The days festival ``key`` covers in ``year``, or ``None`` outside the lunar table."""
    if key.startswith("lunar-"):
        return _lunar_span(key, year)
    days = {
        "party_day": (7, 1), "army_day": (8, 1), "womens_day": (3, 8), "youth_day": (5, 4),
        "teachers_day": (9, 10), "tree_day": (3, 12),
        # another country's national day (see locale.Calendar.national_day)
        "national_day_sg": (8, 9),
        # Kenya's public holidays, named as Kenyans name them
        "madaraka_day": (6, 1), "mashujaa_day": (10, 20), "jamhuri_day": (12, 12),
        # Australia and New Zealand
        "anzac_day": (4, 25),
    }  # fmt: skip
    if key in days:
        return day_span(date(year, *days[key]))
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
    if key.startswith(("easter", "good_friday")):
        return _easter(key, easter(year))
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
        "qixi": (7, 7),
        "liuyueliu": (6, 6),
        "little_new_year": (12, 23),  # the lunar year's: a week before the next 春节
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


def _easter(key: str, sunday: date) -> Span:
    """Good Friday, Easter Monday, Easter (Good Friday to Easter Monday), or its school holidays.

    The Easter holidays are the fortnight around it: a week before Good Friday to a
    week after Easter Monday.
    """
    friday, monday = sunday - timedelta(days=2), sunday + timedelta(days=1)
    if key == "good_friday":
        return day_span(friday)
    if key == "easter_monday":
        return day_span(monday)
    if key == "easter_holidays":
        return Span(friday - timedelta(days=7), monday + timedelta(days=7), Precision.WEEK)
    return Span(friday, monday, Precision.WEEK)
