r"""Anchor conditions as constraint programs: what the compiled pre-scan evaluates.

An anchor of the pre-scan (:mod:`~relcycle.sources.timeexpr.prescan`) is a
character and a condition on the characters around it, written as a regex
(年 after a numeral: ``(?<=[0-9〇…]年)``; the ``ear`` of "year"). The
compiled pre-scan (:mod:`~relcycle.sources.timeexpr.kernel`) does not run
regexes: each condition is parsed here (with ``re``'s own parser) and
written out as *alternatives*, each a list of *constraints* — "the character
at offset ``k`` from the anchor is in set ``s``" — and of negated lists of
alternatives (``(?![a-z])``). Optional parts and alternations are expanded
(``从?\s?[12…]`` is four alternatives); look-behinds have a fixed width in
``re``, so their offsets are known. A condition holds where one of its
alternatives does, exactly as the regex matches there: a look-around only
asks whether some path matches.

Sets are ``re``'s sets, decided per code point: ``\d`` and ``\s`` are
read off ``re`` itself over the BMP. "No character" (before the text's start,
after its end) is the code point :data:`OUT`, in no set but the one of
``\Z``. An ASCII anchor's condition is read in either case, as the pre-scan
reads it (on the lower-cased text, or with ``(?i:...)``); this is exact for
texts without the four characters ``re`` matches with an ASCII letter when
it ignores case (:data:`FOLDING`), which the compiled pre-scan leaves to the
regexes, as it leaves texts beyond the BMP (their UTF-16 offsets shift). A
condition using a construct the parser does not follow (a long repeat,
inline flags, a back reference) is marked unsure, and its anchors are asked
of the regex.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # numpy is imported when the first program is built
    import numpy as np
    import numpy.typing as npt

#: Code points the programs cover (the BMP); ``OUT`` stands for "no character".
BMP = 0x10000
OUT = BMP
#: At most this many alternatives per condition (else it is unsure).
_MAX_ALTERNATIVES = 4096
#: Characters ``re`` matches with an ASCII letter when it ignores case (İ, ı, ſ, K).
FOLDING = "\u0130\u0131\u017f\u212a"


class Unsupported(Exception):
    """A regex construct the constraint parser does not follow."""


# A constraint: (offset, set id); an alternative: (constraints, negated alternatives' lists).
_Constraint = tuple[int, int]
_Alt = tuple[tuple[_Constraint, ...], tuple[tuple["_Alt", ...], ...]]


class _Sets:
    """The character sets the conditions use, each a ``bool`` array over the BMP and ``OUT``."""

    def __init__(self) -> None:
        self.arrays: list[npt.NDArray[np.bool_]] = []
        self._ids: dict[tuple[object, ...], int] = {}
        import numpy

        codes = numpy.arange(BMP, dtype="<u4").tobytes()
        self._bmp = codes.decode("utf-32-le", "surrogatepass")  # every BMP character, in order
        self._categories: dict[object, npt.NDArray[np.bool_]] = {}

    def _category(self, category: object) -> npt.NDArray[np.bool_]:
        r"""A category's members, as ``re`` reads it (``\d``, ``\s``, ``\w`` and negations)."""
        import numpy

        found = self._categories.get(category)
        if found is None:
            pattern = {
                sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_WORD: r"\w",
                sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_NOT_SPACE: r"\S",
                sre.CATEGORY_NOT_WORD: r"\W",
            }.get(category)  # fmt: skip
            if pattern is None:
                raise Unsupported(f"category {category}")
            found = numpy.zeros(BMP + 1, dtype=bool)
            found[[m.start() for m in re.finditer(pattern, self._bmp)]] = True
            self._categories[category] = found
        return found

    def add(self, key: tuple[object, ...], build: Callable[[], npt.NDArray[np.bool_]]) -> int:
        found = self._ids.get(key)
        if found is None:
            found = self._ids[key] = len(self.arrays)
            self.arrays.append(build())
        return found

    def items(self, items: Sequence[tuple[Any, Any]], fold: bool) -> int:
        """The set of an ``IN`` node's items (folded: ASCII letters in either case)."""
        return self.add(("in", repr(items), fold), lambda: self._in(items, fold))

    def literal(self, code: int, fold: bool, negate: bool = False) -> int:
        items: list[tuple[Any, Any]] = [(sre.LITERAL, code)]
        if negate:
            items.insert(0, (sre.NEGATE, None))
        return self.items(items, fold)

    def end(self) -> int:
        r"""The set of ``OUT`` alone: no character (``\Z`` after the anchor)."""

        def build() -> npt.NDArray[np.bool_]:
            import numpy

            array = numpy.zeros(BMP + 1, dtype=bool)
            array[OUT] = True
            return array

        return self.add(("end",), build)

    def _in(self, items: Sequence[tuple[Any, Any]], fold: bool) -> npt.NDArray[np.bool_]:
        import numpy

        member = numpy.zeros(BMP + 1, dtype=bool)
        negate = False
        for op, value in items:
            if op is sre.NEGATE:
                negate = True
            elif op is sre.LITERAL:
                if fold and value >= 128:
                    raise Unsupported("a character beyond ASCII read in either case")
                member[value] = True
            elif op is sre.RANGE:
                low, high = value
                if fold and high >= 128:
                    raise Unsupported("a character beyond ASCII read in either case")
                member[low : high + 1] = True
            elif op is sre.CATEGORY:
                member |= self._category(value)
            else:
                raise Unsupported(f"set item {op}")
        if fold:  # ASCII letters in either case read alike (the text is read lower-cased)
            lower, upper = numpy.arange(97, 123), numpy.arange(65, 91)
            either = member[lower] | member[upper]
            member[lower] = member[upper] = either
        if negate:
            member = ~member
        member[OUT] = False  # no character is in no set (only ``end`` holds OUT)
        return member


