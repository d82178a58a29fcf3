"""Where a segment sits in time: a date interval with its precision and provenance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Literal


class Precision(StrEnum):
    """How fine a time anchor is, from the most to the least specific."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF_YEAR = "half-year"
    YEAR = "year"

    @property
    def rank(self) -> int:
        """0 for the most specific (day), larger for coarser precisions."""
        return PRECISIONS.index(self)


PRECISIONS: tuple[Precision, ...] = tuple(Precision)

Provenance = Literal["source_date", "text"]


@dataclass(frozen=True, slots=True)
class TimeAnchor:
    """The time a segment speaks of.

    Attributes:
        source_id: The source the segment belongs to.
        segment_index: The segment's index within its source.
        start: First day of the interval (inclusive).
        end: Last day of the interval (inclusive).
        precision: How fine the interval is.
        provenance: ``"text"`` when an expression in the segment named the time,
            ``"source_date"`` when the segment is placed at its source's date.
        expression: The expression in the text that named the time, if any.
        note: Why the anchor is as it is when that is not obvious (a conflict
            resolved, an expression that could not be resolved ...).
        in_period: False when the interval lies wholly outside the studied period.
    """

    source_id: str
    segment_index: int
    start: date
    end: date
    precision: Precision
    provenance: Provenance
    expression: str | None = None
    note: str | None = None
    in_period: bool = True

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"time anchor ends ({self.end}) before it starts ({self.start})")
