"""English calendar expressions: dates, months, years, quarters, halves, seasons, festivals.

15 March 2018, March 15, 2018, March 2018, early March, last March, Q2 2018,
the second quarter of 2018, the first half of 2018, early / mid- / late 2018,
the end of last year, spring 2019, last spring, that autumn, in the spring,
Spring Festival 2018, in 2018, last year, this month, next week ...
A month name counts only when it is capitalised or next to a number, and
"May" only next to a number or after a preposition ("may" is a verb).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from relcycle.domain import Precision
from relcycle.sources.timeexpr import en_month_day
from relcycle.sources.timeexpr.cues import (
    LEANING_DAYS,
    SOON_DAYS,
    around_en_future,
    arranged_context,
    en_floor,
    en_future,
    future_context,
    leaning_ahead,
    modal_context,
    nearest,
    said_as_due,
    told_as_done_en,
    under_plan_head,
)
from relcycle.sources.timeexpr.en_anchors import (
    MONTH_NAMES,
    MONTH_WORD,
    QUARTER_WORD,
    RELATIVE_QUARTER_WORD,
    SEASONS,
    SPRING,
    SUMMER,
    WEEK_AFTER_WORD,
    WINTER,
    YEAR_DIGITS,
    YEAR_WORD,
    ending,
    word,
)
from relcycle.sources.timeexpr.festivals import festival_span
from relcycle.sources.timeexpr.model import (
    SOUTHERN_SEASONS,
    Resolved,
    Span,
    TimeContext,
    TimeMention,
    Unresolved,
)
from relcycle.sources.timeexpr.numerals import EN_ORDINALS
from relcycle.sources.timeexpr.prescan import Anchor
from relcycle.sources.timeexpr.qualify import Qualifier, in_year, nearest_in_year
from relcycle.sources.timeexpr.scanner import Rule
from relcycle.sources.timeexpr.spans import (
    add_months,
    earliest_after,
    fit,
    iso_week,
    month_of,
    quarter_span,
    season_span,
    sub_span,
    year_span,
)
from relcycle.sources.timeexpr.zh_calendar import NO_PREVIOUS

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
_ABBREVIATIONS = {name[:3]: n for name, n in MONTHS.items()} | {"sept": 9}
#: A month's name, or its abbreviation with or without a dot (Oct. 30, as AP style writes it).
MONTH = (
    r"(?<![A-Za-z])(?P<mon>(?i:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may"
    r"|jun(?:e|\.)?|jul(?:y|\.)?|aug(?:ust|\.)?|sep(?:t(?:ember|\.)?|\.)?|oct(?:ober|\.)?"
    r"|nov(?:ember|\.)?|dec(?:ember|\.)?))(?![A-Za-z])"
)
YEAR = r"(?P<year>(?:19|20)\d\d)(?![\d%])"
#: A year written with an apostrophe and two digits (the spring of '22, March ’23).
SHORT_YEAR = r"['\u2019\u2018](?P<yshort>\d\d)(?![\d%'\u2019])"
#: Where the pre-scan finds such a year: at its apostrophe.
SHORT_YEAR_ANCHORS = (
    Anchor("'", r"\d\d"),
    Anchor("\u2019", r"(?=\d\d)"),
    Anchor("\u2018", r"(?=\d\d)"),
)
#: A month's weekdays (and weekend, 7) as spans.month_part counts them; the n-th of them.
_UNITS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend")
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}
_PARTS = {"early": "early", "beginning": "early", "start": "early", "mid": "mid", "middle": "mid",
          "late": "late", "end": "late"}  # fmt: skip
_PREPOSITIONS = {"in", "since", "by", "until", "till", "from", "of", "during", "before", "after",
                 "through", "to", "early", "late", "mid", "last", "next", "this", "that",
                 "around"}  # fmt: skip
_SEASONS = {"spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn",
            "winter": "winter"}  # fmt: skip
_YREL = {"last": -1, "this": 0, "next": 1}
_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)\W{1,2}$")


def _g(m: re.Match[str], name: str) -> str | None:
    """Group ``name`` of ``m``, or ``None`` when the pattern lacks it or it did not match."""
    try:
        return m.group(name)
    except IndexError:  # no such group in this rule
        return None


def short_year(digits: str, reference: date) -> int:
    """The year '22 names: in the century that puts it at most 20 years after ``reference``."""
    year = reference.year // 100 * 100 + int(digits)
    return year - 100 if year > reference.year + 20 else year


