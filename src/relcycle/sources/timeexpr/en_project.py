"""English expressions placed by the project, the reference date or the previous mention.

at the start of the contract, in the second year, before the mid-term review,
towards the end of the project, about six months in, the first quarter of the
contract (the contract's dates); two
months ago, recently (the source's date); two months later, at the time, the next
day (the previous mention).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from relcycle.domain import Precision
from relcycle.sources.timeexpr.en_anchors import (
    DAYS_COUNTED,
    DAYS_IN_TIME,
    MONTH_NAMES,
    MONTH_WORD,
    PROJECT_WORDS,
    SEASONS,
    WEEKS_COUNTED,
    WEEKS_IN_TIME,
    YEAR_WORD,
    ending,
    word,
)
from relcycle.sources.timeexpr.en_calendar import MONTHS
from relcycle.sources.timeexpr.festivals import festival_span
from relcycle.sources.timeexpr.model import (
    SOUTHERN_SEASONS,
    Resolved,
    Span,
    TimeContext,
    TimeMention,
    Unresolved,
)
from relcycle.sources.timeexpr.numerals import EN_ORDINALS, en_number
from relcycle.sources.timeexpr.prescan import Anchor
from relcycle.sources.timeexpr.qualify import contract_year
from relcycle.sources.timeexpr.scanner import Rule
from relcycle.sources.timeexpr.spans import (
    add_months,
    day_span,
    fit,
    month_of,
    month_span,
    season_span,
    year_span,
)
from relcycle.sources.timeexpr.zh_calendar import NO_PREVIOUS, NOT_A_DAY, names_days
from relcycle.sources.timeexpr.zh_project import resolve_end as _zh_end
from relcycle.sources.timeexpr.zh_project import resolve_mid_term as _zh_mid_term
from relcycle.sources.timeexpr.zh_project import resolve_start as _zh_start

_NUM = (
    r"(?P<n>\d{1,2}|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine"
    r"|[Tt]en|[Ee]leven|[Tt]welve|[Aa]\scouple\sof"
    # eighteen months in, twenty-four months on
    r"|[Ff]ifteen|[Ee]ighteen|[Tt]wenty(?:-four)?|[Tt]hirty(?:-six)?)"
)
#: "a week on" after a quantity (two days, 11 hours, once, a day, 10%) is a rate.
_RATE = (
    r"(?!(?:(?<=s\s)|(?<=once\s)|(?<=twice\s)|(?<=day\s)|(?<=hour\s)|(?<=[\d%]\s))"
    r"[Aa]n?\s(?:day|week|month|year)\son(?![A-Za-z]))"
)
_PROJECT = r"(?:the|our|this)\s(?:contract|project|programme|program|service|partnership)"


def resolve_offset(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """Two months ago, two months later, in two months' time; two years ago this month.

    "Ago" and "in ... time" count from the reference; "later", "after that" and
    "earlier" from the previous mention, else from the reference.
    """
    n = en_number(m.group("n"))
    if n is None:
        return None
    unit = m.group("unit").lower().rstrip("s")
    groups = m.groupdict()
    direction = (groups.get("dir") or "").lower()
    if direction == "ago" or groups.get("within"):
        point = ctx.reference
    elif prev is not None:
        point = prev.interval_start
    else:
        point = ctx.reference
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    if unit == "year" and groups.get("this"):
        then = add_months(point, -12 * n)
        if groups["this"].lower().endswith("week"):
            monday = then - timedelta(days=then.weekday())
            return Resolved(fit(monday, monday + timedelta(days=6)), True)
        return Resolved(month_of(then), True)
    if unit == "day":
        return Resolved(day_span(point + timedelta(days=sign * n)), True)
    if unit == "week":
        start = point + timedelta(weeks=sign * n)
        return Resolved(fit(start - timedelta(days=start.weekday()),
                            start + timedelta(days=6 - start.weekday())), True)  # fmt: skip
    if unit == "month":
        return Resolved(month_of(add_months(point, sign * n)), True)
    return Resolved(year_span(point.year + sign * n), True)


def resolve_into_project(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """About six months in, a year into the contract: counted from the contract's start."""
    n = en_number(m.group("n"))
    if n is None:
        return None
    unit = m.group("unit").lower().rstrip("s")
    start = ctx.project_start
    if unit == "week":
        point = start + timedelta(weeks=n)
        return Resolved(fit(point - timedelta(days=point.weekday()),
                            point + timedelta(days=6 - point.weekday())), True)  # fmt: skip
    return Resolved(month_of(add_months(start, n * 12 if unit == "year" else n)), True)


