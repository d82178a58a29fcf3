r"""One scanner for many rules: a cheap anchor pre-scan, then only the rules that fit each anchor.

What a family of rules finds is defined without anchors, as a search of the
whole text (``prefilter=False`` runs it): the leftmost position where an
expression of the family can start and one of its rules matches; there, the
first rule (in family order) that matches decides; if it rejects its match
(its resolver returns ``None``) the search goes on one character later, else
after the match. Where the matches of several families overlap, the earlier,
then the longer, then the first family's is kept.

The anchors make this fast without changing it (the tests check that they do
not). Every rule names anchors, one of which every expression it accepts
contains at most ``reach`` characters after its first character (see
:mod:`~relcycle.sources.timeexpr.prescan`). So a rule need only be tried up
to ``reach`` characters before each of its anchors. Those stretches, merged
where they overlap, are searched in order, each with one regex
``[\s\S]{0,n}?<start guard>(?:rule|rule...)`` over the rules of its anchors:
one call finds the leftmost position with a match and the first rule matching
there. Nowhere else is a rule tried.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from relcycle.sources.timeexpr.model import (
    Resolved,
    TimeContext,
    TimeMention,
    Unresolved,
    UnresolvedMention,
)
from relcycle.sources.timeexpr.prescan import Anchor, Prescan, Target

Resolver = Callable[[re.Match[str], TimeContext, TimeMention | None], Resolved | Unresolved | None]

_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


@dataclass(frozen=True, slots=True)
class Rule:
    """A family of time expressions: its regex, how to resolve a match, and where to look for it.

    Attributes:
        name: Identifier, for debugging and tests.
        pattern: Regex source; named groups only (no back references). It
            starts with a lookahead on how its expressions start, implied by
            the rest (the tests check it), so ``re`` drops most positions at once.
        resolve: Turns a match into an interval, an unresolved reason, or
            ``None`` when the match is not a time expression after all.
        anchors: Every match the rule accepts contains one of these ...
        reach: ... at most this many characters after the match's first character.
        reads_previous: Whether ``resolve`` may read the previous mention:
            always, never, or where this regex is found in the expression
            (那年, the following year). The scanner first resolves every
            match without a previous mention; it resolves one again with the
            previous mention only if its rule may read it there and that first
            answer was not absolute (``relative=False``: read off the text alone).
    """

    name: str
    pattern: str
    resolve: Resolver
    anchors: tuple[Anchor, ...]
    reach: int
    reads_previous: bool | str = True


@dataclass(frozen=True, slots=True)
class Family:
    """Rules that compete for the same text, and where their expressions can start.

    Attributes:
        rules: The rules, most specific first (at one position the first that matches wins).
        starts: A zero-width regex true where an expression of the family can start.
    """

    rules: tuple[Rule, ...]
    starts: str


def _alternation(rules: Sequence[Rule], indexes: Sequence[int]) -> str:
    """The rules as one alternation, rule ``i`` in a group ``r<i>`` (its own names dropped)."""
    return "|".join(f"(?P<r{i}>{_NAMED_GROUP.sub('(?:', rules[i].pattern)})" for i in indexes)


#: How many unions of anchors' rules get probes of their own, per family.
_UNION_PROBES = 24
#: How many positions a probe regex tries: a few sizes, so a search never runs far past its range.
_SIZES = (15, 31, 63)
#: The size to use for a range of ``n + 1`` positions (the largest beyond 63).
_SIZE_FOR = [next(s for s in _SIZES if s >= n) for n in range(_SIZES[-1] + 1)]


class _Probe:
    """Some rules of a family, as a bounded search.

    ``match(text, lo, hi)`` finds the leftmost position in ``lo .. hi`` (or
    a little beyond ``hi``, never past ``lo + 63``) where an expression of the
    family can start and one of the rules matches, and the first of them
    (in family order) that matches there: the group it matched names it.
    """

    __slots__ = ("_pattern", "_regexes", "rule_of", "rules")

    def __init__(self, family: Family, rules: frozenset[int]) -> None:
        self.rules = rules
        self.rule_of = {f"r{i}": i for i in rules}
        self._pattern = f"{family.starts}(?:{_alternation(family.rules, sorted(rules))})"
        self._regexes: dict[int, re.Pattern[str]] = {}

    def match(self, text: str, lo: int, hi: int) -> re.Match[str] | None:
        """The leftmost match starting in ``lo .. min(hi, lo + 63)`` (or a little further)."""
        size = _SIZE_FOR[hi - lo] if hi - lo <= _SIZES[-1] else _SIZES[-1]
        regex = self._regexes.get(size)
        if regex is None:  # compiled on first use
            regex = self._regexes[size] = re.compile(f"[\\s\\S]{{0,{size}}}?{self._pattern}")
        return regex.match(text, lo)


class _Compiled:
    """One family's rules, compiled."""

    def __init__(self, family: Family) -> None:
        self.family = family
        self.regexes = tuple(re.compile(rule.pattern) for rule in family.rules)
        self.reads_previous = tuple(
            re.compile(r.reads_previous) if isinstance(r.reads_previous, str) else r.reads_previous
            for r in family.rules
        )
        alternation = _alternation(family.rules, range(len(family.rules)))
        self.everywhere = re.compile(f"{family.starts}(?:{alternation})")


