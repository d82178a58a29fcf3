"""The values time finding works with: the context, a found mention, an interval."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from relcycle.domain import Case, Precision, Source
from relcycle.sources.timeexpr.date_order import case_day_order
from relcycle.sources.timeexpr.locale import Calendar, currency_calendar

RECALLED_KINDS = frozenset({"interview", "report"})
"""Source kinds that mostly recall the past: a yearless date in them is the latest one."""

#: A report's title that names a short period just past (周报, 九月份工作报告, 第三季度工作总结,
#: 工作简报, a monthly update, a quarterly return, a progress report) ...
_PERIODIC_TITLE = re.compile(
    r"周报|月报|季报|旬报|简报|[周月]度?工作|月份|季度|"
    r"(?i:weekly|fortnightly|monthly|quarterly|progress\s+report|\breturn\b|\bupdate\b)"
)
#: ... and none that names a long one (年度, 半年, an evaluation, an annual review).
_LONG_TITLE = re.compile(r"年度|半年|全年|评估|評估|(?i:annual|year[- ]end|evaluation|review)")


def periodic_report(source: Source) -> bool:
    """Whether a source reports a short period just past, by its title (周报, a monthly return).

    Written at the end of its week, month or quarter, it tells that period and
    plans the next: a yearless date in it is the coming one as in a note
    (:attr:`TimeContext.looks_ahead`), while it stays a recalled source otherwise.
    """
    title = source.title or ""
    return (
        source.kind == "report"
        and _PERIODIC_TITLE.search(title) is not None
        and _LONG_TITLE.search(title) is None
    )


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
        fy_start: The month (1-12) the case's financial year starts in (see
            :func:`case_calendar`); ``None`` when the case does not say, and
            FY2022-23, Q3 FY23, EOFY are then left unresolved.
        southern: Whether the case is in the southern hemisphere (see
            :func:`case_calendar`): an English season word then names the season
            there (autumn is March to May).
        reported: Whether the source is a report: recalled, but written at the time of
            its plans, so a yearless deadline with a task after it (8月底前完成调研报告,
            于1月18日前报街道审核) is the coming one when it starts within half a year.
        periodic: Whether the source is a report of a short period just past (see
            :func:`periodic_report`).
        fy_named_by_start: Whether FY2022 starts in 2022 (Singapore, Japan) rather
            than ends in it (see :func:`case_calendar`).
        national_day: The festival key an English "National Day" stands for in the
            case's country (``national_day_sg`` is 9 August; see :func:`case_calendar`).
        report_period: The quarter or month a periodic report's title names
            (2021年第四季度工作报告, Monthly update March 2023): its 本季度, 上月,
            this quarter, next month count from that period (see :meth:`counted_from`),
            not from the date it was written in the period after.
    """

    reference: date
    case_start: date
    case_end: date
    contract_start: date | None = None
    contract_end: date | None = None
    mid_term: date | None = None
    prospective: bool = False
    day_first: bool | None = None
    fy_start: int | None = None
    southern: bool = False
    reported: bool = False
    periodic: bool = False
    fy_named_by_start: bool = False
    national_day: str = "national_day"
    report_period: Span | None = None

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
        calendar = case_calendar(case)
        return cls(
            reference=source.date,
            case_start=case.start,
            case_end=case.end,
            contract_start=contract.start if contract else None,
            contract_end=contract.end if contract else None,
            mid_term=contract.mid_term if contract else None,
            prospective=source.kind not in RECALLED_KINDS,
            fy_start=calendar.fy_start,
            southern=calendar.southern,
            reported=source.kind == "report",
            periodic=periodic_report(source),
            fy_named_by_start=calendar.fy_named_by_start,
            national_day=calendar.national_day,
        )

    @property
    def looks_ahead(self) -> bool:
        """Whether a yearless date (3月, 国庆, in March) may be the coming one.

        So it may in a source written at the time (:attr:`prospective`) and in a
        periodic report (周报 of 2022-11-18: 12月中旬开一次联席会议 is December 2022).
        """
        return self.prospective or self.periodic

    def counted_from(self, unit: Precision) -> date:
        """The day this quarter or 上个月 counts from.

        In a periodic report whose title names a period of ``unit``, its first day;
        else :attr:`reference`.
        """
        period = self.report_period
        if period is not None and period.precision is unit:
            return period.start
        return self.reference

    @property
    def project_start(self) -> date:
        """The contract's start, else the case's start."""
        return self.contract_start or self.case_start

    @property
    def project_end(self) -> date:
        """The contract's end, else the case's end."""
        return self.contract_end or self.case_end


