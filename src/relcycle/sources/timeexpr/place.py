"""Dating segments: one time anchor per segment, from its text or its source's date."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from itertools import repeat
from operator import attrgetter, itemgetter, ne, sub

from relcycle.domain import PRECISIONS, Case, Event, Precision, Segment, Source, TimeAnchor
from relcycle.sources.timeexpr.cues import looking_ahead
from relcycle.sources.timeexpr.date_order import case_day_order, day_order
from relcycle.sources.timeexpr.find import default_scanner, memo_for
from relcycle.sources.timeexpr.model import (
    Span,
    TimeContext,
    TimeMention,
    UnresolvedMention,
    case_calendar,
)
from relcycle.sources.timeexpr.named_events import (
    EventReference,
    event_index,
    find_references,
    note_for,
    within,
)
from relcycle.sources.timeexpr.neighbours import borrow_years
from relcycle.sources.timeexpr.numeric import AMBIGUOUS, is_stamp
from relcycle.sources.timeexpr.ranges import is_range
from relcycle.sources.timeexpr.scanner import Found, Memo, Scanner
from relcycle.sources.timeexpr.stamps import Result, restamp
from relcycle.sources.timeexpr.traditional import as_simplified

#: Each precision's rank (0: day, the most specific), without ``Precision.rank``'s search.
_RANK = {precision: rank for rank, precision in enumerate(PRECISIONS)}
#: The rank of a range (自2017年起, since 2017): after every point in time.
_RANGE_RANK = len(PRECISIONS)
#: How a range's expression can start (a cheap test before :func:`is_range`).
_RANGE_FIRST = frozenset("自从SsFf")
#: How a span of months can start (April 2022 to March 2023, between June … and …).
_SPAN_FIRST = frozenset("JjFfMmAaSsOoNnDdBb")
#: How a range's or a stamp's expression can start (a cheap test before :func:`_background`).
_BACKGROUND_FIRST = _RANGE_FIRST | _SPAN_FIRST | frozenset("0123456789")
#: The year, quarter, month or week a text is written in, named from it (今年, this month).
_THIS = re.compile(
    r"(?:今年|本年|本季|这个?季|本月|这个?月|本周|这周|这个?星期|这个?礼拜|本週|這個?季|這個?月|這週"
    r"|這個?星期|這個?禮拜|(?i:this|the current)\s(?:year|quarter|month|week))"
)
_THIS_FIRST = frozenset("今本这這Tt")
#: ``TimeAnchor(...)`` with every field given, without the frozen dataclass's slower ``__init__``.
#: What a day names when a document follows it (关于7月13日中心来函, 7月13日的通知): the
#: document, which minutes or a note of a later day discuss then.
_DOCUMENT_AFTER = re.compile(
    r"(?:的|中心|机构|街道|局里|贵单位|我们|你们|我中心|对方|[^\S\n])?"
    r"(?:来函|复函|函件|函|来信|信函|邮件|请示|批复"
    r"|(?<=的)(?:通知|文件|报告|纪要|会议纪要|推文|推送|文章|报道|帖子|稿件))"
)
#: ... or comes first in English (your letter of 4 July, the email dated 3 March, a notice of
#: concerns dated 3 July).
_DOCUMENT_BEFORE = re.compile(
    r"(?:\b(?:letter|email|e-mail|memo|message|reply|submission|note|notice)s?\s(?:of|dated)"
    r"|\bdated)\s$",
    re.IGNORECASE,
)
#: ... or stands between a determiner and the document in English (the June 3 protocols, your
#: 5 May email, Kessler's July 3 letter).
_DOCUMENT_NAMED_BEFORE = re.compile(
    r"\b(?:the|your|our|his|her|their|its|this|that|\w+['’]s)\s$", re.IGNORECASE
)
_DOCUMENT_NAMED_AFTER = re.compile(
    r"\s(?:letter|e-?mail|memo|notice|protocol|directive|circular|instruction|reply|submission"
    r"|guidance|request|order|announcement)s?\b",
    re.IGNORECASE,
)


#: What a quarter names when a payment follows it (the Q3 installment, 第三季度拨款): which
#: payment is meant, not the time the sentence speaks of ("release the Q3 installment").
_PAYMENT_AFTER = re.compile(
    r"(?:\s(?:FY\s?)?\d{2,4}(?:[/-]\d{2,4})?)?\s?(?:(?i:installment|instalment|tranche|payment"
    r"|disbursement|grant\spayment)s?\b|的?(?:拨款|款项|经费|资金|服务费|尾款))"
)


def names_payment(text: str, start: int, end: int) -> bool:
    """Whether the quarter at ``text[start:end]`` names a payment (the Q4 tranche, 三季度拨款)."""
    return _PAYMENT_AFTER.match(text, end) is not None


def names_document(text: str, start: int, end: int) -> bool:
    """Whether the day at ``text[start:end]`` dates a document (7月13日来函, letter of 4 July)."""
    return (
        _DOCUMENT_AFTER.match(text, end) is not None
        or _DOCUMENT_BEFORE.search(text, max(0, start - 24), start) is not None
        or (
            _DOCUMENT_NAMED_AFTER.match(text, end) is not None
            and _DOCUMENT_NAMED_BEFORE.search(text, max(0, start - 24), start) is not None
        )
    )


_anchor = TimeAnchor._fast
_TEXT, _START, _END = attrgetter("text"), attrgetter("start"), attrgetter("end")
_UNRESOLVED = itemgetter(1)


def _outside(start: date, end: date, case: Case) -> str | None:
    """A note when ``[start, end]`` lies wholly outside the case's studied period."""
    if end < case.start or start > case.end:
        return f"{start}..{end} lies outside the studied period {case.start}..{case.end}"
    return None


