r"""The codebook's regexes as small backtracking programs run in compiled code.

Most rules are sequences of caseless alternations, optional groups and
bounded gaps (``(镇里|政府)[^。！？；\n]{0,10}(问|来问)``). :meth:`Programs.add`
turns such a regex, as :mod:`re`'s own parser parses it, into a program for a
backtracking machine that tries the alternatives in the order ``re`` tries
them (an alternation left to right, a greedy repeat longest first, a lazy one
shortest first), so its first match is ``re``'s match, span for span. Four
instructions:

* ``CHAR k``: the character at the position is in class ``k``; go on one further;
  (classes hold only characters without case; a single character is compared
  case-folded, :mod:`~relcycle.frameworks.fold`, as the text the
  machine reads is folded: ``re.IGNORECASE`` compares characters so);
* ``SPLIT x y``: try ``x``; when that fails, ``y`` at the same position;
* ``JUMP x``;
* ``MATCH``.

A greedy repeat of one class (the codebook's gaps, ``[^。！？；\n]{0,10}``) is one
instruction, ``REPEAT k n``: it reads up to ``n`` characters of class ``k`` (-1:
no limit) and keeps, for each, the choice of going on from there, as the repeat
written out as ``n`` optional copies would, in one loop instead of two
instructions a character. An alternation of words (``(要求|让|通知)``) is
``ALT n end`` and ``n`` rows (``ROW c at``: the words starting with ``c``, their
``ONE`` instructions at ``at``, by first character and then order): the words
the next character may start are compared at once and the first that matches
goes on at ``end``, the later ones kept as choices (a chain of ``SPLIT`` tried
each word in turn).

(``ONE c`` is ``CHAR`` for a class of the one character ``c``; ``LOOK x k``
runs the look-around program at ``x``, of kind ``k`` and, behind, width
``k >> 2``, and goes on when it finds what the look-around asks for; ``AT k``
checks the position: the text's start, ``$`` or its end.) Each program
also records the characters its matches can start with, when they are few,
so that :func:`search` skips the other start positions at once.

A regex with anything else (look-arounds inside look-arounds or of varying
width behind, word boundaries, classes with characters that have case, back
references, a repeat of something that can match the empty string) gets no
program: :mod:`~relcycle.coding.dictionary.batch` runs it with :mod:`re`.
:func:`search` is ``pattern.search(text, lo, hi)`` on code points.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any, Final, TypeVar

import numba
import numpy as np
import numpy.typing as npt

from relcycle.coding.dictionary.kernels import BoolArray, CharArray, IntArray
from relcycle.frameworks.fold import fold, is_caseless

CHAR, SPLIT, JUMP, MATCH, ONE, LOOK, AT, REPEAT, ALT, ROW = range(10)
AHEAD, NOT_AHEAD, BEHIND, NOT_BEHIND = range(4)
"""``LOOK`` kinds: (negative) look-ahead, (negative) look-behind."""
AT_START, AT_END, AT_END_STRING = range(3)
"""``AT`` kinds: ``^`` and ``\\A``; ``$``; ``\\Z``."""
MAX_PROGRAM: Final = 4000
"""Most instructions in one program (bounded repeats are written out)."""
MAX_RANGE: Final = 0x3000
"""Largest character range checked character by character for case."""
MAX_FIRST: Final = 64
"""Most characters a program's matches may start with for :func:`search` to check them."""
STACK: Final = 4096
"""Backtracking depth at which :func:`search` gives up (and ``re`` runs instead)."""


class Unsupported(Exception):
    """A regex feature the machine does not have."""


