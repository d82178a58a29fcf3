"""Calendar arithmetic: the intervals that years, months, seasons and weeks cover."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import cache

from relcycle.domain import Precision
from relcycle.sources.timeexpr.model import Span

MIN_YEAR = 1900
MAX_YEAR = 2099

#: First month of each season (meteorological, as Chinese usage counts them).
SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}

#: Parts of a year or month named by early / mid / late (年初 / 年中 / 年底).
PARTS = ("early", "mid", "late")


def valid_year(year: int) -> bool:
    """Whether ``year`` is one relcycle accepts as a calendar year."""
    return MIN_YEAR <= year <= MAX_YEAR


def month_end(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the month's last day."""
    total = day.year * 12 + day.month - 1 + months
    year, month0 = divmod(total, 12)
    month = month0 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def fit(start: date, end: date) -> Span:
    """A span whose precision follows its width (for computed intervals)."""
    days = (end - start).days + 1
    if days <= 1:
        precision = Precision.DAY
    elif days <= 10:
        precision = Precision.WEEK
    elif days <= 31:
        precision = Precision.MONTH
    elif days <= 92:
        precision = Precision.SEASON
    elif days <= 184:
        precision = Precision.HALF_YEAR
    else:
        precision = Precision.YEAR
    return Span(start, end, precision)


def day_span(day: date) -> Span:
    """One day."""
    return Span(day, day, Precision.DAY)


@cache  # pure, and few years and months occur
def month_span(year: int, month: int) -> Span:
    """One calendar month."""
    return Span(date(year, month, 1), month_end(year, month), Precision.MONTH)


def month_of(day: date) -> Span:
    """The calendar month that contains ``day``."""
    return month_span(day.year, day.month)


@cache  # pure, and few years and months occur
def month_part(year: int, month: int, part: str) -> Span:
    """The first, middle or last ten days of a month (上旬 / 中旬 / 下旬), or a week or day in it.

    ``part`` is ``early``, ``mid`` or ``late``; ``week:K`` (its K-th seven days, the
    last seven for K = -1); or ``WD:K``, the K-th weekday WD (0 = Monday …
    6 = Sunday, 7 = a weekend, Saturday and Sunday) of the month, K = -1 the last one.
    """
    if ":" in part:
        unit, k = part.split(":")
        return _in_month(year, month, unit, int(k))
    if part == "early":
        return Span(date(year, month, 1), date(year, month, 10), Precision.WEEK)
    if part == "mid":
        return Span(date(year, month, 11), date(year, month, 20), Precision.WEEK)
    return Span(date(year, month, 21), month_end(year, month), Precision.WEEK)


def _in_month(year: int, month: int, unit: str, k: int) -> Span:
    """Month ``month``'s first or last week, or its ``k``-th weekday or weekend (-1: last)."""
    first, last = date(year, month, 1), month_end(year, month)
    if unit == "week":
        if k < 0:
            return Span(last - timedelta(days=6), last, Precision.WEEK)
        start = first + timedelta(days=7 * (k - 1))
        return Span(start, min(start + timedelta(days=6), last), Precision.WEEK)
    weekday = int(unit)
    wanted = 5 if weekday == 7 else weekday  # a weekend starts on its Saturday
    if k < 0:
        day = last - timedelta(days=(last.weekday() - wanted) % 7)
        if weekday == 7 and day + timedelta(days=1) > last:
            day -= timedelta(days=7)  # the last whole weekend
    else:
        day = first + timedelta(days=(wanted - first.weekday()) % 7 + 7 * (k - 1))
    if weekday == 7:
        return Span(day, day + timedelta(days=1), Precision.WEEK)
    return day_span(day)


@cache  # pure, and few years and months occur
def year_span(year: int) -> Span:
    """One calendar year."""
    return Span(date(year, 1, 1), date(year, 12, 31), Precision.YEAR)


@cache  # pure, and few years and months occur
def quarter_span(year: int, quarter: int) -> Span:
    """A calendar quarter (1-4)."""
    first = 3 * quarter - 2
    return Span(date(year, first, 1), month_end(year, first + 2), Precision.QUARTER)


@cache  # pure, and few years and months occur
def half_span(year: int, half: int) -> Span:
    """The first (1) or second (2) half of a year."""
    if half == 1:
        return Span(date(year, 1, 1), date(year, 6, 30), Precision.HALF_YEAR)
    return Span(date(year, 7, 1), date(year, 12, 31), Precision.HALF_YEAR)


@cache  # pure, and few years and months occur
def year_part(year: int, part: str) -> Span:
    """Early (Jan-Mar), mid (May-Aug) or late (Oct-Dec) in a year: 年初 / 年中 / 年底."""
    if part == "early":
        return Span(date(year, 1, 1), date(year, 3, 31), Precision.SEASON)
    if part == "mid":
        return Span(date(year, 5, 1), date(year, 8, 31), Precision.SEASON)
    return Span(date(year, 10, 1), date(year, 12, 31), Precision.SEASON)


@cache  # pure, and few years and months occur
def season_span(year: int, season: str) -> Span:
    """A season of a year; winter runs from December into the next year's February."""
    first = SEASON_START[season]
    start = date(year, first, 1)
    end = add_months(start, 3) - timedelta(days=1)
    return Span(start, end, Precision.SEASON)


def iso_week(day: date, shift: int = 0) -> Span:
    """The Monday-to-Sunday week containing ``day``, moved by ``shift`` weeks."""
    monday = day - timedelta(days=day.weekday()) + timedelta(weeks=shift)
    return Span(monday, monday + timedelta(days=6), Precision.WEEK)


def around(day: date, before: int, after: int, precision: Precision = Precision.WEEK) -> Span:
    """The days from ``before`` days before ``day`` to ``after`` days after it."""
    return Span(day - timedelta(days=before), day + timedelta(days=after), precision)


def sub_span(outer: Span, first_month: int, months: int) -> Span:
    """``months`` months of ``outer`` starting after its first ``first_month`` months."""
    start = add_months(outer.start, first_month)
    end = min(add_months(start, months) - timedelta(days=1), outer.end)
    return fit(start, end)


def latest_not_after(candidates: list[Span], reference: date) -> Span | None:
    """The latest span that starts on or before ``reference``."""
    past = [s for s in candidates if s.start <= reference]
    return max(past, key=lambda s: s.start) if past else None


def earliest_after(candidates: list[Span], reference: date) -> Span | None:
    """The earliest span that starts after ``reference``."""
    future = [s for s in candidates if s.start > reference]
    return min(future, key=lambda s: s.start) if future else None


def shift_span(span: Span, unit: str, amount: int) -> Span:
    """The span of the same precision ``amount`` units (day/week/month/year) away."""
    if unit == "day":
        return day_span(span.start + timedelta(days=amount))
    if unit == "week":
        return iso_week(span.start, amount)
    if unit == "month":
        moved = add_months(span.start, amount)
        return month_span(moved.year, moved.month)
    return year_span(span.start.year + amount)