#: The cue of a half-year or a year ahead named in a source written at the time (明年的标不投了).
YEAR_AHEAD = "a year ahead, told now"


def said_ahead(
    text: str, start: int, end: int, precision: Precision, prospective: bool
) -> str | None:
    """Why ``text[start:end]``, a time after the source's date, dates its segment at that date.

    The cue :func:`~.cues.looking_ahead` finds around it, or, in a source written
    at the time, :data:`YEAR_AHEAD` for a half-year or a year: nothing of it has
    happened when the note is written, what it tells (a threat, a plan) is said now.

    Returns:
        The cue, or ``None`` when the segment is placed at the time ahead.
    """
    cue = looking_ahead(text, start, end)
    if cue is None and prospective and precision.rank >= Precision.HALF_YEAR.rank:
        return YEAR_AHEAD
    return cue


def _ahead_note(kept: Found, cue: str, mentions: list[Found]) -> str:
    """The note of a segment placed at its source's date though it names a time ahead."""
    note = f"said now of a time ahead: '{kept[2]}' {kept[3]}..{kept[4]} ({cue})"
    others = [f"'{m[2]}'" for m in mentions if m is not kept]
    if others:
        note += "; other time expressions: " + ", ".join(others)
    return note


def _skipped(unresolved: list[UnresolvedMention]) -> str | None:
    return "; ".join(f"unresolved '{u.expression}' ({u.reason})" for u in unresolved) or None


def _at_stamp(
    source_id: str, segment: Segment, case: Case, stamp: Found, note: str | None
) -> TimeAnchor:
    """The anchor of a segment of a chat message placed at the day of the message's stamp."""
    said = f"the day of its message's stamp '{stamp[2]}'"
    note = f"{note}; {said}" if note else said
    outside = _outside(stamp[3], stamp[4], case)
    if outside is not None:
        note = f"{note}; '{stamp[2]}' {outside}"
    return _anchor(source_id, segment.index, stamp[3], stamp[4], stamp[5], "text",
                   stamp[2], note, outside is None)  # fmt: skip