@dataclass
class Programs:
    """Programs of many regexes in shared arrays, and their character classes.

    Attributes:
        op: Instruction codes.
        x: First operands (class, or target).
        y: Second operands (the ``SPLIT`` alternative).
        classes: Per class, its ranges' rows in ``lo``/``hi`` (CSR pointers).
        lo: Range starts (code points).
        hi: Range ends (inclusive).
        negated: Per class, whether it matches what its ranges do not.
    """

    op: list[int] = field(default_factory=list)
    x: list[int] = field(default_factory=list)
    y: list[int] = field(default_factory=list)
    classes: list[int] = field(default_factory=lambda: [0])
    lo: list[int] = field(default_factory=list)
    hi: list[int] = field(default_factory=list)
    negated: list[bool] = field(default_factory=list)
    _class_ids: dict[tuple[bool, tuple[tuple[int, int], ...]], int] = field(default_factory=dict)
    _begin: int = 0
    _looking: bool = False
    _starts: list[int] = field(default_factory=list)

    def arrays(self) -> tuple[npt.NDArray[Any], ...]:
        """The programs as arrays, for :func:`search`.

        (op, x, y, class pointers, range starts, range ends, per class negated
        and bloom mask, first characters' pointers, first characters, their
        bloom masks, guards); the
        three before the last are indexed by a program's first instruction;
        the guards, per instruction, are the bloom masks of the characters a
        match from there can go on with (all bits when any, or none), read at
        each ``SPLIT`` to skip a branch the next character cannot start.
        """
        n = max(1, len(self.op))
        firsts: list[list[int]] = [[] for _ in range(n)]
        for pc in self._starts:
            firsts[pc] = self._firsts(pc)
        guard = np.full(n, 2**64 - 1, np.uint64)
        for pc, code in enumerate(self.op):
            if code == SPLIT:
                for target in (self.x[pc], self.y[pc]):
                    guard[target] = _bloom(self._firsts(target))
            elif code == REPEAT:  # its choices go on after it
                guard[pc + 1] = _bloom(self._firsts(pc + 1))
            elif code == ALT:  # and an alternation's at its end
                guard[self.y[pc]] = _bloom(self._firsts(self.y[pc]))
        pointers = np.zeros(n + 1, np.int64)
        pointers[1:] = np.cumsum([len(f) for f in firsts])
        chars = np.array([c for f in firsts for c in f] or [0], np.int64)
        bloom = np.array([_bloom(f) for f in firsts], np.uint64)
        return (
            np.array(self.op or [MATCH], np.int64),
            np.array(self.x or [0], np.int64),
            np.array(self.y or [0], np.int64),
            np.array(self.classes, np.int64),
            np.array(self.lo or [0], np.int64),
            np.array(self.hi or [0], np.int64),
            self._negated_and_blooms(),
            pointers,
            chars,
            bloom,
            guard,
        )

    def _negated_and_blooms(self) -> npt.NDArray[np.uint64]:
        """Per class: whether it is negated (0 or 1), and its ranges' bloom mask.

        (All bits when the ranges hold many characters.) A character whose bit
        is not set is in none of the ranges, told without reading them.
        """
        rows = []
        for k, negated in enumerate(self.negated):
            spans = range(self.classes[k], self.classes[k + 1])
            size = sum(self.hi[r] - self.lo[r] + 1 for r in spans)
            mask = 2**64 - 1
            if size <= MAX_FIRST:
                mask = _bloom([c for r in spans for c in range(self.lo[r], self.hi[r] + 1)])
            rows.append((int(negated), mask))
        return np.array(rows or [(0, 2**64 - 1)], np.uint64).reshape(-1, 2)

    def _firsts(self, pc: int) -> list[int]:
        """The characters a match of the program at ``pc`` can start with ([] if many)."""
        found: set[int] = set()
        todo = [pc]
        seen: set[int] = set()
        while todo:
            at = todo.pop()
            if at in seen:
                continue
            seen.add(at)
            op = self.op[at]
            if op == ONE:
                found.add(self.x[at])
            elif op in (CHAR, REPEAT):
                k = self.x[at]
                if self.negated[k]:
                    return []
                for r in range(self.classes[k], self.classes[k + 1]):
                    found.update(range(self.lo[r], self.hi[r] + 1))
                if op == REPEAT:  # it may read none
                    todo.append(at + 1)
            elif op == SPLIT:
                todo += [self.x[at], self.y[at]]
            elif op == ALT:  # each word's first character
                found.update(self.x[at + 1 : at + 1 + self.x[at]])
            elif op == JUMP:
                todo.append(self.x[at])
            elif op in (LOOK, AT):  # they read no character: the next one is first
                todo.append(at + 1)
            else:  # MATCH: the empty match
                return []
            if len(found) > MAX_FIRST:
                return []
        return sorted(found)

    def add(self, source: str, flags: int) -> int:
        """Compile ``source`` into these arrays; the program's first instruction.

        Raises:
            Unsupported: The regex uses what the machine does not have.
        """
        if flags & ~(C.SRE_FLAG_IGNORECASE | C.SRE_FLAG_UNICODE):
            raise Unsupported(f"flags {flags}")
        parsed = P.parse(source, flags)
        saved = (len(self.op), len(self.classes), len(self.lo), dict(self._class_ids))
        begin = self._begin = len(self.op)
        try:
            self._sequence(parsed.data)
            self._emit(MATCH)
            if len(self.op) - begin > MAX_PROGRAM:
                raise Unsupported("program too long")
        except Unsupported:
            n_op, n_classes, n_ranges, ids = saved
            del self.op[n_op:], self.x[n_op:], self.y[n_op:]
            del self.classes[n_classes:], self.negated[n_classes - 1 :]
            del self.lo[n_ranges:], self.hi[n_ranges:]
            self._class_ids = ids
            raise
        self._starts.append(begin)
        return begin

    def _emit(self, op: int, x: int = 0, y: int = 0) -> int:
        self.op.append(op)
        self.x.append(x)
        self.y.append(y)
        return len(self.op) - 1

    def _class(self, negated: bool, ranges: list[tuple[int, int]], checked: bool = False) -> int:
        for lo, hi in ranges if not checked else ():
            if hi - lo > MAX_RANGE or not all(is_caseless(chr(c)) for c in range(lo, hi + 1)):
                raise Unsupported("a class whose characters have case")
        key = (negated, tuple(sorted(ranges)))
        if key not in self._class_ids:
            self._class_ids[key] = len(self.negated)
            for lo, hi in key[1]:
                self.lo.append(lo)
                self.hi.append(hi)
            self.classes.append(len(self.lo))
            self.negated.append(negated)
        return self._class_ids[key]

    def _sequence(self, items: Any) -> None:
        for op, av in items:
            self._node(op, av)

    def _node(self, op: Any, av: Any) -> None:
        if op is C.LITERAL:  # the machine reads folded text: a folded character
            self._emit(ONE, ord(fold(chr(av))))
        elif op is C.NOT_LITERAL:
            self._emit(CHAR, self._class(True, [(av, av)]))
        elif op is C.ANY:
            self._emit(CHAR, self._class(True, [(10, 10)]))  # no DOTALL: all but "\n"
        elif op is C.IN:
            self._emit(CHAR, self._items(av))
        elif op is C.SUBPATTERN:
            _, add_flags, del_flags, pattern = av
            if add_flags or del_flags:
                raise Unsupported("inline flags")
            self._sequence(pattern)
        elif op is C.BRANCH:
            self._branch(av[1])
        elif op in (C.ASSERT, C.ASSERT_NOT) and not self._looking:
            direction, pattern = av
            behind = direction < 0
            low, high = pattern.getwidth()
            if behind and low != high:
                raise Unsupported("a look-behind of varying width")
            kind = (BEHIND if behind else AHEAD) + (op is C.ASSERT_NOT)
            look = self._emit(LOOK, 0, kind + (4 * low if behind else 0))
            jump = self._emit(JUMP)
            self.x[look] = len(self.op)
            self._looking = True
            try:
                self._sequence(pattern)
            finally:
                self._looking = False
            self._emit(MATCH)
            self.x[jump] = len(self.op)
        elif op is C.AT and av in _AT_KINDS:
            self._emit(AT, _AT_KINDS[av])
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            low, high, item = av
            if item.getwidth()[0] == 0:
                raise Unsupported("a repeat of what may match nothing")
            self._repeat(low, high, item, greedy=op is C.MAX_REPEAT)
        else:  # AT, ASSERT, ASSERT_NOT, GROUPREF, ATOMIC_GROUP, POSSESSIVE_REPEAT ...
            raise Unsupported(str(op))

    def _items(self, items: Any) -> int:
        negated = False
        ranges: list[tuple[int, int]] = []
        category: list[tuple[int, int]] = []
        for op, av in items:
            if op is C.NEGATE:
                negated = True
            elif op is C.LITERAL:
                ranges.append((av, av))
            elif op is C.RANGE:
                ranges.append((av[0], av[1]))
            elif op is C.CATEGORY and av in _CATEGORIES:
                category.extend(category_ranges(av))
            else:  # the rest
                raise Unsupported(f"{op} {av}")
        self._class(negated, ranges)  # checks that these have no case
        return self._class(negated, ranges + category, checked=True)

    def _branch(self, alternatives: Any) -> None:
        if not self._looking and all(
            alternative and all(op is C.LITERAL for op, _ in alternative)
            for alternative in alternatives
        ):
            self._words([[ord(fold(chr(av))) for _, av in a] for a in alternatives])
            return
        jumps = []
        for n, alternative in enumerate(alternatives):
            split = None
            if n < len(alternatives) - 1:
                split = self._emit(SPLIT, len(self.op) + 1)
            self._sequence(alternative)
            if split is not None:
                jumps.append(self._emit(JUMP))
                self.y[split] = len(self.op)
        for j in jumps:
            self.x[j] = len(self.op)

    def _words(self, words: list[list[int]]) -> None:
        """``ALT``, its rows, and each word's ``ONE`` instructions then ``JUMP`` to the end."""
        alt = self._emit(ALT, len(words))
        rows = [self._emit(ROW) for _ in words]
        firsts = []
        jumps = []
        for n, word in enumerate(words):
            firsts.append((word[0], n, len(self.op)))
            for c in word:
                self._emit(ONE, c)
            jumps.append(self._emit(JUMP))
        for j in jumps:
            self.x[j] = len(self.op)
        self.y[alt] = len(self.op)
        for row, (c, _, at) in zip(rows, sorted(firsts), strict=True):
            self.x[row] = c
            self.y[row] = at

    def _repeat(self, low: int, high: int, item: Any, *, greedy: bool) -> None:
        for _ in range(low):
            self._sequence(item)
        if greedy and not self._looking and high > low:
            at = len(self.op)
            self._sequence(item)
            if len(self.op) == at + 1 and self.op[at] == CHAR:  # one class: one instruction
                self.op[at] = REPEAT
                self.y[at] = -1 if high == C.MAXREPEAT else high - low
                return
            del self.op[at:], self.x[at:], self.y[at:]
        if high == C.MAXREPEAT:
            loop = self._emit(SPLIT)
            self._sequence(item)
            self._emit(JUMP, loop)
            self._prefer(loop, loop + 1, len(self.op), greedy)
            return
        splits = []
        for _ in range(high - low):
            splits.append(self._emit(SPLIT))
            self._sequence(item)
            if len(self.op) - self._begin > MAX_PROGRAM:
                raise Unsupported("program too long")
        for split in splits:  # each optional copy: take it (or not), else go past them all
            self._prefer(split, split + 1, len(self.op), greedy)

    def _prefer(self, split: int, body: int, past: int, greedy: bool) -> None:
        self.x[split], self.y[split] = (body, past) if greedy else (past, body)


