"""Compiled loops over a batch's automaton hits: plain terms, regex prefilter, windows, flags.

Every function here reads flat integer arrays (offsets into the batch's
joined text, see :mod:`~relcycle.coding.dictionary.batch`) and returns
arrays; none of them touches a Python object. They are compiled by numba on
first use (``cache=True`` keeps the machine code between runs). Tables from
literal or rule ids to lists of ids are CSR pairs: ``ptr`` (one more than
ids) and ``items``, the list of id ``i`` being ``items[ptr[i]:ptr[i + 1]]``.
"""

from __future__ import annotations

from functools import cache

import numba
import numpy as np
import numpy.typing as npt

IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]
CharArray = npt.NDArray[np.uint32]


@numba.njit(cache=True, nogil=True)
def expand(keys: IntArray, ptr: IntArray) -> tuple[IntArray, IntArray]:  # pragma: no cover
    """(index in ``keys``, position in ``items``) of every item listed for every key."""
    n = 0
    for i in range(keys.size):
        n += ptr[keys[i] + 1] - ptr[keys[i]]
    row = np.empty(n, np.int64)
    pos = np.empty(n, np.int64)
    j = 0
    for i in range(keys.size):
        for p in range(ptr[keys[i]], ptr[keys[i] + 1]):
            row[j] = i
            pos[j] = p
            j += 1
    return row, pos


@numba.njit(cache=True, nogil=True)
def leftmost_each(order: IntArray, start: IntArray, end: IntArray) -> BoolArray:  # pragma: no cover
    """Which occurrences ``finditer`` keeps, given them sorted by (rule, start, preference).

    Per rule: leftmost first, the preferred string at a place, no overlap (a
    later segment always starts past an earlier one's end, so one pass serves
    the whole batch).
    """
    keep = np.zeros(order.size, np.bool_)
    rule = -1
    pos = 0
    for i in range(order.size):
        if order[i] != rule:
            rule = order[i]
            pos = 0
        if start[i] >= pos:
            keep[i] = True
            pos = end[i]
    return keep


@numba.njit(cache=True, nogil=True)
def regex_candidates(
    h_start: IntArray,
    h_end: IntArray,
    h_lit: IntArray,
    h_seg: IntArray,
    seg_lo: IntArray,
    seg_hi: IntArray,
    anchor_ptr: IntArray,
    anchor_rules: IntArray,
    width: IntArray,
    req_ptr: IntArray,
    req_sets: IntArray,
    member_ptr: IntArray,
    member_sets: IntArray,
    n_sets: int,
) -> tuple[IntArray, IntArray, IntArray]:  # pragma: no cover - compiled
    """(rule, segment, anchor start) of each anchor hit near which its rule can match.

    Hits are sorted by start. A rule's match contains one literal of each of
    its required sets, so with a bounded ``width`` (-1: unbounded) a literal
    of each must end within ``width`` characters of the anchor; unbounded,
    anywhere in the segment. Anchors failing that are left out: a search from
    them finds nothing that the rule would keep.
    """
    n = h_lit.size
    stamp = np.full(n_sets, -1, np.int64)
    most = 0  # every anchor hit a candidate: room for all (no growing in the loop)
    for i in range(n):
        most += anchor_ptr[h_lit[i] + 1] - anchor_ptr[h_lit[i]]
    out_rule = np.empty(most, np.int64)
    out_seg = np.empty(most, np.int64)
    out_at = np.empty(most, np.int64)
    k = 0
    serial = 0
    last_lo = -1  # the window last stamped (a window stands for one text's hits in it)
    last_hi = -1
    for i in range(n):
        lit = h_lit[i]
        for j in range(anchor_ptr[lit], anchor_ptr[lit + 1]):
            rule = anchor_rules[j]
            seg = h_seg[i]
            ok = True
            if req_ptr[rule + 1] > req_ptr[rule]:
                w = width[rule]
                lo = seg_lo[seg]
                hi = seg_hi[seg]
                if w >= 0:
                    lo = max(lo, h_start[i] - w)
                    hi = min(hi, h_start[i] + w)
                if lo != last_lo or hi != last_hi:  # (the last rule's window: stamped already)
                    last_lo = lo
                    last_hi = hi
                    serial += 1
                    # hits by start: the first at or after lo, then on while they start before hi
                    if w >= 0:  # near this hit: step back to it
                        a = i
                        while a > 0 and h_start[a - 1] >= lo:
                            a -= 1
                    else:
                        a = np.searchsorted(h_start, lo)
                    while a < n and h_start[a] < hi:
                        if h_end[a] <= hi:
                            q = h_lit[a]
                            for s in range(member_ptr[q], member_ptr[q + 1]):
                                stamp[member_sets[s]] = serial
                        a += 1
                for r in range(req_ptr[rule], req_ptr[rule + 1]):
                    if stamp[req_sets[r]] != serial:
                        ok = False
                        break
            if ok:
                out_rule[k] = rule
                out_seg[k] = seg
                out_at[k] = h_start[i]
                k += 1
    return out_rule[:k], out_seg[:k], out_at[:k]


