"""Choosing quotes: which pieces of evidence a reader is shown for a finding.

:func:`pick_quotes` ranks evidence and keeps a few, one per source and
wording; :func:`pick_covering` first takes one quote per aspect of a finding
(an indicator a stage's signature puts high, a code an advice cites), so that
the quotes show all of it, not only its commonest part.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from relcycle.trajectory.evidence import Evidence
from relcycle.trajectory.result import Quote

QUOTES_PER_CODE = 3
"""Quotes kept for each code of a profile."""
_ORIGIN_RANK = {"manual": 0, "import": 0, "event": 1, "auto": 2}

Weighted = list[tuple[Evidence, float]]


def quote_of(item: Evidence) -> Quote:
    """The :class:`Quote` of an evidence item."""
    return Quote(
        item.source,
        item.start,
        item.quote,
        item.code,
        item.actor,
        item.origin,
        item.source_date,
        item.end,
        item.precision,
    )


_HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、.．]|[(（]?\d+[)）.、]|[(（][一二三四五六七八九十]+[)）])"
)
"""A numbered heading or list item: ``二、``, ``(3)``, ``（一）``."""
SHORT_GIST = 6
"""A quote smaller than this (CJK characters, two for each other word) says too little."""
SHORT_HEADING = 15
"""A numbered line shorter than this is a heading (``二、台账报送。``), not a statement."""


def weak_quote(text: str) -> bool:
    """Whether a quote says too little to show anything on its own.

    A question (``您说的“边界”是指什么？``: an interviewer's, or one asked, not
    an act), a numbered heading (``二、关于合同外任务。``) or a scrap of a few
    characters. Such quotes are used only when nothing better is there.
    """
    flat = text.strip().rstrip("”」』’\"' ")
    if flat.endswith(("？", "?")):
        return True
    size = _size(text)
    if _HEADING.match(text) and size < SHORT_HEADING:
        return True
    return size < SHORT_GIST


_WORD = re.compile(r"[^\W\d_]+|\d+")


def _size(text: str) -> int:
    """How much a quote says: its CJK characters, and two for each other word or number."""
    cjk = sum(1 for ch in text if "\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff")
    words = [w for w in _WORD.findall(text) if not any("\u2e80" <= ch <= "\ufaff" for ch in w)]
    return cjk + 2 * len(words)


def _gist(text: str) -> str:
    """``text`` with white space, punctuation and quotation marks left out, folded."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def near_duplicate(a: str, b: str) -> bool:
    """Whether two quotes say the same words: one holds the other, once marks are left out."""
    ga, gb = _gist(a), _gist(b)
    if not ga or not gb:
        return ga == gb
    short, long_ = sorted((ga, gb), key=len)
    return short in long_ and len(short) >= min(12, len(long_))


def pick_quotes(
    items: Iterable[tuple[Evidence, float]],
    k: int = QUOTES_PER_CODE,
    relevance: Callable[[Evidence], float] | None = None,
    avoid: Iterable[str] = (),
) -> tuple[Quote, ...]:
    """Up to ``k`` quotes, the surest first, one per source and wording, listed by date.

    Quotes whose words are in ``avoid`` (already shown nearby) come last, and
    before them those that say little (:func:`weak_quote`); then the
    evidence most ``relevance`` says is to the point (its code's weight
    on what is being shown), then people's codings and events before
    automatic ones, then higher confidence and a larger share of the item in
    the range, then earlier dates. A quote that repeats a chosen one's words
    (:func:`near_duplicate`) is left out.
    """
    if k <= 0:
        return ()
    shown = list(avoid)
    score = relevance or (lambda _: 0.0)
    ranked = sorted(
        items,
        key=lambda p: (
            any(near_duplicate(p[0].quote, a) for a in shown),
            -score(p[0]),
            weak_quote(p[0].quote),
            _ORIGIN_RANK.get(p[0].origin, 3),
            -p[0].confidence,
            -p[1],
            p[0].start,
            p[0].source,
        ),
    )
    chosen: list[Evidence] = []
    seen: set[str] = set()
    for item, _ in ranked:
        if item.source in seen or not item.quote:
            continue
        if any(near_duplicate(item.quote, c.quote) for c in chosen):
            continue
        seen.add(item.source)
        chosen.append(item)
        if len(chosen) == k:
            break
    return tuple(quote_of(i) for i in sorted(chosen, key=lambda i: (i.start, i.source)))


def pick_covering(
    items: Weighted,
    aspects: Sequence[Callable[[Evidence], float]],
    k: int,
    avoid: Iterable[str] = (),
) -> tuple[Quote, ...]:
    """Up to ``k`` quotes that show each aspect in turn, then the most relevant, by date.

    Each aspect scores how well an item shows it (0: not at all). One quote
    is taken per aspect, in the order given (the most important first), then
    the rest by their best score; each pick as :func:`pick_quotes` ranks,
    one per source and wording.
    """
    avoid = list(avoid)
    chosen: list[Quote] = []

    def best(item: Evidence) -> float:
        return max((a(item) for a in aspects), default=0.0)

    for aspect in aspects:
        if len(chosen) >= k:
            break
        chosen += pick_quotes(_unchosen(items, chosen, aspect), 1, aspect, avoid)
    chosen += pick_quotes(_unchosen(items, chosen, best), k - len(chosen), best, avoid)
    return tuple(sorted(chosen, key=lambda q: (q.date, q.source)))


def _unchosen(
    items: Weighted, chosen: Sequence[Quote], score: Callable[[Evidence], float]
) -> Weighted:
    """``items`` that ``score`` finds relevant, from sources and with words not already chosen."""
    sources = {q.source for q in chosen}
    return [
        (i, s)
        for i, s in items
        if score(i) > 0
        and i.source not in sources
        and not any(near_duplicate(i.quote, q.quote) for q in chosen)
    ]
