"""place_segments gives the anchors of the plain per-segment definition on generated sources."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from test_place import _case
from timeexpr_texts import generated_texts

from relcycle.domain import Case, Precision, Segment, Source, TimeAnchor
from relcycle.domain.time import Provenance
from relcycle.sources.mailblocks import header_block_end
from relcycle.sources.segmenter import stamp_end
from relcycle.sources.timeexpr import place_segments
from relcycle.sources.timeexpr.date_order import day_order
from relcycle.sources.timeexpr.find import scan_text
from relcycle.sources.timeexpr.model import Span, TimeContext, TimeMention, case_calendar
from relcycle.sources.timeexpr.neighbours import borrow_years
from relcycle.sources.timeexpr.numeric import is_stamp
from relcycle.sources.timeexpr.place import (
    REPORT_LAG_DAYS,
    names_document,
    names_payment,
    said_ahead,
)
from relcycle.sources.timeexpr.ranges import is_range
from relcycle.sources.timeexpr.scanner import Found
from relcycle.sources.timeexpr.stamps import is_day_line, weekday_heading
from relcycle.sources.timeexpr.traditional import as_simplified


def astuple_of(m: TimeMention) -> Found:
    """A mention as the scanner reports it (a :data:`Found` tuple)."""
    return (m.start, m.end, m.expression, m.interval_start, m.interval_end, m.precision,
            m.relative)  # fmt: skip


def _rank(mention: TimeMention, today: date | None = None) -> int:
    """Precision rank; a range (自2017年起, since 2017) after every point in time.

    So are the day ``today`` a source that recalls was recorded and the days either side
    (its 昨天, 今天, 明天: its now).
    """
    background = is_range(mention.expression) or is_stamp(mention.expression)
    if (
        today is not None
        and mention.interval_start == mention.interval_end
        and abs((mention.interval_start - today).days) <= 1
    ):
        background = True
    return 7 if background else mention.precision.rank


def _in_another_year(explicit: TimeMention, relative: TimeMention) -> bool:
    """The explicit mention names the relative one's time of year in another year."""
    shift = explicit.interval_start.year - relative.interval_start.year
    try:
        moved = (
            relative.interval_start.replace(year=relative.interval_start.year + shift),
            relative.interval_end.replace(year=relative.interval_end.year + shift),
        )
    except ValueError:
        return False
    return shift != 0 and moved == (explicit.interval_start, explicit.interval_end)


#: The year, quarter, month or week a text is written in, named from it (今年, this month).
THIS = re.compile(
    r"今年|本年|本季|这个?季|本月|这个?月|本周|这周|这个?星期|这个?礼拜|本週|這個?季|這個?月|這週"
    r"|這個?星期|這個?禮拜|(?i:this|the current)\s(?:year|quarter|month|week)"
)


def _chat_stamp(segment: Segment, ctx: TimeContext) -> tuple[TimeMention, int] | None:
    """The mention of the chat stamp ``segment`` starts with, if it names a day, and its end.

    A mail's header (From: … Sent: …) is a stamp as a whole, of the day its Sent line names;
    a separator line may come before it (-----Original Message-----).
    """
    text = segment.text
    mentions, _ = scan_text(text, ctx, None, prefilter=False)
    separator = r"(?:[^\S\n]*(?:-{3,}[^\n]{0,40}?-{3,}|_{8,}|-{8,}|={8,})[^\S\n]*\n)?"
    # (or a saved message's Return-Path: … From: … Date: … block)
    if (
        re.match(separator + r"\s*(?:From|FROM|发件人|發件人|寄件者|寄件人)\s*[:：]", text)
        or header_block_end(text) > 0
    ):
        sent = re.search(
            r"\n\s*(?:Sent|SENT|Date|DATE|发送时间|發送時間|日期|时间|時間|寄件日期|发件时间)\s*[:：]",
            text,
        )
        if sent is None:
            return None
        line = text[sent.end() :].split("\n", 1)[0]
        for m in mentions:
            if sent.end() <= m.start < sent.end() + len(line) and m.precision is Precision.DAY:
                return m, len(text)
        return None
    first = mentions[0] if mentions else None
    if first is not None and first.precision is Precision.DAY:
        if first.end <= stamp_end(text):
            return first, stamp_end(text)
        # a diary's day line (2021年4月7日 星期三 晴): the day alone on its line
        if is_day_line(text, first.start, first.end):
            return first, len(text)
    return None


