"""Literals of one to three characters found by table look-ups, the rest by the automaton.

In Chinese field notes most automaton hits are of short words (我们, 台账, 社工,
下周): about three in four of the hits of the 5,000-rule bench codebook are of
one or two characters, and nine in ten of at most three. ``ahocorasick-rs``
returns each hit as a Python tuple, so those hits cost more than the scan
itself. :class:`SplitScan` finds the short literals in one compiled pass over
the text's code points (a table of the characters that can start one, then a
hash table of the packed code points) and leaves only the longer literals to
the automaton. The hits are the automaton's own: every occurrence of every
literal, overlapping, ordered by start and then end (tested against the whole
automaton).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain
from typing import Final

import ahocorasick_rs
import numba
import numpy as np
import numpy.typing as npt

from relcycle.coding.dictionary.kernels import CharArray, IntArray

UInt8Array = npt.NDArray[np.uint8]
U64Array = npt.NDArray[np.uint64]

SHORT: Final = 3
"""Literals up to this many characters are looked up (three 21-bit code points fit 64 bits)."""
_BITS: Final = 21  # a code point's width
_CODE_POINTS: Final = 0x110000

Hits = tuple[IntArray, IntArray, IntArray]
"""(starts, ends, literal ids) of the hits, by start and then end."""


_MIX: Final = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing's multiplier


@numba.njit(cache=True, nogil=True)
def _short_hits(
    chars: CharArray, starts: UInt8Array, keys: U64Array, ids: IntArray, shift: int
) -> tuple[IntArray, IntArray, IntArray]:  # pragma: no cover
    """(starts, ends, ids) of the short literals in ``chars``, by start and then end.

    ``starts[c]`` has bit ``w - 1`` set when a literal of ``w`` characters starts
    with code point ``c``; ``keys`` is an open-addressing table of the literals
    packed (0 for a free slot; slot ``code * _MIX >> shift``, then the next ones),
    ``ids`` their ids by slot.
    """
    found = _slots(chars, starts, keys, shift, np.empty(0, np.int64))
    slots = np.empty(3 * found, np.int64)  # (start, width, slot) per hit
    _slots(chars, starts, keys, shift, slots)
    at = slots[0::3]
    return at, at + slots[1::3], ids[slots[2::3]]


@numba.njit(cache=True, nogil=True)
def _slots(
    chars: CharArray, starts: UInt8Array, keys: U64Array, shift: int, out: IntArray
) -> int:  # pragma: no cover
    """The number of short-literal hits in ``chars``; each written to ``out`` if it has room."""
    n = chars.size
    mask = np.uint64(keys.size - 1)
    m = 0
    for i in range(n):
        bits = starts[chars[i]]
        if bits == 0:
            continue
        code = np.uint64(0)
        for w in range(1, 4):
            if i + w > n:
                break
            code = (code << np.uint64(21)) | np.uint64(chars[i + w - 1])
            if not bits & (1 << (w - 1)):
                continue
            slot = (code * _MIX) >> np.uint64(shift)
            while keys[slot] != 0 and keys[slot] != code:
                slot = (slot + np.uint64(1)) & mask
            if keys[slot] == code:
                if out.size:
                    out[3 * m] = i
                    out[3 * m + 1] = w
                    out[3 * m + 2] = slot
                m += 1
    return m


@numba.njit(cache=True, nogil=True)
def _merge(
    a: tuple[IntArray, IntArray, IntArray], b: tuple[IntArray, IntArray, IntArray]
) -> tuple[IntArray, IntArray, IntArray]:  # pragma: no cover
    """Two hit lists, each by start and then end, as one; on a tie ``a``'s first.

    ``a`` holds the short literals and ``b`` the longer ones, so at one start
    every hit of ``a`` ends before any of ``b``.
    """
    na, nb = a[0].size, b[0].size
    s = np.empty(na + nb, np.int64)
    e = np.empty(na + nb, np.int64)
    k = np.empty(na + nb, np.int64)
    i = j = 0
    for o in range(na + nb):
        if j == nb or (i < na and a[0][i] <= b[0][j]):
            s[o], e[o], k[o] = a[0][i], a[1][i], a[2][i]
            i += 1
        else:
            s[o], e[o], k[o] = b[0][j], b[1][j], b[2][j]
            j += 1
    return s, e, k


def _pack(literal: str) -> int:
    code = 0
    for ch in literal:
        code = (code << _BITS) | ord(ch)
    return code


def automaton_hits(automaton: ahocorasick_rs.AhoCorasick, text: str, firsts: Sequence[int]) -> Hits:
    """Every hit of ``automaton``'s literals in ``text``, by start and then end.

    ``firsts`` cut the text into runs, one call of the automaton each (the first
    offset of each run; a literal never spans two runs, whose separator is left out).
    """
    find = automaton.find_matches_as_indexes
    bounds = zip(firsts, [*firsts[1:], len(text) + 1], strict=True)
    found = [find(text[b : e - 1], overlapping=True) for b, e in bounds]
    counts = np.fromiter(map(len, found), np.int64, count=len(found))
    total = int(counts.sum())
    flat = np.fromiter(chain.from_iterable(chain.from_iterable(found)), np.int64, 3 * total)
    flat = flat.reshape(total, 3)
    shift = np.repeat(np.array(firsts, np.int64), counts)
    start = flat[:, 1] + shift
    by = np.argsort(start, kind="stable")  # each run's hits come by end
    return start[by], flat[:, 2][by] + shift[by], flat[:, 0][by]


class SplitScan:
    """Every occurrence of every literal: short ones by look-up, the others by automaton.

    Args:
        literals: The literals, by id (none may be empty).
    """

    def __init__(self, literals: Sequence[str]) -> None:
        short: list[tuple[int, int]] = []
        longer: list[tuple[int, str]] = []
        self._starts = np.zeros(_CODE_POINTS, np.uint8)
        for i, lit in enumerate(literals):
            if len(lit) <= SHORT:
                short.append((_pack(lit), i))
                self._starts[ord(lit[0])] |= 1 << (len(lit) - 1)
            else:
                longer.append((i, lit))
        bits = max(4, (4 * len(short)).bit_length())  # at most a quarter full
        self._shift = 64 - bits
        self._keys = np.zeros(1 << bits, np.uint64)
        self._ids = np.zeros(1 << bits, np.int64)
        mix, size = int(_MIX), 1 << bits
        for code, i in short:
            slot = ((code * mix) % (1 << 64)) >> self._shift
            while self._keys[slot]:
                slot = (slot + 1) % size
            self._keys[slot] = code
            self._ids[slot] = i
        self._long_ids = np.array([i for i, _ in longer], np.int64)
        self._automaton = ahocorasick_rs.AhoCorasick([lit for _, lit in longer]) if longer else None

    def find(self, text: str, chars: CharArray, firsts: Sequence[int]) -> Hits:
        """The hits in ``text`` (whose code points are ``chars``).

        ``firsts`` cut the text into runs the automaton reads one call each (the
        first offset of each run; a literal never spans two runs).
        """
        short = _short_hits(chars, self._starts, self._keys, self._ids, self._shift)
        if self._automaton is None:
            return short
        start, end, lit = automaton_hits(self._automaton, text, firsts)
        longer = (start, end, self._long_ids[lit])
        return _merge(short, longer)
