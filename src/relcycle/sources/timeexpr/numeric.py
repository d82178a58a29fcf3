"""Numeric dates in any language: 2018-03-15, 2018-03, 2018/3/15, 2018.3."""

from __future__ import annotations

import re

from relcycle.sources.timeexpr.model import Resolved, TimeContext, TimeMention, Unresolved
from relcycle.sources.timeexpr.prescan import Anchor
from relcycle.sources.timeexpr.qualify import Qualifier, in_year
from relcycle.sources.timeexpr.scanner import Rule

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
)
