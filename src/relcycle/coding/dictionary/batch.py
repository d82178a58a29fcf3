"""A batch of texts matched at once: the hits of :class:`RuleIndex`, as arrays.

:meth:`BatchIndex.match` finds, for many texts, exactly what
:meth:`RuleIndex.found` finds in each (spans, rules, negation and hedging
flags), with the per-hit work done on arrays
(:mod:`~relcycle.coding.dictionary.kernels`):

1. each text is folded and scanned by the rule index's automaton; the hits
   of all texts become three arrays, offset into the texts joined with a
   newline (a sentence and clause end, so nothing spans two texts);
2. plain rules' hits are their strings' hits (``finditer``'s choice among
   overlapping ones made on the sorted occurrences);
3. a regex rule runs only where a hit of its anchors has, near enough for one
   match, a hit of each of its further required sets; then exactly as
   :class:`RuleIndex` runs it (these searches are the one loop left in Python);
4. ``near``/``not`` windows and the hedging cue are answered from hits when
   their pattern is a list of strings the automaton looks for, else searched;
   the negation cue (look-arounds) is searched only in windows holding one of
   its anchors.

Offsets in the result are those of the joined text; :attr:`Matched.seg_lo`
turns them back into offsets in each text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np

from relcycle.coding.dictionary import kernels as k
from relcycle.coding.dictionary.automaton import _EMPTY_TOO, _WHOLE, WHOLE_TEXT, RuleIndex
from relcycle.coding.dictionary.context import CLAUSE_BREAK
from relcycle.coding.dictionary.fold import fold
from relcycle.coding.dictionary.kernels import BoolArray, CharArray, IntArray
from relcycle.coding.dictionary.regex_facts import regex_facts
from relcycle.frameworks.rules import SENTENCE_END

SEPARATOR = "\n"
"""Joins a batch's texts: it ends sentences and clauses, and no literal contains it."""


def csr(lists: Sequence[Sequence[int]]) -> tuple[IntArray, IntArray]:
    """``(ptr, items)`` of a list of integer lists (see :mod:`kernels`)."""
    ptr = np.zeros(len(lists) + 1, np.int64)
    ptr[1:] = np.cumsum([len(x) for x in lists])
    items = np.fromiter(chain.from_iterable(lists), np.int64, count=int(ptr[-1]))
    return ptr, items


@dataclass(frozen=True, slots=True)
class Matched:
    """A batch's joined text, its hits and its rule hits (all offsets into the joined text).

    Attributes:
        texts: The texts.
        joined: The texts joined with :data:`SEPARATOR`.
        seg_lo: Where each text starts in ``joined``.
        seg_hi: Where each ends.
        hit_start: Automaton hits by start: starts.
        hit_end: Their ends.
        hit_lit: Their literal ids.
        hit_seg: Their texts.
        ends: Sentence ends of ``joined``.
        clauses: Clause breaks of ``joined``.
        seg: Rule hits, ordered by (text, start, -end, code): their texts.
        start: Their starts.
        end: Their ends.
        order: Their rules' orders.
        lo: Their sentences' starts.
        negated: Whether each is negated.
        hedged: Whether each is hedged.
    """

    texts: Sequence[str]
    joined: str
    seg_lo: IntArray
    seg_hi: IntArray
    hit_start: IntArray
    hit_end: IntArray
    hit_lit: IntArray
    hit_seg: IntArray
    ends: IntArray
    clauses: IntArray
    seg: IntArray
    start: IntArray
    end: IntArray
    order: IntArray
    lo: IntArray
    negated: BoolArray
    hedged: BoolArray


