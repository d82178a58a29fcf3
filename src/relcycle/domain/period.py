"""Periods of a case's timeline: weeks (ISO), months or quarters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

Grain = Literal["week", "month", "quarter"]


@dataclass(frozen=True, slots=True, order=True)
class Period:
    """One period of a timeline, both ends inclusive.

    Attributes:
        start: First day.
        end: Last day.
        label: ``2018-W11``, ``2018-03`` or ``2018-Q2``.
    """

    start: date
    end: date
    label: str

    def contains(self, day: date) -> bool:
        """Whether ``day`` falls within this period."""
        return self.start <= day <= self.end


def _month_end(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1) - timedelta(days=1)


def period_of(day: date, grain: Grain) -> Period:
    """The period of the given grain that contains ``day``.

    Raises:
        ValueError: ``grain`` is not week, month or quarter.
    """
    if grain == "month":
        return Period(
            date(day.year, day.month, 1),
            _month_end(day.year, day.month),
            f"{day.year:04d}-{day.month:02d}",
        )
    if grain == "quarter":
        q = (day.month - 1) // 3 + 1
        first = date(day.year, 3 * q - 2, 1)
        return Period(first, _month_end(day.year, 3 * q), f"{day.year:04d}-Q{q}")
    if grain == "week":
        iso = day.isocalendar()
        monday = day - timedelta(days=day.weekday())
        return Period(monday, monday + timedelta(days=6), f"{iso.year:04d}-W{iso.week:02d}")
    raise ValueError(f"unknown period grain {grain!r}; choose one of: month, quarter, week")


def periods_between(start: date, end: date, grain: Grain) -> list[Period]:
    """All periods of ``grain`` that overlap ``[start, end]``, in order."""
    if end < start:
        return []
    out: list[Period] = []
    current = period_of(start, grain)
    while current.start <= end:
        out.append(current)
        current = period_of(current.end + timedelta(days=1), grain)
    return out
