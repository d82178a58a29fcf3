"""What a rule's regex tells before it runs: the literals its matches contain, and its reach.

Three facts are read from the regex as ``re``'s own parser parses it:

* **requirements**: sets of case-folded literals such that every match
  contains at least one literal of each set (``(先|提前)报(批|审)`` → {先报批,
  先报审, 提前报批, 提前报审}; ``要求[^。]{0,12}?报送`` → {要求} and {报送}). A
  text that misses a set cannot match, so an automaton over the literals tells
  which rules can match a text;
* **exact**: when the regex matches only a few fixed caseless strings and has
  no assertion (``台账``, ``(审核|审批|报批)``), those strings in the order the
  regex prefers them; an occurrence found by the automaton *is* then a match;
* **reach**: how far past a match's start the regex can read (characters it
  consumes plus what a look-ahead or a word boundary peeks at), when bounded. A match
  that contains a literal found at ``a`` then starts after ``a - width``, and
  the regex never reads beyond ``a + reach``, so searching that window alone
  finds exactly what a search of the whole text finds there.

This is the required-literal prefilter of regex engines, applied to a few
thousand small regexes at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any, Final

from relcycle.frameworks.fold import fold

MAX_SET: Final = 64
"""Largest number of strings an alternation or a product is expanded to."""
MAX_CLASS: Final = 8
"""Largest character class expanded into single characters."""
_UNBOUNDED: Final[int] = int(C.MAXREPEAT)
_REPEATS: Final = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_ONE_CHAR: Final = (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN)


@dataclass(frozen=True, slots=True)
class RegexFacts:
    """The facts about one regex that the automaton and the window search use.

    Attributes:
        requirements: Sets of case-folded literals (each sorted); every match
            contains a literal of each set. Empty when none could be found (the
            regex must then run on every text).
        exact: The only strings the regex matches, in its order of preference,
            when they are few, caseless and free of assertions; else ``None``.
        plain: No assertion (word boundary, ``$``, look-around), atomic group or possessive
            repeat: the regex finds the same in a text cut short as in the
            whole text, wherever its match ends before the cut.
        min_width: The fewest characters a match consumes.
        width: The most characters a match consumes, ``None`` if unbounded.
        reach: The furthest the regex reads past a match's start, ``None`` if unbounded.
    """

    requirements: tuple[tuple[str, ...], ...]
    exact: tuple[str, ...] | None
    plain: bool
    min_width: int
    width: int | None
    reach: int | None


@dataclass(frozen=True, slots=True)
class _Info:
    exact: tuple[str, ...] | None  # every match is one of these, in preference order
    required: frozenset[str] | None  # every match contains one of these


_EMPTY: Final = _Info(("",), None)
_NOTHING: Final = _Info(None, None)


def _usable(found: Iterable[str] | None) -> bool:
    return found is not None and bool(found) and "" not in found


def _unique(strings: Iterable[str]) -> tuple[str, ...] | None:
    out = tuple(dict.fromkeys(strings))
    return out if len(out) <= MAX_SET else None


def _product(left: tuple[str, ...], right: tuple[str, ...]) -> tuple[str, ...] | None:
    if len(left) * len(right) > MAX_SET:
        return None
    return _unique(a + b for a in left for b in right)


def _required(info: _Info) -> frozenset[str] | None:
    if _usable(info.exact):
        return frozenset(info.exact or ())
    return info.required if _usable(info.required) else None


def _class_chars(items: list[tuple[Any, Any]]) -> tuple[str, ...] | None:
    chars: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            chars.append(fold(chr(av)))
        elif op is C.RANGE and av[1] - av[0] < MAX_CLASS:
            chars.extend(fold(chr(c)) for c in range(av[0], av[1] + 1))
        else:  # NEGATE, CATEGORY, a wide range
            return None
    found = tuple(dict.fromkeys(chars))
    return found if 0 < len(found) <= MAX_CLASS else None


def _repeat(low: int, high: int, child: tuple[str, ...], greedy: bool) -> tuple[str, ...] | None:
    """The strings ``child{low,high}`` matches, in the order a backtracking engine tries them."""
    tail: tuple[str, ...] = ("",)
    for done in range(high - 1, -1, -1):
        more = _product(child, tail)
        found = (
            more if more is None or done < low else _unique((*more, "") if greedy else ("", *more))
        )
        if found is None:
            return None
        tail = found
    return tail


def _node(op: Any, av: Any) -> _Info:
    if op is C.LITERAL:
        return _Info((fold(chr(av)),), None)
    if op is C.IN:
        return _Info(_class_chars(av), None)
    if op is C.SUBPATTERN:
        return _sequence(av[-1])
    if op is C.ATOMIC_GROUP:
        return _Info(None, _required(_sequence(av)))
    if op is C.BRANCH:
        infos = [_sequence(alt) for alt in av[1]]
        if all(i.exact is not None for i in infos):
            union = _unique(s for i in infos for s in i.exact or ())
            if union is not None:
                return _Info(union, None)
        required = [_required(i) for i in infos]
        if all(r is not None for r in required):
            merged = frozenset().union(*(r or () for r in required))
            if len(merged) <= MAX_SET:
                return _Info(None, merged)
        return _NOTHING
    if op in _REPEATS:
        low, high, item = av
        inner = _sequence(item)
        if high == 0:
            return _EMPTY
        if op is not C.POSSESSIVE_REPEAT and inner.exact is not None and high < _UNBOUNDED:
            found = _repeat(low, high, inner.exact, greedy=op is C.MAX_REPEAT)
            if found is not None:
                return _Info(found, None)
        return _Info(None, _required(inner)) if low > 0 else _NOTHING
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return _EMPTY
    return _NOTHING  # ANY, NOT_LITERAL, CATEGORY, GROUPREF, GROUPREF_EXISTS ...


def _sequence(items: Any) -> _Info:
    exact, candidates = _concatenation(items)
    if exact is not None:
        return _Info(exact, None)
    usable = [c for c in candidates if _usable(c)]
    best = max(usable, key=lambda c: (min(map(len, c)), -len(c))) if usable else None
    return _Info(None, best)


def _concatenation(items: Any) -> tuple[tuple[str, ...] | None, list[frozenset[str]]]:
    """The exact strings of a concatenation if known, and every required set in it."""
    run: tuple[str, ...] = ("",)
    candidates: list[frozenset[str]] = []
    whole = True
    for op, av in items:
        info = _node(op, av)
        joined = _product(run, info.exact) if info.exact is not None else None
        if joined is not None:
            run = joined
            continue
        whole = False
        candidates.append(frozenset(run))
        if info.exact is not None:
            run = info.exact
        else:
            run = ("",)
            required = _required(info)
            if required is not None:
                candidates.append(required)
    if whole:
        return run, [frozenset(run)] if _usable(run) else []
    candidates.append(frozenset(run))
    return None, [c for c in candidates if _usable(c)]


def _widths(items: Any) -> tuple[int, int]:
    """(most characters consumed, furthest position read) from the sequence's start."""
    consumed = 0
    furthest = 0
    for op, av in items:
        if op in _ONE_CHAR:
            consumed += 1
            furthest = max(furthest, consumed)
        elif op in (C.SUBPATTERN, C.ATOMIC_GROUP):
            width, read = _widths(av[-1] if op is C.SUBPATTERN else av)
            furthest = max(furthest, consumed + read)
            consumed += width
        elif op is C.BRANCH:
            pairs = [_widths(alt) for alt in av[1]]
            furthest = max(furthest, consumed + max(r for _, r in pairs))
            consumed += max(w for w, _ in pairs)
        elif op in _REPEATS:
            high = av[1]
            width, read = _widths(av[2])
            if high >= _UNBOUNDED and width > 0:
                return _UNBOUNDED, _UNBOUNDED
            span = width * high if high else 0
            furthest = max(furthest, consumed + span + max(0, read - width))
            consumed += span
        elif op in (C.ASSERT, C.ASSERT_NOT):
            direction, sub = av
            if direction == 1:  # a look-ahead reads forward; a look-behind only backward
                furthest = max(furthest, consumed + _widths(sub)[1])
        elif op is C.AT:  # `\b` reads the next character, `$` the next two
            furthest = max(furthest, consumed + 2)
        else:  # back-references, conditionals: no bound is easy to see
            return _UNBOUNDED, _UNBOUNDED
        if consumed >= _UNBOUNDED or furthest >= _UNBOUNDED:
            return _UNBOUNDED, _UNBOUNDED
    return consumed, furthest


