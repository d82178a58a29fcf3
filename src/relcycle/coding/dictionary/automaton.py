"""The rule language read fast: one automaton pass, then regexes only where anchors are.

:class:`RuleIndex` finds, for one language, exactly the hits the reference
:class:`relcycle.frameworks.matching.Matcher` finds (same spans, rules and
flags), by another route:

1. one Aho–Corasick automaton (``ahocorasick-rs``) holds the literals of
   :class:`~relcycle.coding.dictionary.literals.LiteralTable`; the folded text
   (:mod:`~relcycle.frameworks.fold`) is scanned once, and a text
   without any hit is done;
2. a plain rule's matches are its strings' hits, kept as ``finditer`` keeps
   matches (leftmost, the preferred string there, no overlap; a rule of one
   string that cannot overlap itself keeps every hit); another rule
   runs its regex only when its anchors and further required literals occur,
   and then only in the window around each anchor hit its reach allows (or
   over the whole text, when the text is short or the regex unbounded);
3. ``near``/``not`` windows and the negation, hedging and reported-speech flags
   are read as the reference reads them, from boundaries found once per text
   (:class:`~relcycle.coding.dictionary.context.TextContext`); a window
   pattern or flag cue whose anchors a text lacks is not searched at all; a
   text with hits is searched once for a conditional cue
   (:mod:`~relcycle.frameworks.conditionals`), and what it makes hypothetical
   is negated.

Everything per hit is done on integer offsets and tuples; the speed this
buys, and what it cannot, is in ``bench/RESULTS.md`` ("Coding").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Final

import ahocorasick_rs

from relcycle.coding.dictionary.context import TextContext
from relcycle.coding.dictionary.literals import MAX_REQUIREMENT_COST, LiteralTable
from relcycle.frameworks.conditionals import in_spans
from relcycle.frameworks.fold import fold
from relcycle.frameworks.matching import NEGATION_REACH, Hit, Matcher, superseded
from relcycle.frameworks.regex_facts import RegexFacts, regex_facts
from relcycle.frameworks.rules import Rule, Window

WHOLE_TEXT: Final = 320
"""Texts up to this many characters are searched whole rather than window by window
(one search of a paragraph costs less than several of its windows; measured on
generated field notes: whole searches win below about 400 characters, windows above)."""
_MARGIN: Final = 2  # read past a regex's reach, so `$` and `\b` see the real text
_FLAG_CUES: Final = ("negation", "hedging", "reported_speech", "conditional")
"""The cues a hit's flags read; a conditional's anchors say which texts may hold one."""
_first = itemgetter(0)

Match = tuple[int, int, int]
"""An automaton hit: (literal id, start, end)."""
Found = tuple[int, int, int, bool, bool, bool]
"""A hit: (start, end, rule order, negated, hedged, reported)."""
_Check = tuple[int | None, tuple[re.Pattern[str], ...]]
"""A near/not window: its ``within`` and its patterns (terms, cue lexicons)."""
_Window = tuple[int | None, tuple[tuple[re.Pattern[str], frozenset[int] | None], ...], bool]
"""A window as checked: its ``within``, its patterns each with the literal ids one of
which a text must contain for it to occur there (or ``None``), and whether a rule
wants it to find something (``near``) or not (``not``)."""
_Run = tuple[
    re.Pattern[str], tuple[frozenset[int], ...] | None, int, tuple[int, ...], int, int, str
]
"""How a rule that is not plain runs: (pattern, further required sets or ``None``, mode,
anchors, width, reach + margin, code)."""
_WHOLE, _WINDOWS, _EMPTY_TOO = range(3)
"""A regex's run modes: over the whole text; near its anchors; whole, and it may match
the empty string (empty matches are skipped)."""


@dataclass(frozen=True, slots=True)
class IndexedRule:
    """A rule with what the index knows about it.

    Attributes:
        order: Its position among the language's rules (the reference's order).
        code: The id of the code it belongs to.
        rule: The compiled rule.
        facts: Its regex's required literals, exact strings and reach.
    """

    order: int
    code: str
    rule: Rule
    facts: RegexFacts


class RuleIndex:
    """Every rule of one language, indexed by its literals in one automaton.

    Args:
        rules: ``(code id, rule)`` pairs in the reference's order.
        lang: The language of the rules.
        cues: The reference matcher whose cue lexicons (with any extra terms)
            the ``near``/``not`` windows and the flags read.
        needles: Extra literals whose hits :meth:`scan` reports too (actor words).
        further_cost: Which further required sets to look for (see :class:`LiteralTable`).

    Attributes:
        rules: The indexed rules, in order.
        table: The automaton's literals and what their hits mean.
    """

    def __init__(
        self,
        rules: Sequence[tuple[str, Rule]],
        lang: str,
        cues: Matcher,
        needles: Sequence[str] = (),
        further_cost: float = MAX_REQUIREMENT_COST,
    ) -> None:
        self.lang = lang
        self.rules = tuple(
            IndexedRule(n, code, rule, regex_facts(rule.pattern.pattern, rule.pattern.flags))
            for n, (code, rule) in enumerate(rules)
        )
        self.codes = tuple(r.code for r in self.rules)
        self._cues = cues
        #: Code → the codes its hits cancel in their clause (the framework's ``supersedes``).
        self.cancels = cues.cancels
        flags = [cues.cue_pattern(name, lang) for name in _FLAG_CUES]
        flag_facts = [regex_facts(p.pattern, p.flags) if p else None for p in flags]
        windows = {
            r.order: (
                tuple(self._check(w) for w in r.rule.near),
                self._check(r.rule.exclude) if r.rule.exclude is not None else None,
            )
            for r in self.rules
            if r.rule.near or r.rule.exclude is not None
        }
        searched = {
            id(p): p
            for near, exclude in windows.values()
            for _, patterns in (*near, *((exclude,) if exclude else ()))
            for p in patterns
        }
        self.table = LiteralTable(
            [r.facts for r in self.rules],
            flag_facts,
            needles,
            lang,
            [regex_facts(p.pattern, p.flags) for p in searched.values()],
            further_cost,
        )
        anchors = dict(zip(searched, self.table.window_anchors, strict=True))
        self._negation, self._hedging, self._reported, _ = flags
        self.conditionals = cues.conditionals(lang)
        self._reported_plain = bool(flag_facts[2] and flag_facts[2].plain)
        self._reach = NEGATION_REACH.get(lang, NEGATION_REACH["en"])
        self._checks: dict[int, tuple[_Window, ...]] = {
            order: tuple(
                (within, tuple((p, anchors[id(p)]) for p in patterns), wanted)
                for (within, patterns), wanted in (
                    *((check, True) for check in near),
                    *(((exclude, False),) if exclude is not None else ()),
                )
            )
            for order, (near, exclude) in windows.items()
        }
        self._primary_ids = frozenset(self.table.primary)
        single = {
            r.order
            for r in self.rules
            if r.facts.exact is not None
            and len(r.facts.exact) == 1
            and not _overlaps_itself(r.facts.exact[0])
        }
        # a plain rule with one string that cannot overlap itself keeps every hit of it
        self._single: tuple[tuple[tuple[str, int], ...], ...] = tuple(
            tuple((self.codes[order], order) for order, _ in entries if order in single)
            for entries in self.table.plain
        )
        self._several: tuple[tuple[tuple[int, int], ...], ...] = tuple(
            tuple(entry for entry in entries if entry[0] not in single)
            for entries in self.table.plain
        )
        self._several_ids = frozenset(i for i, entries in enumerate(self._several) if entries)
        self._runs: dict[int, _Run] = {
            r.order: _run(r, self.table.anchors[r.order], self.table.further[r.order])
            for r in self.rules
            if r.facts.exact is None
        }
        literals = list(self.table.literals)
        self._automaton = ahocorasick_rs.AhoCorasick(literals) if literals else None

    @property
    def needle_ids(self) -> dict[int, tuple[int, ...]]:
        """Literal id → the needles it stands for."""
        return self.table.needle_ids

    def _check(self, window: Window) -> _Check:
        patterns = [window.pattern] if window.pattern is not None else []
        patterns.extend(
            p for name in window.cues if (p := self._cues.cue_pattern(name, self.lang)) is not None
        )
        return window.within, tuple(patterns)

    def scan(self, text: str) -> list[Match]:
        """Every occurrence of every literal in ``text`` (folded), by end offset."""
        if self._automaton is None:
            return []
        matches: list[Match] = self._automaton.find_matches_as_indexes(fold(text), overlapping=True)
        return matches

    def find(self, text: str) -> list[Hit]:
        """Every hit in ``text``, exactly as :meth:`Matcher.find` returns them."""
        hits = []
        for start, end, order, negated, hedged, reported in self.found(
            TextContext(text), self.scan(text)
        ):
            r = self.rules[order]
            hits.append(
                Hit(
                    r.code,
                    r.rule.lang,
                    start,
                    end,
                    text[start:end],
                    r.rule.written,
                    negated,
                    hedged,
                    reported,
                )
            )
        return hits

    def found(
        self, ctx: TextContext, matches: list[Match], *, reported: bool = True
    ) -> list[Found]:
        """The hits of a text, given its automaton matches, ordered by (start, -end, code).

        Args:
            ctx: The text's boundaries.
            matches: Its automaton matches (:meth:`scan`).
            reported: Read the reported-speech flag (left ``False`` otherwise).
        """
        always = self.table.always
        if not matches and not always:
            return []
        single = self._single
        spans: list[tuple[int, int, str, int]] = [  # (start, -end, code, order)
            (start, -end, code, order)
            for literal, start, end in matches
            for code, order in single[literal]
        ]
        present = set(map(_first, matches))
        if not present.isdisjoint(self._several_ids):
            several = self._several
            codes = self.codes
            occurrences = [
                (order, start, preference, end)
                for literal, start, end in matches
                for order, preference in several[literal]
            ]
            occurrences.sort()  # as finditer: leftmost, the preferred string there, no overlap
            rule = -1
            pos = 0
            for order, start, _, end in occurrences:
                if order != rule:
                    rule = order
                    pos = 0
                if start >= pos:
                    spans.append((start, -end, codes[order], order))
                    pos = end
        candidates = set(always)
        primary = self.table.primary
        for literal in present.intersection(self._primary_ids):
            candidates.update(primary[literal])
        if candidates:
            self._run_regexes(candidates, ctx.text, present, matches, spans)
        if not spans:
            return []
        checks = self._checks
        text = ctx.text
        kept: list[tuple[int, int, int]] = []
        code_end: dict[str, int] = {}
        searched: dict[tuple[int, int, int], bool] = {}
        for start, neg_end, code, order in sorted(spans):  # also the order hits are returned in
            if start < code_end.get(code, -1):
                continue  # overlaps the code's last hit: dropped, accepted or not
            end = -neg_end
            if order in checks:
                for within, patterns, wanted in checks[order]:
                    if within is None:
                        lo, hi = ctx.sentence(start, end)
                    else:
                        lo, hi = max(0, start - within), min(ctx.n, end + within)
                    found = False
                    for pattern, anchors in patterns:
                        if anchors is not None and anchors.isdisjoint(present):
                            continue  # it does not occur in the text at all
                        key = (id(pattern), lo, hi)
                        if key in searched:
                            found = searched[key]
                        else:
                            found = searched[key] = pattern.search(text, lo, hi) is not None
                        if found:
                            break
                    if found is not wanted:
                        break
                else:
                    code_end[code] = end
                    kept.append((start, end, order))
                continue
            code_end[code] = end
            kept.append((start, end, order))
        flagged = self._flagged(ctx, kept, present, matches, reported)
        anchors = self.table.flag_anchors[3]
        if flagged and (anchors is None or not anchors.isdisjoint(present)):
            # what a conditional makes hypothetical is read as negated
            hypothetical = self.conditionals.spans(ctx.text)
            if hypothetical:
                flagged = [
                    (start, end, order, negated or in_spans(hypothetical, start, end), hedged, said)
                    for start, end, order, negated, hedged, said in flagged
                ]
        cancels = self.cancels
        if cancels and any(self.codes[f[2]] in cancels for f in flagged):
            # 由事前审批改为备案: a hit of a code superseding others cancels theirs in its clause
            codes = self.codes
            flags = superseded(
                ctx.text, [(f[0], f[1], codes[f[2]], f[3]) for f in flagged], cancels
            )
            flagged = [
                (start, end, order, flag, hedged, said)
                for (start, end, order, _, hedged, said), flag in zip(flagged, flags, strict=True)
            ]
        return flagged

    def _run_regexes(
        self,
        candidates: set[int],
        text: str,
        present: set[int],
        matches: list[Match],
        spans: list[tuple[int, int, str, int]],
    ) -> None:
        """Add to ``spans`` what each candidate rule's ``pattern.finditer(text)`` yields.

        A rule runs only when a literal of each of its further required sets
        is ``present``; a long text is searched only near the rule's anchors.
        """
        runs = self._runs
        n = len(text)
        short = n <= WHOLE_TEXT
        positions: dict[int, list[int]] | None = None
        for order in candidates:
            pattern, further, mode, anchors, width, reach, code = runs[order]
            blocked = False  # a required set without any literal in the text
            if further is not None:
                for req in further:
                    if req.isdisjoint(present):
                        blocked = True
                        break
            if blocked:
                continue
            if mode == _EMPTY_TOO:
                spans.extend(
                    (m.start(), -m.end(), code, order)
                    for m in pattern.finditer(text)
                    if m.end() > m.start()
                )
                continue
            if mode == _WHOLE or short:
                first = pattern.search(text)  # most candidates fail: one call tells
                if first is None:
                    continue
                end = first.end()
                spans.append((first.start(), -end, code, order))
                spans.extend(
                    (m.start(), -m.end(), code, order) for m in pattern.finditer(text, end)
                )
                continue
            if positions is None:
                positions = {}
                for literal, start, _ in matches:
                    if literal in positions:
                        positions[literal].append(start)
                    else:
                        positions[literal] = [start]
            found = [positions[a] for a in anchors if a in positions]
            starts = found[0] if len(found) == 1 else sorted({s for p in found for s in p})
            pos = 0
            for a in starts:
                if a >= pos:
                    m = pattern.search(text, max(pos, a - width), min(n, a + reach))
                    if m is not None and m.start() <= a:
                        spans.append((m.start(), -m.end(), code, order))
                        pos = m.end()

    def _flagged(
        self,
        ctx: TextContext,
        kept: list[tuple[int, int, int]],
        present: set[int],
        matches: list[Match],
        with_reported: bool,
    ) -> list[Found]:
        """Add the negation, hedging and reported-speech flags, as the reference reads them."""
        negation, hedging, reported = (
            p if p is not None and (anchors is None or not anchors.isdisjoint(present)) else None
            for p, anchors in zip(
                (self._negation, self._hedging, self._reported if with_reported else None),
                self.table.flag_anchors[:3],
                strict=True,
            )
        )
        if negation is None and hedging is None and reported is None:
            return [(start, end, order, False, False, False) for start, end, order in kept]
        text = ctx.text
        reach = self._reach
        cue_starts: list[int] | None = None
        negation_anchors = self.table.flag_anchors[0]
        if negation is not None and negation_anchors is not None:
            cue_starts = sorted(s for literal, s, _ in matches if literal in negation_anchors)
        first_reported: dict[tuple[int, int], re.Match[str] | None] = {}
        out: list[Found] = []
        for start, end, order in kept:
            lo, hi = ctx.sentence(start, end)
            negated = False
            if negation is not None:
                # a negation cue in the window contains one of its anchors there
                i = bisect_left(cue_starts, start - reach) if cue_starts is not None else -1
                if cue_starts is None or (i < len(cue_starts) and cue_starts[i] < start):
                    window_start = max(ctx.clause_start(lo, start), start - reach)
                    negated = negation.search(text, window_start, start) is not None
            said = False
            if reported is not None:
                if not self._reported_plain:
                    said = ctx.finds(reported, lo, start)
                else:  # one search per sentence settles most hits
                    if (lo, hi) not in first_reported:
                        first_reported[lo, hi] = reported.search(text, lo, hi)
                    first = first_reported[lo, hi]
                    said = first is not None and (
                        first.end() <= start or ctx.finds(reported, lo, start)
                    )
            hedged = hedging is not None and ctx.finds(hedging, lo, hi)
            out.append((start, end, order, negated, hedged, said))
        return out


def _run(
    indexed: IndexedRule, anchors: frozenset[int], further: tuple[frozenset[int], ...]
) -> _Run:
    """How :meth:`RuleIndex._run_regexes` runs a rule that is not plain."""
    facts = indexed.facts
    if facts.min_width == 0:
        mode = _EMPTY_TOO
    elif facts.reach is None or facts.width is None or not anchors:
        mode = _WHOLE
    else:
        mode = _WINDOWS
    return (
        indexed.rule.pattern,
        further or None,
        mode,
        tuple(sorted(anchors)),
        facts.width or 0,
        (facts.reach or 0) + _MARGIN,
        indexed.code,
    )


def _overlaps_itself(string: str) -> bool:
    """Whether two occurrences of ``string`` can overlap (it starts with one of its ends)."""
    return any(string[:k] == string[-k:] for k in range(1, len(string)))
