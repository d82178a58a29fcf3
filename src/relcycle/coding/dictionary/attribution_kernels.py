"""Compiled actor attribution for Chinese text: mentions, where they stand, who acts.

The same decisions as :class:`~relcycle.coding.dictionary.attribution.Attributor`
and :func:`~relcycle.coding.dictionary.grammar.position` make for ``zh``, on
arrays: mentions are needle hits (offsets into a batch's joined text, see
:mod:`~relcycle.coding.dictionary.batch`), actors and roles are integers
(``-1`` for none). Roles are coded ``1..3`` for the party roles
(:data:`~relcycle.coding.dictionary.attribution.PARTY_ROLES`), ``0`` for any
other role or none.
"""

from __future__ import annotations

import numba
import numpy as np

from relcycle.coding.dictionary.grammar import AGENT, MODIFIER, OBJECT, PASSIVE, SUBJECT
from relcycle.coding.dictionary.kernels import CharArray, IntArray

FloatArray = np.ndarray

_DE = ord("的")


@numba.njit(cache=True, nogil=True)
def mentions(
    hit_start: IntArray,
    hit_end: IntArray,
    hit_lit: IntArray,
    hit_seg: IntArray,
    needle_ptr: IntArray,
    needles: IntArray,
) -> tuple[IntArray, IntArray, IntArray, IntArray]:  # pragma: no cover - compiled
    """(start, end, needle, text) of the mentions among hits ordered by start.

    A hit is of a needle when its literal lists one (``needles[needle_ptr[lit]:
    needle_ptr[lit + 1]]``). At each start the longest such hit stands for its
    lowest needle; it is a mention unless it starts inside the previous
    mention (leftmost-longest, no overlap): the hits sorted by (start, -end,
    needle), each kept when it starts at or after the last kept one's end.
    """
    n = hit_start.size
    m_start = np.empty(n, np.int64)
    m_end = np.empty(n, np.int64)
    m_needle = np.empty(n, np.int64)
    m_seg = np.empty(n, np.int64)
    k = 0
    last = -1
    i = 0
    while i < n:
        s = hit_start[i]
        best_end = -1
        best_needle = -1
        best_row = -1
        while i < n and hit_start[i] == s:
            lit = hit_lit[i]
            for p in range(needle_ptr[lit], needle_ptr[lit + 1]):
                e = hit_end[i]
                if e > best_end or (e == best_end and needles[p] < best_needle):
                    best_end = e
                    best_needle = needles[p]
                    best_row = i
            i += 1
        if best_row >= 0 and s >= last:
            m_start[k] = s
            m_end[k] = best_end
            m_needle[k] = best_needle
            m_seg[k] = hit_seg[best_row]
            k += 1
            last = best_end
    return m_start[:k], m_end[:k], m_needle[:k], m_seg[:k]


@numba.njit(cache=True, nogil=True)
def _in(sorted_codes: IntArray, code: int) -> bool:  # pragma: no cover - compiled
    i = np.searchsorted(sorted_codes, code)
    return bool(i < sorted_codes.size and sorted_codes[i] == code)


@numba.njit(cache=True, nogil=True)
def _passive_after(
    text: CharArray, at: int, hi: int, space: IntArray, adverbs: IntArray, adverb_ptr: IntArray
) -> bool:  # pragma: no cover - compiled
    r"""``\s*(都|也|又|还|已经|经常|总是|常常)?(被|遭)`` matches at ``at`` (text ends at ``hi``)."""
    while at < hi and _in(space, text[at]):
        at += 1
    if at < hi and (text[at] == 34987 or text[at] == 36973):  # 被, 遭
        return True
    for w in range(adverb_ptr.size - 1):
        a = adverb_ptr[w]
        b = adverb_ptr[w + 1]
        n = b - a
        if at + n >= hi:
            continue
        same = True
        for j in range(n):
            if text[at + j] != adverbs[a + j]:
                same = False
                break
        if same and (text[at + n] == 34987 or text[at + n] == 36973):
            return True
    return False


@numba.njit(cache=True, nogil=True)
def positions(
    text: CharArray,
    start: IntArray,
    end: IntArray,
    seg: IntArray,
    seg_lo: IntArray,
    seg_hi: IntArray,
    skip: IntArray,
    agent: IntArray,
    object1: IntArray,
    modifier1: IntArray,
    not_marker: IntArray,
    object2: IntArray,
    modifier2: IntArray,
    space: IntArray,
    adverbs: IntArray,
    adverb_ptr: IntArray,
) -> IntArray:  # pragma: no cover - compiled
    """Where each mention stands, as :func:`grammar.position` and :func:`grammar.refine` read it.

    Chinese text only; one-character sets and two-character words come as
    sorted codes, a two-character word ``ab`` as ``a * 2**21 + b``.
    """
    out = np.empty(start.size, np.int64)
    for i in range(start.size):
        lo = seg_lo[seg[i]]
        hi = seg_hi[seg[i]]
        j = start[i]
        while j > lo and _in(skip, text[j - 1]):
            j -= 1
        one = text[j - 1] if j > lo else -1
        two = text[j - 2] * 2097152 + text[j - 1] if j - 2 >= lo else -1
        if one >= 0 and _in(agent, one) and j == start[i]:
            out[i] = AGENT
        elif two >= 0 and _in(not_marker, two):
            passive = _passive_after(text, end[i], hi, space, adverbs, adverb_ptr)
            out[i] = PASSIVE if passive else SUBJECT
        elif (two >= 0 and _in(object2, two)) or (one >= 0 and _in(object1, one)):
            out[i] = OBJECT
        elif (two >= 0 and _in(modifier2, two)) or (one >= 0 and _in(modifier1, one)):
            out[i] = MODIFIER
        elif _passive_after(text, end[i], hi, space, adverbs, adverb_ptr):
            out[i] = PASSIVE
        else:
            out[i] = SUBJECT
    for i in range(1, start.size):  # 机构的社工: the first only modifies the second
        if seg[i] == seg[i - 1] and start[i] == end[i - 1] + 1 and text[end[i - 1]] == _DE:
            out[i - 1] = MODIFIER
    return out