def _plain(items: Any) -> bool:
    """No assertion, atomic group or possessive repeat anywhere in the regex."""
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT, C.ATOMIC_GROUP, C.POSSESSIVE_REPEAT):
            return False
        if op is C.SUBPATTERN and not _plain(av[-1]):
            return False
        if op is C.BRANCH and not all(_plain(alt) for alt in av[1]):
            return False
        if op in _REPEATS and not _plain(av[2]):
            return False
    return True


def caseless(text: str) -> bool:
    """Whether no character of ``text`` has a case, so it matches only itself."""
    return all(c.lower() == c == c.upper() and fold(c) == c for c in text)


def _simplest(found: Iterable[str]) -> tuple[str, ...]:
    """``found`` without the literals that contain another one (they add nothing)."""
    strings = set(found)
    return tuple(sorted(s for s in strings if not any(o != s and o in s for o in strings)))


def regex_facts(source: str, flags: int) -> RegexFacts:
    """The :class:`RegexFacts` of regex ``source`` compiled with ``flags``."""
    parsed = P.parse(source, flags)
    exact, found = _concatenation(parsed.data)
    plain = _plain(parsed.data)
    if exact is not None and not (plain and _usable(exact) and all(caseless(s) for s in exact)):
        exact = None
    low, _ = parsed.getwidth()
    width, read = _widths(parsed.data)
    bounded = width < _UNBOUNDED
    return RegexFacts(
        requirements=tuple(sorted({_simplest(r) for r in found})),
        exact=exact,
        plain=plain,
        min_width=int(low),
        width=width if bounded else None,
        reach=max(read, width) if bounded else None,
    )