@numba.njit(cache=True, nogil=True, inline="always")
def _in_class(
    c: int, k: int, classes: IntArray, lo: IntArray, hi: IntArray, negated: Any
) -> bool:  # pragma: no cover - compiled
    """Whether ``c`` is in class ``k`` (``negated``: :meth:`Programs._negated_and_blooms`)."""
    flip = negated[k, 0] != 0
    if not (negated[k, 1] >> np.uint64(c & 63)) & np.uint64(1):
        return bool(flip)  # in none of the ranges
    found = False
    for r in range(classes[k], classes[k + 1]):
        if lo[r] <= c <= hi[r]:
            found = True
            break
    return bool(found != flip)


_AT_KINDS: Final = {
    C.AT_BEGINNING: AT_START,
    C.AT_BEGINNING_STRING: AT_START,
    C.AT_END: AT_END,
    C.AT_END_STRING: AT_END_STRING,
}
_CATEGORIES: Final = {
    C.CATEGORY_DIGIT: (str.isdecimal, False),
    C.CATEGORY_NOT_DIGIT: (str.isdecimal, True),
    C.CATEGORY_SPACE: (str.isspace, False),
    C.CATEGORY_NOT_SPACE: (str.isspace, True),
    C.CATEGORY_WORD: (lambda c: c.isalnum() or c == "_", False),
    C.CATEGORY_NOT_WORD: (lambda c: c.isalnum() or c == "_", True),
}
"""``\\d``, ``\\s``, ``\\w`` and their complements in a ``str`` pattern (``re`` reads
them with these ``str`` methods)."""


