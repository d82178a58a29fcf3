"""Ranges: 自2017年起, 自2017年至2019年, since 2017, from 2017 to 2019, April 2022 to March 2023.

A range runs from the start of the time it begins with to the end it names,
or, open-ended (起, 开始, 以来, 至今, since, onwards), to the source's date. A
range is background (how long something has gone on), not the time a
sentence is about: :func:`is_range` lets placement rank it after every
expression of a point in time (see docs/TIME.md).
"""

from __future__ import annotations

import re
from datetime import date

from relcycle.sources.timeexpr.cues import (
    LEANING_DAYS,
    SOON_DAYS,
    around_en_future,
    en_floor,
    en_future,
    leaning_ahead,
    nearest,
)
from relcycle.sources.timeexpr.en_anchors import MONTH_NAMES, YEAR_DIGITS
from relcycle.sources.timeexpr.en_calendar import MONTHS
from relcycle.sources.timeexpr.model import Resolved, Span, TimeContext, TimeMention, Unresolved
from relcycle.sources.timeexpr.numerals import zh_number
from relcycle.sources.timeexpr.prescan import Anchor
from relcycle.sources.timeexpr.qualify import Qualifier, in_year
from relcycle.sources.timeexpr.scanner import Rule
from relcycle.sources.timeexpr.spans import fit
from relcycle.sources.timeexpr.zh_calendar import MON, QUAL, YEAR2_HEAD, YEAR_HEAD, resolve_year

#: How a range's expression starts: what :func:`is_range` looks for.
_RANGE_START = re.compile(r"(?:自从?|从|[Ss]ince\s|[Ff]rom\s)")

