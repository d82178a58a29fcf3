"""English weekdays: last Thursday, next Monday, this Friday, on Tuesday, that Friday.

A weekday is placed at day precision, as 上周四 and 下周三 are:

* ``last`` / ``next`` / ``this`` (``this coming``, ``coming``): that day of
  the previous, next or current Monday-to-Sunday week (last Thursday in a
  note of Tuesday 2022-06-14 is 2022-06-09), and so with the week after it
  (on Friday last week, Tuesday of next week);
* a bare weekday after a preposition or at a sentence's start (on Tuesday,
  by Friday, Thursday's incident): the latest one not after the source's
  date, or the first one after it when the words around speak of the future
  (will, scheduled for, by, can ... see :func:`around_weekday`);
* ``that`` / ``the following`` (``the next``) / ``the previous`` Tuesday: against the
  previous mention (that day of its week, the first after it, the last before it);
* a weekday with the day of the month and no month (a diary's ``Wednesday 18th``,
  ``Fri the 29th``): the day nearest the source's date that falls on that weekday;
* a weekday with a numeric day and month (``from Monday 21/02``): the day nearest the
  source's date that falls on that weekday, the two numbers read in either order unless
  the case says which.

A weekday is not a time when it recurs or names a span of the week (every
Monday, on Mondays, Monday to Friday, Tuesday and Wednesday attendance, the
Thursday session, Friday nights), or when a date follows it (Thursday,
3 March 2022: the date is read instead).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from relcycle.domain import Precision
from relcycle.sources.timeexpr.cues import future_context
from relcycle.sources.timeexpr.en_anchors import ending
from relcycle.sources.timeexpr.model import Resolved, TimeContext, TimeMention, Unresolved
from relcycle.sources.timeexpr.prescan import Anchor
from relcycle.sources.timeexpr.scanner import Rule
from relcycle.sources.timeexpr.spans import day_span
from relcycle.sources.timeexpr.zh_calendar import NO_PREVIOUS

WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}  # fmt: skip
WEEKDAYS_BY_START = {name[:3]: n for name, n in WEEKDAYS.items()}
_WEEKDAY = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH_START = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
#: A weekday that is a span of the week (Monday to Friday, Monday-Friday).
_SPAN_AFTER = r"\s?(?:to|through|till|until|[-–])\s?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
_WEEKDAY_START = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
#: A weekday in a list of weekdays (Tuesday and Wednesday attendance, on Tuesday, Wednesday
#: and Thursday evenings): a schedule of the week.
_LIST_AFTER = r",?\s(?:and|or|&)\s" + _WEEKDAY_START + r"|,\s" + _WEEKDAY_START
#: A weekday naming something that recurs (the Thursday session, Saturday sessions, the
#: Tuesday quiz, Friday nights), not a day.
_RECURS_AFTER = (
    r"(?:\s(?:morning|afternoon|evening|night|lunchtime))?\s(?:sessions?|quiz(?:zes)?|clubs?"
    r"|meetings?|groups?|circles?|class(?:es)?|pilots?|attendance|numbers|programmes?|programs?"
    r"|shifts?|rotas?|openings?|services?|lunch(?:es)?|drop-ins?|markets?|teams?|slots?|lists?"
    r"|activit(?:y|ies)|walks?|rounds?|visits?|reading|choir|clinics?|surgery|courses?"
    r"|workshops?|events?|training|volunteers?|staff|hours)(?![A-Za-z])"
    r"|\s(?:mornings|afternoons|evenings|nights|lunchtimes)(?![A-Za-z])"
)
#: Where a weekday without last / next / this is a day: after a preposition (on Tuesday, by
#: Friday, most of Monday) or starting a sentence or line (Sunday's fair); not an attribute
#: (a Friday waiting list, gaming Tuesday).
_BARE_BEFORE = (
    r"(?<=\b[Oo]n\s)|(?<=\b[Bb]y\s)|(?<=\b[Uu]ntil\s)|(?<=\btill\s)|(?<=\b[Ss]ince\s)"
    r"|(?<=\b[Ff]rom\s)|(?<=\b[Bb]efore\s)|(?<=\b[Aa]fter\s)|(?<=\bof\s)|(?<=\bfor\s)"
    r"|(?<![\s\S])|(?<=\n)|(?<=[.!?;:]\s)|(?<=[.!?;:]\s\s)|(?<=[(\"“])"
)
_SHIFT = {"last": -1, "next": 1, "this": 0, "this coming": 0, "coming": 0}
#: Words in a weekday's clause before it that speak of the future (we will meet on Tuesday).
#: A question opens with its modal capitalised (Can we talk before Wednesday? Will you ...).
_FUTURE_IN_CLAUSE = re.compile(
    r"\b(?:[Ww]ill|[Ss]hall|[Cc]an|going\sto|plan(?:s|ned)?\sto|scheduled|due|expected|upcoming)\b"
    r"|['’]ll\b"
)
#: A deadline's word earlier in a weekday's clause (please confirm by Friday, open until
#: Sunday): the coming one, in a clause that tells nothing past (not he stayed until after
#: 10pm on Sunday).
_UNTIL_IN_CLAUSE = re.compile(r"\b(?:[Uu]ntil|[Tt]ill|[Bb]y)\b")
#: An offer, a request or what is prepared for a day (happy to talk it through on Monday,
#: please process on Monday, notes for the call on Tuesday): the coming one, in a clause that
#: tells nothing past.
_OFFER_IN_CLAUSE = re.compile(
    r"\b(?:[Pp]lease|[Hh]appy\sto|[Gg]lad\sto|OK\sto|[Ff]ree\sto|[Aa]vailable|[Ll]et['’]s|[Ww]ould\syou"
    r"|[Cc]ould\syou|[Nn]otes\sfor|[Aa]genda\sfor|[Pp]repar(?:e|ing)\sfor)\b"
)
_CLAUSE_END = re.compile(r"[.;!?:\n]")
#: What opens a weekday a change starts from or a task is for (cafés move online from
#: Wednesday, as of Monday the hall is closed, they are building the binder for Monday): the
#: coming one, unless its clause tells of the past.
_STARTING_BEFORE = re.compile(
    r"(?:\b[Ff]rom|\b[Aa]s\sof|\b[Ss]tarting(?:\sfrom)?|\b[Bb]eginning|\b[Ff]or)\s$"
)
#: A clause in the past: a past or perfect auxiliary, or a verb in -ed (moved online from
#: Wednesday, had been closed from Monday) but a passive's (is closed) or a word in -eed.
_PAST_IN_CLAUSE = re.compile(
    r"\b(?:[Ww]as|[Ww]ere|[Hh]ad|[Dd]id|been|went|came|began|agreed"
    r"|(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!['’]s\s)\w*[^\We]ed)\b"
)


def around_weekday(text: str, start: int, end: int) -> bool:
    """Whether a bare weekday ``text[start:end]`` speaks of the coming one.

    The words right around it (:func:`~.cues.future_context`: will, scheduled
    for, next), or a modal or a plan earlier in its clause, up to 40 characters
    before it (we will meet the director on Tuesday, I can do it on Monday), a
    deadline, an offer or what is prepared for it in a clause that tells nothing past
    (please confirm by Friday, happy to talk it through on Monday, notes for the call
    on Tuesday; not she was happy to help on Tuesday, he stayed until after 10pm on
    Sunday), or a start or a target (from, as of, starting, for) in a clause that
    tells nothing past (cafés move online from Wednesday, building it for Monday;
    not the hall was closed from Monday).
    """
    if future_context(text, start, end):
        return True
    lo = max(0, start - 40)
    for stop in _CLAUSE_END.finditer(text, lo, start):
        lo = stop.end()
    if _FUTURE_IN_CLAUSE.search(text, lo, start) is not None:
        return True
    if (
        _OFFER_IN_CLAUSE.search(text, lo, start) is not None
        or _UNTIL_IN_CLAUSE.search(text, lo, start) is not None
    ) and _PAST_IN_CLAUSE.search(text, lo, start) is None:
        return True
    if _STARTING_BEFORE.search(text, max(0, start - 14), start) is None:
        return False
    # from Wednesday: the coming one but in a clause of the past, up to its end
    end_of_clause = _CLAUSE_END.search(text, end)
    return (
        _PAST_IN_CLAUSE.search(text, lo, end_of_clause.start() if end_of_clause else len(text))
        is None
    )


def _after(day: date, weekday: int) -> date:
    """The first ``weekday`` after ``day``."""
    return day + timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)


def _not_after(day: date, weekday: int) -> date:
    """The latest ``weekday`` on or before ``day``."""
    return day - timedelta(days=(day.weekday() - weekday) % 7)


def resolve_weekday(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None, future: bool = False
) -> Resolved | Unresolved | None:
    """Last Thursday, next Monday, this Friday, (on) Tuesday, that Friday."""
    weekday = WEEKDAYS[(m.group("wd") or m.group("bare")).lower()]
    det = " ".join((m.group("det") or m.group("wk") or "").lower().split())
    ref = ctx.reference
    if det in _SHIFT:
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=_SHIFT[det])
        return Resolved(day_span(monday + timedelta(days=weekday)), True)
    if det:  # that, the following (the next), the previous: against the previous mention
        if prev is None:
            return Unresolved(NO_PREVIOUS)
        if det == "the next" and prev.precision.rank > Precision.WEEK.rank:
            return Unresolved(NO_PREVIOUS)  # the next Tuesday after Q4: no day to follow
        if det == "that":
            base = prev.interval_start
            day = base - timedelta(days=base.weekday()) + timedelta(days=weekday)
        elif det == "the previous":
            day = _not_after(prev.interval_start - timedelta(days=1), weekday)
        else:
            day = _after(prev.interval_end, weekday)
        return Resolved(day_span(day), True)
    day = _after(ref, weekday) if future else _not_after(ref, weekday)
    return Resolved(day_span(day), True)


def _resolve(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    future = (
        m.group("det") is None and m.group("wk") is None
        and around_weekday(m.string, m.start(), m.end())
    )  # fmt: skip
    return resolve_weekday(m, ctx, prev, future)


#: A weekday with the day of the month and no month (a diary's Wednesday 18th, Fri the 29th).
_WEEKDAY_DAY = (
    r"(?=Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?<![A-Za-z])"
    r"(?P<wdd>Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?"
    r"|Sat(?:urday)?|Sun(?:day)?)\.?,?\s(?:the\s)?(?P<dom>[0-3]?\d)(?:st|nd|rd|th)(?![A-Za-z\d])"
    r"(?!,?\s(?:of\s)?" + _MONTH_START + r")"
)
_MONTHS_AROUND = 6
"""How many months either side of the reference a weekday's day of the month is looked for."""