def _year_written(m: re.Match[str], ctx: TimeContext) -> int | None:
    """The year ``m`` writes in full (2022) or with an apostrophe ('22), else ``None``."""
    if (full := _g(m, "year")) is not None:
        return int(full)
    if (digits := _g(m, "yshort")) is not None:
        return short_year(digits, ctx.reference)
    return None


def _month_number(word: str) -> int | None:
    low = word.lower().rstrip(".")
    return MONTHS.get(low) or _ABBREVIATIONS.get(low)


def _is_month(m: re.Match[str], has_number: bool) -> bool:
    """Whether the month word of ``m`` is a month here (and not "may", "march on", "Jan" ...)."""
    word = m.group("mon")
    low = word.lower()
    if low == "may":
        before = _PREVIOUS_WORD.search(m.string[max(0, m.start("mon") - 14) : m.start("mon")])
        after_prep = before is not None and before.group(1).lower() in _PREPOSITIONS
        return word[0] == "M" and (has_number or after_prep or _g(m, "rel") is not None)
    if low not in MONTHS:
        return has_number
    return word[0].isupper() or has_number


def _anaphoric_year(word: str, prev: TimeMention | None) -> int | None:
    """That year / the same year / the previous year / the following year."""
    if prev is None:
        return None
    base = prev.interval_start.year
    return base - 1 if "previous" in word else base + 1 if "following" in word else base


