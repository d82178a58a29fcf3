"""A yearless day in two numbers after a preposition: the letter of 09/25, due 10/05.

American minutes and e-mails name a recent or coming day this way ("per the
Board's direction of 02/07", "the pull was due 10/05"). Only after a word that
introduces a date (on, of, by, due, dated, since, until ...) and only with a
slash: bare 9/25 is as often a score or a fraction; after of, by, due, before,
after or from, only with a second number of two digits (a rating of 4/5, cut by
1/3 are fractions). The two numbers are read the way the source or the case
writes its dates (:data:`~.numeric.AMBIGUOUS` until placement knows: a number
over 12 says it outright), and the year is the one that puts the day nearest
the source's date, as for a month named without its year.
"""

from __future__ import annotations

import re

from relcycle.sources.timeexpr.cues import (
    LEANING_DAYS,
    SOON_DAYS,
    around_en_future,
    en_floor,
    en_future,
    leaning_ahead,
    nearest,
)
from relcycle.sources.timeexpr.date_order import first_is_day
from relcycle.sources.timeexpr.model import Resolved, TimeContext, TimeMention, Unresolved
from relcycle.sources.timeexpr.numeric import AMBIGUOUS
from relcycle.sources.timeexpr.prescan import Anchor
from relcycle.sources.timeexpr.qualify import Qualifier, in_year
from relcycle.sources.timeexpr.scanner import Rule

#: Words that introduce a date right before it ("the letter of 09/25", "due 10/05").
_BEFORE = (
    r"(?:(?<=\b[Oo]n\s)|(?<=\bof\s)|(?<=\b[Bb]y\s)|(?<=\b[Dd]ue\s)|(?<=\b[Dd]ated\s)"
    r"|(?<=\b[Ss]ince\s)|(?<=\b[Uu]ntil\s)|(?<=\btill\s)|(?<=\b[Bb]efore\s)|(?<=\b[Aa]fter\s)"
    r"|(?<=\b[Ff]rom\s)|(?<=\b[Tt]hrough\s)|(?<=\b[Ee]nding\s)|(?<=\b[Ss]tarting\s))"
)

#: Words before a number that a fraction follows as often as a day (a score of 4/5, cut by
#: 1/3): after them the second number must have two digits (the letter of 09/25, due 10/05).
_LOOSE = re.compile(r"\b(?:of|[Bb]y|[Dd]ue|[Bb]efore|[Aa]fter|[Ff]rom)\s$")


def _loose(text: str, start: int) -> bool:
    """Whether a word a fraction may follow comes right before ``text[start:]``."""
    return _LOOSE.search(text, max(0, start - 7), start) is not None


def _around(text: str, start: int, end: int) -> tuple[bool | int, ...]:
    """What :func:`resolve_month_day` reads around its match: future cues, and of / by before."""
    return (*around_en_future(text, start, end), _loose(text, start))


def day_and_month(a: int, b: int, ctx: TimeContext) -> Qualifier | Unresolved | None:
    """The day and month two numbers name, either way round (25/09, 9/25, 27/1).

    The number over 12 says which is the day, else the source's (or case's) order;
    :data:`~.numeric.AMBIGUOUS` when neither says, ``None`` when they name no day.
    """
    if (a > 12 and b > 12) or a == 0 or b == 0:
        return None
    day_first = first_is_day(a, b, ctx.day_first)
    if day_first is None:
        return Unresolved(AMBIGUOUS)
    day, month = (a, b) if day_first else (b, a)
    return Qualifier(month=month, day=day) if month <= 12 else None


def resolve_month_day(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """09/25 (month first) or 25/09 (day first): the day nearest the source's date."""
    if len(m.group("b")) < 2 and _loose(m.string, m.start()):
        return None  # a rating of 4/5, cut by 1/3: a fraction
    q = day_and_month(int(m.group("a")), int(m.group("b")), ctx)
    if not isinstance(q, Qualifier):
        return q
    future = en_future(m.string, m.start(), m.end(), ctx.prospective, reported=ctx.reported)
    leaning = ctx.looks_ahead and leaning_ahead(m.string, m.start(), m.end())
    soon = LEANING_DAYS if leaning else SOON_DAYS
    span = nearest(
        lambda y: in_year(y, q), ctx.reference, future, ctx.looks_ahead, soon, en_floor(m, ctx)
    )
    return Resolved(span, True) if span is not None else None


RULES = (
    Rule(
        "en_month_day",
        r"(?=\d)" + _BEFORE + r"(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?![\d/%]|\.\d|[A-Za-z])",
        resolve_month_day,
        anchors=(Anchor("/", r"\d"),),
        reach=2,  # 09|/25
        reads_previous=False,
        around=_around,
    ),
)
