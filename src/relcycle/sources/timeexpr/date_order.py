"""Which way round a source writes its numeric dates: 26/05/2022 (day first) or 5/26/2022."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

#: A date with its year last, any separator used twice alike (a backreference: not a rule);
#: a two-digit year only in a chat stamp (7/16/22, 5:48 PM).
_YEAR_LAST = re.compile(
    r"(?<![\d/.\-])([0-3]?\d)([/.\-])([0-3]?\d)\2(?:(?:19|20)\d\d(?!\d)|\d\d,\s[0-2]?\d:)"
)


def day_order(text: str) -> bool | None:
    """Whether the dates of ``text`` with their year last are day-first (True) or month-first.

    Read off the dates whose first or second number is over 12 (24/02/2022 is
    day-first, 02/24/2022 month-first); ``None`` when there is none, or both kinds.
    """
    if "/" not in text and "-" not in text and "." not in text:
        return None
    first = second = False
    for m in _YEAR_LAST.finditer(text):
        a, b = int(m.group(1)), int(m.group(3))
        if a > 12 and 1 <= b <= 12:
            first = True
        elif b > 12 and 1 <= a <= 12:
            second = True
        if first and second:
            return None
    return True if first else False if second else None


#: How case.yaml's ``date_order`` may say it, casefolded, without blanks, - / . _.
_DAY_FIRST = frozenset({"dayfirst", "dmy", "ddmmyyyy", "ddmmyy", "dm", "day"})
_MONTH_FIRST = frozenset({"monthfirst", "mdy", "mmddyyyy", "mmddyy", "md", "month"})


def case_day_order(extra: Mapping[str, Any]) -> bool | None:
    """The order a case says its numeric dates are written in: case.yaml's ``date_order``.

    ``day-first`` (dmy, DD/MM/YYYY) is True, ``month-first`` (mdy, MM/DD/YYYY) False;
    ``None`` when the case does not say (or says something else). A source's own
    dates (24/02/2022) still decide for it first.
    """
    value = extra.get("date_order")
    if not isinstance(value, str):
        return None
    key = re.sub(r"[\s\-/._]", "", value.casefold())
    return True if key in _DAY_FIRST else False if key in _MONTH_FIRST else None


def first_is_day(a: int, b: int, day_first: bool | None) -> bool | None:
    """Whether a date written ``a/b`` (26/05, 5/26) gives its day first.

    A number over 12 is the day; equal numbers read alike either way (day first);
    otherwise ``day_first``, the source's or the case's order (``None``: unknown).
    The caller rejects two numbers over 12.
    """
    if a > 12 or a == b:
        return True
    if b > 12:
        return False
    return day_first
