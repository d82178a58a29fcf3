"""The compiled pre-scan (numba): a body's anchors and its parts' stretches to search, in one pass.

:meth:`Scanner.scan_parts <relcycle.sources.timeexpr.scanner.Scanner.scan_parts>`
finds a source body's anchors with the pre-scan's regexes and turns them,
part by part, into the stretches its probes search (:func:`anchors` and
:func:`stretches` do both here). The text is an array of its UTF-16 code
units (one a character in the BMP: the caller sends texts beyond it to the
regexes); each anchor's condition is the constraint program of
:mod:`~relcycle.sources.timeexpr.conditions`, evaluated at every anchor
character: the first of its conditions that holds decides the hit's key, as
the first branch of the regex that matches does. The hits are the
regexes' hits (tests check it on generated and random text), so the
stretches are those the scanner would make, and the expressions found the
same.

Compiled on first use and cached in ``__pycache__`` (``cache=True``); this
module is imported only when a process has many characters to read (numba's
import and loading the cached code cost about half a second of CPU time).
"""

from __future__ import annotations

import numba
import numpy as np
import numpy.typing as npt

from relcycle.sources.timeexpr.compiled import ALONE, FOUND, NOTHING
from relcycle.sources.timeexpr.conditions import AWAY, NO, OUT, STOP, UNSURE

Ints = npt.NDArray[np.int32]
#: What :func:`anchors` returns for a text with a character of ``stop`` / one it leaves to ``re``.
STOPPED, AWAY_FOUND = -1, -2


@numba.njit(cache=True, nogil=True, inline="always")
def _constraints_hold(codes, n, x, alt, alt_cons, con_offset, con_set, class_of, member):  # type: ignore[no-untyped-def]
    for c in range(alt_cons[alt], alt_cons[alt + 1]):
        p = x + con_offset[c]
        code = codes[p] if 0 <= p < n else OUT
        if not member[con_set[c], class_of[code]]:
            return False
    return True


@numba.njit(cache=True, nogil=True)
def anchors(  # type: ignore[no-untyped-def]
    codes, slot_of, slot_rests, rest_key, rest_alts, alt_cons, alt_negs, neg_alts,
    con_offset, con_set, class_of, member, around, ahead, rest_around, rest_ahead, where, keys,
):  # fmt: skip
    """Writes the anchors of ``codes`` to ``where`` and ``keys``; returns how many.

    A key is :data:`~relcycle.sources.timeexpr.conditions.UNSURE` where a
    condition the programs do not follow decides (the caller asks the regex).
    Returns :data:`STOPPED` or :data:`AWAY_FOUND` at the first character of
    ``stop`` or one left to ``re`` (see ``Programs.slot_of``).
    """
    n = codes.shape[0]
    count = 0
    for x in range(n):
        slot = slot_of[codes[x]]
        if slot == 0:
            continue
        if slot == STOP:
            return STOPPED
        if slot == AWAY:
            return AWAY_FOUND
        slot -= 1
        before = class_of[codes[x - 1]] if x > 0 else class_of[OUT]
        after = class_of[codes[x + 1]] if x + 1 < n else class_of[OUT]
        if not around[slot, before, after]:
            continue
        after2 = class_of[codes[x + 2]] if x + 2 < n else class_of[OUT]
        if not ahead[slot, after, after2]:
            continue
        answer = NO
        for rest in range(slot_rests[slot], slot_rests[slot + 1]):
            if not (rest_around[rest, before, after] and rest_ahead[rest, after, after2]):
                continue  # its alternatives' nearest constraints fail: it does not hold
            key = rest_key[rest]
            if key == UNSURE:
                answer = UNSURE
                break
            holds = False
            for alt in range(rest_alts[rest], rest_alts[rest + 1]):
                if not _constraints_hold(
                    codes, n, x, alt, alt_cons, con_offset, con_set, class_of, member
                ):
                    continue
                holds = True
                for group in range(alt_negs[alt], alt_negs[alt + 1]):
                    for other in range(neg_alts[group], neg_alts[group + 1]):
                        if _constraints_hold(
                            codes, n, x, other, alt_cons, con_offset, con_set, class_of, member
                        ):
                            holds = False
                            break
                    if not holds:
                        break
                if holds:
                    break
            if holds:
                answer = key  # NO: a capital condition on a lower-case letter
                break
        if answer != NO:
            where[count] = x
            keys[count] = answer
            count += 1
    return count


