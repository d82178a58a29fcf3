"""What a date written otherwise than in ISO most likely means, for error messages.

The case format asks for ISO dates (``2019-03-15``, ``2019-03``). People write
民國108年3月15日, 108/03/15 or 1080315 in Taiwan, 2019年3月15日, 2019/3/15,
15/03/2019 or March 15, 2019 elsewhere. Nothing here reads such dates into a
case; it only lets an error say which ISO date to write, so that the user can
fix the file without looking the calendar up::

    '民國108年3月15日' is not an ISO date; write it as 2019-03-15 (ROC year 108 is 2019)

A numeric day and month that could be either way round (``04/03/2019``) give
both readings; a two-digit year (``19/03/15``) gives none.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROC_OFFSET = 1911  # 民國 1 = 1912

_Reading = tuple[tuple[str, ...], str, "re.Match[str] | None"]

_ROC_WORD = r"(?:中華民國|民國|民国)"
_CJK = re.compile(
    rf"(?P<roc>{_ROC_WORD})?\s*(?P<y>\d{{2,4}})\s*年\s*(?P<m>\d{{1,2}})\s*月"
    r"(?:\s*(?P<d>\d{1,2})\s*[日號号])?"
)
_YEAR_FIRST = re.compile(
    rf"(?P<roc>{_ROC_WORD})?\s*(?P<y>\d{{3,4}})\s*(?P<sep>[-/.])\s*(?P<m>\d{{1,2}})"
    r"(?:\s*(?P=sep)\s*(?P<d>\d{1,2}))?(?![\d/.])"
)
_COMPACT = re.compile(r"(?P<y>\d{3,4})(?P<m>\d{2})(?P<d>\d{2})(?!\d)")
_YEAR_LAST = re.compile(
    r"(?P<a>\d{1,2})\s*(?P<sep>[/.\-])\s*(?P<b>\d{1,2})\s*(?P=sep)\s*(?P<y>\d{4})"
)
_MONTH_DAY_YEAR = re.compile(
    r"(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})"
)
_DAY_MONTH_YEAR = re.compile(
    r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>[A-Za-z]{3,9})\.?,?\s+(?P<y>\d{4})"
)
_MONTH_YEAR = re.compile(r"(?P<mon>[A-Za-z]{3,9})\.?,?\s+(?P<y>\d{4})")
_MONTHS = (
    *("january", "february", "march", "april", "may", "june"),
    *("july", "august", "september", "october", "november", "december"),
)


def _month_number(word: str) -> int | None:
    word = word.lower()
    for number, name in enumerate(_MONTHS, start=1):
        if len(word) >= 3 and name.startswith(word):
            return number
    return None


def _iso(year: int, month: int, day: int | None) -> str | None:
    try:
        found = date(year, month, day or 1)
    except ValueError:
        return None
    return found.isoformat() if day is not None else found.isoformat()[:7]


def _roc_or_gregorian(year: str, roc_word: str | None) -> tuple[int, str]:
    """A written year as a Gregorian one, and the note when it was an ROC year."""
    number = int(year)
    if roc_word or len(year) <= 3:
        return number + ROC_OFFSET, f"ROC year {number} is {number + ROC_OFFSET}"
    return number, ""


def _read(folded: str, match: Callable[[re.Pattern[str]], re.Match[str] | None]) -> _Reading:
    """The readings of the date ``match`` finds in ``folded``, a note, and the match."""
    for pattern in (_CJK, _YEAR_FIRST):
        if m := match(pattern):
            year, note = _roc_or_gregorian(m["y"], m["roc"])
            day = int(m["d"]) if m["d"] else None
            found = _iso(year, int(m["m"]), day)
            return ((found,), note, m) if found else ((), "", m)
    if m := match(_COMPACT):
        year, note = _roc_or_gregorian(m["y"], None)
        found = _iso(year, int(m["m"]), int(m["d"]))
        return ((found,), note, m) if found else ((), "", m)
    if m := match(_YEAR_LAST):
        a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
        readings = {r for r in (_iso(year, b, a), _iso(year, a, b)) if r}
        return tuple(sorted(readings)), "", m
    for pattern in (_MONTH_DAY_YEAR, _DAY_MONTH_YEAR, _MONTH_YEAR):
        if (m := match(pattern)) and (month := _month_number(m["mon"])):
            day = int(m["d"]) if "d" in m.groupdict() else None
            found = _iso(int(m["y"]), month, day)
            return ((found,), "", m) if found else ((), "", m)
    return (), "", None


def iso_readings(text: str, *, prefix: bool = False) -> tuple[tuple[str, ...], str]:
    """The ISO days or months ``text`` may mean, and a note on how it was read.

    Args:
        text: A date as someone wrote it.
        prefix: Read only the start of ``text`` (a file name), not all of it.

    Returns:
        The readings (none, one, or two when day and month could be swapped)
        and a note such as ``ROC year 108 is 2019`` (empty when nothing to say).
    """
    folded = unicodedata.normalize("NFKC", text).strip()
    readings, note, _ = _read(
        folded, (lambda p: p.match(folded)) if prefix else (lambda p: p.fullmatch(folded))
    )
    return readings, note


def suggest_iso(value: Any, *, months: bool = True) -> str | None:
    """An error message naming the ISO form of ``value``, or None if it has none.

    Args:
        value: The date as written (a YAML or CSV value).
        months: Whether a month (``2019-03``) is an acceptable answer; where
            only a day will do, a month reading gives no suggestion.
    """
    if not isinstance(value, str | int):
        return None
    readings, note = iso_readings(str(value))
    if not months:
        readings = tuple(r for r in readings if len(r) == 10)
    if not readings:
        return None
    because = f" ({note})" if note else ""
    if len(readings) == 1:
        return f"{value!r} is not an ISO date; write it as {readings[0]}{because}"
    either = " or ".join(readings)
    return f"{value!r} is not an ISO date; write it as YYYY-MM-DD: {either}, whichever it means"


def name_date_hint(filename: str) -> str | None:
    """How to rename a file whose name holds a day but does not start with it in ISO.

    ``1080410-紀錄.txt`` starts with a non-ISO date: name it 2019-04-10-...;
    ``Board minutes 15 March 2022.md`` holds one further on: rename it
    ``2022-03-15 Board minutes.md``. Only one unambiguous day is named.
    """
    readings, note = iso_readings(filename, prefix=True)
    if len(readings) == 1 and len(readings[0]) == 10:
        because = f" ({note})" if note else ""
        return (
            f"its name seems to start with the date {readings[0]}{because}: "
            f"name it {readings[0]}-..."
        )
    return _inner_date_hint(filename)


_WORD_CHAR = re.compile(r"\w")


def _match_at(text: str, pos: int, pattern: re.Pattern[str]) -> re.Match[str] | None:
    return pattern.match(text, pos)


def _inner_date_hint(filename: str) -> str | None:
    """The rename for a day written inside the name (``Minutes 15 March 2022.md``)."""
    suffix = Path(filename).suffix
    stem = unicodedata.normalize("NFKC", filename[: len(filename) - len(suffix)])
    days: set[tuple[str, str, int, int]] = set()
    for pos in range(1, len(stem)):
        if _WORD_CHAR.match(stem, pos - 1) or not _WORD_CHAR.match(stem, pos):
            continue  # a date starts a word
        readings, note, m = _read(stem, functools.partial(_match_at, stem, pos))
        if m is None or (m.end() < len(stem) and _WORD_CHAR.match(stem, m.end())):
            continue  # and ends one
        if len(readings) == 1 and len(readings[0]) == 10:
            days.add((readings[0], note, pos, m.end()))
    if len({day for day, *_ in days}) != 1:
        return None
    day, note, start, end = min(days, key=lambda d: d[2])
    joint = " " if " " in stem else "-"
    rest = joint.join(p for p in (stem[:start].strip(" -_.,"), stem[end:].strip(" -_.,")) if p)
    because = f" ({note})" if note else ""
    renamed = f"{day}{joint}{rest}{suffix}" if rest else f"{day}{suffix}"
    return f"its name holds the date {day}{because}: rename it {renamed!r}"