@cache
def category_ranges(category: Any) -> tuple[tuple[int, int], ...]:
    r"""The code point ranges of a class escape (``\d`` ...)."""
    test, complement = _CATEGORIES[category]
    ranges: list[tuple[int, int]] = []
    start = -1
    for c in range(0x110001):
        inside = c <= 0x10FFFF and test(chr(c)) != complement
        if inside and start < 0:
            start = c
        elif not inside and start >= 0:
            ranges.append((start, c - 1))
            start = -1
    return tuple(ranges)


_F = TypeVar("_F", bound=Callable[..., Any])


def _without_refcounts(function: _F) -> _F:
    """``function`` compiled as the other kernels are, but without numba's reference counts.

    (``_nrt=False``: it may allocate no array. Numba counts a reference to each
    array a function reads in a loop, an atomic operation at each call; for the
    machine, called once per search with a dozen arrays, that cost a third of
    its time.)
    """
    compiled: _F = numba.njit(cache=True, nogil=True, _nrt=False)(function)  # type: ignore[call-overload]
    return compiled


def _bloom(chars: list[int]) -> int:
    """Bit ``c % 64`` set for each character ``c`` (all bits when there are none)."""
    if not chars:
        return 2**64 - 1
    mask = 0
    for c in chars:
        mask |= 1 << (c & 63)
    return mask


@_without_refcounts
def _match_simple(
    text: CharArray,
    origin: int,
    at: int,
    end: int,
    pc: int,
    op: IntArray,
    x: IntArray,
    y: IntArray,
    classes: IntArray,
    lo: IntArray,
    hi: IntArray,
    negated: Any,
    stack: IntArray,
) -> int:  # pragma: no cover - compiled
    """The machine of :func:`search` at one position, for a look-around's program (no ``LOOK``)."""
    depth = 0
    pos = at
    while True:
        code = op[pc]
        if code == ONE:
            if pos < end and text[pos] == x[pc]:
                pos += 1
                pc += 1
                continue
        elif code == CHAR:
            if pos < end and _in_class(text[pos], x[pc], classes, lo, hi, negated):
                pos += 1
                pc += 1
                continue
        elif code == SPLIT:
            if depth + 2 > stack.size:
                return -2
            stack[depth] = y[pc]
            stack[depth + 1] = pos
            depth += 2
            pc = x[pc]
            continue
        elif code == JUMP:
            pc = x[pc]
            continue
        elif code == AT:
            kind = x[pc]
            if (
                (kind == AT_START and pos == origin)
                or (kind == AT_END and (pos == end or (pos + 1 == end and text[pos] == 10)))
                or (kind == AT_END_STRING and pos == end)
            ):
                pc += 1
                continue
        elif code == MATCH:
            return pos
        if depth == 0:  # the character did not match: back to the last choice
            return -1
        depth -= 2
        pc = stack[depth]
        pos = stack[depth + 1]


