"""A yearless date recalled beside a year: 国庆 said with 中期评估以后 is that year's 国庆.

A date without a year (国庆, 春节, 九月, at Christmas) resolves to its latest
occurrence not after the source's date. Within one segment, when another
expression names a year (2018年, 去年, 项目第二年, 中期评估, last year: a single
calendar year, at year precision or finer), the yearless date takes the year
of the nearest such expression before it, as long as that year's occurrence
is not after the source's date. An expression after it does not lend its year:
in 元宵节晚上的活动和去年差不多 or 想在中秋节办一次百家宴，像前年那样 the year
after the date is a comparison, not the date's year.
It is applied when a segment's mentions are placed, after every rule has
resolved: rule answers (and the scanner's memo) are unchanged.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from relcycle.domain import PRECISIONS, Precision
from relcycle.sources.timeexpr.find import default_scanner
from relcycle.sources.timeexpr.model import Span, TimeContext
from relcycle.sources.timeexpr.scanner import Found
from relcycle.sources.timeexpr.traditional import as_simplified

#: The rules whose relative answers are dates without a year (the latest not after "now"; a
#: quarter without a year is this year's, or in a case whose financial year starts after
#: January the financial quarter nearest "now", and names no year either way; so is a span
#: of two months without a year: July - September, October through December).
YEARLESS_RULES = frozenset(
    {"zh_month", "zh_festival", "zh_season", "en_festival", "en_date", "en_fy_yearless",
     "en_quarter", "en_month_span", "zh_this_year_part"}
)  # fmt: skip
_RANK = {precision: rank for rank, precision in enumerate(PRECISIONS)}
_YEAR = _RANK[Precision.YEAR]
#: A yearless date counted from now (last May, next March): it says its year, it borrows none.
_FROM_NOW = re.compile(r"(?i)(?:last|next|this|coming|past|previous)\s")


_IN_YEAR: dict[tuple[object, ...], Span | None] = {}
_IN_YEAR_MAX = 4096


def in_year(expression: str, ctx: TimeContext, year: int) -> Span | None:
    """The occurrence in ``year`` of ``expression`` read alone as a yearless date.

    ``None`` when ``expression`` is not a yearless date (去年国庆, last March,
    2018年3月, 上个月: they say their year, or count from now) or has no
    occurrence wholly inside ``year``. Read at the year's last day as a recalling
    source reads it (the latest not after), the answer depends on the case's
    dates, not on the source's: answers are remembered per case, so every
    source of a case shares them.
    """
    key = (expression, year, ctx.case_start, ctx.case_end, ctx.contract_start,
           ctx.contract_end, ctx.mid_term, ctx.fy_start, ctx.southern, ctx.fy_named_by_start,
           ctx.national_day)  # fmt: skip
    try:
        return _IN_YEAR[key]
    except KeyError:
        pass
    # read as recalled (the latest not after the year's end), whatever the source: a note's
    # "the coming one" would leave the year (February, read on 31 December, is next year's),
    # and so would the coming one in place of one before the studied period (see
    # cues.nearest's floor): the period seems to start after the year
    at_end = replace(ctx, reference=date(year, 12, 31), prospective=False, case_start=date.min)
    # named as written (過年前): read as Simplified, as the text it came from was
    whole = default_scanner().whole(as_simplified(expression), at_end)
    if whole is None and expression[:1].isascii():  # May alone may be the verb: "in May"
        whole = default_scanner().whole(expression, at_end, "in ")
    span = None
    if whole is not None and whole[0] in YEARLESS_RULES and whole[1].relative:
        found = whole[1].span
        if found.start.year == year and found.end.year == year:
            span = found
    if len(_IN_YEAR) >= _IN_YEAR_MAX:
        _IN_YEAR.clear()
    _IN_YEAR[key] = span
    return span


def _yearless(mention: Found, ctx: TimeContext) -> bool:
    """Whether ``mention`` is a date without a year, resolved to a time not after now."""
    _, _, expression, start, end, precision, relative = mention
    if not relative or _RANK[precision] >= _YEAR or start > ctx.reference:
        return False
    span = in_year(expression, ctx, start.year)
    return span is not None and span.start == start and span.end == end


def _names_year(mention: Found) -> bool:
    """Whether ``mention`` names one calendar year, at year precision or finer."""
    return _RANK[mention[5]] <= _YEAR and mention[3].year == mention[4].year


def _names_straddling_year(mention: Found) -> bool:
    """Whether ``mention`` names a year across two calendar years (FY2022-23: July to June)."""
    start, end = mention[3], mention[4]
    return _RANK[mention[5]] <= _YEAR and end.year == start.year + 1 and (end - start).days < 366


def _carried_year(mention: Found, ctx: TimeContext, previous: Found) -> int | None:
    """The year a yearless date continues after ``previous``.

    Its own year, or, after a year across two (FY2022-23), the one whose occurrence
    falls inside it; ``None`` when neither does.
    """
    first = previous[3].year
    if previous[4].year == first:
        return first
    for year in (first, first + 1):
        span = in_year(mention[2], ctx, year)
        if span is not None and previous[3] <= span.start and span.end <= previous[4]:
            return year
    return None


#: How soon after the time last named a yearless date must come to continue it into the next
#: year (Christmas 2015, then January: January 2016; 刚进驻的时候 in July 2020, then the next
#: answer's 过完年: February 2021, seven months on); a later one is a new thread.
FOLLOWS_DAYS = 240

#: A count of years back said loosely (前两年, 前几年: "the last couple of years"): placed at
#: one year, it lends it to no date beside it (前两年……4月防疫那次 is not that year's April).
_LOOSE_YEARS = re.compile(r"前[两二三几]年")


def _lenders(found: list[Found], naming: list[int], ctx: TimeContext) -> list[int]:
    """The indices in ``naming`` (mentions naming a year) of those that are no yearless date."""
    # a mention resolved without "now" (2018年3月) is no yearless date: tested first, inline
    return [
        j
        for j in naming
        if not (found[j][6] and (_yearless(found[j], ctx) or _LOOSE_YEARS.fullmatch(found[j][2])))
    ]


def borrow_years(
    found: list[Found], ctx: TimeContext, previous: Found | None = None
) -> dict[int, str]:
    """Moves each yearless date of ``found`` (one segment's mentions) to its neighbour's year.

    Args:
        found: The segment's mentions in text order; replaced in place.
        ctx: The source's context (its date is "now").
        previous: The mention kept in the source's last segment that had one, when
            the source recalls (an interview): a yearless date with no expression
            naming a year before it in its own segment continues that mention's
            year, if its occurrence then is not before that mention (去年三月 …,
            then 五月份 in the next answer is May of the same year) and not after now;
            after a year across two calendar years (FY2022-23), the year whose
            occurrence falls inside it (Christmas 2022).

    Returns:
        For each moved mention's index in ``found``, a note naming the expression
        whose year it took.
    """
    notes: dict[int, str] = {}
    rank = _RANK
    # as _names_year, inlined: this runs for every segment; in a source that recalls, a
    # year across two calendar years counted from now lends too (last financial year was
    # the hard one: the cut from January): not one named as a label (the FY2021-22
    # instalment … staff in August), nor in a note written at the time
    straddling = not ctx.prospective
    naming = [
        i
        for i, m in enumerate(found)
        if rank[m[5]] <= _YEAR
        and (
            m[3].year == m[4].year
            or (straddling and m[6] and m[4].year == m[3].year + 1 and (m[4] - m[3]).days < 366)
        )
    ]
    within = len(found) >= 2 and bool(naming) and naming[0] != len(found) - 1
    carried = previous is not None and (_names_year(previous) or _names_straddling_year(previous))
    if not (within or carried):
        return notes  # nothing in the segment lends a year, nor is one carried from before
    # the mentions naming a year that lend it (not yearless dates): found when first needed
    lenders: list[int] | None = None
    if within:
        first = naming[0]
        for i in range(first + 1, len(found)):
            mention = found[i]
            if not (mention[6] and _yearless(mention, ctx)):
                continue
            if lenders is None:
                lenders = _lenders(found, naming, ctx)
            before = [j for j in lenders if j < i]
            if not before:
                continue
            source = found[before[-1]]
            year = source[3].year
            if source[4].year != year:  # last financial year (2022-23): the year inside it
                inside = _carried_year(mention, ctx, source)
                if inside is None:
                    continue
                year = inside
            span = in_year(mention[2], ctx, year)
            after = None
            if span is not None and span.end < source[3] and not ctx.prospective:
                # told after a later part of that year (by the back end of 2022 … the Courier
                # ran it in January): a recollection goes on in time, to the next year's
                after = in_year(mention[2], ctx, year + 1)
                if after is not None and after.start <= ctx.reference:
                    span, year = after, year + 1
            if year == mention[3].year:
                continue
            if span is None or span.start > ctx.reference:
                continue  # that year's occurrence is after now: the latest not after now stands
            found[i] = (mention[0], mention[1], mention[2], span.start, span.end, span.precision,
                        True)  # fmt: skip
            notes[i] = (
                f"'{mention[2]}' takes the year {year} of '{source[2]}'"
                if after is None or span is not after
                else f"'{mention[2]}' follows '{source[2]}': the year {year} after it"
            )
    if previous is None or not carried:
        return notes
    straddles = previous[4].year != previous[3].year
    year = previous[3].year
    for i, mention in enumerate(found):
        if not mention[6] or i in notes or (not straddles and mention[3].year == year):
            continue
        if naming and naming[0] < i:  # a mention before it may lend its own year
            if lenders is None:
                lenders = _lenders(found, naming, ctx)
            if lenders and lenders[0] < i:
                continue
        if not _yearless(mention, ctx) or _FROM_NOW.match(mention[2]) is not None:
            continue
        if straddles:
            found_year = _carried_year(mention, ctx, previous)
            if found_year is None or found_year == mention[3].year:
                continue
            year = found_year
        span = in_year(mention[2], ctx, year)
        note = f"'{mention[2]}' continues the year {year} of '{previous[2]}' before it"
        if span is not None and span.start < previous[3] and not straddles:
            # before the time just named (That first Christmas. — Then January came): the
            # recollection goes on in time, to the next year's, if that follows within
            # FOLLOWS_DAYS (and is not after now); else the latest not after now
            span = in_year(mention[2], ctx, year + 1)
            if span is not None and (span.start - previous[4]).days > FOLLOWS_DAYS:
                continue
            note = f"'{mention[2]}' follows '{previous[2]}': the year {year + 1} after it"
        if span is None or span.start > ctx.reference or span.start < previous[3]:
            continue  # after now, or before the time just named: the latest not after now
        found[i] = (mention[0], mention[1], mention[2], span.start, span.end, span.precision,
                    True)  # fmt: skip
        notes[i] = note
    return notes