#: A match a family's rule accepted: (start, -end, family, rule, match, answer without previous).
_Candidate = tuple[int, int, int, int, re.Match[str], Resolved | Unresolved]


class Scanner:
    """Finds and resolves the expressions of families of rules in a text.

    Args:
        families: The rule families; where their matches overlap, the earlier
            (then the longer, then the first family's) is kept.
        unread: Characters the rules cannot read as written (full-width digits) ...
        rewrite: ... and how to rewrite a text that has them (offsets must not change).
    """

    def __init__(
        self,
        families: Sequence[Family],
        *,
        unread: str = "",
        rewrite: Callable[[str], str] = str,
    ) -> None:
        self._families = tuple(_Compiled(f) for f in families)
        self._rewrite = rewrite
        anchored = [
            (
                anchor,
                Target(index, rule_index, rule.reach if anchor.reach is None else anchor.reach),
            )
            for index, family in enumerate(families)
            for rule_index, rule in enumerate(family.rules)
            for anchor in rule.anchors
        ]
        self._prescan = Prescan(anchored, unread=unread)
        # Per pre-scan key: per family, the rules to try and how far before the anchor.
        self._targets: list[list[tuple[int, frozenset[int], int]]] = [
            [
                (
                    index,
                    frozenset(t.rule for t in targets if t.family == index),
                    max(t.reach for t in targets if t.family == index),
                )
                for index in sorted({t.family for t in targets})
            ]
            for targets in self._prescan.targets
        ]
        # The probes: per family, one for each set of rules an anchor points at, and one
        # for all its rules; a merged stretch uses the smallest that has all it needs.
        self._probes: list[dict[frozenset[int], _Probe]] = [
            {
                rules: _Probe(family, rules)
                for rules in {
                    frozenset(range(len(family.rules))),
                    *(rules for targets in self._targets for i, rules, _ in targets if i == index),
                }
            }
            for index, family in enumerate(families)
        ]
        self._probe_count = [len(probes) for probes in self._probes]

    @property
    def families(self) -> tuple[Family, ...]:
        """The rule families, in order."""
        return tuple(compiled.family for compiled in self._families)

    def _clusters(self, hits: list[tuple[int, int]]) -> list[list[tuple[int, int, frozenset[int]]]]:
        """Per family, the stretches to search: (lo, hi, rules), in order, none overlapping.

        Each anchor asks for its rules to be tried from ``reach`` characters
        before it up to it; stretches that overlap are merged, for the rules
        of all of them (a rule tried at more positions can only find more of
        its matches, and every rule anchored near a position is tried there).
        """
        wanted: list[list[tuple[int, int, frozenset[int]]]] = [[] for _ in self._families]
        targets = self._targets
        for x, key in hits:
            for index, rules, reach in targets[key]:
                wanted[index].append((x - reach if x > reach else 0, x, rules))
        for stretches in wanted:
            if len(stretches) < 2:
                continue
            stretches.sort()  # by lo, then hi (ties in both merge alike)
            merged = [stretches[0]]
            last_lo, last_hi, last_rules = merged[0]
            for stretch in stretches:
                lo, hi, rules = stretch
                if lo <= last_hi + 1:
                    if hi > last_hi:
                        last_hi = hi
                    if rules is not last_rules:
                        last_rules = last_rules | rules
                    merged[-1] = (last_lo, last_hi, last_rules)
                else:
                    merged.append(stretch)
                    last_lo, last_hi, last_rules = stretch
            stretches[:] = merged
        return wanted

    def _probe(self, index: int, rules: frozenset[int]) -> _Probe:
        """The probe for ``rules`` of a family, or the smallest that has them all.

        The first few unions of anchors' rules get probes of their own (they
        cost a regex compile each); later ones use a larger probe.
        """
        probes = self._probes[index]
        probe = probes.get(rules)
        if probe is None:
            if len(probes) < self._probe_count[index] + _UNION_PROBES:
                probe = _Probe(self._families[index].family, rules)
            else:
                supersets = (p for p in probes.values() if rules <= p.rules)
                probe = min(supersets, key=lambda p: len(p.rules))
            probes[rules] = probe
        return probe

    def _accepted(
        self,
        text: str,
        ctx: TimeContext,
        index: int,
        found: list[_Candidate],
        start: int,
        rule_index: int,
    ) -> int:
        """Resolves the match of a rule at ``start`` (adding it to ``found`` if accepted).

        Returns:
            Where the search goes on: after the match if accepted, else one character later.
        """
        compiled = self._families[index]
        match = compiled.regexes[rule_index].match(text, start)
        if match is None:  # the rule alone matches where it matched among others
            return start + 1
        outcome = compiled.family.rules[rule_index].resolve(match, ctx, None)
        if outcome is None:
            return start + 1
        found.append((start, -match.end(), index, rule_index, match, outcome))
        return match.end()

    def _near_anchors(
        self, text: str, ctx: TimeContext, hits: list[tuple[int, int]]
    ) -> list[_Candidate]:
        """Every match a rule accepts near the anchors, family by family, in text order."""
        found: list[_Candidate] = []
        accepted = self._accepted
        for index, clusters in enumerate(self._clusters(hits)):
            if not clusters:
                continue
            probes = self._probes[index]
            pos = 0
            for lo, hi, rules in clusters:
                probe = probes.get(rules) or self._probe(index, rules)
                if lo < pos:
                    lo = pos
                while lo <= hi:
                    match = probe.match(text, lo, hi)
                    if match is None:
                        lo += _SIZES[-1] + 1  # nothing in lo .. lo + 63 (hi may lie further)
                        continue
                    name = match.lastgroup or ""
                    start = match.start(name)
                    if start > hi:
                        break
                    pos = lo = accepted(text, ctx, index, found, start, probe.rule_of[name])
        return found

    def _everywhere(self, text: str, ctx: TimeContext) -> list[_Candidate]:
        """Every match a rule accepts, searched for over the whole text (slow)."""
        found: list[_Candidate] = []
        for index, compiled in enumerate(self._families):
            pos = 0
            while (match := compiled.everywhere.search(text, pos)) is not None:
                rule_index = int((match.lastgroup or "r0")[1:])
                pos = self._accepted(text, ctx, index, found, match.start(), rule_index)
        return found

    def scan(
        self,
        text: str,
        ctx: TimeContext,
        previous: TimeMention | None = None,
        *,
        prefilter: bool = True,
    ) -> tuple[list[TimeMention], list[UnresolvedMention]]:
        """Every expression in ``text``, resolved in order.

        Each resolved mention becomes the ``previous`` of the next expression.

        Args:
            text: The text to scan, as written (expressions are reported as written).
            ctx: What relative expressions are resolved against.
            previous: The mention before this text, for anaphora (那时, that autumn).
            prefilter: False searches the whole text without anchors (to test
                that the anchors lose nothing).

        Returns:
            The resolved mentions and the expressions that could not be resolved.
        """
        read = text
        if prefilter:
            hits = self._prescan.hits(text)
            if hits is None:  # characters to rewrite first
                read = self._rewrite(text)
                hits = self._prescan.hits(read) or []
            if not hits:
                return [], []
            candidates = self._near_anchors(read, ctx, hits)
        else:
            read = self._rewrite(text)
            candidates = self._everywhere(read, ctx)
        candidates.sort()  # by start, then end (longest first), then family: never further
        found: list[TimeMention] = []
        unresolved: list[UnresolvedMention] = []
        done = 0
        for start, neg_end, index, rule_index, match, first in candidates:
            if start < done:
                continue
            end = -neg_end
            compiled = self._families[index]
            outcome: Resolved | Unresolved | None = first
            if previous is not None and not (isinstance(first, Resolved) and not first.relative):
                reads = compiled.reads_previous[rule_index]
                if reads is True or (reads and reads.search(match.group())):
                    outcome = compiled.family.rules[rule_index].resolve(match, ctx, previous)
            if outcome is None:
                continue
            if isinstance(outcome, Unresolved):
                unresolved.append(UnresolvedMention(start, end, text[start:end], outcome.reason))
            else:
                span = outcome.span
                mention = TimeMention(
                    start, end, text[start:end], span.start, span.end, span.precision,
                    outcome.relative,
                )  # fmt: skip
                found.append(mention)
                previous = mention
            done = end
        return found, unresolved
