"""One text's sentence and clause boundaries, found once, and cached pattern look-ups.

The reference matcher finds a hit's sentence by scanning the text from its
start for every hit; :class:`TextContext` finds the boundaries in one pass and
looks them up by bisection, with the same results (including the reference's
reading of a full stop right before a hit as a sentence end).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Final

from relcycle.frameworks.rules import SENTENCE_END

CLAUSE_BREAK: Final = re.compile(r"[，,：:。！？；!?;\n]")
"""What ends a clause (for the negation scope and the subject search)."""
_SENTENCE_END_CHAR: Final = re.compile(r"[。！？；!?;\n]")  # the same in a text without "."


class TextContext:
    """A text's sentence and clause boundaries, and cached pattern look-ups.

    Sentence ends are those of :data:`relcycle.frameworks.rules.SENTENCE_END`;
    clause breaks those of :data:`CLAUSE_BREAK`.

    Args:
        text: The text (a segment's).
    """

    __slots__ = ("_cache", "_clauses", "_ends", "_sentences", "n", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.n = len(text)
        self._ends: list[int] | None = None
        self._clauses: list[int] = []
        self._cache: dict[tuple[int, int, int], bool] = {}
        self._sentences: dict[tuple[int, int], tuple[int, int]] = {}

    def _boundaries(self) -> list[int]:
        ends = self._ends
        if ends is None:
            text = self.text
            self._clauses = [m.start() for m in CLAUSE_BREAK.finditer(text)]
            if "." in text:
                ends = self._ends = [m.start() for m in SENTENCE_END.finditer(text)]
            else:
                ends = self._ends = [m.start() for m in _SENTENCE_END_CHAR.finditer(text)]
        return ends

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The sentence bounds of ``[start, end)``, as ``rules.sentence_bounds`` gives them."""
        found = self._sentences.get((start, end))
        if found is None:
            found = self._sentences[start, end] = self._sentence(start, end)
        return found

    def _sentence(self, start: int, end: int) -> tuple[int, int]:
        ends = self._ends if self._ends is not None else self._boundaries()
        if start and self.text[start - 1] == ".":
            lo = start  # the reference reads a "." right before its search's end as an end
        else:
            i = bisect_right(ends, start - 1)
            lo = ends[i - 1] + 1 if i else 0
        j = bisect_left(ends, end)
        return lo, ends[j] + 1 if j < len(ends) else self.n

    def clause_breaks(self) -> list[int]:
        """Offsets of the clause breaks (commas, colons, sentence ends), ascending."""
        if self._ends is None:
            self._boundaries()
        return self._clauses

    def clause_start(self, lo: int, start: int) -> int:
        """The offset after the last clause break in ``[lo, start)``, else ``lo``."""
        clauses = self._clauses if self._ends is not None else self.clause_breaks()
        i = bisect_left(clauses, start)
        if i and clauses[i - 1] >= lo:
            return clauses[i - 1] + 1
        return lo

    def finds(self, pattern: re.Pattern[str], lo: int, hi: int) -> bool:
        """Whether ``pattern.search(text, lo, hi)`` finds something (cached)."""
        key = (id(pattern), lo, hi)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = pattern.search(self.text, lo, hi) is not None
        return found
