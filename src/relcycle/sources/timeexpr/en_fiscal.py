"""Financial years: FY2022-23, FY23, Q3 FY23, the 2022/23 financial year, EOFY.

A financial year is named by the calendar year it ends in (FY23 and FY2022-23
both end in 2023), as Australian, British and US usage agree, except where the
case's country names one written with a single year by the year it starts in
(Singapore's and Japan's FY2022 starts in April 2022:
``TimeContext.fy_named_by_start``); the month it starts in is the case's
(``TimeContext.fy_start``, from the contract's ``financial_year_start`` in
case.yaml). Where the case does not say, these
expressions are left unresolved and named in the note: read with the wrong
start they would move their evidence by up to half a year.

A split year alone (2022/23, 2022-23: two years in a row, as British councils
and charities write them) names a financial year too, in a case whose
financial year starts after January; so does a quarter before it (Q3 2022/23,
Quarter 1 2021/22), which is never the calendar's Q3 2022. A quarter before a
split year in a case that does not say when its year starts is left unresolved.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from relcycle.domain import Precision
from relcycle.sources.timeexpr.cues import (
    LEANING_DAYS,
    SOON_DAYS,
    around_en_future,
    en_floor,
    en_future,
    leaning_ahead,
    nearest,
)
from relcycle.sources.timeexpr.en_anchors import ending
from relcycle.sources.timeexpr.model import Resolved, Span, TimeContext, TimeMention, Unresolved
from relcycle.sources.timeexpr.prescan import Anchor
from relcycle.sources.timeexpr.scanner import Rule
from relcycle.sources.timeexpr.spans import add_months, month_span

#: Why a financial year is left unresolved when the case does not say when it starts.
NO_FY_START = (
    "the financial year's first month is unknown: give it under contract in case.yaml "
    "(financial_year_start: July)"
)


def _fy(s: str) -> str:
    """A named financial year; its groups end in ``s`` (several in one rule)."""
    return (
        rf"(?:FY\s?'?(?P<a{s}>(?:19|20)?\d\d)(?:\s?[-/\u2013]\s?(?P<b{s}>(?:19|20)?\d\d))?"
        rf"|[Ff]i(?:nancial|scal)\s[Yy]ear\s(?P<c{s}>(?:19|20)\d\d)\s?[-/\u2013]\s?(?P<d{s}>(?:19|20)?\d\d)"
        rf"|(?P<e{s}>(?:19|20)\d\d)\s?[-/\u2013]\s?(?P<f{s}>(?:19|20)?\d\d)\s[Ff]i(?:nancial|scal)"
        rf"\s[Yy]ear"
        # a split year alone: 2022/23, 2022/2023, 2022-23 (not 2020-2021, a span of years)
        rf"|(?P<g{s}>(?:19|20)\d\d)(?:/(?P<h{s}>(?:19|20)?\d\d)|[-\u2013](?P<i{s}>\d\d)))"
        rf"(?![\d/\u2013-])"
    )


def _full(year: str, first: int | None = None) -> int:
    """A year as written (23, 2023); a two-digit one after ``first`` in its century."""
    if len(year) == 4:
        return int(year)
    century = (first // 100) * 100 if first is not None else 2000
    return century + int(year)


def _ending_year(m: re.Match[str], s: str, by_start: bool = False) -> int | None:
    """The calendar year the named financial year ends in; ``None`` if the two years disagree.

    ``by_start``: a year written alone (FY2022) names the year the financial year
    starts in (Singapore, Japan: :attr:`TimeContext.fy_named_by_start`).
    """
    for one, two in (("a", "b"), ("c", "d"), ("e", "f"), ("g", "h")):
        first = m.group(one + s)
        if first is None:
            continue
        second = m.group(two + s) if one != "g" else m.group("h" + s) or m.group("i" + s)
        if second is None:  # FY23, FY2023
            return _full(first) + (1 if by_start else 0)
        start = _full(first)
        end = _full(second, start)
        return end if end == start + 1 else None
    return None


def fy_first_day(end_year: int, fy_start: int) -> date:
    """The first day of the financial year that ends in ``end_year``."""
    return date(end_year if fy_start == 1 else end_year - 1, fy_start, 1)


def _months(first: date, skip: int, months: int, precision: Precision) -> Span:
    start = add_months(first, skip)
    return Span(start, add_months(start, months) - timedelta(days=1), precision)


def _named_first_day(m: re.Match[str], ctx: TimeContext) -> date | Unresolved | None:
    """The first day of the financial year ``m`` names; ``None`` if its years disagree."""
    end_year = _ending_year(m, "", ctx.fy_named_by_start and ctx.fy_start not in (None, 1))
    if end_year is None:
        return None
    if ctx.fy_start is None:
        return Unresolved(NO_FY_START)
    return fy_first_day(end_year, ctx.fy_start)


def _split_year_alone(m: re.Match[str]) -> bool:
    """Whether ``m`` names its financial year by a split year alone (2022/23, no FY)."""
    return m.group("g") is not None


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}


def resolve_fy_quarter(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """Q3 FY23, H1 FY2022-23, the second quarter of FY22, Q3 2022/23, Quarter 1 2021/22.

    In a case whose financial year is the calendar year, Q3 2022/23 is read as it was
    before split years were: the calendar's Q3 2022.
    """
    first = _named_first_day(m, ctx)
    if isinstance(first, date) and ctx.fy_start == 1 and _split_year_alone(m):
        first = date(first.year - 1, 1, 1)
    if not isinstance(first, date):
        return first
    quarter, half = m.group("q") or m.group("qn"), m.group("hf")
    if quarter:
        return Resolved(_months(first, 3 * (int(quarter[-1]) - 1), 3, Precision.QUARTER), False)
    if half:
        return Resolved(_months(first, 6 * (int(half[1]) - 1), 6, Precision.HALF_YEAR), False)
    n = _ORDINALS[m.group("ord").lower()]
    if m.group("unit").lower() == "half":
        if n > 2:
            return None
        return Resolved(_months(first, 6 * (n - 1), 6, Precision.HALF_YEAR), False)
    return Resolved(_months(first, 3 * (n - 1), 3, Precision.QUARTER), False)


def resolve_fy(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """FY2022-23, FY23, the 2022/23 financial year; the start / end of FY22; 2022/23."""
    if _split_year_alone(m) and ctx.fy_start in (None, 1):
        return None  # 2022/23 alone, in a case with no financial year: a pair of years
    first = _named_first_day(m, ctx)
    if not isinstance(first, date):
        return first
    if (q := m.group("q2")) is not None:
        return Resolved(_months(first, 3 * (int(q[1]) - 1), 3, Precision.QUARTER), False)
    part = (m.group("part") or "").lower()
    if part in ("start", "beginning"):
        return Resolved(_months(first, 0, 1, Precision.MONTH), False)
    if part in ("end", "close"):
        return Resolved(_months(first, 11, 1, Precision.MONTH), False)
    return Resolved(_months(first, 0, 12, Precision.YEAR), False)


def resolve_fy_yearless(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """EOFY, the end / start of the financial year, last / this / next financial year."""
    fy_start = ctx.fy_start
    if fy_start is None:
        return Unresolved(NO_FY_START)
    ref = ctx.reference
    current = ref.year + 1 if fy_start > 1 and ref.month >= fy_start else ref.year
    if (rel := m.group("rel")) is not None:
        shift = {"last": -1, "previous": -1, "this": 0, "next": 1}[rel.lower()]
        first = fy_first_day(current + shift, fy_start)
        return Resolved(_months(first, 0, 12, Precision.YEAR), True)
    part = (m.group("part") or "end").lower()
    month = fy_start if part in ("start", "beginning") else (fy_start - 2) % 12 + 1
    future = en_future(
        m.string, m.start(), m.end(), ctx.prospective, reported=ctx.reported
    ) or bool(m.group("new"))
    soon = (
        LEANING_DAYS
        if ctx.prospective and leaning_ahead(m.string, m.start(), m.end())
        else SOON_DAYS
    )
    span = nearest(
        lambda y: month_span(y, month), ref, future, ctx.prospective, soon, en_floor(m, ctx)
    )
    return Resolved(span, True) if span else None


#: "fy" right before a year (FY23, FY 2022-23, FY'23), and "financial / fiscal year".
_FY_ANCHORS = (
    Anchor("f", r"y\s?'?\d", reach=28),  # the fourth quarter of the |FY
    Anchor("y", r"ear(?<=financial\syear)"),
    Anchor("y", r"ear(?<=fiscal\syear)"),
)
#: A split year's slash or dash (2022|/23, 2022|-23): what names a financial year alone.
_SPLIT_ANCHORS = (
    Anchor("/", r"\d\d(?![\d/])(?<=[12]\d\d\d/\d\d)", reach=30),  # the third quarter of 2022|/23
    Anchor("/", r"\d{4}(?![\d/])(?<=[12]\d\d\d/\d{4})", reach=30),  # 2022|/2023
    Anchor("-", r"\d\d(?![\d/-])(?<=[12]\d\d\d-\d\d)", reach=30),  # 2022|-23
    Anchor("\u2013", r"(?=\d\d(?![\d/-]))(?<=[12]\d\d\d\u2013)", reach=30),  # 2022|–23
)

RULES = (
    Rule(
        "en_fy_quarter",
        r"(?=[QqHh][1-4]|[Tt]he\s|[Qq]uarter\s)(?<![A-Za-z])(?:(?P<q>[Qq][1-4])|(?P<hf>[Hh][12])"
        r"|[Qq]uarter\s(?P<qn>[1-4])|[Tt]he\s"
        r"(?P<ord>first|second|third|fourth|final|last)\s(?P<unit>quarter|half))\s(?:of\s)?"
        r"(?:the\s)?" + _fy(""),
        resolve_fy_quarter,
        anchors=_FY_ANCHORS + _SPLIT_ANCHORS,
        reach=46,  # the fourth quarter of the 2022-23 financial |year
        reads_previous=False,
    ),
    Rule(
        "en_fy",
        r"(?=[Tt]he\s|[Ss]tart|[Bb]eginning|[Ee]nd|[Cc]lose|FY|[Ff]i|(?:19|20)\d\d)(?<![A-Za-z\d])"
        r"(?:(?:[Tt]he\s)?(?P<part>[Ss]tart|[Bb]eginning|[Ee]nd|[Cc]lose)\sof\s(?:the\s)?)?"
        + _fy("")
        + r"(?:\s(?P<q2>Q[1-4])(?![A-Za-z\d]))?",
        resolve_fy,
        anchors=_FY_ANCHORS + _SPLIT_ANCHORS,
        reach=38,  # the beginning of the 2022-23 financial |year
        reads_previous=False,
    ),
    Rule(
        "en_fy_yearless",
        r"(?=EOFY|[Tt]he\s|[Ee]nd|[Ss]tart|[Bb]eginning|[Cc]lose|[Ll]ast|[Tt]his|[Nn]ext|[Pp]revious)"
        r"(?<![A-Za-z])(?:EOFY|(?:[Tt]he\s)?(?P<part>[Ee]nd|[Ss]tart|[Bb]eginning|[Cc]lose)\sof\s"
        r"(?:the|this|that)\s(?P<new>new\s)?fi(?:nancial|scal)\syear"
        r"|(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Pp]revious)\sfi(?:nancial|scal)\syear)(?![A-Za-z\d])"
        r"(?!\s(?:19|20)?\d\d)",
        resolve_fy_yearless,
        anchors=(*ending("eofy"), _FY_ANCHORS[1], _FY_ANCHORS[2]),
        reach=35,  # the beginning of the new financial |year
        reads_previous=False,
        around=around_en_future,
    ),
)
