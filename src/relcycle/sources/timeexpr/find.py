"""Finding the time expressions of a text: every rule family behind one scanner."""

from __future__ import annotations

from functools import cache, lru_cache

from relcycle.sources.timeexpr import (
    en_calendar,
    en_fiscal,
    en_project,
    en_weekdays,
    numeric,
    ranges,
    zh_calendar,
    zh_month_days,
    zh_project,
    zh_terms,
    zh_weekdays,
)
from relcycle.sources.timeexpr.model import TimeContext, TimeMention, UnresolvedMention
from relcycle.sources.timeexpr.numerals import FULL_WIDTH_DIGITS, normalise_digits
from relcycle.sources.timeexpr.regexes import RegexStore
from relcycle.sources.timeexpr.scanner import Family, Memo, Scanner

#: Where a Chinese expression can start (every Chinese rule's first characters).
ZH_STARTS = (
    "(?=[0-9〇零○一二两三四五六七八九十大前去今明后上下本那当同次项合服进第春过除元国中五劳端清暑寒儿重年月"
    "刚才入签快即临马之此又再半最近这昨隔翌自从民琴寻听旧嗰开头夏秋冬周週星礼禮"
    "妇青教植建小正腊])"
)
#: Where an English expression can start: a letter or digit that does not continue a word.
EN_STARTS = r"(?<![A-Za-z])(?=[A-Za-z0-9])"


@cache
def default_scanner() -> Scanner:
    """The scanner of every rule family (built on first use, not at import)."""
    chinese = Family(
        (
            *zh_terms.RULES,  # before 2019-2020 (a span) and 2019年 (a year) read alone
            *numeric.RULES,
            *ranges.ZH_RULES,
            *zh_calendar.RULES,
            *zh_weekdays.RULES,
            *zh_month_days.RULES,
            *zh_project.RULES,
        ),
        ZH_STARTS,
    )
    english = Family(
        (
            *en_fiscal.RULES,
            *ranges.EN_RULES,
            *en_calendar.RULES,
            *en_weekdays.RULES,
            *en_project.RULES,
        ),
        EN_STARTS,
    )
    families = (chinese, english)
    rules = "\n".join(f"{f.starts}\n" + "\n".join(r.pattern for r in f.rules) for f in families)
    return Scanner(
        families,
        unread=FULL_WIDTH_DIGITS,
        rewrite=normalise_digits,
        regexes=RegexStore(rules),  # its parsed regexes kept in __pycache__ (see .regexes)
    )


def expect_bytes(size: int) -> None:
    """Say that about ``size`` bytes of sources are about to be dated in this process.

    A reader of a large case folder calls it before its first source: with
    enough bytes, the compiled pre-scan (numba) is loaded for the first long
    body instead of after many (see :meth:`Scanner.expect_bytes`). Answers are
    the same either way.
    """
    default_scanner().expect_bytes(size)


def memo_for(ctx: TimeContext) -> Memo:
    """The default scanner's memo for ``ctx``, shared by the sources of one date (the last 32)."""
    last = _LAST_MEMO[0]
    if last is not None and last.ctx is ctx:  # texts of one source, one after another
        return last
    _LAST_MEMO[0] = memo = _memo_for(ctx)
    return memo


@lru_cache(maxsize=32)
def _memo_for(ctx: TimeContext) -> Memo:
    return default_scanner().memo(ctx)


_LAST_MEMO: list[Memo | None] = [None]


def clear_memos() -> None:
    """Forget every memo :func:`memo_for` made (tests and benchmarks start afresh with it)."""
    _LAST_MEMO[0] = None
    _memo_for.cache_clear()


def scan_text(
    text: str,
    ctx: TimeContext,
    previous: TimeMention | None = None,
    *,
    prefilter: bool = True,
    memo: Memo | None = None,
) -> tuple[list[TimeMention], list[UnresolvedMention]]:
    """The resolved mentions of ``text`` and the expressions in it that could not be resolved.

    Args:
        text: Any text; full-width digits are read as digits, offsets count into ``text``.
        ctx: What relative expressions are resolved against.
        previous: The mention before this text in the same source (for 当时, that autumn).
        prefilter: False searches the whole text (tests use it to check the
            prefilter), without a memo.
        memo: Answers to reuse; by default (with the prefilter) :func:`memo_for`
            ``ctx``: the same result, sooner.

    Returns:
        ``(mentions, unresolved)``, each in text order.
    """
    if memo is None and prefilter:
        memo = memo_for(ctx)
    return default_scanner().scan(text, ctx, previous, prefilter=prefilter, memo=memo)


def find_mentions(
    text: str, ctx: TimeContext, previous: TimeMention | None = None
) -> list[TimeMention]:
    """The time expressions of ``text``, each resolved to an interval, in text order.

    Args:
        text: A segment's (or any) text, Chinese, English or mixed.
        ctx: The source's date and the case's contract dates.
        previous: The last mention before ``text`` in the same source; anaphora
            (那时候, 两个月后, that autumn) resolve against it.

    Returns:
        The mentions; expressions that cannot be resolved (中期评估 with no
        mid-term date, 当时 with no previous mention) are left out.
    """
    return default_scanner().scan(text, ctx, previous, memo=memo_for(ctx))[0]