def _from_source(segment: Segment, source: Source, case: Case,
                 unresolved: list[UnresolvedMention],
                 ahead: str | None = None) -> TimeAnchor:  # fmt: skip
    skipped = _skipped(unresolved) or ""
    if ahead is not None:
        skipped = f"{ahead}; {skipped}" if skipped else ahead
    outside = _outside(source.date, source.date, case)
    note = skipped or None
    if outside is not None:
        note = f"{skipped}; source date {outside}" if skipped else f"source date {outside}"
    return _anchor(source.id, segment.index, source.date, source.date, Precision.DAY,
                   "source_date", None, note, outside is None)  # fmt: skip


#: How a question ends: 前年下半年，街道为什么要扣款？ — Did the council ever explain it?
_QUESTION_MARKS = ("？", "?")


def _answered(
    asked: TimeAnchor, segment: Segment, case: Case, unresolved: list[UnresolvedMention]
) -> TimeAnchor:
    """The anchor of an answer naming no time: the time its question asks about.

    问：前年下半年扣款那次，您当时怎么想的？ 答：生气，我是坚持要扣的。 — the answer speaks of
    the second half of that year, not of the day of the interview.
    """
    notes = [f"the time its question asks about: '{asked.expression}' {asked.start}..{asked.end}"]
    if skipped := _skipped(unresolved):
        notes.append(skipped)
    if not asked.in_period:
        notes.append(f"'{asked.expression}' {_outside(asked.start, asked.end, case)}")
    return replace(asked, segment_index=segment.index, note="; ".join(notes))


def _kept(mentions: list[Found], first: date, last: date, today: date | None = None) -> Found:
    """The first of the most specific mentions: the one a segment is placed at.

    A range (自2017年起, since 2017) and a message's stamp (26/05/2022 09:14)
    rank after every point in time, and so, in a source that recalls, do the day
    it was recorded (``today``) and the days either side (我今天想到明天就能做,
    今天回头看, yesterday's call): the interview's now, not the time it tells of.
    When the first of them is a range and no point in time is named, the shortest range
    is kept (我中心自2021年9月承接项目以来…。自2022年下半年起，出现以下问题: the second).
    Among equally specific ones, a mention read off the text alone (the spring
    of 2022) goes before a relative one that names the same time of year in
    another year (last spring): "last spring, well, the spring of 2022" corrects
    itself; and a relative one in the studied period (``first`` to ``last``)
    goes before a relative one before it: in 那年春节前后吧。进驻以后的第一个春节
    the second says which year the first meant.
    """
    kept = mentions[0]
    if len(mentions) > 1:
        best = _RANK[kept[5]]
        # among ranges alone, the shortest: 自2021年9月承接项目以来…。自2022年下半年起，出现…
        spanned = False
        if today is not None and _about_today(kept, today):
            best = _RANGE_RANK
        elif (kept[2][0] in _BACKGROUND_FIRST or kept[2][-1] == "来") and _background(kept[2]):
            best, spanned = _RANGE_RANK, is_range(kept[2])
        for mention in mentions:  # a range's rank is never below best: only others are asked
            rank = _RANK[mention[5]]
            if today is not None and _about_today(mention, today):
                continue  # the days a recalled source was recorded: after every other time
            if (mention[2][0] in _BACKGROUND_FIRST or mention[2][-1] == "来") and _background(
                mention[2]
            ):
                if spanned and mention[4] - mention[3] < kept[4] - kept[3] and is_range(mention[2]):
                    kept = mention
                continue
            if rank < best:
                kept, best, spanned = mention, rank, False
            elif (
                rank == best
                and kept[6]
                and (
                    _corrects(mention, kept)
                    if not mention[6]
                    else kept[4] < first <= mention[4] and mention[3] <= last
                )
            ):
                kept = mention
    return kept


