"""Chat messages read as of their stamps' days.

A chat log copied into one source (a WeChat group, WhatsApp, Teams) holds
messages of many days, each behind a stamp: ``[2021-05-20 08:47] 黄主任：明天上午来检查台账``.
Its 明天 is the day after the stamp's, not after the source's date, and the
message speaks of that day rather than of the moment it was sent. So the
segments from one stamped message to the next are read with the stamp's day
as "now"; a stamp (itself read as of the source's date) is not among the
times its message names, so 当时 refers past it, and a message is placed at
its stamp only when it names no other time. A thread of mails pasted into one
source is read alike: each mail's header (From: … Sent: 23 November 2021 …)
is the stamp of the mail below it.

Field notes kept as a diary are read alike: a researcher keeps several days in
one file, each opened by a line holding the day alone (``2021年4月7日 星期三 晴``,
with its weekday and weather at most; an English diary's weekday may come first,
and a short heading may follow a spaced dash: ``Tues 8 Feb 2022 - Braeside café,
6-9pm``). Each day line is the stamp of the paragraphs below it, up to the next:
they are placed at that day unless they name another time, and their 今天 and
上周五 count from it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from relcycle.domain import Precision, Segment
from relcycle.sources.segmenter import is_mail_header, stamp_end
from relcycle.sources.timeexpr.model import TimeContext, TimeMention, UnresolvedMention
from relcycle.sources.timeexpr.scanner import Found

Result = tuple[list[Found], list[UnresolvedMention], Found | None]
#: Scans segments ``first`` to ``last`` (exclusive) again as of ``ctx``, after
#: ``previous``, the first from ``cut`` on (its offsets then count from there).
Rescan = Callable[[int, int, int, TimeContext, TimeMention | None], list[Result]]


#: An English weekday opening a diary's day line (Tues 8 Feb 2022, Wednesday, 23 March 2022).
_LEADING_WEEKDAY = (
    r"(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?"
    r"|Sat(?:urday)?|Sun(?:day)?)\.?,?[^\S\n]+"
)
#: The rule a copied WeChat chat record draws either side of each day (—————  2022-3-14  —————).
_RULE = r"[-—–─━=~～]{3,}[^\S\n]*"
#: How a diary's day line may start: a year, a month or a day number, or Markdown's marks;
#: in English an abbreviated or full weekday may come before the day (Thurs 2 Feb 2023).
DAY_LINE_START = re.compile(
    rf"[#*\s【\[]{{0,4}}(?:{_RULE})?(?:(?i:{_LEADING_WEEKDAY})(?=\d))?"
    r"[\d〇零○一二三四五六七八九十]"
)
#: What may follow a day line's date: its weekday, weather and part of the day, nothing said
#: (星期三 晴, 周五 多云转小雨, 下午, Wednesday, sunny): "3月15日召开联席会议" is a line of minutes.
DAY_LINE_REST = re.compile(
    r"(?:[\s,，、/|()（）\[\]【】*#-]*(?:(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]"
    r"|(?<=[(（])[一二三四五六日](?=[)）])"
    r"|[晴阴陰雨雪云雲雾霧霾风風转轉多小中大暴阵陣雷冷热熱暖凉涼闷悶湿濕霜]{1,6}"
    r"|[上下]午|晚上|早上|凌晨|中午|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?|sunny|cloudy|rainy|fine|overcast))*[\s,，、()（）\[\]【】*#-]*"
    rf"(?:{_RULE})?"
    # a heading after a spaced dash, where the day was spent: "- Braeside café, 6-9pm",
    # "– ECF Committee, council chambers"; short, and no sentence ("- the board agreed.")
    r"(?:(?<=\s)[-–—][^\S\n]+[^\s.!?;:。！？；：][^\n.!?;:。！？；：]{0,47})?",
    re.IGNORECASE,
)
#: A year after a day line's date: the line names a span (1 July 2020 - 31 December 2021).
_YEAR_AFTER = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
#: How many characters a day line holds before its date starts (past a leading weekday).
DAY_LINE_LEAD = 4
#: A leading weekday or rule and the marks before it (how far past it the date may start).
_WEEKDAY_LEAD = re.compile(rf"[#*\s【\[]{{0,4}}(?:{_RULE})?(?i:{_LEADING_WEEKDAY})?")


def is_day_line(text: str, start: int, end: int) -> bool:
    """Whether ``text`` is a diary's day line whose day is the mention at ``start``-``end``.

    The day alone on its line (``2021年4月7日 星期三 晴``, ``Tues 8 Feb 2022 - café,
    6-9pm``, a copied WeChat record's ``—————  2022-3-14  —————``): Markdown's
    marks and an English weekday or a rule at most before it, its
    weekday, weather, part of the day or a short heading after it. ``3月15日召开联席会议``
    and ``3 March 2022 - the council agreed to pay.`` say something: lines of minutes;
    ``1 July 2020 - 31 December 2021`` names a span, not a day.
    """
    if DAY_LINE_START.match(text) is None:  # the cheap tests first: most lines say something
        return False
    lead = _WEEKDAY_LEAD.match(text)
    if start > DAY_LINE_LEAD + (lead.end() if lead is not None else 0):
        return False
    return (
        "\n" not in text.strip()
        and DAY_LINE_REST.fullmatch(text, end) is not None
        and _YEAR_AFTER.search(text, end) is None
    )


def _day_line(segment: Segment, result: Result) -> tuple[Found, int] | None:
    """The day a diary's day line names, if ``segment`` is one (``2021年4月7日 星期三 晴``)."""
    mentions = result[0]
    if not mentions or mentions[0][5] is not Precision.DAY:
        return None
    first = mentions[0]
    return (first, len(segment.text)) if is_day_line(segment.text, first[0], first[1]) else None


def _starting_with_stamps(segments: Sequence[Segment]) -> Sequence[int]:
    """The indices of the segments that may start with a chat stamp.

    What the segmenter saw when it cut them (:class:`~relcycle.sources.segmenter.Segments`),
    else every one.
    """
    stamped: Sequence[int] | None = getattr(segments, "stamped", None)
    return range(len(segments)) if stamped is None else stamped


#: The line of a pasted mail's header that says when it was sent (Sent: …).
_MAIL_SENT = re.compile(
    r"\n\s*(?:Sent|SENT|Date|DATE|发送时间|發送時間|日期|时间|時間|寄件日期|发件时间)\s*[:：]"
)


def _stamp(segment: Segment, result: Result) -> tuple[Found, int] | None:
    """The mention of ``segment``'s leading chat stamp naming a day, and where the stamp ends.

    A mail's header (From: … Sent: 23 November 2021 16:40 …) is a stamp as a whole:
    the day its Sent (Date, 发送时间) line names.
    """
    mentions = result[0]
    if not mentions:
        return None
    text = segment.text
    if is_mail_header(text):
        sent = _MAIL_SENT.search(text)
        if sent is None:
            return None
        line_end = text.find("\n", sent.end())
        line_end = len(text) if line_end < 0 else line_end
        day = next(
            (m for m in mentions if sent.end() <= m[0] < line_end and m[5] is Precision.DAY), None
        )
        return None if day is None else (day, len(text))
    first = mentions[0]
    if first[5] is not Precision.DAY:  # a cheap test first
        return None
    end = stamp_end(text)
    return (first, end) if first[1] <= end else None


def _in_order(stamps: dict[int, tuple[Found, int]]) -> None:
    """Move yearless stamps a year back where a later message's stamp is earlier.

    A chat log runs forward: an export of 2022-08-31 whose stamps run [1月10日] …
    [8月30日] read each alone as a note reads a yearless day (the coming one within
    half a year) would put January in 2023 and March in 2022. From the last stamp
    back, a yearless stamp after the one below it is the year before.
    """
    later: date | None = None
    for i in sorted(stamps, reverse=True):
        found, cut = stamps[i]
        start, end = found[3], found[4]
        if later is not None and found[6] and start > later:
            while start > later:
                start, end = _year_back(start), _year_back(end)
            found = (*found[:3], start, end, *found[5:])
            stamps[i] = (found, cut)
        later = start


def _year_back(day: date) -> date:
    """The same day a year before (28 February for 29 February)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def _shifted(
    result: Result, cut: int, stamp: Found, renamed: Callable[[Found, Found], None]
) -> Result:
    """A message's result read after its stamp, in the segment's offsets, the stamp first."""
    mentions, unresolved, kept = result
    moved: dict[int, Found] = {}
    for m in mentions:
        moved[id(m)] = new = (m[0] + cut, m[1] + cut, *m[2:])
        renamed(m, new)
    return (
        [stamp, *moved.values()],
        [replace(u, start=u.start + cut, end=u.end + cut) for u in unresolved],
        stamp if kept is None else moved[id(kept)],
    )


#: A line holding a weekday alone (Tuesday, Thurs., 周二, 星期四：): in a diary, after a
#: day line, the next day of that name.
_WEEKDAY_HEADING = re.compile(
    r"[#*\s【\[]{0,4}(?:(?P<en>(?i:mon|tue|wed|thu|fri|sat|sun))[a-z]{0,6}\.?"
    r"|(?:周|週|星期|礼拜|禮拜)(?P<zh>[一二三四五六日天]))[\s:：,，.。\-】\]*]*"
)
_EN_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_ZH_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_EN_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def weekday_heading(text: str) -> tuple[int, int, int] | None:
    """The weekday a line holding it alone names (Tuesday, Thurs., 周二), where it is written.

    Returns:
        The weekday (Monday 0) and where its name starts and the line's words end, or
        ``None`` when the line holds more than a weekday.
    """
    if len(text) > 16:
        return None
    m = _WEEKDAY_HEADING.fullmatch(text)
    if m is None:
        return None
    en = m.group("en")
    if en is not None:
        weekday = _EN_WEEKDAYS[en.lower()]
        written = text[m.start("en") : m.end()].strip(" \t:：,，.。-*]】")
        if not _EN_NAMES[weekday].startswith(written.lower()):
            return None  # Tuesdays, Thunder: no weekday
    else:
        weekday = _ZH_WEEKDAYS[m.group("zh")]
    lead = len(text) - len(text.lstrip(" \t#*【["))
    return weekday, lead, len(text.rstrip())


def _weekday_headings(
    segments: Sequence[Segment], stamps: dict[int, tuple[Found, int]]
) -> dict[int, tuple[Found, int]]:
    """The weekdays alone on their lines below a stamp, as the days they name after it.

    A diary keeps its days as ``Monday 16 November``, then ``Tuesday``, ``Wednesday 18th``,
    ``Thursday``: each weekday alone is the first day of that name after the day above it.
    """
    found: dict[int, tuple[Found, int]] = {}
    day = None
    for i, segment in enumerate(segments):
        if i in stamps:
            day = stamps[i][0][3]
            continue
        heading = weekday_heading(segment.text) if day is not None else None
        if heading is None or day is None:
            continue
        weekday, start, end = heading
        day = day + timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)
        text = segment.text
        found[i] = ((start, end, text[start:end], day, day, Precision.DAY, True), len(text))
    return found


def restamp(
    segments: Sequence[Segment],
    results: list[Result],
    ctx: TimeContext,
    rescan: Rescan,
    renamed: Callable[[Found, Found], None],
) -> tuple[list[Result], list[Found | None] | None]:
    """Read each stamped message of a source as of its stamp's day.

    Args:
        segments: The source's segments, in order.
        results: Their scan as of the source's date (mentions, unresolved, kept).
        ctx: The source's time context.
        rescan: Scans some of the segments again, as of another context.
        renamed: Told of each mention moved to the segment's offsets (old, new).

    Returns:
        The results, with every segment from a stamped message on read again
        as of its stamp's day, and the stamp of the message each segment
        belongs to (``None`` before the first; no list when the source has no
        stamps and nothing changed).
    """
    stamps = {
        i: found
        for i in _starting_with_stamps(segments)
        if results[i][0] and (found := _stamp(segments[i], results[i])) is not None
    }
    named_day = Precision.DAY  # a day line's first mention names a day: tested here first
    stamps.update(
        (i, found)
        for i, (segment, result) in enumerate(zip(segments, results, strict=True))
        if result[0]
        and result[0][0][5] is named_day
        and i not in stamps
        and (found := _day_line(segment, result)) is not None
    )
    if not stamps:
        return results, None
    _in_order(stamps)
    stamps.update(_weekday_headings(segments, stamps))
    results = list(results)
    runs: list[Found | None] = [None] * len(segments)
    previous: TimeMention | None = None
    for kept in (result[2] for result in results[: min(stamps)]):
        if kept is not None:
            previous = TimeMention(*kept)
    order = sorted(stamps)
    for n, first in enumerate(order):
        last = order[n + 1] if n + 1 < len(order) else len(segments)
        stamp, cut = stamps[first]
        day = stamp[3]
        read = rescan(first, last, cut, replace(ctx, reference=day), previous)
        for result in read:  # 当时 in the next message refers past its stamp
            if result[2] is not None:
                previous = TimeMention(*result[2])
        read[0] = _shifted(read[0], cut, stamp, renamed)
        results[first:last] = read
        runs[first:last] = [stamp] * (last - first)
    return results, runs
