"""The rule language read fast: one automaton pass, then regexes only where anchors are.

:class:`RuleIndex` finds, for one language, exactly the hits the reference
:class:`relcycle.frameworks.matching.Matcher` finds (same spans, rules and
flags), by another route:

1. one Aho–Corasick automaton (``ahocorasick-rs``) holds the literals of
   :class:`~relcycle.coding.dictionary.literals.LiteralTable`; the folded text
   (:mod:`~relcycle.coding.dictionary.fold`) is scanned once, and a text
   without any hit is done;
2. a plain rule's matches are its strings' hits, kept as ``finditer`` keeps
   matches (leftmost, the preferred string there, no overlap); another rule
   runs its regex only when its anchors and further required literals occur,
   and then only in the window around each anchor hit its reach allows (or
   over the whole text, when the text is short or the regex unbounded);
3. ``near``/``not`` windows and the negation, hedging and reported-speech flags
   are read as the reference reads them, from boundaries found once per text
   (:class:`~relcycle.coding.dictionary.context.TextContext`).
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
from relcycle.coding.dictionary.fold import fold
from relcycle.coding.dictionary.literals import LiteralTable
from relcycle.coding.dictionary.regex_facts import RegexFacts, regex_facts
from relcycle.frameworks.matching import NEGATION_REACH, Hit, Matcher
from relcycle.frameworks.rules import Rule, Window

WHOLE_TEXT: Final = 160
"""Texts up to this many characters are searched whole rather than window by window."""
_MARGIN: Final = 2  # read past a regex's reach, so `$` and `\b` see the real text
_FLAG_CUES: Final = ("negation", "hedging", "reported_speech")
_first = itemgetter(0)

Match = tuple[int, int, int]
"""An automaton hit: (literal id, start, end)."""
Found = tuple[int, int, int, bool, bool, bool]
"""A hit: (start, end, rule order, negated, hedged, reported)."""
_Check = tuple[int | None, tuple[re.Pattern[str], ...]]
"""A near/not window: its ``within`` and its patterns (terms, cue lexicons)."""


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
    ) -> None:
        self.lang = lang
        self.rules = tuple(
            IndexedRule(n, code, rule, regex_facts(rule.pattern.pattern, rule.pattern.flags))
            for n, (code, rule) in enumerate(rules)
        )
        self.codes = tuple(r.code for r in self.rules)
        self._cues = cues
        flags = [cues.cue_pattern(name, lang) for name in _FLAG_CUES]
        flag_facts = [regex_facts(p.pattern, p.flags) if p else None for p in flags]
        self.table = LiteralTable([r.facts for r in self.rules], flag_facts, needles, lang)
        self._negation, self._hedging, self._reported = flags
        self._reported_plain = bool(flag_facts[2] and flag_facts[2].plain)
        self._reach = NEGATION_REACH.get(lang, NEGATION_REACH["en"])
        self._checks: dict[int, tuple[tuple[_Check, ...], _Check | None]] = {
            r.order: (
                tuple(self._check(w) for w in r.rule.near),
                self._check(r.rule.exclude) if r.rule.exclude is not None else None,
            )
            for r in self.rules
            if r.rule.near or r.rule.exclude is not None
        }
        self._primary_ids = frozenset(self.table.primary)
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
        plain = self.table.plain
        occurrences = [
            (order, start, preference, end)
            for literal, start, end in matches
            for order, preference in plain[literal]
        ]
        codes = self.codes
        spans: list[tuple[int, int, str, int]] = []  # (start, -end, code, order)
        if occurrences:  # as finditer: leftmost, the preferred string there, no overlap
            occurrences.sort()
            rule = -1
            pos = 0
            for order, start, _, end in occurrences:
                if order != rule:
                    rule = order
                    pos = 0
                if start >= pos:
                    spans.append((start, -end, codes[order], order))
                    pos = end
        present = set(map(_first, matches))
        candidates = set(always)
        primary = self.table.primary
        for literal in present.intersection(self._primary_ids):
            candidates.update(primary[literal])
        further = self.table.further
        text = ctx.text
        positions: dict[int, list[int]] | None = None
        for order in candidates:
            if all(not req.isdisjoint(present) for req in further[order]):
                if positions is None:
                    positions = {}
                    for literal, start, _ in matches:
                        if literal in positions:
                            positions[literal].append(start)
                        else:
                            positions[literal] = [start]
                code = codes[order]
                spans.extend(
                    (s, -e, code, order) for s, e in self._regex_matches(order, text, positions)
                )
        if not spans:
            return []
        checks = self._checks
        kept: list[tuple[int, int, int]] = []
        code_end: dict[str, int] = {}
        for start, neg_end, code, order in sorted(spans):  # also the order hits are returned in
            if start < code_end.get(code, -1):
                continue  # overlaps the code's last hit: dropped, accepted or not
            if order in checks and not self._accepts(checks[order], ctx, start, -neg_end):
                continue
            code_end[code] = -neg_end
            kept.append((start, -neg_end, order))
        return self._flagged(ctx, kept, present, matches, reported)

    def _regex_matches(
        self, order: int, text: str, positions: dict[int, list[int]]
    ) -> list[tuple[int, int]]:
        """What ``rule.pattern.finditer(text)`` yields, searched near the anchors only.

        Args:
            order: The rule's order.
            text: The text.
            positions: Literal id → start offsets of its hits in ``text``, ascending.
        """
        indexed = self.rules[order]
        facts = indexed.facts
        pattern = indexed.rule.pattern
        n = len(text)
        anchors = self.table.anchors[order]
        if facts.min_width == 0:
            return [m.span() for m in pattern.finditer(text) if m.end() > m.start()]
        if facts.reach is None or facts.width is None or not anchors or n <= WHOLE_TEXT:
            first = pattern.search(text)  # most candidates fail: one call tells
            if first is None:
                return []
            return [first.span(), *(m.span() for m in pattern.finditer(text, first.end()))]
        found = [positions[a] for a in anchors if a in positions]
        starts = found[0] if len(found) == 1 else sorted({s for p in found for s in p})
        width, reach = facts.width, facts.reach
        out: list[tuple[int, int]] = []
        pos = 0
        for a in starts:
            if a >= pos:
                m = pattern.search(text, max(pos, a - width), min(n, a + reach + _MARGIN))
                if m is not None and m.start() <= a:
                    out.append(m.span())
                    pos = m.end()
        return out

    def _accepts(
        self, checks: tuple[tuple[_Check, ...], _Check | None], ctx: TextContext, s: int, e: int
    ) -> bool:
        near, exclude = checks
        if not all(self._window_finds(check, ctx, s, e) for check in near):
            return False
        return exclude is None or not self._window_finds(exclude, ctx, s, e)

    @staticmethod
    def _window_finds(check: _Check, ctx: TextContext, start: int, end: int) -> bool:
        within, patterns = check
        if within is not None:
            lo, hi = max(0, start - within), min(ctx.n, end + within)
        else:
            lo, hi = ctx.sentence(start, end)
        return any(ctx.finds(p, lo, hi) for p in patterns)

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
                self.table.flag_anchors,
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