@numba.njit(cache=True, nogil=True)
def by_rule(
    rule: IntArray, seg: IntArray, at: IntArray, n_rules: int
) -> tuple[IntArray, IntArray, IntArray, IntArray]:  # pragma: no cover - compiled
    """(rule, segment, anchor start) grouped by rule, keeping their order, and the groups.

    A stable counting sort: given candidates ordered by (segment, start) within
    each rule, as :func:`regex_candidates` gives them, the result is ordered by
    (rule, segment, start). The last array holds where each (rule, segment)
    group starts, and the size.
    """
    n = rule.size
    place = np.zeros(n_rules + 1, np.int64)
    for i in range(n):
        place[rule[i] + 1] += 1
    for r in range(n_rules):
        place[r + 1] += place[r]
    out_rule = np.empty(n, np.int64)
    out_seg = np.empty(n, np.int64)
    out_at = np.empty(n, np.int64)
    for i in range(n):
        j = place[rule[i]]
        place[rule[i]] = j + 1
        out_rule[j] = rule[i]
        out_seg[j] = seg[i]
        out_at[j] = at[i]
    heads = np.empty(n + 1, np.int64)
    g = 0
    for i in range(n):
        if i == 0 or out_rule[i] != out_rule[i - 1] or out_seg[i] != out_seg[i - 1]:
            heads[g] = i
            g += 1
    heads[g] = n
    return out_rule, out_seg, out_at, heads[: g + 1]


@numba.njit(cache=True, nogil=True)
def any_marked(text: CharArray, marked: BoolArray) -> bool:  # pragma: no cover - compiled
    """Whether a character of ``text`` is marked (``marked[c]``; none past its end)."""
    size = marked.size
    found = False
    for c in text:
        if c < size and marked[c]:
            found = True
            break
    return found


@numba.njit(cache=True, nogil=True)
def fold_chars(text: CharArray, table: CharArray) -> tuple[CharArray, int]:  # pragma: no cover
    """``text``'s code points mapped through ``table``, and how many it changed.

    -1 (and the map unfinished) when a code point lies past the table's end.
    """
    out = np.empty(text.size, np.uint32)
    size = table.size
    changed = 0
    for i in range(text.size):
        c = text[i]
        if c >= size:
            return out, -1
        out[i] = table[c]
        changed += out[i] != c
    return out, changed


@numba.njit(cache=True, nogil=True)
def segments_of(at: IntArray, seg_lo: IntArray) -> IntArray:  # pragma: no cover - compiled
    """``np.searchsorted(seg_lo, at, "right") - 1``: the text each offset is in.

    ``seg_lo`` ascending; offsets mostly ascending, so each is found by walking
    from the last one's text (a binary search per offset costs five times more).
    """
    out = np.full(at.size, -1, np.int64)
    if seg_lo.size == 0:
        return out
    j = 0
    last = seg_lo.size - 1
    for i in range(at.size):
        a = at[i]
        while j < last and seg_lo[j + 1] <= a:
            j += 1
        while j > 0 and seg_lo[j] > a:
            j -= 1
        out[i] = j if seg_lo[j] <= a else -1
    return out


@numba.njit(cache=True, nogil=True)
def sentences(
    start: IntArray,
    end: IntArray,
    seg: IntArray,
    seg_lo: IntArray,
    seg_hi: IntArray,
    ends: IntArray,
    dot_before: BoolArray,
) -> tuple[IntArray, IntArray]:  # pragma: no cover - compiled
    """Each span's sentence bounds, as :meth:`TextContext.sentence` gives them in its segment.

    ``ends`` are the joined text's sentence ends (the separators between
    segments among them); ``dot_before[i]`` tells that a ``.`` stands right
    before span ``i`` inside its segment (the reference reads it as an end).
    Spans by start are read by walking ``ends`` (a binary search per span took
    eight times as long).
    """
    lo = np.empty(start.size, np.int64)
    hi = np.empty(start.size, np.int64)
    j = 0  # the first end at or after the span's start (spans come by start: it only moves on)
    for i in range(start.size):
        s = seg[i]
        if i and start[i] < start[i - 1]:  # not by start after all: look it up
            j = np.searchsorted(ends, start[i])
        while j < ends.size and ends[j] < start[i]:
            j += 1
        if dot_before[i]:
            lo[i] = start[i]
        else:
            lo[i] = max(seg_lo[s], ends[j - 1] + 1) if j else seg_lo[s]
        q = j  # the first end at or after the span's end: a few ends on at most
        while q < ends.size and ends[q] < end[i]:
            q += 1
        hi[i] = min(seg_hi[s], ends[q] + 1) if q < ends.size else seg_hi[s]
    return lo, hi


