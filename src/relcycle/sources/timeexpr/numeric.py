"""Numeric dates in any language: 2018-03-15, 2018-03, 2018/3/15, 2018.3, 26/05/2022, 5/26/2022.

A date with its year last is day-first (26/05/2022) or month-first
(5/26/2022). It says which where one part is over 12 (or both are equal);
otherwise its source decides (:func:`~.date_order.day_order`: a source that writes
24/02/2022 anywhere is day-first), and where the source does not, the date is
left unresolved rather than guessed: read the wrong way it would move its
evidence by months. A time right after it (26/05/2022 09:14, a chat's or
an e-mail's stamp) is part of the expression: :func:`is_stamp` tells
placement that the date is when the message was written, which places it
only when nothing in it names the time it speaks of.
"""

from __future__ import annotations

import re
from datetime import date

from relcycle.sources.timeexpr.date_order import first_is_day
from relcycle.sources.timeexpr.model import Resolved, TimeContext, TimeMention, Unresolved
from relcycle.sources.timeexpr.prescan import Anchor
from relcycle.sources.timeexpr.qualify import Qualifier, in_year
from relcycle.sources.timeexpr.scanner import Rule
from relcycle.sources.timeexpr.spans import day_span

_M = r"(?:1[0-2]|0?[1-9])"
_D = r"(?:3[01]|[12][0-9]|0?[1-9])"


def resolve_numeric(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """A year, a month and optionally a day separated by ``-``, ``/`` or ``.``."""
    groups = m.groupdict()
    month = next(groups[k] for k in ("m1", "m2", "m3") if groups[k])
    day = next((groups[k] for k in ("d1", "d2", "d3") if groups[k]), None)
    q = Qualifier(month=int(month), day=int(day) if day else None)
    span = in_year(int(m.group("y")), q)
    return Resolved(span, False) if span is not None else None


def is_stamp(expression: str) -> bool:
    """Whether a mention is a date with a time (26/05/2022 09:14): a message's stamp."""
    return ":" in expression and expression[0].isdigit()


#: Why a date like 03/04/2022 is not placed.
AMBIGUOUS = (
    "day and month order unknown: no date in this source has a day over 12 "
    "(say date_order: day-first or month-first in case.yaml)"
)


def resolve_year_last(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """26/05/2022, 5/26/2022, 03.03.2022: the day and month in the order the date or source says."""
    groups = m.groupdict()
    a = int(groups["a"])
    b = int(next(v for k in ("b1", "b2", "b3") if (v := groups.get(k))))
    year = int(groups["y"]) if groups.get("y") else 2000 + int(groups["yy"])
    if a > 12 and b > 12:
        return None
    day_first = first_is_day(a, b, ctx.day_first)
    if day_first is None:
        return Unresolved(AMBIGUOUS)
    day, month = (a, b) if day_first else (b, a)
    if not 1 <= month <= 12 or day < 1:
        return None
    try:
        return Resolved(day_span(date(year, month, day)), False)
    except ValueError:  # 31/02/2022
        return None


RULES = (
    Rule(
        "numeric_date",
        r"(?=(?:19|20)\d\d[-/.])(?<![\dA-Za-z.\-/])(?P<y>(?:19|20)\d\d)(?:-(?P<m1>"
        + _M
        + r")(?:-(?P<d1>"
        + _D
        + r"))?"
        r"|/(?P<m2>"
        + _M
        + r")(?:/(?P<d2>"
        + _D
        + r"))?|\.(?P<m3>"
        + _M
        + r")(?:\.(?P<d3>"
        + _D
        + r"))?)(?![\dA-Za-z%]|[-/.]\d|\s?(?:元|万|亿|人|yuan|km))",
        resolve_numeric,
        anchors=(Anchor("1", r"9\d\d[-/.]\d"), Anchor("2", r"0\d\d[-/.]\d")),
        reach=0,
        reads_previous=False,
    ),
    Rule(
        "numeric_year_last",
        r"(?=\d)(?<![\dA-Za-z.\-/])(?P<a>[0-3]?\d)(?:/(?P<b1>[0-3]?\d)/|\.(?P<b2>[0-3]?\d)\."
        r"|-(?P<b3>[0-3]?\d)-)(?P<y>(?:19|20)\d\d)(?:,?\s[0-2]?\d:[0-5]\d(?::[0-5]\d)?(?!\d))?"
        r"(?![\dA-Za-z%]|[-/.]\d|\s?(?:元|万|亿|人|yuan|km))",
        resolve_year_last,
        anchors=(
            Anchor("1", r"9\d\d(?<=\d[-/.]19\d\d)"),
            Anchor("2", r"0\d\d(?<=\d[-/.]20\d\d)"),
        ),
        reach=6,  # 26/05/|2022
        reads_previous=False,
    ),
    Rule(
        # a chat stamp with a two-digit year (a WhatsApp export on a US phone: 7/6/22, 5:48 PM)
        "numeric_stamp_short_year",
        r"(?=\d)(?<![\dA-Za-z.\-/])(?P<a>[0-3]?\d)/(?P<b1>[0-3]?\d)/(?P<yy>\d\d),\s[0-2]?\d:[0-5]\d"
        r"(?::[0-5]\d)?(?:\s?[AaPp]\.?[Mm]\.?)?(?![\dA-Za-z])",
        resolve_year_last,
        anchors=(Anchor("/", r"\d\d,\s[0-2]?\d:[0-5]\d"),),
        reach=5,  # 12/31|/22,
        reads_previous=False,
    ),
)
