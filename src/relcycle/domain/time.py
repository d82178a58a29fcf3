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

        For the dating loop (one anchor per segment): the fields are stored in an
        unfrozen twin with the same slots (plain attribute stores, not the frozen
        dataclass's ``object.__setattr__`` per field), which then becomes a
        ``TimeAnchor`` (:data:`_AnchorTwin`); the check on the interval is the same.
        """
        if end < start:
            raise ValueError(f"time anchor ends ({end}) before it starts ({start})")
        anchor = _new(_AnchorTwin)
        anchor.source_id = source_id
        anchor.segment_index = segment_index
        anchor.start = start
        anchor.end = end
        anchor.precision = precision
        anchor.provenance = provenance
        anchor.expression = expression
        anchor.note = note
        anchor.in_period = in_period
        anchor.__class__ = TimeAnchor  # type: ignore[assignment]  # the same slots: allowed
        return anchor  # type: ignore[return-value]


_new = object.__new__


class _AnchorTwin:
    """:class:`TimeAnchor`'s slots, not frozen: ``TimeAnchor._fast`` fills one, then retypes it.

    Python lets an object change its class to one with the same layout (the
    same slots, in the same order); the tests check that the result is a
    TimeAnchor like any other (equal, same hash and repr, frozen).
    """

    __slots__ = tuple(f.name for f in fields(TimeAnchor))
    source_id: str
    segment_index: int
    start: date
    end: date
    precision: Precision
    provenance: Provenance
    expression: str | None
    note: str | None
    in_period: bool
