"""Where a segment sits in time: a date interval with its precision and provenance."""

from __future__ import annotations

from dataclasses import dataclass, fields
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

    @classmethod
    def _fast(
        cls,
        source_id: str,
        segment_index: int,
        start: date,
        end: date,
        precision: Precision,
        provenance: Provenance,
        expression: str | None,
        note: str | None,
        in_period: bool,
    ) -> TimeAnchor:
        """The same anchor as ``TimeAnchor(...)`` with every field given, made faster.

        For the dating loop (one anchor per segment): it sets the slots
        directly instead of through the frozen dataclass's ``__init__``
        (about half the cost); the check on the interval is the same.
        """
        if end < start:
            raise ValueError(f"time anchor ends ({end}) before it starts ({start})")
        anchor = _new(cls)
        s0, s1, s2, s3, s4, s5, s6, s7, s8 = _ANCHOR_SLOTS
        s0(anchor, source_id)
        s1(anchor, segment_index)
        s2(anchor, start)
        s3(anchor, end)
        s4(anchor, precision)
        s5(anchor, provenance)
        s6(anchor, expression)
        s7(anchor, note)
        s8(anchor, in_period)
        return anchor


_new = object.__new__
#: The setters of TimeAnchor's slots, in field order (for ``TimeAnchor._fast``).
_ANCHOR_SLOTS = tuple(TimeAnchor.__dict__[f.name].__set__ for f in fields(TimeAnchor))