def _year_back(day: date) -> date:
    return date(day.year - 1, day.month, min(day.day, 28 if day.month == 2 else 31))


def _reference(segments: Sequence[Segment], source: Source, case: Case) -> list[TimeAnchor]:
    """The documented placement, written plainly: the whole-text search, segment by segment."""
    # 03/04/2022 is read the way the source's other dates say (24/02/2022: day first)
    # (else as the case's date_order, or its currency, says)
    day_first = day_order(source.text)
    if day_first is None:
        day_first = case_calendar(case).day_first
    source_ctx = replace(TimeContext.for_source(case, source), day_first=day_first)
    report: TimeMention | None = None
    if source_ctx.periodic and source.title:
        # a periodic report's 本季度 and "this month" count from the period its title names,
        # and its lines naming no time are placed there
        title = as_simplified(source.title)
        for m in scan_text(title, source_ctx, None, prefilter=False)[0]:
            if m.relative or m.precision not in (Precision.QUARTER, Precision.MONTH):
                continue
            lag = timedelta(days=REPORT_LAG_DAYS)
            if m.interval_start <= source.date <= m.interval_end + lag:
                period = Span(m.interval_start, m.interval_end, m.precision)
                source_ctx = replace(source_ctx, report_period=period)
                report = replace(m, expression=source.title[m.start : m.end])
            break
    ctx = source_ctx
    # a chat log runs forward: a yearless stamp after a later message's is the year before
    stamps = [_chat_stamp(segment, source_ctx) for segment in segments]
    later = None
    for n in reversed(range(len(stamps))):
        if (found := stamps[n]) is None:
            continue
        mention, cut = found
        if later is not None and mention.relative:
            while mention.interval_start > later:
                mention = replace(
                    mention,
                    interval_start=_year_back(mention.interval_start),
                    interval_end=_year_back(mention.interval_end),
                )
            stamps[n] = (mention, cut)
        later = mention.interval_start
    run_stamp: TimeMention | None = None  # the stamp of the chat message read now
    previous: TimeMention | None = None
    anchors = []
    # Traditional text (上個月) is read as Simplified, its expressions named as written
    read = as_simplified(source.text)
    said = ""  # the segment before's text: a question dates the answer naming no time
    for segment in segments:
        text = segment.text
        if read is not source.text and source.text[segment.start : segment.end] == text:
            text = read[segment.start : segment.end]
        elif read is not source.text:
            text = as_simplified(text)
        question, said = said, text
        # A chat message's stamp (read as of the source's date) is "now" from its message on,
        # and not among the times the message names: they are read after it.
        found = stamps[segment.index - segments[0].index] if stamps else None
        heading = weekday_heading(segment.text) if found is None and run_stamp else None
        if heading is not None and run_stamp is not None:
            # a diary's weekday alone below a day line: the next day of that name
            weekday, start, end = heading
            after = run_stamp.interval_start
            day = after + timedelta(days=(weekday - after.weekday() - 1) % 7 + 1)
            named = segment.text[start:end]
            found = TimeMention(start, end, named, day, day, Precision.DAY, True), len(text)
        stamp, cut = found if found is not None else (None, 0)
        if stamp is not None:
            ctx = replace(source_ctx, reference=stamp.interval_start)
            run_stamp = stamp
        mentions, unresolved = scan_text(text[cut:], ctx, previous, prefilter=False)
        mentions = [
            replace(m, start=m.start + cut, end=m.end + cut,
                    expression=segment.text[m.start + cut : m.end + cut])
            for m in mentions
        ]  # fmt: skip
        unresolved = [
            replace(u, start=u.start + cut, end=u.end + cut,
                    expression=segment.text[u.start + cut : u.end + cut])
            for u in unresolved
        ]  # fmt: skip
        # A yearless date beside a year takes that year (国庆 after 中期评估以后).
        found = [astuple_of(m) for m in mentions]
        # In a source that recalls (an interview), a yearless date with no year before it in
        # its segment continues the year of the time last named (去年三月 …, then 五月份).
        lender = astuple_of(previous) if previous is not None and not ctx.prospective else None
        moved = {
            i + (stamp is not None): note for i, note in borrow_years(found, ctx, lender).items()
        }
        mentions = [TimeMention(*m) for m in found]
        today = None if ctx.prospective else ctx.reference
        kept = min(mentions, key=lambda m: _rank(m, today)) if mentions else None
        if kept is not None and _rank(kept, today) == 7 and is_range(kept.expression):
            # no point in time, a range first: the shortest range (the first of those)
            spans = [m for m in mentions if is_range(m.expression) and _rank(m, today) == 7
                     and not (today is not None and m.interval_start == m.interval_end
                              and abs((m.interval_start - today).days) <= 1)]  # fmt: skip
            if kept in spans:
                kept = min(spans, key=lambda m: m.interval_end - m.interval_start)
        for m in mentions[mentions.index(kept) + 1 :] if kept is not None else ():
            if (
                kept.relative
                and _rank(m, today) == _rank(kept, today) < 7
                and (
                    # last spring, well, the spring of 2022
                    _in_another_year(m, kept)
                    if not m.relative
                    # 那年春节 (before the studied period), 进驻以后的第一个春节 (in it)
                    else kept.interval_end < case.start <= m.interval_end
                    and m.interval_start <= case.end
                )
            ):
                kept = m
        if stamp is not None:  # placed at its stamp when a message names no other time
            mentions = [stamp, *mentions]
            kept = kept or stamp
        moved_note = moved.get(mentions.index(kept)) if kept is not None else None
        # evidence of now: a time ahead said as a plan or rumour; in a source written at the
        # time, the year, month or week it was written in (今年)
        now_notes: list[str] | None = None
        provenance: Provenance
        if (
            kept is not None
            and ctx.prospective
            and kept.precision is Precision.DAY
            and kept.interval_start < ctx.reference
            and names_document(text, kept.start, kept.end)
        ):  # minutes on 关于7月13日中心来函: the day dates the letter, discussed now
            now_notes = [
                f"'{kept.expression}' {kept.interval_start} dates a document discussed then"
            ]
        elif (
            kept is not None
            and ctx.prospective
            and kept.precision is Precision.QUARTER
            and names_payment(text, kept.start, kept.end)
        ):  # a letter asking that the Q4 tranche be released: it asks now
            now_notes = [
                f"'{kept.expression}' {kept.interval_start}..{kept.interval_end} names a payment,"
                " not a time"
            ]
        elif kept is not None and kept.interval_start > ctx.reference:
            cue = said_ahead(text, kept.start, kept.end, kept.precision, ctx.prospective)
            if cue is not None:
                now_notes = [f"said now of a time ahead: '{kept.expression}' "
                             f"{kept.interval_start}..{kept.interval_end} ({cue})"]  # fmt: skip
                others = [f"'{m.expression}'" for m in mentions if m is not kept]
                if others:
                    now_notes.append("other time expressions: " + ", ".join(others))
        elif (kept is not None and kept.relative and ctx.prospective
              and kept.interval_start <= ctx.reference < kept.interval_end
              and (THIS.match(kept.expression)
                   or (ctx.reference - kept.interval_start) * 2
                   <= kept.interval_end - kept.interval_start)):  # fmt: skip
            now_notes = [f"'{kept.expression}' {kept.interval_start}..{kept.interval_end} "
                         "holds the day it was written"]  # fmt: skip
        if run_stamp is not None and (kept is None or now_notes is not None):
            # a chat message's other lines, or evidence of now in it: the day its stamp names
            notes = []
            if kept is not None and now_notes is not None:
                previous = kept
                notes.extend(now_notes)
            notes.extend(f"unresolved '{u.expression}' ({u.reason})" for u in unresolved
                         if kept is None)  # fmt: skip
            notes.append(f"the day of its message's stamp '{run_stamp.expression}'")
            moved_note = None
            start, end = run_stamp.interval_start, run_stamp.interval_end
            precision, expression, provenance = run_stamp.precision, run_stamp.expression, "text"
        elif kept is not None and now_notes is None:
            notes = []
            if len(mentions) > 1:
                summary = (
                    f"{len(mentions)} time expressions; kept the most specific '{kept.expression}'"
                )
                conflicts = [m for m in mentions if m is not kept and not m.overlaps(kept)]
                if conflicts:
                    summary += "; conflicting: " + ", ".join(f"'{m.expression}'" for m in conflicts)
                notes.append(summary)
            start, end = kept.interval_start, kept.interval_end
            precision, expression = kept.precision, kept.expression
            provenance = "text"
            if kept is not stamp:
                previous = kept
        elif (
            kept is None
            and not ctx.prospective
            and question.rstrip().endswith(("？", "?"))
            and anchors
            and anchors[-1].provenance == "text"
            and anchors[-1].start <= source.date
        ):
            # an interview's answer naming no time: the time its question asks about
            asked = anchors[-1]
            notes = [
                f"the time its question asks about: '{asked.expression}' {asked.start}..{asked.end}"
            ]
            notes.append("; ".join(f"unresolved '{u.expression}' ({u.reason})" for u in unresolved))
            start, end, precision = asked.start, asked.end, asked.precision
            expression, provenance = asked.expression, "text"
        elif kept is None and report is not None:
            # a periodic report's line naming no time: the period its title names
            notes = [f"the period the report's title names: '{report.expression}'"]
            notes.append("; ".join(f"unresolved '{u.expression}' ({u.reason})" for u in unresolved))
            start, end, precision = report.interval_start, report.interval_end, report.precision
            expression, provenance = report.expression, "text"
        else:
            notes = []
            if kept is not None and now_notes is not None:
                previous = kept
                notes.extend(now_notes)
            notes.append("; ".join(f"unresolved '{u.expression}' ({u.reason})" for u in unresolved))
            start = end = source.date
            precision, expression, provenance = Precision.DAY, None, "source_date"
        outside = end < case.start or start > case.end
        if outside:
            what = f"'{expression}'" if expression else "source date"
            notes.append(f"{what} {start}..{end} lies outside the studied period "
                         f"{case.start}..{case.end}")  # fmt: skip
        if moved_note is not None and provenance == "text":
            notes.append(moved_note)
        kept_notes = [n for n in notes if n]
        anchors.append(
            TimeAnchor(
                source_id=source.id,
                segment_index=segment.index,
                start=start,
                end=end,
                precision=precision,
                provenance=provenance,
                expression=expression,
                note="; ".join(kept_notes) or None,
                in_period=not outside,
            )
        )
    return anchors