def anchor_offsets(source: str, flags: int, anchors: Iterable[str]) -> tuple[int, int] | None:
    """How far into a match the ``anchors`` (one of its required sets) stand: (least, most).

    Every match of the regex has, at the place in its top-level sequence whose
    required set is ``anchors``, an occurrence of one of them starting that
    many characters after the match's start (at least, at most). ``None``
    when the set has no single place or the most is unbounded.
    """
    parsed = P.parse(source, flags)
    items = parsed.data
    wanted = tuple(sorted(anchors))
    # the places of _concatenation: (required set, first item, end item, its strings if exact)
    places: list[tuple[frozenset[str], int, int, tuple[str, ...] | None]] = []
    run: tuple[str, ...] = ("",)
    begin = 0
    for n, (op, av) in enumerate(items):
        info = _node(op, av)
        joined = _product(run, info.exact) if info.exact is not None else None
        if joined is not None:
            run = joined
            continue
        places.append((frozenset(run), begin, n, run))
        if info.exact is not None:
            run, begin = info.exact, n
        else:
            run, begin = ("",), n + 1
            required = _required(info)
            if required is not None:
                places.append((required, n, n + 1, None))
    places.append((frozenset(run), begin, len(items), run))
    found = [p for p in places if _usable(p[0]) and _simplest(p[0]) == wanted]
    if len(found) != 1:
        return None
    _, first, last, strings = found[0]
    low, high = P.SubPattern(parsed.state, items[:first]).getwidth()
    if strings is not None:  # the first anchor in each string
        offsets = [min(s.find(a) for a in wanted if a in s) for s in strings]
        least, most = min(offsets), max(offsets)
    else:  # somewhere in the item
        least = 0
        most = P.SubPattern(parsed.state, items[first:last]).getwidth()[1] - min(map(len, wanted))
    if high + most >= _UNBOUNDED:
        return None
    return low + least, high + most
