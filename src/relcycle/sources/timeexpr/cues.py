"""Choosing the year of a date written without one (3月15日, 春节, in March)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from relcycle.sources.timeexpr.model import Span
from relcycle.sources.timeexpr.spans import earliest_after, latest_not_after

_FUTURE_BEFORE = re.compile(
    r"(?:将于|将在|将要|要在|准备在?|计划在?|打算在?|预计在?|争取在?|即将|定于|拟于|拟在|等到|到时候?"
    r"|\bwill(?: be)?|\bgoing to|\bplan(?:ned|s)? (?:to|for)|\bscheduled (?:for|in)|\bdue (?:in|by)"
    r"|\bexpected (?:in|by)|\bnext)\s?(?:在|于|到|in|on|by|at)?\s?$"
)
_FUTURE_AFTER = re.compile(r"^\s?(?:前|之前|以前)?(?:要(?!求)|将(?!近)|必须)")


def future_context(text: str, start: int, end: int) -> bool:
    """Whether the words right around ``text[start:end]`` speak of the future.

    Looks at a few characters before (将于, 计划, will, scheduled for ...) and
    after (…前要完成) the expression.
    """
    before = text[max(0, start - 14) : start]
    after = text[end : end + 5]
    return _FUTURE_BEFORE.search(before) is not None or _FUTURE_AFTER.search(after) is not None


def nearest(
    make: Callable[[int], Span | None], reference: date, future: bool = False
) -> Span | None:
    """The occurrence of a yearly date nearest the reference.

    Args:
        make: The interval of the date in a given year (``None`` where it does not exist).
        reference: The source's date.
        future: Take the first occurrence after the reference instead of the
            latest one starting on or before it.

    Returns:
        The chosen interval, or ``None`` when no year around the reference has the date.
    """
    candidates = [
        span
        for year in range(reference.year - 2, reference.year + 3)
        if (span := make(year)) is not None
    ]
    if future:
        return earliest_after(candidates, reference)
    return latest_not_after(candidates, reference)
