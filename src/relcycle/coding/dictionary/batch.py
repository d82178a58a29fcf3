"""A batch of texts matched at once: the hits of :class:`RuleIndex`, as arrays.

:meth:`BatchIndex.match` finds, for many texts, exactly what
:meth:`RuleIndex.found` finds in each (spans, rules, negation and hedging
flags), with the per-hit work done on arrays
(:mod:`~relcycle.coding.dictionary.kernels`):

1. the texts are joined with a newline (a sentence and clause end, so
   nothing spans two texts), folded and scanned for the rule index's
   literals: those of up to three characters by look-up, the others by an
   automaton (:mod:`~relcycle.coding.dictionary.short`); the hits become three
   arrays, offset into the joined text;
2. plain rules' hits are their strings' hits (``finditer``'s choice among
   overlapping ones made on the sorted occurrences);
3. a regex rule runs only where a hit of its anchors has, near enough for one
   match, a hit of each of its further required sets; then exactly as
   :class:`RuleIndex` runs it, as a compiled backtracking program
   (:mod:`~relcycle.coding.dictionary.regex_program`), or with :mod:`re` when
   it has none;
4. ``near``/``not`` windows and the hedging and negation cues are searched
   by the same programs (the negation cue only in windows holding one of its
   anchors).

Offsets in the result are those of the joined text; :attr:`Matched.seg_lo`
turns them back into offsets in each text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass
from itertools import chain
from typing import Final

import numpy as np

from relcycle.coding.dictionary import kernels as k
from relcycle.coding.dictionary.automaton import _EMPTY_TOO, _WHOLE, WHOLE_TEXT, RuleIndex
from relcycle.coding.dictionary.kernels import BoolArray, CharArray, IntArray, whitespace
from relcycle.coding.dictionary.regex_program import (
    Programs,
    Unsupported,
    programs_within,
    run_rules,
    spans_hold,
    windows_hold,
)
from relcycle.coding.dictionary.short import SplitScan, automaton_hits
from relcycle.frameworks.fold import fold, fold_table
from relcycle.frameworks.matching import superseded
from relcycle.frameworks.regex_facts import anchor_offsets

_SENTENCE_ENDS: Final = np.array(sorted(map(ord, "。！？；!?;\n")), np.int64)
"""What ends a sentence (:data:`~relcycle.frameworks.rules.SENTENCE_END`), but for ``.``."""
_CLAUSE_BREAKS: Final = np.array(sorted(map(ord, "，,：:。！？；!?;\n")), np.int64)
"""What ends a clause (:data:`~relcycle.coding.dictionary.context.CLAUSE_BREAK`)."""
CHUNK: Final = 4096
"""Texts scanned by one call of the automaton: a whole batch as a rule (one list of hits
reads faster than several: 4 % less time than 256 texts a call, measured)."""
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
        chars: The code points of ``joined``.
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
    chars: CharArray
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
        self.chunk = 1 if any(SEPARATOR in lit for lit in table.literals) else CHUNK
        # short literals by look-up over the joined text (so none may hold the separator)
        self.split = SplitScan(table.literals) if self.chunk > 1 and table.literals else None
        n_lit = len(table.literals)
        self.lit_id = {lit: i for i, lit in enumerate(table.literals)}
        self.single = csr([[order for _, order in e] for e in index._single])
        self.several = csr([[order for order, _ in e] for e in index._several])
        self.several_pref = csr([[pref for _, pref in e] for e in index._several])[1]
        names = self.code_names = sorted(set(index.codes))
        rank = {c: i for i, c in enumerate(names)}
        self.n_codes = len(names)
        self.code_rank = np.array([rank[c] for c in index.codes], np.int64)
        # rules of codes that supersede others (由事前审批改为备案: relaxation, not approval)
        self.cancels = index.cancels
        self.superseding = np.array([c in self.cancels for c in index.codes], np.bool_)
        # each rule's place in (code, rule) order: one sort key for spans (see _by_place)
        self.place_rank = np.empty(len(index.codes), np.int64)
        self.place_rank[np.lexsort((np.arange(len(index.codes)), self.code_rank))] = np.arange(
            len(index.codes)
        )
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
        # (rules without literals have no anchors: their candidates never mix with others')
        self.always_anchored = not set(table.always).isdisjoint(self.anchor[1].tolist())
        programs = self._programs = Programs()
        self.pc = np.full(n_rules, -1, np.int64)
        self.whole = np.zeros(n_rules, np.bool_)
        self.width_of = np.zeros(n_rules, np.int64)
        self.reach_of = np.zeros(n_rules, np.int64)
        self.least_of = np.zeros(n_rules, np.int64)
        for order, (pattern, _, mode, anchor_ids, w, reach, _) in runs.items():
            self.whole[order] = mode == _WHOLE
            self.width_of[order] = w
            # how far into a match its anchor stands: a search tries only those starts
            offsets = anchor_offsets(
                pattern.pattern, pattern.flags, (table.literals[a] for a in anchor_ids)
            )
            if offsets is not None and anchor_ids:
                self.width_of[order] = min(w, offsets[1])
                self.least_of[order] = min(offsets[0], self.width_of[order])
            self.reach_of[order] = reach
            if mode != _EMPTY_TOO:
                with suppress(Unsupported):
                    self.pc[order] = programs.add(pattern.pattern, pattern.flags)
        self._pattern_ids: dict[int, int] = {}
        self._patterns: list[tuple[re.Pattern[str], frozenset[int] | None]] = []
        self._pattern_pcs: list[int] = []
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
        negation_anchors, hedging_anchors, _, conditional_anchors = table.flag_anchors
        self.conditional_every = conditional_anchors is None
        self.conditional_anchors = self._member(conditional_anchors or ())
        self.negation = self._pattern(index._negation, None) if index._negation else -1
        self.negation_every = negation_anchors is None
        self.negation_anchors = self._member(negation_anchors or ())
        self.hedging = self._pattern(index._hedging, hedging_anchors) if index._hedging else -1
        self.reach = index._reach
        self.pattern_pc = np.array(self._pattern_pcs, np.int64)
        self.programs = programs.arrays()

    def _member(self, literals: frozenset[int] | Sequence[int]) -> BoolArray:
        member = np.zeros(len(self.lit_id), np.bool_)
        member[list(literals)] = True
        return member

    def _pattern(self, pattern: re.Pattern[str], anchors: frozenset[int] | None) -> int:
        """The id of a pattern windows or flags search (compiled to a program when it can be)."""
        key = id(pattern)
        if key not in self._pattern_ids:
            self._pattern_ids[key] = len(self._patterns)
            self._patterns.append((pattern, anchors))
            pc = -1
            with suppress(Unsupported):
                pc = self._programs.add(pattern.pattern, pattern.flags)
            self._pattern_pcs.append(pc)
        return self._pattern_ids[key]

    def scan(
        self, texts: Sequence[str], folded: str | None = None, chars: CharArray | None = None
    ) -> tuple[IntArray, IntArray, IntArray, IntArray, IntArray]:
        """(starts of texts, hit starts, ends, literal ids, texts), hits by start, then end.

        ``folded`` is the texts joined with :data:`SEPARATOR` and folded, when known,
        and ``chars`` its code points.
        """
        automaton = self.index._automaton
        sizes = np.fromiter((len(t) for t in texts), np.int64, count=len(texts))
        seg_lo = np.zeros(len(texts), np.int64)
        np.cumsum(sizes[:-1] + len(SEPARATOR), out=seg_lo[1:])
        if automaton is None:
            empty = np.zeros(0, np.int64)
            return seg_lo, empty, empty, empty, empty
        if folded is None:
            folded = fold(SEPARATOR.join(texts))
        # runs of texts at once (no literal holds the separator): fewer calls, same hits
        firsts = seg_lo[:: self.chunk].tolist()
        if self.split is not None:
            if chars is None:
                chars = np.frombuffer(folded.encode("utf-32-le"), np.uint32)
            start, end, lit = self.split.find(folded, chars, firsts)
        else:
            start, end, lit = automaton_hits(automaton, folded, firsts)
        seg = k.segments_of(start, seg_lo)
        return seg_lo, start, end, lit, seg

    def match(self, texts: Sequence[str]) -> Matched:
        """The rule hits of ``texts``, as :meth:`RuleIndex.found` gives them.

        The reported-speech flag is not read (codings do not carry it).
        """
        joined = SEPARATOR.join(texts)
        folded_text, folded, chars = _fold(joined)  # each text folded: fold keeps offsets
        seg_lo, h_start, h_end, h_lit, h_seg = self.scan(texts, folded_text, folded)
        sizes = np.fromiter((len(t) for t in texts), np.int64, count=len(texts))
        seg_hi = seg_lo + sizes
        # plain rules
        hit, pos = k.expand(h_lit, self.single[0])
        starts = [h_start[hit]]
        ends = [h_end[hit]]
        orders = [self.single[1][pos]]
        hit, pos = k.expand(h_lit, self.several[0])
        if hit.size:
            item = self.several[1][pos]
            by = _by_rule_start_preference(item, h_start[hit], self.several_pref[pos])
            keep = k.leftmost_each(item[by], h_start[hit][by], h_end[hit][by])
            starts.append(h_start[hit][by][keep])
            ends.append(h_end[hit][by][keep])
            orders.append(item[by][keep])
        found = self._regexes(texts, folded, seg_lo, seg_hi, h_start, h_end, h_lit, h_seg)
        starts.append(found[0])
        ends.append(found[1])
        orders.append(found[2])
        start = np.concatenate(starts)
        end = np.concatenate(ends)
        order = np.concatenate(orders)
        code = self.code_rank[order]
        by = self._by_place(start, end, order, code)
        start, end, order, code = start[by], end[by], order[by], code[by]
        seg = k.segments_of(start, seg_lo)
        ends_at, clauses = k.boundaries(folded, _SENTENCE_ENDS, _CLAUSE_BREAKS, whitespace())
        dots = _dots_before(joined, start, seg_lo[seg])
        lo, hi = k.sentences(start, end, seg, seg_lo, seg_hi, ends_at, dots)
        accept = self._windows(
            texts, folded, seg_lo, seg_hi, (h_start, h_end, h_lit, h_seg), seg, start, end, order,
            lo, hi,
        )  # fmt: skip
        keep = k.kept(start, end, code, accept, self.n_codes)
        seg, start, end, order, lo, hi = (a[keep] for a in (seg, start, end, order, lo, hi))
        negated = np.zeros(start.size, np.bool_)
        hits = (h_start, h_end, h_lit, h_seg)
        if self.negation >= 0 and start.size:
            cues = h_start[self.negation_anchors[h_lit]]
            window = k.negation_windows(start, lo, cues, clauses, self.reach, self.negation_every)
            rows = np.flatnonzero(window >= 0)
            which = np.full(rows.size, self.negation, np.int64)
            negated[rows] = self._finds(
                texts, folded, seg_lo, hits, which, seg[rows], window[rows], start[rows]
            )
        if start.size:  # what a conditional makes hypothetical is negated
            self._hypothetical(texts, seg_lo, (h_lit, h_seg), seg, start, end, negated)
        if start.size and self.cancels:
            self._superseded(texts, seg_lo, seg, start, end, order, negated)
        hedged = np.zeros(start.size, np.bool_)
        if self.hedging >= 0 and start.size:
            which = np.full(start.size, self.hedging, np.int64)
            hedged = self._finds(texts, folded, seg_lo, hits, which, seg, lo, hi)
        return Matched(
            texts, joined, chars, seg_lo, seg_hi, h_start, h_end, h_lit, h_seg, ends_at, clauses,
            seg, start, end, order, lo, negated, hedged,
        )  # fmt: skip

    def _superseded(
        self,
        texts: Sequence[str],
        seg_lo: IntArray,
        seg: IntArray,
        start: IntArray,
        end: IntArray,
        order: IntArray,
        negated: BoolArray,
    ) -> None:
        """Mark negated the hits a superseding code's hit cancels in its clause (few texts)."""
        rows = np.flatnonzero(self.superseding[order] & ~negated)
        if not rows.size:
            return
        codes = self.index.codes
        for s in np.unique(seg[rows]).tolist():
            here = np.flatnonzero(seg == s)
            lo = int(seg_lo[s])
            hits = [
                (int(start[r]) - lo, int(end[r]) - lo, codes[int(order[r])], bool(negated[r]))
                for r in here.tolist()
            ]
            negated[here] = superseded(texts[s], hits, self.cancels)

    def _hypothetical(
        self,
        texts: Sequence[str],
        seg_lo: IntArray,
        literals: tuple[IntArray, IntArray],
        seg: IntArray,
        start: IntArray,
        end: IntArray,
        negated: BoolArray,
    ) -> None:
        """Mark negated the hits (``seg``, ``start``, ``end``) a conditional makes hypothetical.

        Only texts with hits and an anchor of the conditional cue among their
        automaton hits (``literals``: literal ids and texts) are searched, once each.
        """
        conditionals = self.index.conditionals
        if conditionals.cue is None:
            return
        h_lit, h_seg = literals
        first = np.flatnonzero(np.diff(seg, prepend=-1))  # the first hit of each text
        if not self.conditional_every:
            cued = np.zeros(len(texts), np.bool_)
            cued[h_seg[self.conditional_anchors[h_lit]]] = True
            first = first[cued[seg[first]]]
        found = [  # (start, end, cue) in the joined texts: apart and in order
            (lo + base, hi + base, cue + base)
            for n in seg[first].tolist()
            for base in (int(seg_lo[n]),)
            for lo, hi, cue in conditionals.spans(texts[n])
        ]
        if not found:
            return
        lo, hi, cue = np.array(found, np.int64).T
        i = np.searchsorted(lo, start, "right") - 1  # the last span starting at or before
        j = np.maximum(i, 0)
        inside = (i >= 0) & (start < hi[j])
        holds_cue = (start <= cue[j]) & (cue[j] < end)  # as in_spans reads them
        negated |= inside & ~holds_cue

    def _by_place(
        self, start: IntArray, end: IntArray, order: IntArray, code: IntArray
    ) -> IntArray:
        """The order of spans by (start, -end, code, rule): one sort of packed keys.

        (start, longest first, rank of (code, rule)) in 27, 21 and 16 bits; four
        sorted keys when they do not fit. No two spans share all three (a rule's
        spans do not overlap), so an unstable sort gives the one order.
        """
        rank = self.place_rank[order]
        length = end - start
        if start.size and (
            start.max() >= 1 << 27 or length.max() >= 1 << 21 or rank.max() >= 1 << 16
        ):
            return np.lexsort((order, code, -end, start))
        key = start.astype(np.uint64) << np.uint64(37)
        key |= (np.uint64((1 << 21) - 1) - length.astype(np.uint64)) << np.uint64(16)
        key |= rank.astype(np.uint64)
        # the spans come in a few sorted runs (plain terms by hit): a merge sort reads them
        # in about half the time of a quicksort, and unique keys leave one order
        return np.argsort(key, kind="stable")

    def _regexes(
        self,
        texts: Sequence[str],
        folded: CharArray,
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
        empty = np.zeros(0, np.int64)
        if not rule.size:
            return empty, empty, empty
        # grouped by rule, then text: one rule's program stays in the cache (measured faster)
        if self.always.size and self.always_anchored:
            by = np.lexsort((at, seg, rule))
            rule, seg, at = rule[by], seg[by], at[by]
            heads = np.flatnonzero(np.r_[True, (rule[1:] != rule[:-1]) | (seg[1:] != seg[:-1])])
            g_ptr = np.r_[heads, rule.size].astype(np.int64)
        else:  # each rule's candidates come by (text, start): a counting sort keeps that
            rule, seg, at, g_ptr = k.by_rule(rule, seg, at, self.width.size)
        heads = g_ptr[:-1]
        done_start, done_end, done_rule, left = run_rules(
            folded, rule[heads], seg[heads], g_ptr, at, seg_lo, seg_hi, self.pc, self.whole,
            self.width_of, self.least_of, self.reach_of, self.width, WHOLE_TEXT, *self.programs,
        )  # fmt: skip
        if not left.any():
            return done_start, done_end, done_rule
        keep = np.repeat(left, np.diff(g_ptr))
        start, end, order = self._run_with_re(texts, seg_lo, rule[keep], seg[keep], at[keep])
        return (
            np.concatenate((done_start, start)),
            np.concatenate((done_end, end)),
            np.concatenate((done_rule, order)),
        )

    def _run_with_re(
        self, texts: Sequence[str], seg_lo: IntArray, rule: IntArray, seg: IntArray, at: IntArray
    ) -> tuple[IntArray, IntArray, IntArray]:
        """What :func:`run_rules` left: each (rule, text) group's matches found with ``re``."""
        runs = self.index._runs
        out: list[tuple[int, int, int]] = []
        rules, segs, ats = rule.tolist(), seg.tolist(), at.tolist()
        i = 0
        while i < len(rules):
            order, s = rules[i], segs[i]
            j = i + 1
            while j < len(rules) and rules[j] == order and segs[j] == s:
                j += 1
            pattern, _, mode, _, width, reach, _ = runs[order]
            text = texts[s]
            base = int(seg_lo[s])
            found: list[tuple[int, int]] = []
            if mode == _EMPTY_TOO:
                found = [m.span() for m in pattern.finditer(text) if m.end() > m.start()]
            elif mode == _WHOLE or len(text) <= WHOLE_TEXT:
                found = [m.span() for m in pattern.finditer(text)]
            else:
                pos = 0
                last = -1
                for a in ats[i:j]:
                    a -= base
                    if a >= pos and a != last:
                        last = a
                        m = pattern.search(text, max(pos, a - width), min(len(text), a + reach))
                        if m is not None and m.start() <= a:
                            found.append(m.span())
                            pos = m.end()
            out.extend((b + base, e + base, order) for b, e in found)
            i = j
        spans = np.array(out, np.int64).reshape(-1, 3)
        return spans[:, 0].copy(), spans[:, 1].copy(), spans[:, 2].copy()

    def _windows(
        self,
        texts: Sequence[str],
        folded: CharArray,
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
        each window finds something exactly when the rule wants it to. The
        programs settle a span with as few searches as they can
        (:func:`spans_hold`, read straight from the spans); when they leave one,
        the rows are laid out (:func:`windows_hold`) and those of a span they
        leave searched (:meth:`_finds`, with ``re`` where a program lacks).
        """
        held, undecided = spans_hold(
            folded, order, seg, start, end, lo, hi, seg_lo, seg_hi, *self.checks,
            self.check_window, self.within, self.wanted, self.check_pattern, self.pattern_pc,
            *self.programs,
        )  # fmt: skip
        if not undecided.any():  # the programs settled every span
            return held
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
        which = self.check_pattern[check]
        held, left = windows_hold(
            folded, row, window, self.wanted, self.pattern_pc[which], seg_lo[s], w_lo, w_hi,
            *self.programs,
        )  # fmt: skip
        firsts = np.flatnonzero(np.r_[True, row[1:] != row[:-1]])
        accept[row[firsts]] = held[firsts]
        if not left.any():
            return accept
        rows = np.flatnonzero(left)
        row, window, which, s, w_lo, w_hi = (a[rows] for a in (row, window, which, s, w_lo, w_hi))
        found = self._finds(texts, folded, seg_lo, hits, which, s, w_lo, w_hi)
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
        folded: CharArray,
        seg_lo: IntArray,
        hits: tuple[IntArray, IntArray, IntArray, IntArray],
        which: IntArray,
        seg: IntArray,
        lo: IntArray,
        hi: IntArray,
    ) -> BoolArray:
        """Whether pattern ``which[i]`` finds something in ``[lo[i], hi[i])`` of its text.

        A pattern with a program is run on ``folded`` (the joined text, case-folded),
        another searched with :mod:`re`.
        """
        _, _, h_lit, h_seg = hits
        pcs = self.pattern_pc[which]  # a copy: set to -1 where the machine gave up
        # the same search for several spans (one sentence's) once: sorted, they are adjacent
        by = np.lexsort((hi, lo, pcs))
        sorted_pcs = pcs[by]
        found = programs_within(folded, sorted_pcs, seg_lo[seg[by]], lo[by], hi[by], *self.programs)
        out: BoolArray = np.empty_like(found)
        out[by] = found
        pcs[by] = sorted_pcs  # with -1 where the machine gave up

        searched = np.flatnonzero(pcs < 0)
        if not searched.size:
            return out
        has: dict[int, BoolArray] = {}
        cache: dict[tuple[int, int, int, int], bool] = {}
        for i in searched.tolist():
            p = int(which[i])
            regex, anchors = self._patterns[p]
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


def _by_rule_start_preference(rule: IntArray, start: IntArray, preference: IntArray) -> IntArray:
    """The order of occurrences by (rule, start, preference): one sort of packed keys.

    (In 20, 36 and 8 bits; three sorted keys when they do not fit.) No two share
    all three, and a merge sort reads the runs they come in (by start) fastest.
    """
    if rule.size and (rule.max() >= 1 << 20 or start.max() >= 1 << 36 or preference.max() >= 256):
        return np.lexsort((preference, start, rule))
    key = rule.astype(np.uint64) << np.uint64(44)
    key |= start.astype(np.uint64) << np.uint64(8)
    key |= preference.astype(np.uint64)
    return np.argsort(key, kind="stable")


def _fold(text: str) -> tuple[str, CharArray, CharArray]:
    """:func:`fold` of ``text``, its code points, and the code points of ``text``.

    The code points are folded by :func:`fold_table` in a compiled loop (``str.lower``
    reads the Unicode tables character by character, several times slower); text
    with a character past the table is folded by ``fold``.
    """
    raw = np.frombuffer(text.encode("utf-32-le"), np.uint32)
    chars, changed = k.fold_chars(raw, fold_table())
    if changed == 0:
        return text, raw, raw
    if changed > 0:
        return chars.tobytes().decode("utf-32-le"), chars, raw
    folded = fold(text)
    return folded, np.frombuffer(folded.encode("utf-32-le"), np.uint32), raw


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