def _about_today(mention: Found, today: date) -> bool:
    """Whether ``mention`` is a day at most one day from ``today`` (昨天, 今天, 明天)."""
    return mention[3] == mention[4] and abs((mention[3] - today).days) <= 1


def _background(expression: str) -> bool:
    """Whether a mention ranks after every point in time: a range, or a message's stamp."""
    first = expression[0]
    return (
        (
            (first in _RANGE_FIRST or (first in _SPAN_FIRST and len(expression) > 15))
            and is_range(expression)
        )
        or expression.endswith("以来")
        or (first.isdigit() and is_stamp(expression))
    )


def _corrects(explicit: Found, relative: Found) -> bool:
    """Whether ``explicit`` names the time of ``relative`` in another year (a self-correction).

    Last spring, well, the spring of 2022; 去年三月，不对，是2021年三月. Not
    January 2 to June 30, 2023, nor the period January to June 2017.
    """
    shift = explicit[3].year - relative[3].year
    if shift == 0 or _background(explicit[2]):
        return False
    try:
        start = relative[3].replace(year=relative[3].year + shift)
        end = relative[4].replace(year=relative[4].year + shift)
    except ValueError:  # 29 February
        return False
    return (start, end) == (explicit[3], explicit[4])


def _from_text(segment: Segment, source: Source, case: Case, mentions: list[Found],
               kept: Found) -> TimeAnchor:  # fmt: skip
    """The anchor at ``kept``, the most specific of a segment's mentions (:data:`Found` tuples)."""
    _, _, expression, start, end, precision, _ = kept
    note = None
    if len(mentions) > 1:
        note = f"{len(mentions)} time expressions; kept the most specific '{expression}'"
        conflicts = [
            f"'{m[2]}'" for m in mentions if m is not kept and not (m[3] <= end and start <= m[4])
        ]
        if conflicts:
            note += "; conflicting: " + ", ".join(conflicts)
    in_period = not (end < case.start or start > case.end)
    if not in_period:
        outside = f"'{expression}' {_outside(start, end, case)}"
        note = outside if note is None else f"{note}; {outside}"
    return _anchor(source.id, segment.index, start, end, precision, "text", expression, note,
                   in_period)  # fmt: skip