@_without_refcounts
def search(
    text: CharArray,
    origin: int,
    begin: int,
    last: int,
    end: int,
    pc: int,
    op: IntArray,
    x: IntArray,
    y: IntArray,
    classes: IntArray,
    lo: IntArray,
    hi: IntArray,
    negated: Any,
    first_ptr: IntArray,
    first_chars: IntArray,
    bloom: Any,
    guard: Any,
    stack: IntArray,
) -> tuple[int, int]:  # pragma: no cover - compiled
    """``pattern.search`` in ``text[begin:end]`` for a match starting by ``last``.

    Returns (start, end) of the leftmost such match, (-1, -1) for none,
    (-2, -2) when the machine gave up (its backtracking stack ran out). The
    text starts at ``origin`` (for ``^`` and look-behinds); look-arounds use
    the second half of ``stack``. A ``SPLIT`` branch whose ``guard``
    (:meth:`Programs.arrays`) rules out the next character is not tried: it
    would fail there at once.

    The machine is written out in the loop over start positions, and class
    checks in the machine, rather than called, and this function (as
    :func:`_match_simple`) is compiled without reference counts
    (:func:`_without_refcounts`): numba counts a reference to each array a
    function reads in a loop, even a function compiled into its caller, which
    took more time than the matching.
    """
    half = stack.size // 2
    f0 = first_ptr[pc]  # most starts fail on the first character
    f1 = first_ptr[pc + 1]
    mask = bloom[pc]
    for at in range(begin, min(last + 1, end)):
        if f1 > f0:
            c = text[at]
            if not (mask >> np.uint64(c & 63)) & np.uint64(1):
                continue
            a = f0  # the first characters are sorted: bisect
            b = f1
            while a < b:
                mid = (a + b) >> 1
                if first_chars[mid] < c:
                    a = mid + 1
                else:
                    b = mid
            if a == f1 or first_chars[a] != c:
                continue
        # the program's first match at `at`: where it ends, -1 for none, -2 (gave up)
        stop = -1
        depth = 0
        pos = at
        i = pc
        while True:
            code = op[i]
            if code == ONE:
                if pos < end and text[pos] == x[i]:
                    pos += 1
                    i += 1
                    continue
            elif code == CHAR:
                if pos < end:
                    c = text[pos]
                    k = x[i]
                    inside = negated[k, 0] != 0  # as _in_class
                    if (negated[k, 1] >> np.uint64(c & 63)) & np.uint64(1):
                        for r in range(classes[k], classes[k + 1]):
                            if lo[r] <= c <= hi[r]:
                                inside = not inside
                                break
                    if inside:
                        pos += 1
                        i += 1
                        continue
            elif code == SPLIT:
                first = x[i]
                other = y[i]
                take = True  # the next character may start the branch (else it fails at once)
                keep = True
                if pos < end:
                    bit = np.uint64(1) << np.uint64(text[pos] & 63)
                    take = (guard[first] & bit) != 0
                    keep = (guard[other] & bit) != 0
                if take:
                    if keep:
                        if depth + 2 > half:
                            stop = -2
                            break
                        stack[depth] = other
                        stack[depth + 1] = pos
                        depth += 2
                    i = first
                    continue
                if keep:
                    i = other
                    continue
            elif code == REPEAT:  # up to y[i] characters of class x[i], a choice kept at each
                k = x[i]
                most = y[i]
                after = guard[i + 1]  # what may go on after the repeat (as SPLIT's guards)
                read = 0
                going_on = True
                full = False
                while read != most:
                    keep = True
                    if pos < end:
                        c = text[pos]
                        bit = np.uint64(1) << np.uint64(c & 63)
                        keep = (after & bit) != 0
                        inside = negated[k, 0] != 0
                        if (negated[k, 1] & bit) != 0:
                            for r in range(classes[k], classes[k + 1]):
                                if lo[r] <= c <= hi[r]:
                                    inside = not inside
                                    break
                        if inside:
                            if keep:
                                if depth + 2 > half:
                                    full = True
                                    break
                                stack[depth] = i + 1
                                stack[depth + 1] = pos
                                depth += 2
                            pos += 1
                            read += 1
                            continue
                        # written out, a copy the character may start would keep the choice
                        take = negated[k, 0] != 0 or (negated[k, 1] & bit) != 0
                        if take and keep and depth + 2 > half:
                            full = True
                            break
                    elif depth + 2 > half:
                        full = True
                        break
                    going_on = keep
                    break
                if full:
                    stop = -2
                    break
                if going_on:
                    i += 1
                    continue
            elif code == ALT:  # the words the next character starts, in order
                if pos < end:
                    c = text[pos]
                    a = i + 1
                    b = i + 1 + x[i]
                    while a < b:  # the rows are sorted by first character: bisect
                        mid = (a + b) >> 1
                        if x[mid] < c:
                            a = mid + 1
                        else:
                            b = mid
                    upto = a
                    while upto < i + 1 + x[i] and x[upto] == c:
                        upto += 1
                    after_words = y[i]
                    going = -1  # where the earliest matching word ends
                    full = False
                    for row in range(upto - 1, a - 1, -1):  # later words first: kept as choices
                        k = y[row]
                        q = pos
                        while op[k] == ONE and q < end and text[q] == x[k]:
                            q += 1
                            k += 1
                        if op[k] != JUMP:
                            continue
                        if going >= 0 and (
                            going >= end
                            or (guard[after_words] >> np.uint64(text[going] & 63)) & np.uint64(1)
                            != 0
                        ):
                            if depth + 2 > half:
                                full = True
                                break
                            stack[depth] = after_words
                            stack[depth + 1] = going
                            depth += 2
                        going = q
                    if full:
                        stop = -2
                        break
                    if going >= 0:
                        pos = going
                        i = after_words
                        continue
            elif code == JUMP:
                i = x[i]
                continue
            elif code == LOOK:
                kind = y[i] & 3
                if kind >= BEHIND:
                    back = pos - (y[i] >> 2)
                    found = back >= origin and pos == _match_simple(
                        text, origin, back, end, x[i], op, x, y, classes, lo, hi, negated,
                        stack[half:],
                    )  # fmt: skip
                else:
                    sub = _match_simple(
                        text, origin, pos, end, x[i], op, x, y, classes, lo, hi, negated,
                        stack[half:],
                    )  # fmt: skip
                    if sub == -2:
                        stop = -2
                        break
                    found = sub >= 0
                if found == (kind in (AHEAD, BEHIND)):
                    i += 1
                    continue
            elif code == AT:
                kind = x[i]
                if (
                    (kind == AT_START and pos == origin)
                    or (kind == AT_END and (pos == end or (pos + 1 == end and text[pos] == 10)))
                    or (kind == AT_END_STRING and pos == end)
                ):
                    i += 1
                    continue
            else:  # MATCH
                stop = pos
                break
            if depth == 0:  # the character did not match: back to the last choice
                break
            depth -= 2
            i = stack[depth]
            pos = stack[depth + 1]
        if stop >= 0:
            return at, stop
        if stop == -2:
            return -2, -2
    return -1, -1


