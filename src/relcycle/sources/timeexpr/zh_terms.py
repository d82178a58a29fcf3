"""Chinese school terms: 2019年秋季学期, 2019-2020学年第二学期, 本学期, 下学期, 第一个学期.

Social work bought for schools (驻校社工) is reported and recalled by term. A
Chinese school year has two terms: the autumn term (秋季学期, 上学期 of the
school year, 第一学期) from September to January, and the spring term (春季学期,
下学期, 第二学期) from February to July; August is the summer holiday, before the
autumn term. A term is placed as that span (half-year precision):

* with its year: 2019年秋季学期 (September 2019 to January 2020), 2020年春季学期,
  2019-2020学年第一学期 (the autumn term of 2019), 2019-2020学年第二学期 /
  下学期 (the spring term of 2020);
* 秋季学期, 春季学期 alone: as a yearless month is (the latest begun by the
  source's date; the coming one after a future cue, or soon in a source
  written at the time);
* counted from the source's term: 本学期, 这学期, 这个学期 (in August: the coming
  autumn term), 上学期, 上个学期, 上一学期 (the one before), 下学期, 下个学期,
  下一学期 (the one after); not 上学期间 (while at school);
* counted from the project: 第一个学期, 第一学期 said alone, 头一个学期 (the term
  the project's start falls in, or the autumn term after a start in August),
  第二个学期 …;
* 那个学期, 那一学期, 同一学期: the term the time named before falls in.
"""

from __future__ import annotations

import re
from datetime import date

from relcycle.domain import Precision
from relcycle.sources.timeexpr.cues import future_context, nearest
from relcycle.sources.timeexpr.model import Resolved, Span, TimeContext, TimeMention, Unresolved
from relcycle.sources.timeexpr.numerals import zh_digit_string, zh_number
from relcycle.sources.timeexpr.prescan import Anchor
from relcycle.sources.timeexpr.scanner import Rule

#: 学 of 学期 (term) or 学年 (school year).
_TERM_ANCHOR = Anchor("学", "(?=[期年])")
_DIGITS = "0-9〇零○一二三四五六七八九"
_ORDINAL = "一二两三四五六七八九十"
_NO_MATTER = r"(?!间|内的?学生)"  # 上学期间 (while at school) is no term


def term_span(year: int, autumn: bool) -> Span:
    """The autumn term beginning in ``year`` (September to January), or its spring term."""
    if autumn:
        return Span(date(year, 9, 1), date(year + 1, 1, 31), Precision.HALF_YEAR)
    return Span(date(year, 2, 1), date(year, 7, 31), Precision.HALF_YEAR)


def term_of(day: date) -> tuple[int, bool]:
    """The term ``day`` falls in (its year, whether autumn); August's is the coming autumn's."""
    if day.month >= 8:
        return day.year, True
    if day.month == 1:
        return day.year - 1, True
    return day.year, False


def shift_term(term: tuple[int, bool], by: int) -> tuple[int, bool]:
    """The term ``by`` terms after ``term`` (before it, for a negative ``by``)."""
    year, autumn = term
    index = year * 2 + (1 if autumn else 0) + by
    return index // 2, index % 2 == 1


def _year(text: str) -> int | None:
    """A year written in four digits or Chinese digits (2019, 二〇一九)."""
    year = zh_digit_string(text)
    return year if year is not None and 1900 <= year <= 2100 else None


def resolve_named_term(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """2019年秋季学期, 2020年春季学期, 2019-2020学年第一学期, 秋季学期 alone."""
    season = m.group("season")
    if (school_year := m.group("sy")) is not None:
        first = _year(school_year)
        if first is None:
            return None
        autumn = m.group("nth") in ("一", "1", "上")
        return Resolved(term_span(first if autumn else first + 1, autumn), False)
    autumn = season == "秋"
    if (written := m.group("year")) is not None:
        year = _year(written)
        return Resolved(term_span(year, autumn), False) if year is not None else None
    span = nearest(
        lambda y: term_span(y, autumn),
        ctx.reference,
        future_context(m.string, m.start(), m.end()),
        ctx.looks_ahead,
    )
    return Resolved(span, True) if span is not None else None


_WHICH = {"本": 0, "这": 0, "这个": 0, "这一": 0, "上": -1, "上个": -1, "上一": -1,
          "上一个": -1, "下": 1, "下个": 1, "下一": 1, "下一个": 1}  # fmt: skip


def resolve_relative_term(
    m: re.Match[str], ctx: TimeContext, prev: TimeMention | None
) -> Resolved | Unresolved | None:
    """本学期, 上学期, 下个学期, 第二个学期, 头一个学期, 那个学期."""
    if (which := m.group("which")) is not None:
        year, autumn = shift_term(term_of(ctx.reference), _WHICH[which])
        return Resolved(term_span(year, autumn), True)
    if m.group("that") is not None:
        if prev is None:
            return Unresolved("no earlier time to refer to")
        year, autumn = term_of(prev.interval_start)
        return Resolved(term_span(year, autumn), True)
    n = 1 if m.group("head") is not None else zh_number(m.group("nth") or "")
    if n is None or n < 1:
        return None
    start = ctx.project_start
    first = term_of(start)
    if first[1] is False and start.month == 7:  # begun in July: the autumn term after it
        first = (start.year, True)
    year, autumn = shift_term(first, n - 1)
    return Resolved(term_span(year, autumn), True)


RULES = (
    Rule(
        "zh_named_term",
        rf"(?=[{_DIGITS}秋春])(?<![{_DIGITS}])"
        rf"(?:(?P<sy>[{_DIGITS}]{{4}})\s?[-—–~～至到]\s?[{_DIGITS}]{{2,4}}\s?学年度?"
        r"(?:的)?第?(?P<nth>[一二12上下])学期"
        rf"|(?:(?P<year>[{_DIGITS}]{{4}})\s?年(?:度)?(?:的)?)?(?P<season>[秋春])季?学期)",
        resolve_named_term,
        anchors=(_TERM_ANCHOR,),
        reach=16,  # 2019 - 2020 学年度的第一|学期: 学年's 学 comes first
        reads_previous=False,
        around=lambda text, start, end: future_context(text, start, end),
    ),
    Rule(
        "zh_relative_term",
        r"(?=[本这上下第头那同])"
        r"(?:(?P<which>本|这个?|这一|上一?个?|下一?个?)"
        rf"|第(?P<nth>[{_ORDINAL}]{{1,3}})个?|(?P<head>头一个|头一)|(?P<that>那一?个?|同一个?))"
        r"学期" + _NO_MATTER,
        resolve_relative_term,
        anchors=(_TERM_ANCHOR,),
        reach=5,  # 第十二个|学期
        reads_previous=r"^[那同]",
    ),
)
