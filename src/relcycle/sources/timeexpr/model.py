"""The values time finding works with: the context, a found mention, an interval."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from relcycle.domain import Case, Precision, Source

RECALLED_KINDS = frozenset({"interview", "report"})
"""Source kinds that mostly recall the past: a yearless date in them is the latest one."""


@dataclass(frozen=True, slots=True)
class TimeContext:
    """What relative expressions are resolved against.

    Attributes:
        reference: The source's date: "now" for 去年, last month, 最近 ...
        case_start: First day of the studied period (stands in for a missing contract start).
        case_end: Last day of the studied period (stands in for a missing contract end).
        contract_start: First day of the contract's service, if known.
        contract_end: Last day of the contract, if known.
        mid_term: Date of the mid-term review, if the case says when it is.
        prospective: Whether the source is written at the time, looking ahead as much
            as back (notes, minutes, messages, documents), rather than recalled
            (interviews, reports): a date without a year that comes within
            :data:`SOON_DAYS` is then the coming one (see :func:`~.cues.nearest`).
        day_first: Whether the source writes dates with their year last day-first
            (26/05/2022) or month-first (5/26/2022); ``None`` when it does not say
            (see :func:`~.date_order.day_order`; placement reads it only for a
            source that has a date it leaves open, such as 03/04/2022).
    """

    reference: date
    case_start: date
    case_end: date
    contract_start: date | None = None
    contract_end: date | None = None
    mid_term: date | None = None
    prospective: bool = False
    day_first: bool | None = None

    @classmethod
    def for_source(cls, case: Case, source: Source) -> TimeContext:
        """The context of one source of a case: its date and the case's contract dates.

        Args:
            case: The case the source belongs to.
            source: The source whose date is "now".

        Returns:
            A context with the contract's start, end and mid-term when the case gives them.
        """
        contract = case.contract
        return cls(
            reference=source.date,
            case_start=case.start,
            case_end=case.end,
            contract_start=contract.start if contract else None,
            contract_end=contract.end if contract else None,
            mid_term=contract.mid_term if contract else None,
            prospective=source.kind not in RECALLED_KINDS,
        )

    @property
    def project_start(self) -> date:
        """The contract's start, else the case's start."""
        return self.contract_start or self.case_start

    @property
    def project_end(self) -> date:
        """The contract's end, else the case's end."""
        return self.contract_end or self.case_end


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A time expression found in a text, with the interval it names.

    Attributes:
        start: Offset (code points) of the expression's first character in the text.
        end: Offset one past its last character.
        expression: The expression as written (``text[start:end]``).
        interval_start: First day named (inclusive).
        interval_end: Last day named (inclusive).
        precision: How fine the interval is.
        relative: True when resolved against the reference date, the contract or
            the previous mention rather than read off the text alone.
    """

    start: int
    end: int
    expression: str
    interval_start: date
    interval_end: date
    precision: Precision
    relative: bool

    def overlaps(self, other: TimeMention) -> bool:
        """Whether the two intervals share at least one day."""
        return (
            self.interval_start <= other.interval_end and other.interval_start <= self.interval_end
        )


@dataclass(frozen=True, slots=True)
class Span:
    """An interval of days, both ends inclusive, with its precision."""

    start: date
    end: date
    precision: Precision


@dataclass(frozen=True, slots=True)
class Resolved:
    """A rule's answer: the interval, and whether it was resolved relative to something."""

    span: Span
    relative: bool


@dataclass(frozen=True, slots=True)
class Unresolved:
    """A rule's answer for a real time expression that cannot be placed (and why)."""

    reason: str


@dataclass(frozen=True, slots=True)
class UnresolvedMention:
    """A time expression found in a text that could not be placed."""

    start: int
    end: int
    expression: str
    reason: str