#: The contract's keys that may say when its financial year starts, in order.
FY_KEYS = ("financial_year_start", "fiscal_year_start", "financial_year", "fiscal_year")
_MONTH_WORD = re.compile(
    r"(?i)(?<![a-z])(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?![a-z])"
)
_MONTH_DAY = re.compile(r"^\s*-*(\d{1,2})[-/.](\d{1,2})\s*$")
_ABBREVIATED = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def financial_year_start(terms: Mapping[str, Any]) -> int | None:
    """The month a contract's financial year starts in, as its case.yaml says it.

    Args:
        terms: The contract's free keys; the first of :data:`FY_KEYS` given is read:
            a month number (7), a date (2021-07-01), a month name ("July", "1 July
            to 30 June", "April-March"), or a first day written as 07-01 or 01/07
            (the part that is not 1 is the month) or 07-16 (the part that cannot be a
            month is the day: Nepal's year starts in mid-July).

    Returns:
        The month, 1-12, or ``None`` when no key is given or none can be read.
    """
    value = next((terms[key] for key in FY_KEYS if terms.get(key) is not None), None)
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, date):
        return value.month
    if isinstance(value, int):
        return value if 1 <= value <= 12 else None
    text = str(value)
    if (named := _MONTH_WORD.search(text)) is not None:
        return _ABBREVIATED.index(named.group(1).lower()) + 1
    if (numbers := _MONTH_DAY.match(text)) is not None:
        a, b = int(numbers.group(1)), int(numbers.group(2))
        # the part that is not 1 is the month; else the one that cannot be one (07-16: July)
        month = b if a == 1 else a if b == 1 else a if b > 12 else b if a > 12 else None
        return month if month is not None and 1 <= month <= 12 else None
    if text.strip().isdigit() and 1 <= int(text) <= 12:
        return int(text)
    return None


def case_calendar(case: Case) -> Calendar:
    """The case's calendar: what case.yaml says, else what its contract's currency stands for.

    The financial year's first month is the contract's ``financial_year_start``
    (:func:`financial_year_start`), the hemisphere case.yaml's ``hemisphere``
    (:func:`is_southern`) and the order of numeric dates its ``date_order``
    (:func:`~.date_order.case_day_order`); each one case.yaml leaves out is
    the contract's ``currency``'s (:func:`~.locale.currency_calendar`: AUD is
    July, south and day-first).
    """
    terms = case.contract.terms if case.contract is not None else {}
    by_currency = currency_calendar(terms) or Calendar(None, False, None)
    fy_start = financial_year_start(terms)
    day_first = case_day_order(case.extra)
    return Calendar(
        by_currency.fy_start if fy_start is None else fy_start,
        is_southern(case.extra) if "hemisphere" in case.extra else by_currency.southern,
        by_currency.day_first if day_first is None else day_first,
        by_currency.fy_named_by_start,
        by_currency.national_day,
    )


def is_southern(extra: Mapping[str, Any]) -> bool:
    """Whether case.yaml's ``hemisphere`` says south (south, southern, S)."""
    value = extra.get("hemisphere")
    return isinstance(value, str) and value.strip().casefold() in _SOUTH


_SOUTH = frozenset({"south", "southern", "s", "southern hemisphere"})
#: A season word as the northern calendar names the same months, in the south.
SOUTHERN_SEASONS = {"spring": "autumn", "summer": "winter", "autumn": "spring", "winter": "summer"}


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