def _scan(
    segments: Sequence[Segment], source: Source, ctx: TimeContext
) -> tuple[list[Result], dict[int, tuple[Found, str]], list[Found | None] | None, list[str]]:
    """Each segment's mentions, unresolved expressions and kept mention; the years borrowed.

    And the stamp of the chat message each segment belongs to, if any (see
    :mod:`.stamps`), and the segments' texts as read (Traditional read as Simplified).
    """
    memo = memo_for(ctx)  # the same expressions recur under one date: resolve each once
    # A yearless date beside a year takes that year (国庆 with 中期评估以后): moved in the
    # segment's mentions before one is kept, so the next segment's 当时 reads the moved one.
    borrowed: dict[int, tuple[Found, str]] = {}

    # In a source that recalls (an interview), a yearless date continues the year the
    # last segment with a time named (去年三月 …, then 五月份): every part's mentions are
    # kept here, one mention too, to know the last one.
    recalled = not ctx.prospective

    def keep_for(now: TimeContext) -> Callable[[list[Found]], Found]:
        last: list[Found | None] = [None]
        # its day (a message's: its stamp's) ranks after every other time (see _kept)
        today = now.reference if recalled else None

        def keep(found: list[Found]) -> Found:
            for i, note in borrow_years(found, now, last[0]).items():
                borrowed[id(found[i])] = (found[i], note)
            kept = _kept(found, now.case_start, now.case_end, today)
            if recalled:
                last[0] = kept
            return kept

        return keep

    keep = keep_for(ctx)

    scanner = default_scanner()
    body = source.text
    # Whether the segments are cut from the body (``map`` over C functions: no Python loop).
    texts = list(map(_TEXT, segments))
    starts, ends = list(map(_START, segments)), list(map(_END, segments))
    whole = all(map(body.startswith, texts, starts)) and list(map(sub, ends, starts)) == list(
        map(len, texts)
    )
    # 上個月, 兩個月後: Traditional text is read as Simplified (the same length)
    read = as_simplified(body) if whole else body
    converted = read is not body
    if converted:
        body, texts = read, [read[start:end] for start, end in zip(starts, ends, strict=True)]
    elif not whole:
        texts = list(map(as_simplified, texts))
        converted = any(map(ne, texts, map(_TEXT, segments)))
    if whole:  # the segments are cut from the body: its anchors are searched for once
        results = scanner.scan_parts(
            body, list(zip(starts, ends, strict=True)), memo, keep, keep_one=recalled
        )
    else:  # segments of some other text: each read alone
        results = _alone(scanner, texts, memo, keep, None, recalled)

    def rescan(first: int, last: int, cut: int, now: TimeContext,
               previous: TimeMention | None) -> list[Result]:  # fmt: skip
        if whole:
            parts = [(starts[first] + cut, ends[first])]
            parts += zip(starts[first + 1 : last], ends[first + 1 : last], strict=True)
            return scanner.scan_parts(
                body, parts, memo_for(now), keep_for(now), previous, keep_one=recalled
            )
        run = [texts[first][cut:], *texts[first + 1 : last]]
        return _alone(scanner, run, memo_for(now), keep_for(now), previous, recalled)

    def renamed(old: Found, new: Found) -> None:
        if (moved := borrowed.get(id(old))) is not None and moved[0] is old:
            borrowed[id(new)] = (new, moved[1])

    results, runs = restamp(segments, results, ctx, rescan, renamed)
    if converted:  # name each expression as the text writes it
        seen: dict[str, str] = {}  # read → as written, for a year borrowed from a segment before
        results = [_as_written(result, segment.text, borrowed, seen)
                   for result, segment in zip(results, segments, strict=True)]  # fmt: skip
    return results, borrowed, runs, texts


def _as_written(
    result: Result, text: str, borrowed: dict[int, tuple[Found, str]], seen: dict[str, str]
) -> Result:
    """``result`` with each expression as ``text`` (the segment's own) writes it.

    The notes of years borrowed (``borrowed``, by mention) name them so too, the
    lender's words included when it is in an earlier segment (``seen``: each
    expression read so far → as written, added to here).
    """
    mentions, unresolved, kept = result
    if not mentions and not unresolved:
        return result
    written: dict[int, Found] = {id(m): (m[0], m[1], text[m[0] : m[1]], *m[3:]) for m in mentions}
    for m in mentions:
        if (moved := borrowed.get(id(m))) is not None and moved[0] is m:
            note = moved[1]
            names = {**seen, **{other[2]: written[id(other)][2] for other in mentions}}
            for read, as_written in names.items():
                note = note.replace(f"'{read}'", f"'{as_written}'")
            borrowed[id(written[id(m)])] = (written[id(m)], note)
    seen.update((m[2], written[id(m)][2]) for m in mentions)
    return (
        list(written.values()),
        [replace(u, expression=text[u.start : u.end]) for u in unresolved],
        None if kept is None else written[id(kept)],
    )


def _alone(
    scanner: Scanner,
    texts: Sequence[str],
    memo: Memo,
    keep: Callable[[list[Found]], Found],
    previous: TimeMention | None,
    keep_one: bool = False,
) -> list[Result]:
    """Each text's scan, read alone, each after the last kept mention before it."""
    results = []
    for text in texts:
        result = scanner.scan_parts(text, [(0, len(text))], memo, keep, previous,
                                    keep_one=keep_one)[0]  # fmt: skip
        if result[2] is not None:
            previous = TimeMention(*result[2])
        results.append(result)
    return results


#: How long after the end of the period its title names a periodic report may be written.
REPORT_LAG_DAYS = 120


