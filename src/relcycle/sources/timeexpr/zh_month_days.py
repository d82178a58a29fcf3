"""Chinese days of the month said alone: 8号下午那场, 15号之前交材料, 25号交月报.

A message, a work log or minutes written at the time name a day of the month
they are in by its number alone (a chat message of 3 August saying 8号下午那场
means 8 August), as they name a day of their week by its weekday alone
(:mod:`.zh_weekdays`, whose reading of the words around it this rule shares): a
day whose sentence sets it in another time or a routine (下个月5号, 每月25号, 7月月报…8号)
is no day of the source's month; one already past is the coming month's where the
words speak ahead (15号之前交, 安排8号开会, in a message of the 20th); one still to
come is the last month's where its clause tells what happened (28号开了会, in a
note of the 3rd). Read only in a source written at the time
(:attr:`~.model.TimeContext.prospective`): an interview's 8号 is of a month it does
not name.

A number before 号 is no day where it numbers something else: a building, line,
room or document (8号楼, 1号线, 3号会议室, 〔2021〕3号, 第5号), or where it ends a
longer number or date (3月8号 is read whole by :mod:`.zh_calendar`).
"""

from __future__ import annotations

import re
from datetime import date

from relcycle.sources.timeexpr.cues import future_context, nearest
from relcycle.sources.timeexpr.en_month_day import day_and_month
from relcycle.sources.timeexpr.model import Resolved, TimeContext, TimeMention, Unresolved
from relcycle.sources.timeexpr.numerals import zh_number
from relcycle.sources.timeexpr.prescan import Anchor
from relcycle.sources.timeexpr.qualify import Qualifier, in_year
from relcycle.sources.timeexpr.scanner import Rule
from relcycle.sources.timeexpr.spans import day_span
from relcycle.sources.timeexpr.zh_calendar import DAY
from relcycle.sources.timeexpr.zh_weekdays import AHEAD, BEHIND, around_weekday, day_reading

#: What may not stand right before the number: more of a number or a date (3月8号, 十八号
#: read whole), an ordinal, a document's year or issuer (第5号, 〔2021〕3号, 民发3号), or a
#: street in an address (府前路17号, 人民大道3号, 中山路二段17号, 桂花巷5号, 石桥村8号).
_NOT_BEFORE = (
    r"(?<![\d〇零○一二两三四五六七八九十百月日号第〕\]】）)字发.\-/年路街巷弄段村])(?<!大道)"
)
#: What may not follow 号: what the number numbers (8号楼, 1号线, 3号会议室, 5号文件).
_NOT_AFTER = (
    r"(?![楼樓线院门床房室厅馆口仓车位桌机窗文令台码箱柜店铺栋幢单元地站路街巷弄桥井坑球队"
    r"选手人员码字召称外]|公告|通知)"
)


def _shifted(day: int, year: int, month: int) -> date | None:
    """Day ``day`` of ``month`` (1-12, or 0 and 13 for the months either side), if it has one."""
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    try:
        return date(year, month, day)
    except ValueError:  # 31号 of a month of 30 days
        return None


def resolve_month_day(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """8号 / 十五号 alone: that day of the reference's month, in a source of the time."""
    reading = day_reading(m, ctx)
    number = zh_number(m.group("md"))
    if reading is None or number is None:
        return None
    ref = ctx.reference
    month = ref.month
    if reading == AHEAD and number < ref.day:
        month += 1
    elif reading == BEHIND and number > ref.day:
        month -= 1
    day = _shifted(number, ref.year, month)
    return None if day is None else Resolved(day_span(day), True)


_WEEKDAY_NUMBER = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}


