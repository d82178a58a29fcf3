"""A part of a year (month, day, half, quarter, season, festival ...) applied to a year.

Chinese and English rules both read an expression as a *base* (a calendar year,
or a contract year) and an optional *qualifier* (三月, 下半年, 第二季度, 年底,
秋天, 春节前后 / March, the second half, autumn ...). This module turns the pair
into an interval.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import NamedTuple

from relcycle.domain import Precision
from relcycle.sources.timeexpr.cues import SOON_DAYS, nearest
from relcycle.sources.timeexpr.festivals import festival_span
from relcycle.sources.timeexpr.model import Span
from relcycle.sources.timeexpr.spans import (
    add_months,
    day_span,
    half_span,
    month_part,
    month_span,
    quarter_span,
    season_span,
    sub_span,
    valid_year,
    year_part,
    year_span,
)


class Qualifier(NamedTuple):
    """Which part of a year an expression names; all ``None`` names the whole year.

    A named tuple rather than a dataclass: one is built for most matches, and
    a tuple is several times cheaper to build.
    """

    month: int | None = None
    day: int | None = None
    month_part: str | None = None
    half: int | None = None
    quarter: int | None = None
    part: str | None = None
    season: str | None = None
    festival: str | None = None
    modifier: str | None = None

    @property
    def empty(self) -> bool:
        """True when the qualifier names no part: the base itself is meant."""
        return self == _EMPTY


_EMPTY = Qualifier()


def in_year(year: int, q: Qualifier) -> Span | None:
    """The interval ``q`` names within calendar year ``year``.

    Returns:
        The interval, or ``None`` when the date does not exist (2月30日) or the
        year is out of range.
    """
    if not valid_year(year):
        return None
    if q.festival is not None:
        return festival_span(q.festival, year, q.modifier)
    if q.month is not None:
        if not 1 <= q.month <= 12:
            return None
        if q.day is not None:
            try:
                return day_span(date(year, q.month, q.day))
            except ValueError:
                return None
        if q.month_part is not None:
            return month_part(year, q.month, q.month_part)
        return month_span(year, q.month)
    if q.half is not None:
        return half_span(year, q.half)
    if q.quarter is not None:
        return quarter_span(year, q.quarter)
    if q.part is not None:
        return year_part(year, q.part)
    if q.season is not None:
        return season_span(year, q.season)
    return year_span(year)


def contract_year(start: date, n: int) -> Span:
    """The ``n``-th year (1-based) of a contract that starts on ``start``."""
    first = add_months(start, 12 * (n - 1))
    last = add_months(first, 12)
    return Span(first, date.fromordinal(last.toordinal() - 1), Precision.YEAR)


def in_span(outer: Span, q: Qualifier) -> Span | None:
    """The interval ``q`` names within a year-long span that need not start in January.

    Halves, quarters and early/mid/late count months from the span's start
    (项目第二年年初 = the first three months of the contract's second year); a
    month, season or festival is the occurrence that starts inside the span.
    """
    if q.empty:
        return outer
    if q.half is not None:
        return Span(*_bounds(sub_span(outer, 6 * (q.half - 1), 6)), Precision.HALF_YEAR)
    if q.quarter is not None:
        return sub_span(outer, 3 * (q.quarter - 1), 3)
    if q.part is not None:
        first, months = {"early": (0, 3), "mid": (4, 4), "late": (9, 3)}[q.part]
        return sub_span(outer, first, months)
    for year in range(outer.start.year, outer.end.year + 1):
        span = in_year(year, q)
        if span is not None and outer.start <= span.start <= outer.end:
            return span
    return None


def _bounds(span: Span) -> tuple[date, date]:
    return span.start, span.end


@lru_cache(maxsize=4096)
def nearest_in_year(
    q: Qualifier,
    reference: date,
    future: bool = False,
    prospective: bool = False,
    soon_days: int = SOON_DAYS,
    floor: date | None = None,
) -> Span | None:
    """The occurrence of ``q`` nearest ``reference`` (see :func:`~.cues.nearest`), cached.

    A source's expressions of one month or festival share the source's date,
    so most are answered from the cache.
    """
    return nearest(lambda year: in_year(year, q), reference, future, prospective, soon_days, floor)