def report_period(ctx: TimeContext, title: str) -> tuple[Span, str] | None:
    """The quarter or month a periodic report's title names, and the words naming it.

    The title's first quarter or month read off the text alone (2021年第四季度, March
    2023), one that ended within :data:`REPORT_LAG_DAYS` before the report's date or
    ends after it (a report written before its period closed); ``None`` if it names none.
    """
    read = as_simplified(title)  # 2021年第四季度工作報告 read as Simplified, at the same offsets
    mentions, _, _ = default_scanner().scan_parts(
        read, [(0, len(read))], memo_for(ctx), itemgetter(0)
    )[0]
    for first, last, _, start, end, precision, relative in mentions:
        if relative or precision not in (Precision.QUARTER, Precision.MONTH):
            continue
        if start <= ctx.reference <= end + timedelta(days=REPORT_LAG_DAYS):
            return Span(start, end, precision), title[first:last]
        break
    return None


def _in_report(
    segment: Segment, case: Case, report: tuple[Span, str], unresolved: list[UnresolvedMention]
) -> TimeAnchor:
    """The anchor of a periodic report's line naming no time: the period its title names."""
    span, expression = report
    notes = [f"the period the report's title names: '{expression}'"]
    if (skipped := _skipped(unresolved)) is not None:
        notes.append(skipped)
    outside = _outside(span.start, span.end, case)
    if outside is not None:
        notes.append(f"'{expression}' {outside}")
    return _anchor(segment.source_id, segment.index, span.start, span.end, span.precision,
                   "text", expression, "; ".join(notes), outside is None)  # fmt: skip