_PART_MONTHS = {"quarter": 3, "month": 1, "half": 6, "six months": 6, "three months": 3}


_FIRST_MONTHS = {"few": 3, "couple of": 2, "two": 2, "three": 3, "four": 4, "six": 6, "2": 2,
                 "3": 3, "4": 4, "6": 6}  # fmt: skip


def resolve_first_months(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """The first six months, our first few months, those first months: the contract's (few: 3)."""
    start = ctx.project_start
    months = _FIRST_MONTHS[" ".join((m.group("fn") or "few").lower().split())]
    return Resolved(fit(start, add_months(start, months) - timedelta(days=1)), True)


def resolve_contract_part(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """The first quarter of the contract, its second month, the final six months of the project."""
    word = m.group("pord").lower()
    months = _PART_MONTHS[" ".join(m.group("punit").lower().split())]
    if word in ("final", "last"):
        end = ctx.project_end
        return Resolved(fit(add_months(end + timedelta(days=1), -months), end), True)
    start = add_months(ctx.project_start, months * (EN_ORDINALS[word] - 1))
    return Resolved(fit(start, add_months(start, months) - timedelta(days=1)), True)


#: Verbs that take "back" (push back, wrote back, held back): "did you push back then?" is no
#: "back then".
_VERBS_BACK = (  # noqa: SIM905 (a word list reads best as one string)
    "push pushed pushing fight fought hit pay paid write wrote call called hold held give gave "
    "bring brought send sent step stepped talk talked answer answered report reported get got "
    "come came go went scale scaled cut pull pulled roll rolled pushes"
).split()
_NOT_AFTER_VERB = "".join(rf"(?<!\b{verb}\s)" for verb in _VERBS_BACK)


#: A clause that tells what is done on any day, not on one: "any threat a mentor learns of will
#: be reported the same day", "minutes must go out the next day".
_GENERIC_BEFORE = re.compile(
    r"\b(?:will|shall|must|should|always|usually|normally|whenever|each\stime|every\stime)\b"
    r"[^.;:!?\n]*$",
    re.IGNORECASE,
)
#: A reason for :class:`Unresolved`: the day named is any day such a thing happens.
GENERIC_DAY = "a rule for any day, not a day of its own"


def _generic_day(text: str, start: int, end: int) -> bool:
    """Whether the same day or the next day ends a clause of what will or must happen.

    "That day" is left alone: "the contract will end in May, that day …" names one.
    """
    said = text[start:end].lower()
    return said.endswith(("same day", "next day", "following day", "day after")) and (
        _GENERIC_BEFORE.search(text, max(0, start - 80), start) is not None
    )


def resolve_anaphora(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """At the time, back then, that day (the previous mention's time); the next day.

    A day said in a clause of what will, must or always happens on such a day ("will be
    reported to the PO the same day") is no day of its own (:func:`_generic_day`).
    """
    if _generic_day(m.string, m.start(), m.end()):
        return Unresolved(GENERIC_DAY)
    if prev is None:
        return Unresolved(NO_PREVIOUS)
    if (m.group("next") and prev.precision is not Precision.DAY) or (
        m.group(0)[-3:].lower() == "day" and not names_days(prev)
    ):
        return Unresolved(NOT_A_DAY)  # "the same day" after 2020/21: which day?
    if m.group("next"):
        return Resolved(day_span(prev.interval_start + timedelta(days=1)), True)
    return Resolved(Span(prev.interval_start, prev.interval_end, prev.precision), True)


def resolve_contract_year(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """In the second year (of the contract); in the final year of the project.

    Also the second year said alone as an answer begins ("The second year, definitely."),
    before a comma or a verb telling what it was.
    """
    groups = m.groupdict()
    year = _contract_year(groups.get("ord") or groups["ordf"], ctx)
    return Resolved(year, True) if year is not None else None


def _contract_year(word: str, ctx: TimeContext) -> Span | None:
    """The contract's year an ordinal or a number names (second, final, two, 2)."""
    word = word.lower()
    if word in ("final", "last"):
        end = ctx.project_end
        return fit(add_months(end + timedelta(days=1), -12), end)
    n = EN_ORDINALS.get(word) or en_number(word)
    return contract_year(ctx.project_start, n) if n else None


#: The first months of the COVID-19 pandemic's lockdowns (mid-March to mid-June 2020 in the
#: UK, Canada, Australia, New Zealand and most US states).
PANDEMIC_START = (date(2020, 3, 16), date(2020, 6, 15))


def resolve_pandemic_start(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """The first lockdown, when the pandemic hit: spring 2020 (none in a text written before)."""
    first, last = PANDEMIC_START
    if ctx.reference < first:
        return None
    return Resolved(fit(first, last), True)


#: How many months the start or the end of a contract's year is.
EDGE_MONTHS = 3
_DAY = timedelta(days=1)


def resolve_contract_year_edge(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """At the start of the second year, late in year one, in year 2 (of the contract)."""
    year = _contract_year(m.group("ord") or m.group("num"), ctx)
    if year is None:
        return None
    edge = m.group("edge")
    if edge is None:
        return Resolved(year, True)
    if any(w in edge.lower() for w in ("start", "beginning", "outset", "early")):
        return Resolved(fit(year.start, add_months(year.start, EDGE_MONTHS) - _DAY), True)
    return Resolved(fit(add_months(year.end + _DAY, -EDGE_MONTHS), year.end), True)


_SEASON_NAMES = {"spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn",
                 "winter": "winter"}  # fmt: skip


def resolve_first_season(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """That first autumn, our first winter: the first such season the contract saw."""
    season = _SEASON_NAMES[m.group("season").lower()]
    if ctx.southern:
        season = SOUTHERN_SEASONS[season]
    start = ctx.project_start
    for year in (start.year - 1, start.year):
        if (span := season_span(year, season)).end >= start:
            return Resolved(span, True)
    return Resolved(season_span(start.year + 1, season), True)


#: How long "the first few weeks" are.
_FEW_WEEKS = timedelta(days=21)


def resolve_first_weeks(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """That first month, the first few weeks, our first fortnight: the contract's start.

    What an interview looking back says of the start without naming it ("That first month we
    didn't know what we were allowed to ask them"). The first months, plural, are
    :func:`resolve_first_months`'.
    """
    start = ctx.project_start
    unit = m.group("unit").lower()
    many = unit.endswith("s") or m.group("few") is not None
    if unit.startswith("fortnight"):
        return Resolved(fit(start, start + timedelta(days=13)), True)
    if unit.startswith("week"):
        if many:  # vague: a named month in the same segment says more
            return Resolved(Span(start, start + _FEW_WEEKS - _DAY, Precision.SEASON), True)
        return Resolved(fit(start, start + timedelta(days=6)), True)
    return Resolved(fit(start, add_months(start, 1) - _DAY), True)


def resolve_first_month(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """That first December, our first Christmas: the first one the contract saw."""
    start = ctx.project_start
    name = m.group("fmon").lower()
    for year in (start.year, start.year + 1):
        span = (
            festival_span("christmas", year)
            if name == "christmas"
            else month_span(year, MONTHS[name])
        )
        if span is not None and span.end >= start:
            return Resolved(span, True)
    return None


#: Recently and its kin: how many days back they reach, as 最近 / 近几个月 do.
_RECENT = {"recently": 30, "lately": 30, "weeks": 30, "months": 91}


def resolve_recent(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """Recently, lately, in recent weeks / months: a stretch ending at the reference (最近)."""
    back = _RECENT[(m.group("rec") or m.group("unit")).lower()]
    ref = ctx.reference
    return Resolved(fit(ref - timedelta(days=back), ref), True)


def resolve_effective(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """With effect from today, as of today, with immediate effect: the day written."""
    return Resolved(day_span(ctx.reference), True)


RULES = (
    Rule(
        "en_effective",
        # what a letter does on the day it is written, whatever period it looks back on
        r"(?=[WwAaFfEe])(?<![A-Za-z])(?:[Ww]ith\s(?:effect\sfrom\stoday|immediate\seffect)"
        r"|[Aa]s\s(?:of|from)\stoday|[Ff]rom\stoday(?:\s(?:on|onwards?))?|[Ee]ffective\s(?:today|immediately))"
        r"(?![A-Za-z])",
        resolve_effective,
        anchors=(*ending("today"), word("immediate", 0)),  # immediate|ly
        reach=17,  # with effect from |today
        reads_previous=False,
    ),
    Rule(
        "en_recent",
        r"(?=[RrLlIi])(?<![A-Za-z])(?<!until\s)(?<!till\s)(?<![Nn]ot\s)(?<![Uu]ntil\s)"
        r"(?:(?P<rec>[Rr]ecently|[Ll]ately)|[Ii]n\srecent\s(?P<unit>weeks|months))(?![A-Za-z])",
        resolve_recent,
        anchors=(
            *ending("recently"),
            *ending("lately"),
            Anchor("w", r"eeks(?<=recent\sweeks)"),
            Anchor("m", r"onths(?<=recent\smonths)"),
        ),
        reach=10,  # in recent |months
        reads_previous=False,
    ),
    Rule(
        "en_offset",
        r"(?=\d|[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven"
        r"|[Tt]welve|[Ff]ifteen|[Tt]wenty|[Tt]hirty)(?<![A-Za-z])"
        # "two days a week on paperwork", "11 hours a week on reporting": a rate, not a time
        + _RATE
        + _NUM
        + r"\s(?P<unit>days?|weeks?|months?|years?)\s(?P<dir>ago|later|earlier"
        # "six months on" is later; "18 months on the current terms", "a week on returns" not
        r"|afterwards|after\sthat|before\sthat|on(?!\s(?:the|a|an|our|their|its|this|that|these"
        r"|those|his|her|my|your|[a-z]+s\b)))"
        # two years ago this month, a year ago around this time: that month of that year
        r"(?:(?<=ago)\s(?P<this>this\s(?:month|week|time)|(?:around|about)\sthis\stime))?(?![A-Za-z])",
        resolve_offset,
        anchors=(YEAR_WORD, MONTH_WORD, *WEEKS_COUNTED, *DAYS_COUNTED),
        reach=14,  # a couple of da|y
        reads_previous=r"(?<!ago)\Z",
    ),
    Rule(
        "en_into_project",
        r"(?=\d|[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven"
        r"|[Tt]welve|[Ff]ifteen|[Tt]wenty|[Tt]hirty)(?<![A-Za-z])"
        + _NUM
        + r"\s(?P<unit>weeks?|months?|years?)\s(?:in(?=\s?[.,;:!?)\u2013\u2014-]|\Z)|into\s"
        + _PROJECT
        + r"(?![A-Za-z]))",
        resolve_into_project,
        anchors=(YEAR_WORD, MONTH_WORD, Anchor("w", r"eeks?\sin")),
        reach=14,  # a couple of mo|nths
        reads_previous=False,
    ),
    Rule(
        "en_in_time",
        r"(?=[Ii]n\s)(?<![A-Za-z])(?P<within>[Ii]n)\s"
        + _NUM
        + r"\s(?P<unit>days?|weeks?|months?|years?)'s?\stime",
        resolve_offset,
        anchors=(YEAR_WORD, MONTH_WORD, *WEEKS_IN_TIME, *DAYS_IN_TIME),
        reach=17,  # in a couple of da|y's time
        reads_previous=False,
    ),
    Rule(
        "en_anaphora",
        r"(?=[Aa][tr]|[Bb][ay]|[Ii]n\s|[Tt]h)(?<![A-Za-z])(?:[Aa]t\sthe\stime(?!\sof)|[Aa]t\sthat\s(?:time|point)|[Aa]round\sthat\stime"
        r"|" + _NOT_AFTER_VERB + r"[Bb]ack\sthen"
        r"|[Bb]y\sthen|[Ii]n\sthose\sdays|[Tt]hat\sday|[Tt]he\ssame\sday"
        r"|(?P<next>[Tt]he\snext\sday|[Tt]he\sday\safter|[Tt]he\sfollowing\sday))(?![A-Za-z])",
        resolve_anaphora,
        anchors=(
            Anchor("m", r"e(?![a-z])(?<=the\stime|hat\stime)"),
            Anchor("p", r"oint(?<=that\spoint)"),
            Anchor("k", r"\sthen(?<=back\sthen)"),
            Anchor("y", r"\sthen(?<=by\sthen)"),
            Anchor("y", r"s(?<=those\sdays)"),
            *ending("that day", "same day", "next day", "following day"),
            Anchor("y", r"\safter(?<=the\sday\safter)"),
        ),
        reach=16,  # the following da|y
        around=_generic_day,
    ),
    Rule(
        "en_start",
        r"(?=(?i:at|from|in|when)\s)(?i:(?:at|from|in)\sthe\s(?:very\s)?(?:start|beginning|outset|launch)\sof\s"
        + _PROJECT
        + r"|when\s(?:the|our)\s(?:contract|project|programme|program)\s(?:first\s)?"
        + r"(?:started|began"
        r"|was\ssigned|was\s(?:first\s)?let|kicked\soff|launched)|when\swe\s(?:first\s)?(?:came\sin"
        r"|arrived|moved\sin|took\sover|(?:signed|let|awarded|won|got|started)\sthe\scontract)"
        r"|in\sthe\s(?P<early>first\s(?:few\s)?months|early\s(?:days"
        r"|months))\sof\s" + _PROJECT + r")",
        _zh_start,
        anchors=(
            *PROJECT_WORDS,
            Anchor(
                "w",
                r"e\s(?:first\s)?(?:came|arrived|moved|took|signed|let|awarded|won|got|started)",
            ),
        ),
        reach=34,  # in the first few months of the pro|ject
        reads_previous=False,
    ),
    Rule(
        "en_first_season",
        r"(?=[TtOo])(?<![A-Za-z])(?:[Tt]hat|[Tt]he|[Oo]ur)\sfirst\s(?P<season>[Ss]pring|[Ss]ummer"
        r"|[Aa]utumn|[Ff]all(?!\sof\s(?:snow|rain|leaves))|[Ww]inter)(?![A-Za-z])",
        resolve_first_season,
        anchors=SEASONS,
        reach=15,  # that first autu|mn
        reads_previous=False,
    ),
    Rule(
        "en_first_weeks",
        # "that first month", "the first few weeks": an interview's look back at the start
        # (the first months: en_first_months; likened to, as there, is no time)
        # (since the first week: the start of a stretch a segment does not speak of)
        r"(?=[TtOo])(?<![A-Za-z])(?<!me\sof\s)(?<!us\sof\s)(?<!like\s)(?<!to\s)"
        r"(?<![Ss]ince\s)(?<![Ff]rom\s)"
        r"(?:[Tt]hat|[Tt]he|[Oo]ur|[Tt]hose)\s(?:very\s)?first\s"
        r"(?:(?P<few>few|couple\sof)\s)?(?P<unit>weeks?|month|fortnight)(?![A-Za-z])"
        r"(?!\s(?:of|in|after|back|since|at|on|with|as|under|for)\b)(?!\sand\sa\shalf)(?!['’])",
        resolve_first_weeks,
        anchors=(Anchor("f", r"irst\s(?:few\s|couple\sof\s)?(?:week|month|fortnight)"),),
        reach=16,  # those very f|irst
        reads_previous=False,
    ),
    Rule(
        "en_first_month",
        # "that first December", "our first Christmas": the first the contract saw
        r"(?=[TtOo])(?<![A-Za-z])(?:[Tt]hat|[Tt]he|[Oo]ur)\sfirst\s(?P<fmon>January|February"
        r"|March|April|May|June|July|August|September|October|November|December|Christmas)"
        r"(?![A-Za-z])",
        resolve_first_month,
        anchors=(*MONTH_NAMES, word("christmas", 0)),
        reach=20,  # that first Septem|ber
        reads_previous=False,
    ),
    Rule(
        "en_contract_year",
        # "that first year", as an interview looks back on the contract (as "that first winter")
        r"(?=(?i:in|during|by|throughout)\s|[Tt]hat\s)(?:(?i:in|during|by|throughout)\s(?i:the|our)"
        r"|[Tt]hat)\s(?i:(?:(?P<ord>first|second|third|fourth)\syear(?:\sof\s"
        + _PROJECT
        + r")?|(?P<ordf>final|last)\syear\sof\s"
        + _PROJECT
        + r"))(?![A-Za-z])",
        resolve_contract_year,
        anchors=(YEAR_WORD,),
        reach=22,  # throughout the fourth |year
        reads_previous=False,
    ),
    Rule(
        "en_contract_year_alone",
        # "The second year, definitely." "The first year was hard.": an answer's year
        r"(?=[Tt]he\s)(?<![A-Za-z]\s)[Tt]he\s(?P<ord>first|second|third|fourth)\syear"
        r"(?=\s?[,;:\u2014\u2013]|\s(?:was|were|got|went|had|saw|brought)\b)",
        resolve_contract_year,
        anchors=(YEAR_WORD,),
        reach=16,  # the second |year
        reads_previous=False,
    ),
    Rule(
        "en_pandemic_start",
        # the first lockdown, when the pandemic hit, at the start of covid: spring 2020
        r"(?=[Tt]he\s|[Ww]hen\s|[Aa]t\s|[Ff]rom\s|[Ff]irst\s)(?<![A-Za-z])(?i:(?:the\s)?first"
        r"\s(?:national\s|covid(?:-19)?\s|uk\s|full\s)?lockdown"
        r"|when\s(?:the\s)?(?:pandemic|covid(?:-19)?|coronavirus|lockdown)\s(?:first\s)?"
        r"(?:hit|started|began|struck|arrived|came(?:\sin)?|kicked\sin)"
        r"|(?:at|from)\sthe\s(?:very\s)?(?:start|beginning|outset)\sof\s(?:the\s)?"
        r"(?:pandemic|covid(?:-19)?|coronavirus|first\slockdown))(?![A-Za-z])",
        resolve_pandemic_start,
        anchors=tuple(word(w, 0) for w in ("lockdown", "pandemic", "covid", "coronavirus")),
        reach=46,  # at the very beginning of the first |lockdown
        reads_previous=False,
    ),
    Rule(
        "en_contract_year_edge",
        # at the start of the second year, early in year two, by the end of the first year of
        # the contract, in year 2: the contract's year (its first or last three months)
        r"(?=(?i:at|from|by|around|near|towards?|early|late|in|during)\s)(?<![A-Za-z])(?i:"
        r"(?:(?P<edge>(?:at|from|by|around|near|towards?)\s(?:the\s)?(?:very\s)?"
        r"(?:start|beginning|outset|end|close)\sof|(?:early|late)\sin)|in|during)\s"
        r"(?:(?:the|our|that)\s(?P<ord>first|second|third|fourth|final|last)\syear"
        r"|year\s(?P<num>one|two|three|four|[1-4])(?!\d))(?:\sof\s" + _PROJECT + r")?)"
        r"(?![A-Za-z])",
        resolve_contract_year_edge,
        anchors=(YEAR_WORD,),
        reach=40,  # at the very beginning of the fourth |year
        reads_previous=False,
    ),
    Rule(
        "en_contract_part",
        r"(?=(?i:in|during|by|throughout|over|for|at)\s)(?i:(?:in|during|by|throughout|over|for|at)"
        r"\s(?:the|our)\s(?P<pord>first|second|third|fourth|final|last)\s(?P<punit>quarter|month"
        r"|half|six\smonths|three\smonths)\sof\s" + _PROJECT + r")(?![A-Za-z])",
        resolve_contract_part,
        anchors=PROJECT_WORDS,
        reach=46,  # throughout the first three months of the pro|ject
        reads_previous=False,
    ),
    Rule(
        "en_first_months",
        # the first six months were lovely (头半年): the contract's, as an interview looks back;
        # not the first six months of 2021, of the year
        # not likened to (reminds me of the first months, like those first months)
        r"(?=[TtOo])(?<![A-Za-z])(?<!me\sof\s)(?<!us\sof\s)(?<!like\s)(?<!to\s)"
        r"(?:[Tt]he|[Oo]ur|[Tt]hose)\s(?:very\s)?first\s"
        r"(?:(?P<fn>(?i:few|couple\sof|two|three|four|six)|[2346])\s)?months(?![A-Za-z])"
        r"(?!\s(?:of|in)\s)",
        resolve_first_months,
        anchors=(Anchor("f", r"irst\s"),),
        reach=9,  # our very |first
        reads_previous=False,
    ),
    Rule(
        "en_mid_term",
        r"(?=(?i:before|after|around|during|at|ahead|by|since|until|the)\s)"
        r"(?i:(?:(?P<mod>before|after|around|during|at|ahead\sof|by|since|until)\s)?the\smid-?term"
        r"\s(?:review|evaluation|assessment|inspection|check))",
        _zh_mid_term,
        anchors=(Anchor("m", "id-?term"),),
        reach=13,  # ahead of the |mid-term
        reads_previous=False,
    ),
    Rule(
        "en_end",
        r"(?=(?i:towards?|near|close|at|by|around|when|as)\s)"
        r"(?i:(?:(?P<near>towards?|near|close\sto)|at|by|around)\sthe\s(?:very\s)?end\sof\s"
        + _PROJECT
        + r"|when\sthe\s(?:contract|project)\s"
        + r"(?:(?P<late>was\s(?:about|due|going)\sto\s(?:expire|end)"
        r"|was\sending|was\srunning\sout)|expired|ended|ran\sout|came\sto\san\send)"
        r"|as\sthe\scontract\s(?P<near2>neared\sits\send|drew\sto\sa\sclose|was\sexpiring))",
        _zh_end,
        anchors=PROJECT_WORDS,
        reach=32,  # close to the very end of the pro|ject
        reads_previous=False,
    ),
)