_ZH_TO = (
    r"(?:起|开始)?\s?(?:至|到)\s?(?P<to4>(?:19|20)\d\d)\s?年(?:(?P<tomon>" + MON + r")\s?月份?)?"
    r"(?:底|末)?(?:止|为止)?"
)
#: How a year head can start (2017年, 二〇一七年, 去年, 那年, 项目第二年 ...).
_HEAD_FIRST = "[12一二大前去今明后上本那当同次项合服进第]"
_ZH_OPEN = r"(?P<open>起|开始|以来|至今|到现在|到今天)"
#: … 以来 after a few words (自2019年7月承接项目以来, 自2020年7月承接"锦溪区……服务项目"以来:
#: a project's name in quotes): no digit, 年, 月 or punctuation between, so the words hold
#: no other time; 以来 always says "since".
_ZH_SINCE_WORDS = r"[^\s\d，。；：！？、,.;:!?（）()年月日以]{1,30}?以来"
_EN_YEAR = r"(?:19|20)\d\d(?![\d%])"
#: "since" before a month named in full and a year (read lower-cased), at its c.
_SINCE_MONTH = Anchor(
    "c",
    r"e\s(?<=since\s)(?=(?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december)\s(?:19|20)\d\d)",
    3,
)
#: A month named in full before the year of "since" (since July 2019).
_EN_MONTH = (
    r"(?P<smon>January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)


#: A month and its year (April 2022, Sept. of 2023), named ``mon{n}`` and ``year{n}``.
_EN_MONTH_YEAR = (
    r"(?<![A-Za-z])(?P<mon{n}>(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?"
    r"|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))\.?"
    r"\s(?:of\s)?(?P<year{n}>(?:19|20)\d\d)(?![\d%])"
)
#: The words between the two months of a span (April 2022 to March 2023, June 2021 - May 2022).
_EN_SPAN_TO = r"(?:\s(?:to|until|till|through|thru)\s|\s?[–—-]\s?)"
#: How a span of months starts: what :func:`is_range` looks for besides :data:`_RANGE_START`.
#: A month written without its year before the one that has it (July - September 2022): the
#: span's first month, named with a capital as a month is (not "may", "march on").
_EN_FIRST_MONTH = (
    r"(?<![A-Za-z])(?P<mon{n}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
    r"|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
#: (A span with one year, July - September 2022, names a period, a quarter or a half: it
#: ranks as a point, before a bare Q2 or a month it holds.)
_EN_SPAN = re.compile(
    r"(?:[Bb]etween\s)?"
    + _EN_MONTH_YEAR.format(n=1)
    + r"(?:\s(?:to|until|till|through|thru|and)\s|\s?[–—-])"
)
#: A month's number by its first three letters (apr, April, APRIL).
_MONTH_BY_3 = {name[:3]: number for name, number in MONTHS.items()}


def is_range(expression: str) -> bool:
    """Whether a mention's expression is a range (自2017年起, 2021年以来, since 2017)."""
    return (
        _RANGE_START.match(expression) is not None
        or expression.endswith("以来")
        or (len(expression) > 15 and _EN_SPAN.match(expression) is not None)
    )


def _until(
    first: date, last: date, ctx: TimeContext, to: int | None, month: int | None
) -> Resolved | None:
    """The range from ``first`` to the end of year ``to`` (its month), or open to the reference."""
    if to is None:  # open-ended: to the source's date (or the first time's own end, if later)
        return Resolved(fit(first, max(last, ctx.reference)), True)
    end = in_year(to, Qualifier(month=month))
    if end is None or end.end < first:
        return None
    return Resolved(fit(first, end.end), False)


def resolve_zh_range(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """自2017年起, 从去年三月开始, 自2017年至2019年: a year head and qualifier, then an end."""
    head = resolve_year(m, ctx, prev)
    if not isinstance(head, Resolved):
        return head
    groups = m.groupdict()
    to4, tomon = groups.get("to4"), groups.get("tomon")  # none in 2021年以来
    month = zh_number(tomon) if tomon is not None else None
    answer = _until(head.span.start, head.span.end, ctx, int(to4) if to4 else None, month)
    if answer is None:
        return None
    return Resolved(answer.span, head.relative or answer.relative)


def resolve_en_range(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """A range in English: since 2017, since July 2019, from 2017 onwards, from 2017 to 2019."""
    first = int(m.group("since") or m.group("from"))
    month = m.group("smon")
    span = in_year(first, Qualifier(month=MONTHS[month.lower()] if month else None))
    if span is None:
        return None
    to = m.group("to")
    return _until(span.start, span.end, ctx, int(to) if to else None, None)


def resolve_en_month_span(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """April 2022 to March 2023, from April 2022 until March 2023: the first month to the last.

    July - September 2022, November to February 2023, between January and May 2019,
    January and February 2021: a first month without a year is in the last one's year,
    or the year before when it comes later in the year.
    """
    if m.group("mon7") is not None:
        return _yearless_span(m, ctx)
    if m.group("mon5") is not None:
        months = [_MONTH_BY_3[m.group(f"mon{i}")[:3].lower()] for i in (5, 6)]
        year = int(m.group("year6"))
        first = in_year(year if months[0] <= months[1] else year - 1, Qualifier(month=months[0]))
        last = in_year(year, Qualifier(month=months[1]))
        if first is None or last is None:
            return None
        return Resolved(fit(first.start, last.end), False)
    n = 1 if m.group("year1") is not None else 3  # from … to …, or between … and …
    months = [_MONTH_BY_3[m.group(f"mon{i}")[:3].lower()] for i in (n, n + 1)]
    first = in_year(int(m.group(f"year{n}")), Qualifier(month=months[0]))
    last = in_year(int(m.group(f"year{n + 1}")), Qualifier(month=months[1]))
    if first is None or last is None:
        return None
    if last.end < first.start:
        return Unresolved(
            f"the span ends ({last.end:%Y-%m}) before it starts ({first.start:%Y-%m})"
        )
    return Resolved(fit(first.start, last.end), False)


def _yearless_span(m: re.Match[str], ctx: TimeContext) -> Resolved | None:
    """July - September, October through December: the span's occurrence nearest the source.

    Taken as a month without its year is (the latest starting not after the source's date,
    the coming one where the words look ahead); the last month, earlier in the year than the
    first, is in the next year (November to February).
    """
    first, last = (_MONTH_BY_3[m.group(f"mon{i}")[:3].lower()] for i in (7, 8))

    def span(year: int) -> Span | None:
        start = in_year(year, Qualifier(month=first))
        end = in_year(year if first <= last else year + 1, Qualifier(month=last))
        return fit(start.start, end.end) if start is not None and end is not None else None

    future = en_future(m.string, m.start(), m.end(), ctx.prospective, reported=ctx.reported)
    leaning = ctx.prospective and leaning_ahead(m.string, m.start(), m.end())
    found = nearest(
        span, ctx.reference, future, ctx.prospective, LEANING_DAYS if leaning else SOON_DAYS,
        en_floor(m, ctx),
    )  # fmt: skip
    return Resolved(found, True) if found is not None else None


#: The words between the two months of a Chinese span (3月至6月, 3月到6月, 3—6月, 3~6月).
_ZH_SPAN_TO = r"\s?(?:至|到|—|–|－|-|~|～)\s?"
#: A Chinese span of months under one year head: 2022年3月至6月, 去年3—6月, 2022年11月至2023年2月.
_ZH_MONTH_SPAN = (
    r"(?=[12一二大前去今明后上本那当同次项合服进第自从])(?:自从|自|从)?\s?"
    + r"(?:"
    + YEAR_HEAD
    + r"|"
    + YEAR2_HEAD  # 22年3—6月
    + r")\s?(?P<mon>"
    + MON
    + r")\s?(?:月份?)?"
    + _ZH_SPAN_TO
    + r"(?:(?P<to4>(?:19|20)\d\d)\s?年)?(?P<tomon>"
    + MON
    + r")\s?月份?(?:底|末)?(?:止|为止)?(?![\d日号])"
)
#: Where such a span is found: at the words between its months, after a month.
_ZH_SPAN_ANCHORS = (
    *(
        Anchor(
            to,
            rf"(?:(?<=[0-9一二三四五六七八九十月份]{to})|(?<=[0-9一二三四五六七八九十月份]\s{to}))",
        )
        for to in ("至", "到", "—", "–", "－", "～")
    ),
    # after - or ~ (3-6月), found at the last month's 月: an ASCII anchor's condition is read
    # in either case, so it cannot name the Chinese characters around it
    Anchor(
        "月",
        r"(?:(?<=[\-~][0-9一二三四五六七八九十]月)|(?<=[\-~][0-9一二三四五六七八九十]{2}月)"
        r"|(?<=[\-~]\s[0-9一二三四五六七八九十]月)|(?<=[\-~]\s[0-9一二三四五六七八九十]{2}月))",
        20,  # 自从二〇二二年十二月 - 十二|月
    ),
)


def resolve_zh_month_span(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """2022年3月至6月, 去年3—6月: the first month to the last, the last in the year named.

    A last month without its year earlier in the year than the first is in the next
    year (2022年11月至2月 ends in February 2023).
    """
    head = resolve_year(m, ctx, prev)  # the first month, in the year its head names
    if not isinstance(head, Resolved):
        return head
    first = head.span.start
    to4 = m.group("to4")
    month = zh_number(m.group("tomon"))
    year = int(to4) if to4 else first.year
    last = in_year(year, Qualifier(month=month))
    if last is not None and to4 is None and last.end < first:
        last = in_year(year + 1, Qualifier(month=month))
    if last is None:
        return None
    if last.end < first:
        return Unresolved(f"the span ends ({last.end:%Y-%m}) before it starts ({first:%Y-%m})")
    return Resolved(fit(first, last.end), head.relative)


ZH_RULES = (
    Rule(
        "zh_month_span",
        _ZH_MONTH_SPAN,
        resolve_zh_month_span,
        anchors=_ZH_SPAN_ANCHORS,
        reach=16,  # 自从二〇二二年十二月份 |至
        reads_previous=r"那一?年|当年|同年|次年",
    ),
    Rule(
        "zh_range",
        r"(?=[自从])(?:自从|自|从)\s?"
        + YEAR_HEAD
        + r"(?:"
        + QUAL
        + r")?\s?(?:"
        + _ZH_TO
        + r"|"
        + _ZH_OPEN
        + r"|"
        + _ZH_SINCE_WORDS
        + r")",
        resolve_zh_range,
        anchors=(Anchor("自", f"(?=从?\\s?{_HEAD_FIRST})"), Anchor("从", f"(?=\\s?{_HEAD_FIRST})")),
        reach=0,  # |自从2017年起: rarer than 年, so the rule is tried at few places
        reads_previous=r"那一?年|当年|同年|次年",
    ),
    Rule(
        "zh_since",  # 2021年以来, 去年三月以来: since, without 自
        r"(?=" + _HEAD_FIRST + r")" + YEAR_HEAD + r"(?:" + QUAL + r")?\s?以来",
        resolve_zh_range,
        anchors=(Anchor("以", "(?=来)"),),
        reach=14,  # 项目第二年下半年 |以
        reads_previous=r"那一?年|当年|同年|次年",
    ),
)

EN_RULES = (
    Rule(
        "en_month_span",
        r"(?=[FfBbJjMmAaSsOoNnDd])(?:(?:[Ff]rom\s)?"
        + _EN_MONTH_YEAR.format(n=1)
        + _EN_SPAN_TO
        + _EN_MONTH_YEAR.format(n=2)
        + r"|[Bb]etween\s"
        + _EN_MONTH_YEAR.format(n=3)
        + r"\sand\s"
        + _EN_MONTH_YEAR.format(n=4)
        # (between) January and May 2019: the year is both months'
        + r"|(?:[Ff]rom\s|[Bb]etween\s)?"
        + _EN_FIRST_MONTH.format(n=5)
        + r"(?:"
        + _EN_SPAN_TO
        + r"|\sand\s)"
        + _EN_MONTH_YEAR.format(n=6)
        # July - September, October through December: two months without a year
        + r"|(?:[Ff]rom\s)?"
        + _EN_FIRST_MONTH.format(n=7)
        + _EN_SPAN_TO
        + _EN_FIRST_MONTH.format(n=8)
        + r"(?![A-Za-z\d]|,?\s(?:of\s)?(?:19|20)\d\d|\s[0-3]?\d(?!\d))"
        + ")",
        resolve_en_month_span,
        anchors=MONTH_NAMES,
        reach=12,  # between se|pt 2021 and ...
        reads_previous=False,
        around=around_en_future,
    ),
    Rule(
        "en_range",
        r"(?=[SsFf])(?<![A-Za-z])(?:[Ss]ince\s(?:"
        + _EN_MONTH
        + r"\s)?(?P<since>"
        + _EN_YEAR
        + r")|[Ff]rom\s(?P<from>"
        + _EN_YEAR
        + r")(?:\s(?:on(?:wards?)?|onwards?)(?![A-Za-z])"
        + r"|(?:\s(?:to|until|till|through)\s|\s?[–-]\s?)(?P<to>"
        + _EN_YEAR
        + r")))",
        resolve_en_range,
        anchors=(
            *(Anchor(a.first, a.rest, 6) for a in YEAR_DIGITS),  # since |2017
            _SINCE_MONTH,  # sin|ce July 2019
        ),
        reach=6,
        reads_previous=False,
    ),
)