def place_segments(
    segments: Sequence[Segment],
    source: Source,
    case: Case,
    events: Sequence[Event] = (),
    *,
    sources_day_first: Callable[[], bool | None] | None = None,
) -> list[TimeAnchor]:
    """One time anchor per segment, in the segments' order.

    A segment is placed at the most specific time expression it contains
    (ties: the first, but one read off the text alone before a relative one
    naming the same time of year in another year; a range such as 自2017年起 /
    since 2017, and a message's stamp such as 26/05/2022 09:14, rank after
    every point in time); other expressions whose intervals do not overlap it are
    named in the anchor's note. A segment without a resolvable expression is
    placed at its source's date, and so is one whose kept expression is a
    time ahead said as a rumour, plan, guess or deadline (听说明年可能…, to report
    back by June 2023, relative or not: see
    :func:`~relcycle.sources.timeexpr.cues.looking_ahead`), named in the
    note. In a periodic report whose title names a quarter or a month just ended
    (2021年第四季度工作报告 of 2022-01-11: :func:`report_period`), a segment naming no
    time is placed at that period, and its 本季度 and "this month" count from it. A
    yearless date (国庆, 九月, at Christmas) after an expression naming
    one year in the same segment takes that year when its occurrence then is
    not after the source's date (see :mod:`~relcycle.sources.timeexpr.neighbours`),
    named in the note. Anaphora (当时, two months later) resolve against the kept
    expression of the previous segment of the same source that has one; an
    interval wholly outside the case's studied period is kept with
    ``in_period=False``. A numeric date with its year last whose day and month
    could be either way round (03/04/2022) is read the way the source's other
    dates say (24/02/2022: day first), else as the case's ``date_order`` says, else
    as the case's other sources write theirs, else as its contract's currency
    says, else left unresolved.

    When the case lists its events (events.csv), a segment left at its source's
    date that names one of them (换届以后, 创文那段时间, after the restructure) is
    placed at that event's time, and so is one whose kept expression is a year
    named right before the event when the event falls in it (去年换届以后): see
    :mod:`~relcycle.sources.timeexpr.named_events`.

    Args:
        segments: The source's segments, in order.
        source: The source they belong to (its date is "now" for 去年, last month ...).
        case: The case (its studied period, and its contract's start, end and mid-term).
        events: The case's events (events.csv); none: no segment is placed by one.
        sources_day_first: Which way round the case's sources write numeric dates
            (asked only when this source leaves one open and case.yaml does not say).

    Returns:
        Exactly one :class:`TimeAnchor` per segment, in the same order.
    """
    ctx = TimeContext.for_source(case, source)
    report = None
    if ctx.periodic and source.title:  # 本季度 and the lines naming no time: the titled period
        report = report_period(ctx, source.title)
        if report is not None:
            ctx = replace(ctx, report_period=report[0])
    results, borrowed, runs, texts = _scan(segments, source, ctx)
    if any(map(_UNRESOLVED, results)) and any(
        u.reason == AMBIGUOUS for result in results for u in result[1]
    ):
        # 03/04/2022: the source's other dates may say which way round it writes them,
        # else the case (date_order in case.yaml, else its currency)
        day_first = day_order(source.text)
        if day_first is None:
            day_first = case_day_order(case.extra)
        if day_first is None and sources_day_first is not None:
            day_first = sources_day_first()
        if day_first is None:
            day_first = case_calendar(case).day_first
        if day_first is not None:
            results, borrowed, runs, texts = _scan(
                segments, source, replace(ctx, day_first=day_first)
            )
    # One anchor per segment: _from_text and _from_source, inlined (this runs for every
    # segment), with what is the same for the whole source worked out once.
    anchors = []
    reference = source.date
    prospective = ctx.prospective
    source_id = source.id
    case_start, case_end = case.start, case.end
    outside = _outside(reference, reference, case)
    at_source = outside is None
    source_note = None if at_source else f"source date {outside}"
    day = Precision.DAY
    quarter = Precision.QUARTER
    stamps = repeat(None, len(results)) if runs is None else runs
    asked = ""  # the text before: an interviewer's question dates the answer naming no time
    for segment, text, (mentions, unresolved, kept), stamp in zip(
        segments, texts, results, stamps, strict=True
    ):
        question, asked = asked, text
        if kept is None:
            if stamp is not None:  # a message's later lines: the day its stamp names
                anchors.append(_at_stamp(source_id, segment, case, stamp, _skipped(unresolved)))
            elif (
                not prospective
                and question.rstrip().endswith(_QUESTION_MARKS)
                and anchors[-1].provenance == "text"
                and anchors[-1].start <= reference  # not a plan asked about (明年还来吗？)
            ):
                anchors.append(_answered(anchors[-1], segment, case, unresolved))
            elif report is not None:
                anchors.append(_in_report(segment, case, report, unresolved))
            elif unresolved or not at_source:
                anchors.append(_from_source(segment, source, case, unresolved))
            else:
                anchors.append(_anchor(source_id, segment.index, reference, reference, day,
                                       "source_date", None, source_note, at_source))  # fmt: skip
            continue
        # A time ahead said as a rumour, plan or guess (听说明年可能…, by June) is evidence of now;
        # so is, in a source written at the time, the year, month or week it is written in,
        # named from it (今年, this month): its date says more.
        _, _, expression, start, end, precision, relative = kept
        now = reference if stamp is None else stamp[3]
        named = None
        if prospective and precision is day and start < now and names_document(text, *kept[:2]):
            # minutes of 9-21 on 关于7月13日中心来函: the letter's day is no time of the segment
            named = f"'{expression}' {start} dates a document discussed then"
        elif prospective and precision is quarter and names_payment(text, *kept[:2]):
            # a letter of June asking that the Q4 tranche be released: it asks now
            named = f"'{expression}' {start}..{end} names a payment, not a time"
        if named is not None:
            if stamp is not None:
                anchors.append(_at_stamp(source_id, segment, case, stamp, named))
            else:
                anchors.append(_from_source(segment, source, case, unresolved, named))
            continue
        if start > now or (
            relative
            and prospective
            and start <= now < end
            and (
                (expression[0] in _THIS_FIRST and _THIS.match(expression) is not None)
                or (now - start) * 2 <= end - start
            )
        ):
            if start > now:
                cue = said_ahead(text, kept[0], kept[1], precision, prospective)
                note = None if cue is None else _ahead_note(kept, cue, mentions)
            else:
                note = f"'{expression}' {start}..{end} holds the day it was written"
            if note is not None:
                if stamp is not None:  # said now: when its message was sent
                    anchors.append(_at_stamp(source_id, segment, case, stamp, note))
                else:
                    anchors.append(_from_source(segment, source, case, unresolved, note))
                continue
        moved = borrowed.get(id(kept))
        if moved is not None and moved[0] is kept:
            anchor = _from_text(segment, source, case, mentions, kept)
            note = moved[1] if anchor.note is None else f"{anchor.note}; {moved[1]}"
            anchors.append(replace(anchor, note=note))
        elif len(mentions) > 1 or end < case_start or start > case_end:
            anchors.append(_from_text(segment, source, case, mentions, kept))
        else:  # one expression, in the studied period: no note
            anchors.append(_anchor(source_id, segment.index, start, end, precision, "text",
                                   expression, None, True))  # fmt: skip
    if events:
        _by_events(anchors, segments, texts, results, case, tuple(events), reference, prospective)
    return anchors