def resolve_date(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """15 March 2018, March 15, 2018, March 2018, early March, last March, March last year.

    That April reads the time named before: the first April from its start on (without
    one, a month alone).
    """
    day = _g(m, "day") or _g(m, "dayb")
    year, yrel = _year_written(m, ctx), _g(m, "yrel")
    rel = (_g(m, "rel") or "").lower() or None
    if not _is_month(m, has_number=bool(day or year)):
        return None
    month = _month_number(m.group("mon"))
    part = _g(m, "part")
    if part and not day and (nth := _g(m, "nth")):
        unit = m.group("unit").lower()
        which = "week" if unit == "week" else str(_UNITS.index(unit))
        part_key: str | None = f"{which}:{_NTH[nth.lower()]}"
    elif part and not day:
        part_key = _PARTS[(part.split()[-2] if " " in part else part).lower()]
    else:
        part_key = None
    q = Qualifier(month=month, day=int(day) if day else None, month_part=part_key)
    if year:
        span = in_year(year, q)
        return Resolved(span, False) if span else None
    if yrel:
        span = in_year(ctx.reference.year + _YREL[yrel.split()[0].lower()], q)
        return Resolved(span, True) if span else None
    ref = ctx.reference
    if rel == "this":
        span = in_year(ref.year, q)
    elif rel == "next":
        span = nearest_in_year(q, ref, True)
    elif rel == "last":
        spans = [s for y in range(ref.year - 2, ref.year + 1) if (s := in_year(y, q))]
        past = [s for s in spans if s.end < ref]
        span = max(past, key=lambda s: s.start) if past else None
    elif rel == "that" and prev is not None:
        # the first six months were lovely … then, that April: the first April from the time
        # named before on
        after = prev.interval_start
        spans = [s for y in range(after.year, after.year + 2) if (s := in_year(y, q))]
        span = next((s for s in spans if s.end >= after), None)
    elif _g(m, "since"):  # since March: a March behind, the latest not after now
        span = nearest_in_year(q, ref)
    else:
        future = en_future(m.string, m.start(), m.end(), ctx.prospective, reported=ctx.reported)
        # "resigned in August" in a note of July: the August behind it, not the coming one
        prospective = ctx.looks_ahead and (future or not past_before(m.string, m.start()))
        soon = _soon(m, ctx)
        if not ctx.looks_ahead and ctx.reported and said_as_due(m.string, m.start()):
            prospective, soon = True, LEANING_DAYS  # a report's plan: "Due May 31."
        span = nearest_in_year(q, ref, future, prospective, soon, en_floor(m, ctx))
    return Resolved(span, True) if span else None


#: A verb in the past right before "in" or "on" and a date (resigned in August, left on
#: May 3): the date is behind, not the coming one. Not a verb that looks ahead (expected,
#: scheduled in), nor a passive one (will be held in, to be launched on).
_PAST_BEFORE = re.compile(
    r"\b(?<!be\s)(?<!will\s)(?!(?:expected|scheduled|planned|proposed|intended|slated|booked"
    r"|timetabled|pencil+ed|postponed|delayed|moved|deferred|extended|need|seed|feed|speed)\s)"
    r"(?:[a-z]{2,}ed|left|came|began|went|took|quit|was|were|met|sent|wrote|lost|fell|broke)"
    r"\s(?:in|on)\s$"
)


def past_before(text: str, start: int) -> bool:
    """Whether a verb in the past (resigned in, left on) comes right before ``text[start:]``."""
    return _PAST_BEFORE.search(text, max(0, start - 24), start) is not None


def around_date(
    text: str, start: int, end: int
) -> tuple[bool, bool, bool, str | None, bool, bool, int, bool]:
    """What :func:`resolve_date` reads around its match: future cues, and before "may" its word.

    And whether a verb in the past comes right before it (resigned in August), whether
    its line is headed as a plan (Follow-up:), and whether its clause tells it as done
    (:func:`~.cues.told_as_done_en`).
    """
    before = text[max(0, start - 14) : start] if "may" in text[start:end].lower() else None
    return (
        future_context(text, start, end),
        modal_context(text, start, end),
        leaning_ahead(text, start, end),
        before,
        past_before(text, start),
        under_plan_head(text, start),
        arranged_context(text, start, end),
        told_as_done_en(text, start, end),
    )


def _soon(m: re.Match[str], ctx: TimeContext) -> int:
    """How soon ahead a yearless date in a source written at the time is the coming one."""
    if ctx.looks_ahead and (
        not told_as_done_en(m.string, m.start(), m.end()) or said_as_due(m.string, m.start())
    ):  # from May, by May: unless its clause tells it as done (From May I added …)
        return LEANING_DAYS
    return SOON_DAYS


def resolve_year_part(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """Early 2018, mid-2018, the end of last year, the first half of 2018, Q2 in words."""
    written = _year_written(m, ctx)
    if written is not None:
        year = written
        relative = False
    elif (yrel := _g(m, "yrel")) is not None:
        year, relative = ctx.reference.year + _YREL[yrel.split()[0].lower()], True
    elif (yana := _g(m, "yana")) is not None:
        anaphoric = _anaphoric_year(yana, prev)
        if anaphoric is None:
            return Unresolved(NO_PREVIOUS)
        year, relative = anaphoric, True
    else:
        year, relative = ctx.reference.year, True
    half, qord = _g(m, "half"), _g(m, "qord")
    if half:
        q = Qualifier(half=1 if half == "first" else 2)
    elif qord:
        q = Qualifier(quarter=4 if qord in ("final", "last") else EN_ORDINALS[qord])
    else:
        q = Qualifier(part=_PARTS[m.group("part").lower()])
    span = in_year(year, q)
    return Resolved(span, relative) if span else None


def resolve_quarter(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """Q2 2018, 2018 Q2, 2018Q2, Q2 (this year), the second quarter (this year).

    Without a year, in a case whose financial year starts after January, a
    quarter is the financial year's (the Q1 report in a note of October 2021,
    July to June: July to September 2021), its occurrence nearest the source's
    date as a yearless month's.
    """
    quarter = _g(m, "q1") or _g(m, "q2")
    qord = _g(m, "qord")
    n = int(quarter) if quarter else EN_ORDINALS[qord.lower()] if qord else 0
    year_word = _g(m, "y1") or _g(m, "y2")
    if year_word is None and ctx.fy_start is not None and ctx.fy_start > 1 and 1 <= n <= 4:
        future = en_future(m.string, m.start(), m.end(), ctx.prospective, reported=ctx.reported)
        first = ctx.fy_start
        fiscal = nearest(
            lambda y: _fiscal_quarter(y, first, n), ctx.reference, future, ctx.prospective,
            _soon(m, ctx), en_floor(m, ctx),
        )  # fmt: skip
        return Resolved(fiscal, True) if fiscal else None
    year = int(year_word) if year_word else ctx.reference.year
    span = in_year(year, Qualifier(quarter=n))
    return Resolved(span, year_word is None) if span else None


def _fiscal_quarter(year: int, first_month: int, n: int) -> Span:
    """Quarter ``n`` of the financial year that starts in ``first_month`` of ``year``."""
    start = add_months(date(year, first_month, 1), 3 * (n - 1))
    return Span(start, add_months(start, 3) - timedelta(days=1), Precision.QUARTER)


@lru_cache(maxsize=1024)  # pure, and texts name few seasons around few source dates
def _season_near(season: str, det: str, ref: date) -> Span | None:
    spans = [season_span(y, season) for y in range(ref.year - 2, ref.year + 2)]
    if det == "last":
        past = [s for s in spans if s.end < ref]
        return max(past, key=lambda s: s.start) if past else None
    if det == "next":
        return earliest_after(spans, ref)
    if det == "this":
        year = ref.year - 1 if season == "winter" and ref.month <= 2 else ref.year
        return season_span(year, season)
    return nearest(lambda y: season_span(y, season), ref)


def resolve_season(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """Spring 2019, the autumn of last year, last spring, that autumn, in the spring."""
    written = _g(m, "season") or _g(m, "season2") or _g(m, "season3") or ""
    season = _SEASONS[written.lower()]
    if ctx.southern:  # autumn in Melbourne is March to May
        season = SOUTHERN_SEASONS[season]
    det = (_g(m, "det") or "").lower()
    year_word, yrel, yana = _year_written(m, ctx), _g(m, "yrel"), _g(m, "yana")
    relative = True
    if year_word is not None:
        span: Span | None = season_span(year_word, season)
        relative = False
    elif yrel:
        span = season_span(ctx.reference.year + _YREL[yrel.lower()], season)
    elif det in ("the following", "the previous"):
        if prev is None:
            return Unresolved(NO_PREVIOUS)
        # the first such season after the time named before (the following spring after
        # January 2023 is spring 2023), or the last one before it
        spans = [season_span(y, season) for y in range(prev.interval_start.year - 2,
                                                        prev.interval_end.year + 3)]  # fmt: skip
        if det == "the following":
            span = next(x for x in spans if x.start > prev.interval_end)
        else:
            span = [x for x in spans if x.end < prev.interval_start][-1]
    elif yana or det in ("that", "the same"):
        year = _anaphoric_year(yana or det, prev)
        if year is None:
            return Unresolved(NO_PREVIOUS)
        span = season_span(year, season)
    elif det:
        span = _season_near(season, det, ctx.reference)
    else:
        future = en_future(m.string, m.start(), m.end(), ctx.prospective, reported=ctx.reported)
        span = nearest(
            lambda y: season_span(y, season), ctx.reference, future, ctx.looks_ahead,
            _soon(m, ctx), en_floor(m, ctx),
        )  # fmt: skip
    if span is not None and (smod := _g(m, "smod")):
        span = sub_span(span, {"early": 0, "mid": 1, "late": 2}[smod.lower()], 1)
    return Resolved(span, relative) if span else None


_FESTIVALS = {"spring festival": "spring_festival", "chinese new year": "spring_festival",
              "lunar new year": "spring_festival", "national day": "national_day",
              "mid-autumn": "mid_autumn", "midautumn": "mid_autumn", "christmas": "christmas",
              "easter holiday": "easter_holidays", "easter break": "easter_holidays",
              "easter hols": "easter_holidays", "easter monday": "easter_monday",
              "easter": "easter", "good friday": "good_friday", "madaraka": "madaraka_day",
              "mashujaa": "mashujaa_day", "jamhuri": "jamhuri_day", "anzac": "anzac_day",
              "summer holidays": "summer_break", "summer break": "summer_break",
              "winter break": "winter_break"}  # fmt: skip


#: What wishes someone a festival (have a restful Easter, Merry Christmas) or likens
#: something to it (it was like Christmas), right before it.
_GREETING = re.compile(
    r"(?i)(?:\b(?:have|enjoy|wish(?:ing)?\s(?:you|everyone|all)(?:\sall)?)\s(?:a|an|the)"
    r"(?:\s\(?[a-z]+\)?){0,2}|\b(?:happy|merry|blessed|joyful|peaceful|like))\s$"
)


def _wished(text: str, start: int) -> bool:
    """Whether the festival at ``start`` is wished or likened to (:data:`_GREETING`)."""
    return _GREETING.search(text, max(0, start - 30), start) is not None


def _around_festival(text: str, start: int, end: int) -> tuple[object, bool]:
    """What a festival's answer reads around it: a yearless date's cues, and a wish."""
    return around_en_future(text, start, end), _wished(text, start)


def resolve_festival(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """Spring Festival 2018, before Chinese New Year, National Day, Christmas."""
    name = " ".join(m.group("fest").lower().split())
    if not m.group("fmod") and _wished(m.string, m.start()):
        return None  # have a good Easter, Merry Christmas, like Christmas: no time
    if name == "jamhuri" and not m.group("fmod"):
        return None  # Jamhuri alone is as often a park or a school: "around Jamhuri" is the day
    key = next(v for k, v in _FESTIVALS.items() if name.startswith(k))
    if key == "national_day":
        key = ctx.national_day  # Singapore's is 9 August
    if ctx.southern and key in ("summer_break", "winter_break"):
        key += "_south"  # Australian summer holidays run across the new year
    fmod = (_g(m, "fmod") or "").lower()
    modifier = {"before": "before", "after": "after", "around": "around"}.get(fmod)
    if (year := _g(m, "year")) is not None:
        span = festival_span(key, int(year), modifier)
        return Resolved(span, False) if span else None
    if fmod == "since":  # since Christmas: the one behind, the latest not after now
        span = nearest(lambda y: festival_span(key, y, None), ctx.reference)
        return Resolved(span, True) if span else None
    future = en_future(m.string, m.start(), m.end(), ctx.prospective, reported=ctx.reported)
    span = nearest(
        lambda y: festival_span(key, y, modifier),
        ctx.reference,
        future,
        ctx.looks_ahead,
        _soon(m, ctx),
        en_floor(m, ctx),
    )
    return Resolved(span, True) if span else None


def resolve_year(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """A bare year where it is clearly one: in 2018, since 2017, the year 2018, in '22."""
    year = _year_written(m, ctx)
    return Resolved(year_span(year), False) if year is not None else None


def resolve_relative(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """Last year, this month, next week, last quarter, that year, the following month.

    "The next week" follows the time just named, as "the following week" does, but
    after "in", "within", "over", "during" or "for" (in the next week), or with no
    time named before, it is the coming one, as "next week" is. A quarter is a
    calendar one (January to March …): a financial year that starts in January,
    April, July or October has the same quarters.
    """
    rel = m.group("rel").lower()
    unit = m.group("unit").lower()
    ref = ctx.reference
    if m.group("the") and rel in ("last", "past"):
        back = {"year": 12, "quarter": 3, "month": 1, "week": 0}[unit]
        start = add_months(ref, -back) if back else ref - timedelta(days=7)
        return Resolved(fit(start, ref), True)
    if (
        m.group("the")
        and rel == "next"
        and m.group("coming") is None
        and prev is not None
        and prev.precision.rank <= _UNIT_PRECISION[unit].rank
    ):
        # the memo came out the next week: the one after the time just named (in / within
        # the next week: the coming one, below)
        return Resolved(_shifted(unit, prev.interval_start, 1), True)
    if rel in _YREL or rel == "past":
        if unit in ("quarter", "month"):  # a quarterly report's "this quarter": its quarter
            ref = ctx.counted_from(Precision.QUARTER if unit == "quarter" else Precision.MONTH)
        return Resolved(_shifted(unit, ref, _YREL.get(rel, -1)), True)
    if prev is None:
        return Unresolved(NO_PREVIOUS)
    n = -1 if rel == "previous" else 1 if rel == "following" else 0
    return Resolved(_shifted(unit, prev.interval_start, n), True)


#: The precision of each unit "the next" counts in: a time named before it as finely or more
#: finely can be followed by it (on 4 July … the next week; not in 2022 … the next week).
_UNIT_PRECISION = {"week": Precision.WEEK, "month": Precision.MONTH,
                   "quarter": Precision.QUARTER, "year": Precision.YEAR}  # fmt: skip


def _shifted(unit: str, day: date, n: int) -> Span:
    """The year, quarter, month or week ``n`` of them after the one ``day`` is in."""
    if unit == "year":
        return year_span(day.year + n)
    if unit == "quarter":
        day = add_months(day, 3 * n)
        return quarter_span(day.year, (day.month + 2) // 3)
    if unit == "month":
        return month_of(add_months(day, n))
    return iso_week(day, n)


def resolve_year_before(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """The year before last; the year before / after.

    "The year before last" counts from the reference; "the year before" and "the
    year after" from the previous mention, else from the reference.
    """
    which = " ".join(m.group("which").lower().split())
    if which == "before last":
        return Resolved(year_span(ctx.reference.year - 2), True)
    base = prev.interval_start.year if prev is not None else ctx.reference.year
    return Resolved(year_span(base + (-1 if which == "before" else 1)), True)


def resolve_so_far(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """Earlier this year (1 January to the reference), later this month (to the month's end)."""
    ref = ctx.reference
    span = year_span(ref.year) if m.group("unit").lower() == "year" else month_of(ref)
    if m.group("el").lower() == "earlier":
        return Resolved(fit(span.start, ref), True)
    return Resolved(fit(ref, span.end), True)


_Y = (
    r"(?:"
    + YEAR
    + "|"
    + SHORT_YEAR
    + r"|(?P<yrel>[Ll]ast|[Tt]his|[Nn]ext)\syear|(?P<yana>that\syear"
    r"|the\s(?:previous|following|same)\syear))"
)
_SEASON = r"(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
_NOT_SEASON = (
    r"(?![A-Za-z]|\s(?:roll|onion|water|break|clean|chicken|[Ff]estival|semester|term|camp|school"
    r"|session|collection|fair|holiday)s?\b)"
)

RULES = (
    Rule(
        "en_date",
        r"(?=(?:[Ee]arly|[Mm]id|[Ll]ate|[Tt]he|[Bb]eginning|[Ss]tart|[Mm]iddle|[Ee]nd|[Ll]ast|[Tt]his"
        r"|[Nn]ext|[Tt]hat|[Ss]ince|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth)[\s-]|\d"
        r"|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
        r"(?:(?P<since>[Ss]ince)\s)?"
        r"(?:(?P<part>[Ee]arly|[Mm]id|[Ll]ate|(?:[Tt]he\s)?(?:[Bb]eginning|[Ss]tart|[Mm]iddle|[Ee]nd)\sof"
        # the last Saturday in June, the first week of July, the second weekend in May
        r"|(?:[Tt]he\s)?(?P<nth>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ll]ast)\s(?P<unit>week(?:end)?"
        r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s(?:in|of))[\s-])?"
        r"(?:(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Tt]hat)\s)?(?:(?:the\s)?(?<![\d.])(?P<dayb>[0-3]?\d)(?:st|nd|rd|th)?\s(?:of\s)?)?"
        + MONTH
        + r"(?:\s(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:]))?"
        + r"(?:,?\s(?:of\s)?(?:"
        + YEAR
        + "|"
        + SHORT_YEAR
        + r"|(?P<yrel>last\syear|this\syear|next\syear)))?",
        resolve_date,
        anchors=MONTH_NAMES,
        reach=42,  # since the beginning of last the 15th of au|gust
        reads_previous=r"^[Tt]hat\s",  # that April: the first after the time named before
        around=around_date,
    ),
    Rule(
        "en_year_part",
        r"(?=[Tt]he\s|[Ee]arly|[Mm]id|[Ll]ate|beginning|start|middle|end|first|second|third|fourth|final"
        r"|last|1st|2nd|3rd|4th)"
        r"(?:[Tt]he\s)?(?P<part>[Ee]arly|[Mm]id|[Ll]ate|beginning|start|middle|end|(?P<half>first|second)"
        r"\shalf|(?P<qord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\squarter)(?:\sof\s(?:the\s)?"
        r"|-|\s)(?:"
        + YEAR
        + "|"
        + SHORT_YEAR
        + r"|(?P<yrel>last|this|next)\syear|(?P<yana>the\s(?:previous|following|same)"
        r"\syear|that\syear)|(?P<ythe>(?<=the\s)year))",
        resolve_year_part,
        anchors=(
            *(Anchor(a.first, a.rest, 26) for a in (*YEAR_DIGITS, *SHORT_YEAR_ANCHORS)),
            YEAR_WORD,
        ),
        reach=40,  # The fourth quarter of the the following |year (of the |2018: 26)
        reads_previous=r"(?i)that\syear|the\s(?:previous|following|same)\syear",
    ),
    Rule(
        "en_quarter",
        r"(?=Q|19|20|[Tt]he\s)(?<![A-Za-z\d])(?:Q(?P<q1>[1-4])(?:\s?(?:of\s)?(?P<y1>(?:19|20)\d\d))?|(?P<y2>(?:19|20)\d\d)\s?-?"
        r"Q(?P<q2>[1-4])|[Tt]he\s(?P<qord>first|second|third|fourth)\squarter(?!\sof))(?![A-Za-z\d])",
        resolve_quarter,
        anchors=(Anchor("q", "[1-4]"), QUARTER_WORD),
        reach=11,  # The fourth |quarter
        reads_previous=False,
        around=around_en_future,
    ),
    Rule(
        "en_festival",
        r"(?=[Bb]efore|[Aa]fter|[Aa]round|[Dd]uring|[Oo]ver|[Ss]ince|the\s|Spring|Chinese|Lunar"
        r"|National|Mid|Christmas|Easter|Good|Madaraka|Mashujaa|Jamhuri|Anzac|ANZAC|summer|winter)"
        r"(?:(?P<fmod>[Bb]efore|[Aa]fter|[Aa]round|[Dd]uring|[Oo]ver|[Ss]ince)\s)?(?:the\s)?(?P<fest>Spring\sFestival"
        r"|Chinese\sNew\sYear|Lunar\sNew\sYear|National\sDay|Mid-?[Aa]utumn(?:\sFestival)?"
        r"|Christmas(?:\s(?:break|holidays?|shutdown|closedown))?"  # the Christmas break in 2021
        r"|Easter(?:\s(?:Monday|Sunday|weekend|break|holidays?|hols))?|Good\sFriday"
        r"|Madaraka\sDay|Mashujaa\sDay|Jamhuri(?:\sDay)?|(?:Anzac|ANZAC)\sDay"
        r"|summer\sholidays|summer\sbreak|winter\sbreak)(?:\s(?:of\s|in\s)?" + YEAR + r")?",
        resolve_festival,
        anchors=(
            SPRING,
            SUMMER,
            WINTER,
            YEAR_WORD,
            word("christmas", 0),
            word("easter", 0),
            word("good friday", 5),
            word("madaraka", 0),
            word("mashujaa", 0),
            word("jamhuri", 0),
            word("anzac", 0),
            *ending("national day", whole=False),
            Anchor("m", "id-?autumn"),
        ),
        reach=23,  # around the chinese new |year
        reads_previous=False,
        around=_around_festival,
    ),
    Rule(
        "en_season",
        r"(?=[Ee]arly|[Mm]id|[Ll]ate|[Ll]ast|[Tt]his|[Nn]ext|[Tt]hat|the\s|The\s(?:fo|pr|sa)|[Ss]pring"
        r"|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
        r"(?:(?P<smod>[Ee]arly|[Mm]id|[Ll]ate)[\s-])?(?:(?P<det>[Ll]ast|[Tt]his|[Nn]ext|[Tt]hat"
        r"|[Tt]he\sfollowing|[Tt]he\sprevious|[Tt]he\ssame)\s"
        + _SEASON
        + r"|(?:the\s)?"
        + _SEASON.replace("season", "season2")
        + r"(?:\sof)?\s"
        + _Y
        + r"|(?:(?<=\b[Ii]n\sthe\s)|(?<=\b[Oo]ver\sthe\s)|(?<=\b[Dd]uring\sthe\s))"
        + _SEASON.replace("season", "season3")
        + r")"
        + _NOT_SEASON,
        resolve_season,
        anchors=SEASONS,
        reach=24,  # early the following autu|mn
        reads_previous=r"(?i)\bthat\b|the\s(?:same|following|previous)\b",
        around=around_en_future,
    ),
    Rule(
        "en_year",
        r"(?=(?:19|20)\d\d)(?:(?<=\b[Ii]n\s)|(?<=\b[Ss]ince\s)|(?<=\b[Dd]uring\s)|(?<=\b[Bb]y\s)|(?<=\b[Uu]ntil\s)|(?<=\btill\s)"
        r"|(?<=\b[Ff]rom\s)|(?<=\bto\s)|(?<=\b[Bb]efore\s)|(?<=\b[Aa]fter\s)|(?<=\b[Aa]round\s)|(?<=\bof\s)"
        r"|(?<=\bfor\s)|(?<=\bthroughout\s)|(?<=\bthrough\s)|(?<=\bthe\syear\s)|(?<=\b[Ii]n\sthe\syear\s))"
        + YEAR
        + r"(?![-/.]\d|\s?(?:people|persons|residents|households|participants|visitors|visits"
        r"|volunteers|yuan|RMB|CNY|times|members|hours|km|年|人|元))",
        resolve_year,
        anchors=YEAR_DIGITS,
        reach=0,
        reads_previous=False,
    ),
    Rule(
        "en_year_short",
        # (not since or from: "since '19" is a range, which only a full year starts)
        r"(?=[IiDdBbUutAaoT])(?<![A-Za-z])(?:[Ii]n|[Dd]uring|[Bb]y|[Uu]ntil|to|[Bb]efore|[Aa]fter"
        r"|[Aa]round|of|[Tt]hrough(?:out)?)\s" + SHORT_YEAR,
        resolve_year,
        anchors=SHORT_YEAR_ANCHORS,
        reach=11,  # throughout |'22
        reads_previous=False,
    ),
    Rule(
        "en_year_before",
        r"(?=[Tt]he\syear)(?<![A-Za-z])[Tt]he\syear\s(?P<which>before\slast|before|after)(?!\s(?:the|that|it|we|they)\b)",
        resolve_year_before,
        anchors=(YEAR_WORD,),
        reach=4,  # The |year
        reads_previous=r"(?i)(?:before|after)\Z",
    ),
    Rule(
        "en_so_far",
        r"(?=[Ee]arlier|[Ll]ater)(?<![A-Za-z])(?P<el>[Ee]arlier|[Ll]ater)\sthis\s(?P<unit>year|month)(?![A-Za-z])",
        resolve_so_far,
        anchors=(YEAR_WORD, MONTH_WORD),
        reach=13,  # earlier this |year
        reads_previous=False,
    ),
    Rule(
        "en_relative",
        r"(?=[Tt]he\s|[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Tt]hat|previous|following|same)"
        r"(?<![A-Za-z])(?P<coming>(?<=\b[Ii]n\s)|(?<=\b[Ww]ithin\s)|(?<=\b[Oo]ver\s)"
        r"|(?<=\b[Dd]uring\s)|(?<=\b[Ff]or\s))?"
        r"(?P<the>[Tt]he\s)?(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Tt]hat|previous|following"
        r"|same)\s(?P<unit>year|month|week|quarter(?<!same\squarter))(?![A-Za-z])",
        resolve_relative,
        anchors=(YEAR_WORD, MONTH_WORD, *WEEK_AFTER_WORD, RELATIVE_QUARTER_WORD),
        reach=14,  # The following |year
        reads_previous=r"(?i)\b(?:that|previous|following|same|the\snext)\s",
    ),
    *en_month_day.RULES,  # the letter of 09/25: a yearless day in numbers
)