def _sources(seed: int, count: int) -> list[tuple[Source, list[Segment]]]:
    """Sources of generated paragraphs, dated in, before and after the studied period."""
    rng = random.Random(seed)
    texts = generated_texts(seed, 600)
    sources = []
    for n in range(count):
        paragraphs = [rng.choice(texts).strip() or "无" for _ in range(rng.randint(1, 12))]
        body = "\n\n".join(paragraphs)
        day = date(2016, 6, 1) + timedelta(days=rng.randint(0, 1600))
        source = Source(f"s{n}.md", "field_note", day, None, None, body, f"s{n}.md", "utf-8",
                        "0" * 64)  # fmt: skip
        segments, offset = [], 0
        for index, paragraph in enumerate(paragraphs):
            segments.append(Segment(source.id, index, offset, offset + len(paragraph), paragraph))
            offset += len(paragraph) + 2
        sources.append((source, segments))
    return sources


def test_anchors_equal_the_plain_definition_on_generated_sources() -> None:
    case = _case()
    for source, segments in _sources(seed=20261130, count=150):
        assert place_segments(segments, source, case) == _reference(segments, source, case)


def test_anchors_equal_the_plain_definition_without_a_mid_term() -> None:
    case = _case(mid_term=None)
    for source, segments in _sources(seed=7, count=60):
        assert place_segments(segments, source, case) == _reference(segments, source, case)