def _by_events(anchors: list[TimeAnchor], segments: Sequence[Segment], texts: Sequence[str],
               results: Sequence[Result], case: Case, events: tuple[Event, ...],
               written: date, prospective: bool) -> None:  # fmt: skip
    """Place, in ``anchors``, the segments that name one of the case's earlier events.

    In a source that recalls (an interview), those left at their source's date with no
    time named, at the first event they name; in any source, those whose kept expression
    is a time named right before an event's Chinese name, when the event falls in it
    (去年换届以后). Only events over before the source's date (``written``) are recalled:
    a note written at the time speaks of its own day, and its 审核后 is no past event.
    """
    index = event_index(tuple(e for e in events if e.end < written))
    if not index.events:
        return
    for i, (anchor, text, (_, unresolved, kept)) in enumerate(
        zip(anchors, texts, results, strict=True)
    ):
        if kept is None:
            if anchor.provenance == "source_date" and not prospective:
                found = find_references(text, index)
                if found:
                    anchors[i] = _at_event(anchor, segments[i], found[0], found[0].start,
                                           unresolved, case)  # fmt: skip
        elif anchor.provenance == "text" and kept[2] == anchor.expression and _wider(kept):
            after = kept[1]
            for ref in find_references(text, index, floor=after, english=False):
                if ref.start - after <= 1 and within(kept[3], kept[4], ref.event):
                    anchors[i] = _at_event(anchor, segments[i], ref, kept[0], [], case)
                    break


def _wider(kept: Found) -> bool:
    """Whether a kept mention is wider than a month (去年, 第二年): an event may narrow it."""
    return (kept[4] - kept[3]).days > 31


def _at_event(anchor: TimeAnchor, segment: Segment, ref: EventReference, start: int,
              unresolved: list[UnresolvedMention], case: Case) -> TimeAnchor:  # fmt: skip
    """The anchor of a segment placed by its reference to an event (from ``start`` on)."""
    expression = segment.text[start : ref.end]
    notes = [note_for(expression, ref.event)]
    others = [u for u in unresolved if u.end <= start or u.start >= ref.end]
    if (skipped := _skipped(others)) is not None:
        notes.append(skipped)
    span = ref.span
    outside = _outside(span.start, span.end, case)
    if outside is not None:
        notes.append(f"'{expression}' {outside}")
    return _anchor(anchor.source_id, anchor.segment_index, span.start, span.end, span.precision,
                   "text", expression, "; ".join(notes), outside is None)  # fmt: skip
