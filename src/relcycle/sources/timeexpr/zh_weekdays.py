"""Chinese weekdays said alone: 周一上午去镇里对接, 周三第一次入户, 星期五交台账.

A work log, a message or minutes written at the time name the days of the
week they are in by the weekday alone: 周一 is the Monday of the source's own
Monday-to-Sunday week (a log of Friday 2022-03-11 saying 周一 means
2022-03-07; a message of Tuesday saying 周三 means the next day), as 上周三 and
下周一 (:mod:`.zh_calendar`) name a day of the week before or after it. A
weekday said alone is read only in a source written at the time
(:attr:`~.model.TimeContext.prospective`): an interview's 周一 is a habit or
a day of a week it does not name.

A weekday is no day where it recurs or spans the week or a list of days
(每周一, 隔周三, 一周一次, 周一到周五, 周一至周五, 周三周四两天, 周三、周四), where a
date comes right before it (2022年6月7日（周二）, 3月7日周一: the date is read),
where 周 is a surname (老周一组, 小周一句话没说, 周一个人), where it is an
attribute of what recurs (周六的桌游小组, 星期一的义工更), or where its sentence
tells of a time it falls in or of what recurs (三月地区嘉年华星期日全日, 暑期星期一亦开放,
首三个月的计划：…周六亲子故事时间, 每天下午开放…周六上午开阅读班): the weekday is then
a day of that time or of every week, not of the source's week.

A weekday whose day in the source's week is already past is the coming one
where the words speak ahead: a deadline (周三前送到街道, 周一之前报方案) or a plan,
an appointment or a request before it in its clause (约好周一放学接他, 请她周五来,
安排周四下午开会), in a message of Friday or a note of Saturday; one whose day is
still to come is the past one where its clause tells what happened (周五下午开了一个小会
in a note of Monday: the Friday before).
"""

from __future__ import annotations

import re
from datetime import timedelta

from relcycle.sources.timeexpr.model import Resolved, TimeContext, TimeMention, Unresolved
from relcycle.sources.timeexpr.prescan import Anchor
from relcycle.sources.timeexpr.scanner import Rule
from relcycle.sources.timeexpr.spans import day_span

_OFFSET = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_DAY = "[一二三四五六日天]"
_WEEK = "(?:周|週|星期|礼拜|禮拜)"
#: What may not stand right before the weekday: a week's shift (上周一 is read by zh_week),
#: a count or recurrence (每周一, 隔周三, 一周一次, 两周一次), or a date (3月7日周一,
#: 6月7日（周二）).
_NOT_BEFORE = (
    r"(?<![上下这這本个個每隔逢几幾两兩一二三四五六七八九十百\d日号號(（老小阿期])"
    r"(?<![周週期拜][一二三四五六日天][到至~～\-—–、和或及与跟])"  # the end of 周一到周五
)
#: What may not follow it: another weekday (周三周四, 周二三), a span or list of days
#: (周一到周五, 周一至周五, 周三、周四, 周二和周四), a count (周一次).
_NOT_AFTER = (
    r"(?![一二三四五六日天末]|次|的|(?<=一)[个個组組句起样樣般直定些份条條道块塊张張本位名家户戶]|"
    + _WEEK
    + "|\\s?[到至~～\\-—–、和或及与跟]\\s?"
    + _WEEK
    + "?"
    + _DAY
    + ")"
)


#: A sentence's start: where what sets a weekday in a longer time or a routine is looked for.
_SENTENCE_END = re.compile(r"[。！？!?\n]")
#: In the sentence before the weekday: a month, season, holiday or period it falls in
#: (三月, 暑期, 寒假, 节, 三个月) or a routine (每天, 每周, 按周): no day of the source's week.
_SETTING = re.compile(r"[月暑寒春夏秋冬节節假每]|按周")
#: Right after the weekday (a part of the day between): a deadline, the coming one.
_DEADLINE_AFTER = re.compile(r"(?:上午|下午|中午|晚上|早上)?(?:之前|以前|前)")
#: In its clause before it: a plan, an appointment or a request, the coming one.
_AHEAD_BEFORE = re.compile(r"约好|约了|约定|定在|定于|安排|计划|准备|打算|将|请|让|要|会在|下次")
_CLAUSE_END = re.compile(r"[。！？!?；;，,：:\n]")

#: What :func:`around_weekday` answers.
DAY, AHEAD, NOT_A_DAY, BEHIND = 0, 1, 2, 3


def around_weekday(text: str, start: int, end: int) -> int:
    """Whether a weekday alone at ``text[start:end]`` is a day, a coming or past one, or no day."""
    lo = max(0, start - 60)
    for sentence_end in _SENTENCE_END.finditer(text, lo, start):
        lo = sentence_end.end()
    if _SETTING.search(text, lo, start) is not None:
        return NOT_A_DAY
    if _DEADLINE_AFTER.match(text, end) is not None:
        return AHEAD
    for clause_end in _CLAUSE_END.finditer(text, lo, start):
        lo = clause_end.end()
    if _AHEAD_BEFORE.search(text, lo, start) is not None:
        return AHEAD
    stop = _CLAUSE_END.search(text, end, end + 40)
    return BEHIND if "了" in text[end : stop.start() if stop else end + 40] else DAY


def day_reading(m: re.Match[str], ctx: TimeContext) -> int | None:
    """How a day said alone at ``m`` reads (:func:`around_weekday`); ``None``: as no day.

    Only a source written at the time names a day of its own week or month so: an
    interview's 周一 or 8号 is of a time it does not name.
    """
    if not ctx.prospective:
        return None
    reading = around_weekday(m.string, m.start(), m.end())
    return None if reading == NOT_A_DAY else reading


def resolve_weekday(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """周一 / 星期三 / 礼拜五 alone: that day of the reference's week, in a source of the time."""
    reading = day_reading(m, ctx)
    if reading is None:
        return None
    ref = ctx.reference
    day = ref - timedelta(days=ref.weekday()) + timedelta(days=_OFFSET[m.group("wd")])
    if reading == AHEAD and day < ref:
        day += timedelta(weeks=1)
    elif reading == BEHIND and day > ref:
        day -= timedelta(weeks=1)
    return Resolved(day_span(day), True)


RULES = (
    Rule(
        "zh_weekday",
        r"(?=[周週星礼禮])" + _NOT_BEFORE + _WEEK + r"(?P<wd>" + _DAY + r")" + _NOT_AFTER,
        resolve_weekday,
        anchors=(
            Anchor("周", f"(?={_DAY})"),
            Anchor("週", f"(?={_DAY})"),
            Anchor("星", f"(?=期{_DAY})"),
            Anchor("礼", f"(?=拜{_DAY})"),
            Anchor("禮", f"(?=拜{_DAY})"),
        ),
        reach=0,
        reads_previous=False,
        around=around_weekday,
    ),
)