def _alternatives(pattern: str, sets: _Sets, fold: bool) -> list[_Alt]:
    """The alternatives of a condition read from offset 1 (right after the anchor character)."""
    parsed = sre_parse.parse(pattern)
    states = _sequence(list(parsed), [((), (), 1)], sets, fold)
    return [(cons, negs) for cons, negs, _ in states]


_State = tuple[tuple[_Constraint, ...], tuple[tuple[_Alt, ...], ...], int]


def _sequence(
    items: Sequence[tuple[Any, Any]], states: list[_State], sets: _Sets, fold: bool
) -> list[_State]:
    for op, value in items:
        states = _item(op, value, states, sets, fold)
        if len(states) > _MAX_ALTERNATIVES:
            raise Unsupported("too many alternatives")
    return states


def _consume(states: list[_State], set_id: int) -> list[_State]:
    return [((*cons, (at, set_id)), negs, at + 1) for cons, negs, at in states]


def _item(op: object, value: Any, states: list[_State], sets: _Sets, fold: bool) -> list[_State]:
    if op is sre.LITERAL:
        return _consume(states, sets.literal(value, fold))
    if op is sre.NOT_LITERAL:
        return _consume(states, sets.literal(value, fold, negate=True))
    if op is sre.IN:
        return _consume(states, sets.items(value, fold))
    if op is sre.ANY:
        return _consume(states, sets.literal(10, fold, negate=True))
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, sub = value
        if add_flags or del_flags:
            raise Unsupported("inline flags")
        return _sequence(list(sub), states, sets, fold)
    if op is sre.BRANCH:
        _, branches = value
        return [s for branch in branches for s in _sequence(list(branch), states, sets, fold)]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, sub = value
        if high > 4 or op is sre.POSSESSIVE_REPEAT:
            raise Unsupported("repeat")
        out: list[_State] = []
        current = states
        for count in range(high + 1):
            if count >= low:
                out.extend(current)
            if count < high:
                current = _sequence(list(sub), current, sets, fold)
        return out
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        direction, sub = value
        out = []
        for cons, negs, at in states:
            start = at
            if direction < 0:
                low, high = sub.getwidth()
                if low != high:
                    raise Unsupported("variable lookbehind")
                start = at - low
            inner = _sequence(list(sub), [((), (), start)], sets, fold)
            alts = tuple((c, n) for c, n, _ in inner)
            if op is sre.ASSERT_NOT:
                out.append((cons, (*negs, alts), at))
            else:
                out.extend(((*cons, *c), (*negs, *n), at) for c, n in alts)
        return out
    if op is sre.AT and value is sre.AT_END_STRING:
        if any(at < 1 for _, _, at in states):
            raise Unsupported("\\Z before the anchor")  # OUT would also be the text's start
        end = sets.end()
        return [((*cons, (at, end)), negs, at) for cons, negs, at in states]
    raise Unsupported(f"{op}")