@numba.njit(cache=True, nogil=True)
def run_rules(
    text: CharArray,
    g_rule: IntArray,
    g_seg: IntArray,
    g_ptr: IntArray,
    at: IntArray,
    seg_lo: IntArray,
    seg_hi: IntArray,
    pc: IntArray,
    whole: Any,
    width: IntArray,
    least: IntArray,
    reach: IntArray,
    span: IntArray,
    short: int,
    op: IntArray,
    x: IntArray,
    y: IntArray,
    classes: IntArray,
    lo: IntArray,
    hi: IntArray,
    negated: Any,
    first_ptr: IntArray,
    first_chars: IntArray,
    bloom: Any,
    guard: Any,
) -> tuple[IntArray, IntArray, IntArray, Any]:  # pragma: no cover - compiled
    """The matches of each (rule, segment) group, as ``RuleIndex._run_regexes`` finds them.

    Group ``g`` is rule ``g_rule[g]`` in segment ``g_seg[g]``, with the anchor
    starts ``at[g_ptr[g]:g_ptr[g + 1]]`` (ascending). A rule run ``whole``, or
    in a segment of at most ``short`` characters, is searched over the
    segment, match after match (when its widest match ``span`` is bounded,
    not -1: only for matches starting ``least`` to ``width`` characters
    before an anchor); another near each anchor (matches starting ``least``
    to ``width`` before it, read up to ``reach`` after it).
    Returns (start, end, rule) of the matches and, per group, whether ``re``
    must run it instead (no program, or the machine gave up).
    """
    stack = np.empty(STACK, np.int64)
    n = g_rule.size
    out_start = np.empty(64, np.int64)
    out_end = np.empty(64, np.int64)
    out_rule = np.empty(64, np.int64)
    left = np.zeros(n, np.bool_)
    k = 0
    for g in range(n):
        rule = g_rule[g]
        start_pc = pc[rule]
        if start_pc < 0:
            left[g] = True
            continue
        s = g_seg[g]
        b = seg_lo[s]
        e = seg_hi[s]
        mark = k
        failed = False
        if whole[rule] or e - b <= short:
            pos = b
            bounded = span[rule] >= 0 and at[g_ptr[g]] >= 0
            j = g_ptr[g]
            while True:
                if not bounded:
                    m0, m1 = search(
                        text,
                        b,
                        pos,
                        e,
                        e,
                        start_pc,
                        op,
                        x,
                        y,
                        classes,
                        lo,
                        hi,
                        negated,
                        first_ptr,
                        first_chars,
                        bloom,
                        guard,
                        stack,
                    )
                else:  # a match starts at most `span` before an anchor it contains
                    m0 = -1
                    m1 = -1
                    tried = pos
                    while j < g_ptr[g + 1] and m0 == -1:
                        a = at[j]
                        if a >= pos:
                            begin = max(tried, a - width[rule])
                            m0, m1 = search(
                                text, b, begin, a - least[rule], e, start_pc, op, x, y, classes,
                                lo, hi, negated, first_ptr, first_chars, bloom, guard, stack,
                            )  # fmt: skip
                            tried = max(tried, a - least[rule] + 1)
                        if m0 == -1:
                            j += 1
                if m0 == -2:
                    failed = True
                    break
                if m0 < 0:
                    break
                if k + 1 >= out_start.size:
                    out_start = np.concatenate((out_start, np.empty(k, np.int64)))
                    out_end = np.concatenate((out_end, np.empty(k, np.int64)))
                    out_rule = np.concatenate((out_rule, np.empty(k, np.int64)))
                out_start[k] = m0
                out_end[k] = m1
                out_rule[k] = rule
                k += 1
                pos = m1
        else:
            pos = b
            last = -1
            for j in range(g_ptr[g], g_ptr[g + 1]):
                a = at[j]
                if a < pos or a == last:
                    continue
                last = a
                m0, m1 = search(
                    text, b, max(pos, a - width[rule]), a - least[rule], min(e, a + reach[rule]),
                    start_pc,
                    op, x, y, classes, lo, hi, negated, first_ptr, first_chars, bloom, guard, stack,
                )  # fmt: skip
                if m0 == -2:
                    failed = True
                    break
                if m0 >= 0 and m0 <= a:
                    if k + 1 >= out_start.size:
                        out_start = np.concatenate((out_start, np.empty(k, np.int64)))
                        out_end = np.concatenate((out_end, np.empty(k, np.int64)))
                        out_rule = np.concatenate((out_rule, np.empty(k, np.int64)))
                    out_start[k] = m0
                    out_end[k] = m1
                    out_rule[k] = rule
                    k += 1
                    pos = m1
        if failed:
            k = mark
            left[g] = True
    return out_start[:k], out_end[:k], out_rule[:k], left