@numba.njit(cache=True, nogil=True)
def _result(
    actor: int, confidence: float, applies: int, target: int, role: IntArray, disagrees: float
) -> tuple[int, float, int]:  # pragma: no cover - compiled
    if applies > 0 and role[actor] > 0 and role[actor] != applies:
        confidence = min(confidence, disagrees)
    return actor, confidence, (target if target != actor else -1)


@numba.njit(cache=True, nogil=True)
def attribute(
    text: CharArray,
    c_start: IntArray,
    c_end: IntArray,
    c_lo: IntArray,
    c_seg: IntArray,
    c_applies: IntArray,
    m_start: IntArray,
    m_end: IntArray,
    m_actor: IntArray,
    m_confidence: np.ndarray,
    m_position: IntArray,
    m_person: IntArray,
    m_first: IntArray,
    speaker: IntArray,
    role: IntArray,
    role_actor: IntArray,
    clauses: IntArray,
    space: IntArray,
    confidences: np.ndarray,
) -> tuple[IntArray, np.ndarray, IntArray]:  # pragma: no cover - compiled
    """(actor, confidence, target) of each coding, as :meth:`Attributor.attribute` decides.

    Codings are ``c_*``; mentions ``m_*`` by offset, those of segment ``s``
    being ``m_first[s]`` to ``m_first[s + 1]``; ``speaker[s]`` is the
    segment's speaker (-1 for none); ``role_actor[r]`` the only actor of role
    ``r`` (-1 for none); ``confidences`` are (speaker, role default, disagreeing).
    """
    n = c_start.size
    actor = np.full(n, -1, np.int64)
    confidence = np.zeros(n, np.float64)
    target = np.full(n, -1, np.int64)
    by_speaker, by_role, disagrees = confidences[0], confidences[1], confidences[2]
    for c in range(n):
        s = c_seg[c]
        first = m_first[s]
        last = m_first[s + 1]
        lo = c_lo[c]
        end = c_end[c]
        applies = c_applies[c]
        after = first + np.searchsorted(m_start[first:last], end)
        tgt = -1
        done = False
        for i in range(after - 1, first - 1, -1):
            if m_start[i] < lo:
                break
            where = m_position[i]
            if m_actor[i] < 0:
                if m_person[i] == 1 and where == SUBJECT:
                    break
                continue
            if where == AGENT:
                if tgt < 0:
                    for p in range(i - 1, first - 1, -1):
                        if m_start[p] < lo:
                            break
                        if m_position[p] == PASSIVE:
                            tgt = m_actor[p]
                            break
                actor[c], confidence[c], target[c] = _result(
                    m_actor[i], m_confidence[i], applies, tgt, role, disagrees
                )
                done = True
                break
            if where in (OBJECT, PASSIVE) or (where == SUBJECT and m_person[i] == 2):
                if tgt < 0:
                    tgt = m_actor[i]
                continue
            if where == SUBJECT:
                if tgt < 0 and after < last and m_actor[after] >= 0:
                    # the mention right after the cue, in its clause (要求 *机构* ...)
                    k = np.searchsorted(clauses, m_start[after])
                    free = k == 0 or clauses[k - 1] < end
                    if free:
                        a = end
                        b = m_start[after]
                        while a < b and _in(space, text[a]):
                            a += 1
                        while b > a and _in(space, text[b - 1]):
                            b -= 1
                        if b - a <= 1 or m_position[after] == OBJECT:
                            tgt = m_actor[after]
                actor[c], confidence[c], target[c] = _result(
                    m_actor[i], m_confidence[i], applies, tgt, role, disagrees
                )
                done = True
                break
        if done:
            continue
        sp = speaker[s]
        if sp >= 0 and (applies == 0 or role[sp] == applies):
            actor[c] = sp
            confidence[c] = by_speaker
            target[c] = tgt if tgt != sp else -1
            continue
        default = role_actor[applies] if applies > 0 else -1
        if default >= 0:
            actor[c] = default
            confidence[c] = by_role
            target[c] = tgt if tgt != default else -1
            continue
        target[c] = tgt
    return actor, confidence, target