@numba.njit(cache=True, nogil=True)
def stretches(  # type: ignore[no-untyped-def]
    codes, where, keys, starts, ends, before_ok, after_ok,
    key_targets, target_family, target_rules, target_reach, families,
    state, bounds, out_lo, out_hi, out_rules,
):  # fmt: skip
    """Per part, the stretches its probes search, as the scanner makes them from its anchors.

    For part ``i`` (``starts[i] .. ends[i]``): ``state[i]`` is
    :data:`NOTHING` (no anchor), :data:`FOUND` or :data:`ALONE` (a neighbour
    that may hide an anchor: search the part alone). Its stretches of family
    ``f`` are ``bounds[k] .. bounds[k + 1]`` of the ``out_*`` arrays, for
    ``k = i * families + f``, merged and in order, offsets into the part: each anchor at
    ``x`` asks for each of its targets' rules (a bit mask) from ``x - reach``
    to ``x``; stretches that overlap or touch merge, their rules united.
    Returns how many stretches there are.
    """
    n = codes.shape[0]
    total = 0
    size = where.shape[0]
    lo_buf = np.empty(size * families + 1, dtype=np.int64)
    hi_buf = np.empty(size * families + 1, dtype=np.int64)
    rules_buf = np.empty(size * families + 1, dtype=np.int64)
    for part in range(starts.shape[0]):
        start, end = starts[part], ends[part]
        for family in range(families):
            bounds[part * families + family] = total
        if not (start == 0 or before_ok[codes[start - 1]]) or not (
            end == n or after_ok[codes[end]]
        ):
            state[part] = ALONE
            continue
        first = np.searchsorted(where, start)
        last = np.searchsorted(where, end)
        if first == last:
            state[part] = NOTHING
            continue
        state[part] = FOUND
        for family in range(families):
            bounds[part * families + family] = total
            count = 0
            for i in range(first, last):
                x = where[i] - start
                for t in range(key_targets[keys[i]], key_targets[keys[i] + 1]):
                    if target_family[t] != family:
                        continue
                    reach = target_reach[t]
                    # insertion by (lo, hi): few stretches a part
                    lo = x - reach if x > reach else 0
                    j = count
                    while j > 0 and (
                        lo_buf[j - 1] > lo or (lo_buf[j - 1] == lo and hi_buf[j - 1] > x)
                    ):
                        lo_buf[j] = lo_buf[j - 1]
                        hi_buf[j] = hi_buf[j - 1]
                        rules_buf[j] = rules_buf[j - 1]
                        j -= 1
                    lo_buf[j] = lo
                    hi_buf[j] = x
                    rules_buf[j] = target_rules[t]
                    count += 1
            if count == 0:
                continue
            last_lo, last_hi, last_rules = lo_buf[0], hi_buf[0], rules_buf[0]
            for j in range(1, count + 1):
                if j < count and lo_buf[j] <= last_hi + 1:
                    if hi_buf[j] > last_hi:
                        last_hi = hi_buf[j]
                    last_rules |= rules_buf[j]
                    continue
                out_lo[total] = last_lo
                out_hi[total] = last_hi
                out_rules[total] = last_rules
                total += 1
                if j < count:
                    last_lo, last_hi, last_rules = lo_buf[j], hi_buf[j], rules_buf[j]
    bounds[starts.shape[0] * families] = total
    return total