@numba.njit(cache=True, nogil=True)
def strings_within(
    text: CharArray,
    pattern_ptr: IntArray,
    string_ptr: IntArray,
    chars: CharArray,
    which: IntArray,
    lo: IntArray,
    hi: IntArray,
) -> BoolArray:  # pragma: no cover - compiled
    """Whether a string of pattern ``which[i]`` lies wholly inside ``text[lo[i]:hi[i]]``.

    Rows with ``which[i] < 0`` are left ``False``.
    Pattern ``p``'s strings are ``pattern_ptr[p]`` to ``pattern_ptr[p + 1]``,
    string ``s`` the code points ``chars[string_ptr[s]:string_ptr[s + 1]]``
    (windows are a sentence or a few dozen characters: a plain scan).
    """
    out = np.zeros(lo.size, np.bool_)
    for i in range(lo.size):
        p = which[i]
        if p < 0:
            continue
        for at in range(lo[i], hi[i]):
            c = text[at]
            for s in range(pattern_ptr[p], pattern_ptr[p + 1]):
                a = string_ptr[s]
                b = string_ptr[s + 1]
                if chars[a] != c or at + (b - a) > hi[i]:
                    continue
                j = 1
                while j < b - a and text[at + j] == chars[a + j]:
                    j += 1
                if j == b - a:
                    out[i] = True
                    break
            if out[i]:
                break
    return out


@numba.njit(cache=True, nogil=True)
def kept(
    start: IntArray, end: IntArray, code: IntArray, accept: BoolArray, n_codes: int
) -> BoolArray:  # pragma: no cover - compiled
    """Which spans, sorted by (start, -end, code, rule), are kept.

    A span is kept when accepted and not overlapping its code's last kept span
    (an overlapping one is dropped, accepted or not).
    """
    code_end = np.full(n_codes, -1, np.int64)
    keep = np.zeros(start.size, np.bool_)
    for i in range(start.size):
        c = code[i]
        if start[i] < code_end[c] or not accept[i]:
            continue
        code_end[c] = end[i]
        keep[i] = True
    return keep


@numba.njit(cache=True, nogil=True)
def negation_windows(
    start: IntArray,
    lo: IntArray,
    cue_starts: IntArray,
    clauses: IntArray,
    reach: int,
    every: bool,
) -> IntArray:  # pragma: no cover - compiled
    """Where a span's negation window starts, or -1 when no negation cue can be in it.

    The window begins after the last clause break in the span's sentence
    before it, at most ``reach`` characters back; a cue (a literal every cue
    contains, starting at one of ``cue_starts``) must start inside it, unless
    ``every`` window is to be searched. (Spans come by start: a walk from the
    last span's places finds each place in a step or two, where a binary
    search costs more.)
    """
    out = np.full(start.size, -1, np.int64)
    c = 0  # the first clause break at or after the span's start
    j = 0  # the first cue at or after its window (both found by walking from the last span's)
    for i in range(start.size):
        s = start[i]
        while c > 0 and clauses[c - 1] >= s:
            c -= 1
        while c < clauses.size and clauses[c] < s:
            c += 1
        window = lo[i]
        if c and clauses[c - 1] >= lo[i]:
            window = clauses[c - 1] + 1
        window = max(window, s - reach)
        if not every:
            while j > 0 and cue_starts[j - 1] >= window:
                j -= 1
            while j < cue_starts.size and cue_starts[j] < window:
                j += 1
            if j == cue_starts.size or cue_starts[j] >= s:
                continue
        out[i] = window
    return out


@numba.njit(cache=True, nogil=True)
def boundaries(
    text: CharArray, ends: IntArray, breaks: IntArray, space: IntArray
) -> tuple[IntArray, IntArray]:  # pragma: no cover - compiled
    """(sentence ends, clause breaks) of ``text``: ``SENTENCE_END``'s, ``CLAUSE_BREAK``'s matches.

    ``ends`` and ``breaks`` are the sorted code points that end a sentence and
    a clause; a ``.`` ends a sentence when white space (``space``, sorted) or
    the end of the text follows it.
    """
    n = text.size
    sentence = np.empty(n, np.int64)
    clause = np.empty(n, np.int64)
    ns = 0
    nc = 0
    size = 47  # a table of what each character below `size` is: 1 ends, 2 breaks, 4 "."
    if ends.size:
        size = max(size, ends[-1] + 1)
    if breaks.size:
        size = max(size, breaks[-1] + 1)
    kind = np.zeros(size, np.uint8)
    for c in ends:
        kind[c] |= 1
    for c in breaks:
        kind[c] |= 2
    kind[46] |= 4
    for i in range(n):
        c = text[i]
        if c >= size or kind[c] == 0:
            continue
        if kind[c] & 2:
            clause[nc] = i
            nc += 1
        if kind[c] & 1:
            sentence[ns] = i
            ns += 1
        elif c == 46:  # "."
            if i + 1 == n:
                sentence[ns] = i
                ns += 1
            else:
                j = np.searchsorted(space, text[i + 1])
                if j < space.size and space[j] == text[i + 1]:
                    sentence[ns] = i
                    ns += 1
    return sentence[:ns], clause[:nc]


@cache
def whitespace() -> IntArray:
    r"""Code points ``str.isspace`` (and so ``re``'s ``\\s`` and ``str.strip``) treats as space."""
    return np.array([c for c in range(0x110000) if chr(c).isspace()], np.int64)