def resolve_dotted_day(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """9.18 周五, 4.24（周六）: a diary's month and day, told by the weekday beside them.

    The year is the one nearest the source's date (the one before, the same or the one
    after) in which that day falls on that weekday; without one it is no date (a count, a
    numbered item: 3.5 周).
    """
    month, day = int(m.group("dm")), int(m.group("dd"))
    weekday = _WEEKDAY_NUMBER[m.group("dw")]
    ref = ctx.reference
    found = [
        d
        for year in (ref.year, ref.year - 1, ref.year + 1)
        if (d := _shifted(day, year, month)) is not None and d.weekday() == weekday
    ]
    if not found:
        return None
    return Resolved(day_span(min(found, key=lambda d: abs((d - ref).days))), True)


#: The dotted month and day before the weekday (9.18 周五, 12.3（星期二）): not part of a
#: longer number, a version or a numbered item's 2.1.
_DOTTED = (
    r"(?<![\d.])(?P<dm>1[0-2]|0?[1-9])\.(?P<dd>3[01]|[12]\d|0?[1-9])(?![\d.])"
    r"\s?[（(]?(?:周|星期|礼拜)(?P<dw>[一二三四五六日天])"
)


def resolve_slash_day(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """27/1 嗰晚, 3/15下午: a day and month (either way round) before a part of the day.

    The way round is the number over 12's, else the source's (or case's) order; the year
    the one nearest the source's date, or the coming one after a future cue.
    """
    q = day_and_month(int(m.group("sa")), int(m.group("sb")), ctx)
    if not isinstance(q, Qualifier):
        return q
    future = future_context(m.string, m.start(), m.end())
    span = nearest(lambda y: in_year(y, q), ctx.reference, future, ctx.looks_ahead)
    return Resolved(span, True) if span is not None else None


#: A day and month with a slash, then a part of the day or "that day" (27/1 嗰晚, 3/15下午,
#: 6/8 那天): not a fraction or a score (3/5 的人), nor part of a longer date.
_SLASH = (
    r"(?<![\d./\-])(?P<sa>[0-3]?\d)/(?P<sb>[0-3]?\d)(?![\d/.%])"
    r"(?=\s?(?:嗰晚|嗰日|嗰朝|嗰阵|那天|那晚|那日|当天|当晚|晚上|上午|下午|早上|中午|凌晨|傍晚|夜里))"
)

RULES = (
    Rule(
        "zh_slash_day",
        r"(?=\d)" + _SLASH,
        resolve_slash_day,
        anchors=(Anchor("/", r"\d"),),
        reach=2,  # 27|/1
        reads_previous=False,
        around=lambda text, start, end: future_context(text, start, end),
    ),
    Rule(
        "zh_dotted_day",
        r"(?=\d)" + _DOTTED,
        resolve_dotted_day,
        anchors=(
            Anchor("周", r"(?<=\d周)(?=[一二三四五六日天])"),
            Anchor("周", r"(?<=\d\s周)(?=[一二三四五六日天])"),
            Anchor("周", r"(?<=\d（周)(?=[一二三四五六日天])"),
            Anchor("周", r"(?<=\d\(周)(?=[一二三四五六日天])"),
            Anchor("星", r"(?<=\d星)(?=期[一二三四五六日天])"),
            Anchor("星", r"(?<=\d\s星)(?=期[一二三四五六日天])"),
            Anchor("星", r"(?<=\d（星)(?=期[一二三四五六日天])"),
            Anchor("礼", r"(?<=\d礼)(?=拜[一二三四五六日天])"),
            Anchor("礼", r"(?<=\d\s礼)(?=拜[一二三四五六日天])"),
        ),
        reach=7,  # 12.31 （|周
        reads_previous=False,
    ),
    Rule(
        "zh_month_day",
        r"(?=[\d一二三四五六七八九十])" + _NOT_BEFORE + r"(?P<md>" + DAY + r")号" + _NOT_AFTER,
        resolve_month_day,
        anchors=(Anchor("号", r"(?<=[\d一二三四五六七八九十]号)"),),
        reach=3,
        reads_previous=False,
        around=around_weekday,
    ),
)
