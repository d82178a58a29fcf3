"""A yearless date before a dated one it is joined to: 1 July - 31 December 2022.

Read alone, the first date of "1 July - 31 December 2022" or "July 1 to
December 31, 2022" has no year and would be taken as the occurrence nearest
the source's date (in minutes of February 2023, July 2023). Joined to the dated
end by a range's dash or "to", it is that year's (or, when that would put it
after the end, the year before's: 1 November - 31 January 2023 starts in
November 2022). The scanner moves it so before the segment's mentions are
kept; it then names its year as the end does. Two dates joined by "and" share
the year alike (on 3 March and 5 May 2022).

A yearless date in brackets right after a time glosses it: "by the end of Q2
(June 30)", "VCH Q2 (July–September)". It is moved to the year that puts it
in, or nearest to, the time it glosses.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from relcycle.domain import Precision

#: What joins a range's two ends (a dash, to, until, through, 至, 到, a tilde) or two dates
#: of one year (3 March and 5 May 2022, 3月1日和2022年5月5日).
_JOIN: Final = re.compile(
    r"\s*(?:[-–—~～－&、]|to|until|till|through|thru|and|or|至|到|和|与|及|或)\s*", re.IGNORECASE
)
#: The most characters between the two ends.
GAP: Final = 9
#: The precisions a yearless start may have: a day or a month.
_POINTS: Final = frozenset({Precision.DAY, Precision.MONTH})


def joined(text: str, earlier_end: int, later_start: int) -> bool:
    """Whether ``text[earlier_end:later_start]`` joins two dates as a range's ends."""
    return _JOIN.fullmatch(text, earlier_end, later_start) is not None


def moved_start(
    start: date, end: date, precision: Precision, later_start: date
) -> tuple[date, date] | None:
    """The interval of a yearless range start in the year of a range end starting ``later_start``.

    ``None`` when the start is no day or month, or has no such day in that year (29 February).
    """
    if precision not in _POINTS:
        return None
    for year in (later_start.year, later_start.year - 1):
        shift = year - start.year
        try:
            moved = start.replace(year=start.year + shift), end.replace(year=end.year + shift)
        except ValueError:
            return None
        if moved[0] <= later_start:
            return moved
    return None


#: What opens a gloss of the time before it: a bracket, and white space.
_GLOSS: Final = re.compile(r"\s*[(（\[]\s*")
#: The most characters between a time and its gloss.
GLOSS_GAP: Final = 3


def glossed(text: str, earlier_end: int, later_start: int) -> bool:
    """Whether ``text[earlier_end:later_start]`` opens a bracket glossing the earlier time."""
    return _GLOSS.fullmatch(text, earlier_end, later_start) is not None


def moved_into(start: date, end: date, outer_start: date, outer_end: date) -> tuple[date, date]:
    """``[start, end]`` moved by whole years into (or nearest to) ``[outer_start, outer_end]``.

    It stays where it is when no year before or after brings it nearer (or a
    year has no such day: 29 February).
    """
    best, distance = (start, end), _apart(start, end, outer_start, outer_end)
    for shift in (-1, 1):
        try:
            moved = start.replace(year=start.year + shift), end.replace(year=end.year + shift)
        except ValueError:
            continue
        apart = _apart(*moved, outer_start, outer_end)
        if apart < distance:
            best, distance = moved, apart
    return best


def _apart(start: date, end: date, outer_start: date, outer_end: date) -> int:
    """Days between two intervals (0 when they overlap)."""
    return max(0, (outer_start - end).days, (start - outer_end).days)