#: One anchor character's conditions, in the pre-scan's order: (condition, key, capital).
Rests = Sequence[tuple[str, int, bool]]
#: A slot's answer when no condition holds, and when the first that may hold is unsure.
NO, UNSURE = -1, -2
#: ``slot_of`` values that are no slot: a character to stop at, one the programs do not cover.
STOP, AWAY = 254, 255


@dataclass(frozen=True, slots=True)
class Programs:
    """Every anchor's conditions as flat arrays (the kernel's input).

    A *slot* is an anchor character as written (an ASCII letter has one per
    case, sharing its conditions). Per slot, its conditions (*rests*) in the
    pre-scan's order: the first that holds decides the hit's key, or that
    there is none (a capital condition on a lower-case letter). Per rest,
    its alternatives; per alternative, its constraints ``(offset, set)`` and
    its negated groups; per negated group, alternatives of constraints alone.

    Attributes:
        slot_of: Per BMP code point: 0 none, else slot number + 1, or
            :data:`STOP` / :data:`AWAY`.
        slot_rests: Per slot, ``[lo, hi)`` into the rest arrays (``n_slots + 1`` bounds).
        rest_key: Per rest, the key of its hit, or :data:`NO` (a capital
            condition read on a lower-case letter), or :data:`UNSURE` (not parsed).
        rest_alts: Per rest, bounds into the alternatives.
        alt_cons: Per alternative, bounds into the constraints.
        alt_negs: Per alternative, bounds into the negated groups.
        neg_alts: Per negated group, bounds into the alternatives.
        con_offset: Per constraint, the offset from the anchor.
        con_set: Per constraint, the set.
        class_of: Per code point and ``OUT``, its class: code points of one
            class are in the same sets.
        member: Per set and class, whether the class is in the set.
        around: Per slot and the classes of the characters before and after
            it, whether some condition could hold (alternatives' constraints
            at offsets -1 and 1 alone) ...
        ahead: ... and per slot and the classes of the two characters after
            it (offsets 1 and 2): most anchor characters stop at one of them.
        rest_around: ``around`` per rest ...
        rest_ahead: ... and ``ahead``: a rest that cannot hold is not evaluated.
    """

    slot_of: npt.NDArray[np.uint8]
    slot_rests: npt.NDArray[np.int32]
    rest_key: npt.NDArray[np.int32]
    rest_alts: npt.NDArray[np.int32]
    alt_cons: npt.NDArray[np.int32]
    alt_negs: npt.NDArray[np.int32]
    neg_alts: npt.NDArray[np.int32]
    con_offset: npt.NDArray[np.int32]
    con_set: npt.NDArray[np.int32]
    class_of: npt.NDArray[np.int32]
    member: npt.NDArray[np.bool_]
    around: npt.NDArray[np.bool_]
    ahead: npt.NDArray[np.bool_]
    rest_around: npt.NDArray[np.bool_]
    rest_ahead: npt.NDArray[np.bool_]

    @classmethod
    def build(cls, anchors: Mapping[str, Rests], stop: str = "") -> Programs:
        """The programs of ``anchors``: per anchor character, its conditions in order.

        Args:
            anchors: Per character, ``(condition, key, capital)`` in the
                pre-scan's order. An ASCII character's conditions are read
                in either case; a capital one holds only on an upper-case letter.
            stop: Characters the kernel stops at (full-width digits, which
                the rules read after a rewrite).
        """
        import numpy

        sets = _Sets()
        slots: list[tuple[str, list[tuple[list[_Alt] | None, int]]]] = []
        for first, rests in anchors.items():
            fold = first.isascii()
            parsed: dict[bool, list[tuple[list[_Alt] | None, int]]] = {False: [], True: []}
            for rest, key, capital in rests:
                try:
                    alts: list[_Alt] | None = _alternatives(rest, sets, fold)
                except Unsupported:
                    alts = None
                for upper in (False, True):
                    parsed[upper].append((alts, NO if capital and not upper else key))
            slots.append((first, parsed[not first.islower()]))
            if fold and first.upper() != first:
                slots.append((first.upper(), parsed[True]))
        slot_rests, rest_key, rest_alts = [0], [], [0]
        alt_cons, alt_negs = [0], [0]
        con_offset: list[int] = []
        con_set: list[int] = []

        def add_alt(cons: Sequence[_Constraint]) -> None:
            # Nearest the anchor first: they tell most alternatives apart soonest.
            for offset, set_id in sorted(set(cons), key=lambda c: (abs(c[0]), c)):
                con_offset.append(offset)
                con_set.append(set_id)
            alt_cons.append(len(con_offset))

        negated: list[tuple[_Alt, ...]] = []
        for _, parsed_rests in slots:
            for alts, key in parsed_rests:
                if alts is not None and any(n for _, negs in alts for g in negs for _, n in g):
                    alts = None  # a negation inside a negation: left to the regex
                rest_key.append(UNSURE if alts is None else key)
                for cons, negs in alts or []:
                    add_alt(cons)
                    negated.extend(negs)
                    alt_negs.append(alt_negs[-1] + len(negs))
                rest_alts.append(len(alt_cons) - 1)
            slot_rests.append(len(rest_key))
        neg_alts = [len(alt_cons) - 1]  # negated groups' alternatives follow the others
        for group in negated:
            for cons, _ in group:
                add_alt(cons)
                alt_negs.append(alt_negs[-1])
            neg_alts.append(len(alt_cons) - 1)
        slot_of = numpy.zeros(BMP, dtype=numpy.uint8)
        for number, (first, _) in enumerate(slots):
            slot_of[ord(first)] = number + 1
        for char in stop:
            slot_of[ord(char)] = STOP
        for char in FOLDING:
            slot_of[ord(char)] = AWAY
        class_of, member = _classes(sets.arrays)
        classes = member.shape[1]
        # Per rest, then per slot (any of its rests): where its alternatives' constraints
        # at offsets -1, 1 and 2 alone allow it to hold.
        rest_around = numpy.zeros((len(rest_key), classes, classes), dtype=bool)
        rest_ahead = numpy.zeros((len(rest_key), classes, classes), dtype=bool)
        number = 0
        for _, parsed_rests in slots:
            for alts, _ in parsed_rests:
                if alts is None:
                    rest_around[number] = rest_ahead[number] = True
                for cons, _ in alts or []:
                    allowed = {k: numpy.ones(classes, dtype=bool) for k in (-1, 1, 2)}
                    for offset, set_id in cons:
                        if offset in allowed:
                            allowed[offset] &= member[set_id]
                    rest_around[number] |= allowed[-1][:, None] & allowed[1][None, :]
                    rest_ahead[number] |= allowed[1][:, None] & allowed[2][None, :]
                number += 1
        # (every slot has a rest; ``any`` per slot is ten times faster than ``reduceat``)
        pairs = list(itertools.pairwise(slot_rests))
        around = numpy.stack([rest_around[lo:hi].any(axis=0) for lo, hi in pairs])
        ahead = numpy.stack([rest_ahead[lo:hi].any(axis=0) for lo, hi in pairs])

        def array(values: Sequence[int]) -> npt.NDArray[np.int32]:
            return numpy.asarray(values, dtype=numpy.int32)

        return cls(
            slot_of, array(slot_rests), array(rest_key), array(rest_alts), array(alt_cons),
            array(alt_negs), array(neg_alts), array(con_offset), array(con_set), class_of,
            member, around, ahead, rest_around, rest_ahead,
        )  # fmt: skip


def _classes(
    arrays: Sequence[npt.NDArray[np.bool_]],
) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.bool_]]:
    """Per code point (and ``OUT``) a class, and per set which classes are in it.

    Code points in the same sets share a class. Most code points are in the
    sets a character named by no set is in (the negated ones): they are
    compared as one, the others one by one.
    """
    import numpy

    matrix = numpy.stack(arrays)  # sets x code points
    plain = ord("\ue000")  # a private-use character: named by no set
    special = numpy.flatnonzero((matrix != matrix[:, plain : plain + 1]).any(axis=0))
    columns = numpy.concatenate([[plain], special])
    _, first, inverse = numpy.unique(
        matrix[:, columns].T, axis=0, return_index=True, return_inverse=True
    )
    class_of = numpy.full(BMP + 1, inverse[0], dtype=numpy.int32)
    class_of[special] = inverse[1:].reshape(-1)
    member = matrix[:, columns[first]]
    return class_of, numpy.ascontiguousarray(member)
