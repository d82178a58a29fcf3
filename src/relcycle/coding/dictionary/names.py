"""A case's names for its actors are who acts, not what is done.

An organisation or office named "Ministry of Family and Community Development",
"Adults and Health Scrutiny Committee" or "Liaison Officer" holds words the
framework's rules look for (community development, scrutiny committee, liaison):
a hit found wholly inside one of the case's own names or aliases is not coded,
unless its code names a kind of actor or an embeddedness (``family: actor`` or
``embeddedness``: 居委会 in 桂园社区居委会, 党委 in 镇党委 are what they say).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np

from relcycle.coding.dictionary.kernels import BoolArray, IntArray
from relcycle.domain import Case

#: The code families whose hits inside a name are kept.
NAMING_FAMILIES = frozenset({"actor", "embeddedness"})
#: Names and aliases shorter than this are not looked for (HCC, 镇里: no rule word inside).
MIN_NAME = 4


def names_pattern(case: Case) -> re.Pattern[str] | None:
    """One regex for the case's actor names and aliases (longest first), or ``None``."""
    names = {n for a in case.actors for n in (a.name, *a.aliases) if len(n.strip()) >= MIN_NAME}
    if not names:
        return None
    words = sorted((n.strip() for n in names), key=len, reverse=True)
    # an English name is a whole word run (not "the Trust" in "the Trustees")
    parts = [
        rf"(?<![A-Za-z]){re.escape(w)}(?![A-Za-z])" if w[-1].isascii() else re.escape(w)
        for w in words
    ]
    return re.compile("|".join(parts))


def inside(spans: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies wholly inside one of ``spans``."""
    return any(s <= start and end <= e for s, e in spans)


def inside_any(spans: list[tuple[int, int]], starts: IntArray, ends: IntArray) -> BoolArray:
    """Per hit, whether it lies wholly inside one of ``spans`` (sorted, not overlapping)."""
    if not spans:
        return np.zeros(len(starts), dtype=bool)
    lo = np.array([s for s, _ in spans], np.int64)
    hi = np.array([e for _, e in spans], np.int64)
    at = np.searchsorted(lo, starts, "right") - 1
    ok = at >= 0
    return ok & (ends <= hi[np.maximum(at, 0)])