@numba.njit(cache=True, nogil=True)
def programs_within(
    text: CharArray,
    pcs: IntArray,
    origin: IntArray,
    begin: IntArray,
    end: IntArray,
    op: IntArray,
    x: IntArray,
    y: IntArray,
    classes: IntArray,
    lo: IntArray,
    hi: IntArray,
    negated: Any,
    first_ptr: IntArray,
    first_chars: IntArray,
    bloom: Any,
    guard: Any,
) -> Any:  # pragma: no cover - compiled
    """Whether the program at ``pcs[i]`` finds something in ``text[begin[i]:end[i]]``.

    That is ``pattern.search(text, begin, end) is not None`` for a text
    starting at ``origin[i]``; ``False`` where
    ``pcs[i] < 0`` (and where the machine gave up: ``pcs[i]`` is then set to -1).
    """
    stack = np.empty(STACK, np.int64)
    out = np.zeros(pcs.size, np.bool_)
    for i in range(pcs.size):
        if pcs[i] < 0:
            continue
        if i and pcs[i] == pcs[i - 1] and begin[i] == begin[i - 1] and end[i] == end[i - 1]:
            out[i] = out[i - 1]  # the same search as the row before (one sentence's spans)
            continue
        m0, _ = search(
            text, origin[i], begin[i], end[i], end[i], pcs[i], op, x, y, classes, lo, hi, negated,
            first_ptr, first_chars, bloom, guard, stack,
        )  # fmt: skip
        if m0 == -2:
            pcs[i] = -1  # left to re
        out[i] = m0 >= 0
    return out


RECENT = 4096
"""Searches a window check remembers (the spans of one sentence search the same window)."""


@numba.njit(cache=True, nogil=True, inline="always")
def _recent_searches() -> IntArray:  # pragma: no cover - compiled
    """An empty memory of recent searches: per slot, program, window start and end, found."""
    seen = np.empty((RECENT, 4), np.int64)
    seen[:, 0] = -1
    return seen


@numba.njit(cache=True, nogil=True, inline="always")
def _recalled(
    seen: IntArray, pc: int, begin: int, stop: int
) -> tuple[int, int]:  # pragma: no cover - compiled
    """(slot, 1 or 0 when program ``pc``'s search of ``text[begin:stop]`` is remembered, else -1).

    (The search itself is written out at each caller, with :func:`_remember` after
    it: passing the program's arrays through one more function cost a reference
    count of each, see :func:`search`.)
    """
    h = (pc * 1000003 + begin * 8191 + stop) & (RECENT - 1)
    if seen[h, 0] == pc and seen[h, 1] == begin and seen[h, 2] == stop:
        return h, seen[h, 3]
    return h, -1


@numba.njit(cache=True, nogil=True, inline="always")
def _remember(
    seen: IntArray, h: int, pc: int, begin: int, stop: int, start: int
) -> int:  # pragma: no cover - compiled
    """1 or 0: whether the search found a match (at ``start``), remembered in slot ``h``.

    -2 (not remembered) when the machine gave up.
    """
    if start == -2:
        return -2
    seen[h, 0] = pc
    seen[h, 1] = begin
    seen[h, 2] = stop
    found = 1 if start >= 0 else 0
    seen[h, 3] = found
    return found