def resolve_weekday_day(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """Wednesday 18th: the day of the month nearest the reference that falls on that weekday."""
    weekday = WEEKDAYS_BY_START[m.group("wdd")[:3].lower()]
    day_of_month = int(m.group("dom"))
    ref = ctx.reference
    best: date | None = None
    for shift in range(-_MONTHS_AROUND, _MONTHS_AROUND + 1):
        year, month = divmod(ref.month - 1 + shift, 12)
        try:
            day = date(ref.year + year, month + 1, day_of_month)
        except ValueError:  # the 31st of a month of 30 days
            continue
        if day.weekday() == weekday and (best is None or abs(day - ref) < abs(best - ref)):
            best = day
    return None if best is None else Resolved(day_span(best), True)


#: A weekday with a numeric day and month and no year (from Monday 21/02, Tues 4/3): the
#: weekday tells which order they are in, where the case does not.
_WEEKDAY_NUMERIC = (
    r"(?=Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?<![A-Za-z])"
    r"(?P<wdn>Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?"
    r"|Sat(?:urday)?|Sun(?:day)?)\.?,?\s(?P<n1>[0-3]?\d)[/.](?P<n2>[0-3]?\d)(?![/.]?\d)"
)


def resolve_weekday_numeric(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """Monday 21/02: the day nearest the reference, in either order, that falls on that weekday.

    The order the case or source says (``date_order``) is the only one tried when it
    says one; a day and month that fall on another weekday are no date.
    """
    weekday = WEEKDAYS_BY_START[m.group("wdn")[:3].lower()]
    a, b = int(m.group("n1")), int(m.group("n2"))
    orders = [(a, b), (b, a)] if ctx.day_first is None else [(a, b) if ctx.day_first else (b, a)]
    ref = ctx.reference
    best: date | None = None
    for day_of_month, month in orders:
        for year in (ref.year - 1, ref.year, ref.year + 1):
            try:
                day = date(year, month, day_of_month)
            except ValueError:
                continue
            if day.weekday() == weekday and (best is None or abs(day - ref) < abs(best - ref)):
                best = day
    if best is None or abs(best - ref) > timedelta(days=_MONTHS_AROUND * 31):
        return None
    return Resolved(day_span(best), True)


RULES = (
    Rule(
        "en_weekday_numeric",
        _WEEKDAY_NUMERIC,
        resolve_weekday_numeric,
        anchors=(
            Anchor("/", r"\d(?<=[a-z]\s\d/\d)"),
            Anchor("/", r"\d(?<=[a-z]\s\d\d/\d)"),
            Anchor("/", r"\d(?<=[a-z],\s\d/\d)"),
            Anchor("/", r"\d(?<=[a-z],\s\d\d/\d)"),
            Anchor(".", r"\d(?<=[a-z]\s\d\.\d)"),
            Anchor(".", r"\d(?<=[a-z]\s\d\d\.\d)"),
        ),
        reach=14,  # wednesday, 2|1/02
        reads_previous=False,
    ),
    Rule(
        "en_weekday_day",
        _WEEKDAY_DAY,
        resolve_weekday_day,
        anchors=(
            Anchor("t", r"h(?<=\dth)"),
            Anchor("s", r"t(?<=\dst)"),
            Anchor("n", r"d(?<=\dnd)"),
            Anchor("r", r"d(?<=\drd)"),
        ),
        reach=19,  # wednesday, the 2|9th
        reads_previous=False,
    ),
    Rule(
        "en_weekday",
        r"(?=[Ll]ast\s|[Nn]ext\s|[Tt]his\s|[Cc]oming\s|[Tt]hat\s|the\s|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
        r"(?<![A-Za-z])(?<![Ee]very\s)(?<![Ee]ach\s)"
        r"(?:(?P<det>[Ll]ast|[Nn]ext|[Tt]his(?:\scoming)?|[Cc]oming|[Tt]hat"
        r"|the\s(?:following|previous|next))"
        r"\s" + _WEEKDAY + r"(?![A-Za-z])"
        r"|(?:" + _BARE_BEFORE + r")" + _WEEKDAY.replace("wd", "bare") + r"(?![A-Za-z])"
        r"(?:\s(?:of\s)?(?P<wk>last|next|this)\sweek(?![A-Za-z]))?"
        r"(?!" + _LIST_AFTER + r"|" + _RECURS_AFTER + r"))"
        r"(?!" + _SPAN_AFTER + r")"
        r"(?!,?\s(?:the\s)?[0-3]?\d(?:st|nd|rd|th)?\s(?:of\s)?" + _MONTH_START + r")"
        r"(?!,?\s" + _MONTH_START + r"|,?\s[0-3]?\d[/.\-][01]?\d)",
        _resolve,
        anchors=ending(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
        ),
        reach=22,  # the following wednesda|y
        reads_previous=r"^(?:[Tt]hat|the\s(?:following|previous|next))\s",
        around=around_weekday,
    ),
)
