"""Finding where a coding's quoted text sits in a source's new text.

When a source's text changes, a coding whose quote no longer sits at its
offsets is moved to where the quote now is:

1. an exact occurrence of the quote, the one nearest the old start (the
   earlier one on a tie);
2. failing that, an occurrence that differs only in whitespace (spaces, line
   breaks, any Unicode white space, added, dropped or changed), again the
   nearest; the new span runs from the quote's first to its last non-space
   character as they now sit in the text.

A quote found neither way cannot be placed: the coding becomes an orphan.
"""

from __future__ import annotations

from collections.abc import Iterator


def relocate(text: str, quote: str, start: int) -> tuple[int, int] | None:
    """The new ``(start, end)`` of a coding whose ``quote`` began at ``start`` in the old text.

    Args:
        text: The source's new text.
        quote: The text the coding covered.
        start: Where it began in the old text.

    Returns:
        The span of the nearest occurrence, exact if there is one, else
        whitespace-insensitive; ``None`` if the quote no longer occurs (or is
        empty or all white space).
    """
    if not quote:
        return None
    found = _nearest(_occurrences(text, quote), start)
    if found is not None:
        return found, found + len(quote)
    return _relocate_loosely(text, quote, start)


def _occurrences(text: str, needle: str) -> Iterator[int]:
    at = text.find(needle)
    while at != -1:
        yield at
        at = text.find(needle, at + 1)


def _nearest(positions: Iterator[int], start: int) -> int | None:
    best: int | None = None
    for at in positions:
        if best is None or abs(at - start) < abs(best - start):
            best = at
        elif at > start:
            break  # positions only move further away from here on
    return best


def _relocate_loosely(text: str, quote: str, start: int) -> tuple[int, int] | None:
    squeezed_quote = "".join(ch for ch in quote if not ch.isspace())
    if not squeezed_quote:
        return None
    where = [i for i, ch in enumerate(text) if not ch.isspace()]  # squeezed → text offsets
    squeezed = "".join(text[i] for i in where)
    best: int | None = None
    for hit in _occurrences(squeezed, squeezed_quote):
        if best is None or abs(where[hit] - start) < abs(where[best] - start):
            best = hit
        elif where[hit] > start:
            break
    if best is None:
        return None
    return where[best], where[best + len(squeezed_quote) - 1] + 1