class BatchIndex:
    """A :class:`RuleIndex` read as arrays, for matching many texts at once.

    Args:
        index: The rule index (its automaton, rules, windows and flag cues).
    """

    def __init__(self, index: RuleIndex) -> None:
        self.index = index
        table = index.table
        n_lit = len(table.literals)
        self.lit_id = {lit: i for i, lit in enumerate(table.literals)}
        self.single = csr([[order for _, order in e] for e in index._single])
        self.several = csr([[order for order, _ in e] for e in index._several])
        self.several_pref = csr([[pref for _, pref in e] for e in index._several])[1]
        names = sorted(set(index.codes))
        rank = {c: i for i, c in enumerate(names)}
        self.n_codes = len(names)
        self.code_rank = np.array([rank[c] for c in index.codes], np.int64)
        n_rules = len(index.rules)
        runs = index._runs
        self.anchor = csr(
            [[o for o in table.primary.get(i, ()) if o in runs] for i in range(n_lit)]
        )
        sets: dict[frozenset[int], int] = {}
        required: list[list[int]] = []
        width = np.full(n_rules, -1, np.int64)
        for order in range(n_rules):
            run = runs.get(order)
            further = run[1] if run is not None else None
            required.append([sets.setdefault(s, len(sets)) for s in further or ()])
            facts = index.rules[order].facts
            if run is not None and run[2] != _EMPTY_TOO and facts.width is not None:
                width[order] = facts.width
        self.width = width
        self.required = csr(required)
        members: list[list[int]] = [[] for _ in range(n_lit)]
        for s, i in sets.items():
            for lit in s:
                members[lit].append(i)
        self.members = csr(members)
        self.n_sets = len(sets)
        self.always = np.array(table.always, np.int64)
        self._pattern_ids: dict[int, int] = {}
        self._patterns: list[tuple[re.Pattern[str], bool, frozenset[int] | None]] = []
        self._strings: list[tuple[str, ...]] = []
        self._tables: tuple[IntArray, IntArray, CharArray, IntArray] | None = None
        within: list[int] = []
        wanted: list[bool] = []
        checks: list[list[int]] = [[] for _ in range(n_rules)]  # rule → (window, pattern) ids
        check_window: list[int] = []
        check_pattern: list[int] = []
        for order, windows in index._checks.items():
            for w_within, patterns, w_wanted in windows:
                window = len(within)
                within.append(-1 if w_within is None else w_within)
                wanted.append(w_wanted)
                for pattern, anchors in patterns:
                    checks[order].append(len(check_window))
                    check_window.append(window)
                    check_pattern.append(self._pattern(pattern, anchors))
        self.within = np.array(within, np.int64)
        self.wanted = np.array(wanted, np.bool_)
        self.checks = csr(checks)
        self.check_window = np.array(check_window, np.int64)
        self.check_pattern = np.array(check_pattern, np.int64)
        self.has_windows = np.array([bool(c) for c in checks], np.bool_)
        negation_anchors, hedging_anchors, _ = table.flag_anchors
        self.negation = index._negation
        self.negation_every = negation_anchors is None
        self.negation_anchors = self._member(negation_anchors or ())
        self.hedging = self._pattern(index._hedging, hedging_anchors) if index._hedging else -1
        self.reach = index._reach

    def _member(self, literals: frozenset[int] | Sequence[int]) -> BoolArray:
        member = np.zeros(len(self.lit_id), np.bool_)
        member[list(literals)] = True
        return member

    def _pattern(self, pattern: re.Pattern[str], anchors: frozenset[int] | None) -> int:
        """The id of a searched pattern (its strings listed when it is a list of strings)."""
        key = id(pattern)
        if key not in self._pattern_ids:
            exact = regex_facts(pattern.pattern, pattern.flags).exact
            self._pattern_ids[key] = len(self._patterns)
            self._patterns.append((pattern, exact is not None, anchors))
            self._strings.append(exact or ())
        return self._pattern_ids[key]

    def _string_tables(self) -> tuple[IntArray, IntArray, CharArray, IntArray]:
        """(pattern → strings, string → code points, code points, exact flag per pattern)."""
        if self._tables is None:
            pattern_ptr = csr([[0] * len(s) for s in self._strings])[0]
            strings = [s for group in self._strings for s in group]
            string_ptr = csr([[0] * len(s) for s in strings])[0]
            chars = np.array([ord(c) for s in strings for c in s] or [0], np.uint32)
            exact = np.array([p[1] for p in self._patterns], np.bool_)
            ids = np.where(exact, np.arange(len(exact)), -1).astype(np.int64)
            self._tables = (pattern_ptr, string_ptr, chars, ids)
        return self._tables

    def scan(self, texts: Sequence[str]) -> tuple[IntArray, IntArray, IntArray, IntArray, IntArray]:
        """(starts of texts, hit starts, ends, literal ids, texts), hits by start."""
        automaton = self.index._automaton
        sizes = np.fromiter((len(t) for t in texts), np.int64, count=len(texts))
        seg_lo = np.zeros(len(texts), np.int64)
        np.cumsum(sizes[:-1] + len(SEPARATOR), out=seg_lo[1:])
        if automaton is None:
            empty = np.zeros(0, np.int64)
            return seg_lo, empty, empty, empty, empty
        found = [automaton.find_matches_as_indexes(fold(t), overlapping=True) for t in texts]
        counts = np.fromiter(map(len, found), np.int64, count=len(found))
        total = int(counts.sum())
        flat = np.fromiter(chain.from_iterable(chain.from_iterable(found)), np.int64, 3 * total)
        flat = flat.reshape(total, 3)
        seg = np.repeat(np.arange(len(texts), dtype=np.int64), counts)
        shift = seg_lo[seg]
        start = flat[:, 1] + shift
        end = flat[:, 2] + shift
        by_start = np.argsort(start, kind="stable")
        return seg_lo, start[by_start], end[by_start], flat[:, 0][by_start], seg[by_start]

    def match(self, texts: Sequence[str]) -> Matched:
        """The rule hits of ``texts``, as :meth:`RuleIndex.found` gives them.

        The reported-speech flag is not read (codings do not carry it).
        """
        seg_lo, h_start, h_end, h_lit, h_seg = self.scan(texts)
        sizes = np.fromiter((len(t) for t in texts), np.int64, count=len(texts))
        seg_hi = seg_lo + sizes
        joined = SEPARATOR.join(texts)
        chars = np.frombuffer(joined.encode("utf-32-le"), np.uint32)
        # plain rules
        hit, pos = k.expand(h_lit, self.single[0])
        starts = [h_start[hit]]
        ends = [h_end[hit]]
        orders = [self.single[1][pos]]
        hit, pos = k.expand(h_lit, self.several[0])
        if hit.size:
            item = self.several[1][pos]
            by = np.lexsort((self.several_pref[pos], h_start[hit], item))
            keep = k.leftmost_each(item[by], h_start[hit][by], h_end[hit][by])
            starts.append(h_start[hit][by][keep])
            ends.append(h_end[hit][by][keep])
            orders.append(item[by][keep])
        found = self._regexes(texts, seg_lo, seg_hi, h_start, h_end, h_lit, h_seg)
        starts.append(found[0])
        ends.append(found[1])
        orders.append(found[2])
        start = np.concatenate(starts)
        end = np.concatenate(ends)
        order = np.concatenate(orders)
        code = self.code_rank[order]
        by = np.lexsort((order, code, -end, start))
        start, end, order, code = start[by], end[by], order[by], code[by]
        seg = np.searchsorted(seg_lo, start, side="right") - 1
        ends_at = np.array([m.start() for m in SENTENCE_END.finditer(joined)], np.int64)
        clauses = np.array([m.start() for m in CLAUSE_BREAK.finditer(joined)], np.int64)
        dots = _dots_before(joined, start, seg_lo[seg])
        lo, hi = k.sentences(start, end, seg, seg_lo, seg_hi, ends_at, dots)
        accept = self._windows(
            texts, chars, seg_lo, seg_hi, (h_start, h_end, h_lit, h_seg), seg, start, end, order,
            lo, hi,
        )  # fmt: skip
        keep = k.kept(start, end, code, accept, self.n_codes)
        seg, start, end, order, lo, hi = (a[keep] for a in (seg, start, end, order, lo, hi))
        negated = np.zeros(start.size, np.bool_)
        if self.negation is not None and start.size:
            cues = h_start[self.negation_anchors[h_lit]]
            window = k.negation_windows(start, lo, cues, clauses, self.reach, self.negation_every)
            search = self.negation.search
            for i in np.flatnonzero(window >= 0).tolist():
                base = int(seg_lo[seg[i]])
                text = texts[seg[i]]
                negated[i] = search(text, int(window[i]) - base, int(start[i]) - base) is not None
        hedged = np.zeros(start.size, np.bool_)
        if self.hedging >= 0 and start.size:
            which = np.full(start.size, self.hedging, np.int64)
            hits = (h_start, h_end, h_lit, h_seg)
            hedged = self._finds(texts, chars, seg_lo, hits, which, seg, lo, hi)
        return Matched(
            texts, joined, seg_lo, seg_hi, h_start, h_end, h_lit, h_seg, ends_at, clauses,
            seg, start, end, order, lo, negated, hedged,
        )  # fmt: skip

    def _regexes(
        self,
        texts: Sequence[str],
        seg_lo: IntArray,
        seg_hi: IntArray,
        h_start: IntArray,
        h_end: IntArray,
        h_lit: IntArray,
        h_seg: IntArray,
    ) -> tuple[IntArray, IntArray, IntArray]:
        """(start, end, order) of every regex rule's match, as :meth:`RuleIndex._run_regexes`."""
        rule, seg, at = k.regex_candidates(
            h_start, h_end, h_lit, h_seg, seg_lo, seg_hi, *self.anchor, self.width,
            *self.required, *self.members, self.n_sets,
        )  # fmt: skip
        if self.always.size:
            n = len(texts)
            rule = np.concatenate((rule, np.tile(self.always, n)))
            seg = np.concatenate((seg, np.repeat(np.arange(n, dtype=np.int64), self.always.size)))
            at = np.concatenate((at, np.full(n * self.always.size, -1, np.int64)))
        by = np.lexsort((at, rule, seg))
        rule, seg, at = rule[by].tolist(), seg[by].tolist(), at[by].tolist()
        runs = self.index._runs
        out_start: list[int] = []
        out_end: list[int] = []
        out_order: list[int] = []
        i = 0
        total = len(rule)
        while i < total:
            order, s = rule[i], seg[i]
            j = i + 1
            while j < total and rule[j] == order and seg[j] == s:
                j += 1
            pattern, _, mode, _, width, reach, _ = runs[order]
            text = texts[s]
            base = int(seg_lo[s])
            n = len(text)
            if mode == _EMPTY_TOO:
                found = [
                    (m.start(), m.end()) for m in pattern.finditer(text) if m.end() > m.start()
                ]
            elif mode == _WHOLE or n <= WHOLE_TEXT:
                first = pattern.search(text)
                if first is None:
                    i = j
                    continue
                found = [first.span()]
                found.extend(m.span() for m in pattern.finditer(text, first.end()))
            else:
                found = []
                pos = 0
                last = -1
                for a in at[i:j]:
                    a -= base
                    if a >= pos and a != last:
                        last = a
                        m = pattern.search(text, max(pos, a - width), min(n, a + reach))
                        if m is not None and m.start() <= a:
                            found.append(m.span())
                            pos = m.end()
            for b, e in found:
                out_start.append(b + base)
                out_end.append(e + base)
            out_order.extend([order] * len(found))
            i = j
        return (
            np.array(out_start, np.int64),
            np.array(out_end, np.int64),
            np.array(out_order, np.int64),
        )

    def _windows(
        self,
        texts: Sequence[str],
        chars: CharArray,
        seg_lo: IntArray,
        seg_hi: IntArray,
        hits: tuple[IntArray, IntArray, IntArray, IntArray],
        seg: IntArray,
        start: IntArray,
        end: IntArray,
        order: IntArray,
        lo: IntArray,
        hi: IntArray,
    ) -> BoolArray:
        """Whether each span satisfies its rule's ``near`` and ``not`` windows.

        One row per (span, window, pattern), in rule order: a window finds
        something when one of its patterns does; a span is accepted when
        each window finds something exactly when the rule wants it to.
        """
        accept = np.ones(start.size, np.bool_)
        row, pos = k.expand(order, self.checks[0])
        if not row.size:
            return accept
        check = self.checks[1][pos]
        window = self.check_window[check]
        within = self.within[window]
        s = seg[row]
        near = within >= 0
        w_lo = np.where(near, np.maximum(seg_lo[s], start[row] - within), lo[row])
        w_hi = np.where(near, np.minimum(seg_hi[s], end[row] + within), hi[row])
        found = self._finds(texts, chars, seg_lo, hits, self.check_pattern[check], s, w_lo, w_hi)
        # rows of one (span, window) are adjacent: reduce them, then the span's windows
        key = row * len(self.within) + window
        first = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
        holds = np.logical_or.reduceat(found, first) == self.wanted[window[first]]
        span = row[first]
        firsts = np.flatnonzero(np.r_[True, span[1:] != span[:-1]])
        accept[span[firsts]] = np.logical_and.reduceat(holds, firsts)
        return accept

    def _finds(
        self,
        texts: Sequence[str],
        chars: CharArray,
        seg_lo: IntArray,
        hits: tuple[IntArray, IntArray, IntArray, IntArray],
        which: IntArray,
        seg: IntArray,
        lo: IntArray,
        hi: IntArray,
    ) -> BoolArray:
        """Whether pattern ``which[i]`` finds something in ``[lo[i], hi[i])`` of its text.

        A pattern that is a list of strings is scanned for, another searched.
        """
        _, _, h_lit, h_seg = hits
        pattern_ptr, string_ptr, strings, ids = self._string_tables()
        listed = ids[which]
        out = k.strings_within(chars, pattern_ptr, string_ptr, strings, listed, lo, hi)
        searched = np.flatnonzero(listed < 0)
        if not searched.size:
            return out
        has: dict[int, BoolArray] = {}
        cache: dict[tuple[int, int, int, int], bool] = {}
        for i in searched.tolist():
            p = int(which[i])
            regex, _, anchors = self._patterns[p]
            s = int(seg[i])
            if anchors is not None:  # a text without its anchors has no match
                if p not in has:
                    has[p] = np.zeros(len(texts), np.bool_)
                    has[p][h_seg[self._member(anchors)[h_lit]]] = True
                if not has[p][s]:
                    continue
            key = (p, s, int(lo[i]), int(hi[i]))
            if key not in cache:
                base = int(seg_lo[s])
                cache[key] = regex.search(texts[s], key[2] - base, key[3] - base) is not None
            out[i] = cache[key]
        return out


def _dots_before(joined: str, start: IntArray, seg_lo: IntArray) -> BoolArray:
    """Whether a ``.`` stands right before each span start, inside its text."""
    if "." not in joined:
        return np.zeros(start.size, np.bool_)
    return np.array(
        [
            s > b and joined[s - 1] == "."
            for s, b in zip(start.tolist(), seg_lo.tolist(), strict=True)
        ],
        np.bool_,
    )