@numba.njit(cache=True, nogil=True)
def windows_hold(
    text: CharArray,
    span: IntArray,
    window: IntArray,
    wanted: Any,
    pcs: IntArray,
    origin: IntArray,
    begin: IntArray,
    end: IntArray,
    op: IntArray,
    x: IntArray,
    y: IntArray,
    classes: IntArray,
    lo: IntArray,
    hi: IntArray,
    negated: Any,
    first_ptr: IntArray,
    first_chars: IntArray,
    bloom: Any,
    guard: Any,
) -> tuple[Any, Any]:  # pragma: no cover - compiled
    """Whether each span's ``near``/``not`` windows hold, searching no more than it takes.

    Row ``i`` is a search of the program at ``pcs[i]`` in ``text[begin[i]:end[i]]``
    (a text starting at ``origin[i]``) for window ``window[i]`` of span
    ``span[i]``; rows of a span are adjacent, and of a window within it. A
    window finds something when one of its searches does (the rest are not
    run); a span holds when each window finds something exactly when
    ``wanted`` (the rest are not checked once one fails). Returns, per row,
    whether its span holds (read at the span's first row) and whether its span
    is left undecided (a pattern without a program, or the machine gave up).
    """
    stack = np.empty(STACK, np.int64)
    n = span.size
    holds = np.zeros(n, np.bool_)
    left = np.zeros(n, np.bool_)
    seen = _recent_searches()
    i = 0
    while i < n:
        j = i
        while j < n and span[j] == span[i]:
            j += 1
        ok = True
        undecided = False
        q = i
        while q < j and ok and not undecided:
            e = q
            while e < j and window[e] == window[q]:
                e += 1
            found = False
            for t in range(q, e):
                pc = pcs[t]
                if pc < 0:
                    undecided = True
                    break
                h, got = _recalled(seen, pc, begin[t], end[t])
                if got < 0:
                    m0, _ = search(
                        text, origin[t], begin[t], end[t], end[t], pc, op, x, y, classes, lo, hi,
                        negated, first_ptr, first_chars, bloom, guard, stack,
                    )  # fmt: skip
                    got = _remember(seen, h, pc, begin[t], end[t], m0)
                if got == -2:
                    undecided = True
                    break
                found = got == 1
                if found:
                    break
            if found != wanted[window[q]]:
                ok = False
            q = e
        if undecided:
            left[i:j] = True
        else:
            holds[i] = ok
        i = j
    return holds, left


@numba.njit(cache=True, nogil=True)
def spans_hold(
    text: CharArray,
    order: IntArray,
    seg: IntArray,
    start: IntArray,
    end: IntArray,
    sentence_lo: IntArray,
    sentence_hi: IntArray,
    seg_lo: IntArray,
    seg_hi: IntArray,
    check_ptr: IntArray,
    checks: IntArray,
    check_window: IntArray,
    within: IntArray,
    wanted: Any,
    check_pattern: IntArray,
    pattern_pc: IntArray,
    op: IntArray,
    x: IntArray,
    y: IntArray,
    classes: IntArray,
    lo: IntArray,
    hi: IntArray,
    negated: Any,
    first_ptr: IntArray,
    first_chars: IntArray,
    bloom: Any,
    guard: Any,
) -> tuple[BoolArray, BoolArray]:  # pragma: no cover - compiled
    """:func:`windows_hold` read straight from the spans and their rules' checks.

    Span ``i`` (rule ``order[i]``, in segment ``seg[i]``, its sentence
    ``sentence_lo[i]`` to ``sentence_hi[i]``) has the checks
    ``checks[check_ptr[r]:check_ptr[r + 1]]`` of its rule ``r``, each a pattern
    (``check_pattern``, its program ``pattern_pc``) of a window
    (``check_window``: ``within`` characters around the span, or its sentence
    when -1; ``wanted`` or not), a window's checks adjacent. Returns per span
    whether its windows hold (``True`` without any) and whether it is left
    undecided (a pattern without a program, or the machine gave up).
    """
    stack = np.empty(STACK, np.int64)
    n = order.size
    holds = np.ones(n, np.bool_)
    left = np.zeros(n, np.bool_)
    seen = _recent_searches()
    for i in range(n):
        a = check_ptr[order[i]]
        b = check_ptr[order[i] + 1]
        s = seg[i]
        ok = True
        undecided = False
        q = a
        while q < b and ok and not undecided:
            w = check_window[checks[q]]
            e = q
            while e < b and check_window[checks[e]] == w:
                e += 1
            if within[w] >= 0:
                begin = max(seg_lo[s], start[i] - within[w])
                stop = min(seg_hi[s], end[i] + within[w])
            else:
                begin = sentence_lo[i]
                stop = sentence_hi[i]
            found = False
            for t in range(q, e):
                pc = pattern_pc[check_pattern[checks[t]]]
                if pc < 0:
                    undecided = True
                    break
                h, got = _recalled(seen, pc, begin, stop)
                if got < 0:
                    m0, _ = search(
                        text, seg_lo[s], begin, stop, stop, pc, op, x, y, classes, lo, hi,
                        negated, first_ptr, first_chars, bloom, guard, stack,
                    )  # fmt: skip
                    got = _remember(seen, h, pc, begin, stop, m0)
                if got == -2:
                    undecided = True
                    break
                found = got == 1
                if found:
                    break
            if found != wanted[w]:
                ok = False
            q = e
        if undecided:
            left[i] = True
        else:
            holds[i] = ok
    return holds, left
