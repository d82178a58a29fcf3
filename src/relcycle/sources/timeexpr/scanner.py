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

A :class:`Memo` makes it faster again, also without changing it: it keeps
each rule's answers under one context by what decides them (the rule, its
match's groups, what it reads around the match, the previous mention), so an
expression met again is answered without its rule's own match or resolver.
:meth:`Scanner.scan_parts` dates a source's segments with one anchor pre-scan
of its body and one loop; :meth:`Scanner.scan` without a memo is the same
search written plainly.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Final, Literal

from relcycle.domain import Precision
from relcycle.sources.timeexpr import compiled as fast
from relcycle.sources.timeexpr import corrections, joined
from relcycle.sources.timeexpr.comparisons import REASON as COMPARED
from relcycle.sources.timeexpr.comparisons import compared
from relcycle.sources.timeexpr.model import (
    Resolved,
    TimeContext,
    TimeMention,
    Unresolved,
    UnresolvedMention,
)
from relcycle.sources.timeexpr.prescan import Anchor, Prescan, Target
from relcycle.sources.timeexpr.regexes import RegexStore

Resolver = Callable[[re.Match[str], TimeContext, TimeMention | None], Resolved | Unresolved | None]
#: What a resolver reads of the text around a match: ``(text, start, end) -> a hashable value``.
Around = Callable[[str, int, int], Hashable]

_NAMED_GROUP = re.compile(r"\(\?P<\w+>")
#: Besides white space, what may stand right before a part whose anchors
#: :meth:`Scanner.scan_parts` finds in the whole text: the end of a speaker's
#: label (``问：``, ``**Q:**``, ``__A:__``).
PART_BEFORE = frozenset(":：*_")


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
        around: What ``resolve`` reads of the text beyond the match's groups
            (a future cue before 三月, 离… before 最近), as a function of
            ``(text, start, end)``; ``None`` when it reads nothing else. The
            answer must be a function of the rule, the match's groups, this
            value, the context and the previous mention's interval and
            precision: :class:`Memo` remembers answers by them.
    """

    name: str
    pattern: str
    resolve: Resolver
    anchors: tuple[Anchor, ...]
    reach: int
    reads_previous: bool | str = True
    around: Around | None = None


@dataclass(frozen=True, slots=True)
class Family:
    """Rules that compete for the same text, and where their expressions can start.

    Attributes:
        rules: The rules, most specific first (at one position the first that matches wins).
        starts: A zero-width regex true where an expression of the family can start.
    """

    rules: tuple[Rule, ...]
    starts: str


def _alternation(rules: Sequence[Rule], indexes: Sequence[int], *, capture: bool = False) -> str:
    """The rules as one alternation, rule ``i`` in a group ``r<i>``.

    The rules' own groups lose their names (they would clash); ``capture``
    keeps them as numbered groups, right after ``r<i>``'s number and in the
    rule's order.
    """
    inner = "(" if capture else "(?:"
    return "|".join(f"(?P<r{i}>{_NAMED_GROUP.sub(inner, rules[i].pattern)})" for i in indexes)


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
    The rules' own groups are kept, numbered: ``at[match.lastindex]`` gives
    the rule's index and the numbers of its whole match and of its groups.
    """

    __slots__ = ("_by_size", "_compile", "_pattern", "at", "rule_of", "rules", "sized")

    def __init__(self, compiled: _Compiled, rules: frozenset[int]) -> None:
        family = compiled.family
        self._compile = compiled.compile
        self.rules = rules
        self.rule_of = {f"r{i}": i for i in rules}
        order = sorted(rules)
        self._pattern = f"{family.starts}(?:{_alternation(family.rules, order, capture=True)})"
        self.at: list[tuple[int, tuple[int, ...]] | None] = [None]
        for i in order:
            size = compiled.regexes[i].groups
            numbers = tuple(range(len(self.at), len(self.at) + size + 1))
            self.at += [(i, numbers)] + [None] * size
        #: Per ``hi - lo`` (63 for more), the regex to search with (compiled on first use).
        self.sized: list[re.Pattern[str] | None] = [None] * (_SIZES[-1] + 1)
        self._by_size: dict[int, re.Pattern[str]] = {}

    def regex(self, span: int) -> re.Pattern[str]:
        """The regex that tries ``span + 1`` positions (``span`` at most 63), or a few more."""
        size = _SIZE_FOR[span]
        regex = self._by_size.get(size)
        if regex is None:
            pattern = f"[\\s\\S]{{0,{size}}}?{self._pattern}"
            regex = self._by_size[size] = self._compile(pattern)
            for n, fits in enumerate(_SIZE_FOR):
                if fits == size:
                    self.sized[n] = regex
        return regex

    def match(self, text: str, lo: int, hi: int) -> re.Match[str] | None:
        """The leftmost match starting in ``lo .. min(hi, lo + 63)`` (or a little further)."""
        span = hi - lo if hi - lo <= _SIZES[-1] else _SIZES[-1]
        return (self.sized[span] or self.regex(span)).match(text, lo)


class _Compiled:
    """One family's rules, compiled."""

    def __init__(self, family: Family, compile_regex: Callable[[str], re.Pattern[str]]) -> None:
        self.family = family
        self.compile = compile_regex
        self.regexes = tuple(compile_regex(rule.pattern) for rule in family.rules)
        self.reads_previous = tuple(
            compile_regex(r.reads_previous)
            if isinstance(r.reads_previous, str)
            else r.reads_previous
            for r in family.rules
        )
        self._everywhere: re.Pattern[str] | None = None

    @property
    def everywhere(self) -> re.Pattern[str]:
        """All the rules as one search (compiled when first asked: for ``prefilter=False``)."""
        if self._everywhere is None:
            alternation = _alternation(self.family.rules, range(len(self.family.rules)))
            self._everywhere = self.compile(f"{self.family.starts}(?:{alternation})")
        return self._everywhere


#: How many years after the text's "now" a time may lie: a year further ahead is another
#: calendar's, not this case's (Nepal's Bikram Sambat writes AD 2021 as 2078, 19 Nov 2020
#: as 2077/08/04), and a text's Gregorian date beside it is the one to place it by.
HORIZON_YEARS: Final = 50
FAR_AHEAD: Final = (
    f"more than {HORIZON_YEARS} years after the text was written: "
    "a year of another calendar (Bikram Sambat?)"
)


def _within_horizon(resolve: Resolver) -> Resolver:
    """``resolve``, with an answer beyond :data:`HORIZON_YEARS` read as unresolved."""

    def resolved(
        match: re.Match[str], ctx: TimeContext, previous: TimeMention | None
    ) -> Resolved | Unresolved | None:
        outcome = resolve(match, ctx, previous)
        if (
            type(outcome) is Resolved
            and outcome.span.start.year > ctx.reference.year + HORIZON_YEARS
        ):
            return Unresolved(FAR_AHEAD)
        return outcome

    return resolved


#: A match a family's rule accepted: (start, -end, family, rule, match, answer without previous).
_Candidate = tuple[int, int, int, int, re.Match[str], Resolved | Unresolved]


class Scanner:
    """Finds and resolves the expressions of families of rules in a text.

    Args:
        families: The rule families; where their matches overlap, the earlier
            (then the longer, then the first family's) is kept.
        unread: Characters the rules cannot read as written (full-width digits) ...
        rewrite: ... and how to rewrite a text that has them (offsets must not change).
        regexes: Where the rules' regexes are compiled from (code kept on disk:
            the same regexes, without parsing them in each process); by default
            ``re.compile``.
    """

    def __init__(
        self,
        families: Sequence[Family],
        *,
        unread: str = "",
        rewrite: Callable[[str], str] = str,
        regexes: RegexStore | None = None,
    ) -> None:
        compile_regex = re.compile if regexes is None else regexes.compile
        families = [
            replace(f, rules=tuple(replace(r, resolve=_within_horizon(r.resolve)) for r in f.rules))
            for f in families
        ]
        self._families = tuple(_Compiled(f, compile_regex) for f in families)
        self._rewrite = rewrite
        self._unread = unread
        #: The compiled pre-scan: ``None`` until loaded (:meth:`_plan`), ``False`` if it cannot be.
        self._compiled: fast.Compiled | Literal[False] | None = None
        self._long_chars = 0  # characters of long bodies pre-scanned with the regexes
        anchored = [
            (
                anchor,
                Target(index, rule_index, rule.reach if anchor.reach is None else anchor.reach),
            )
            for index, family in enumerate(families)
            for rule_index, rule in enumerate(family.rules)
            for anchor in rule.anchors
        ]
        self._prescan = Prescan(anchored, unread=unread, compile_regex=compile_regex)
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
                rules: _Probe(self._families[index], rules)
                for rules in {
                    frozenset(range(len(family.rules))),
                    *(rules for targets in self._targets for i, rules, _ in targets if i == index),
                }
            }
            for index, family in enumerate(families)
        ]
        self._probe_count = [len(probes) for probes in self._probes]
        self._arounds = [tuple(rule.around for rule in family.rules) for family in families]

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
            if len(stretches) > 1:
                stretches[:] = _merged(stretches)
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
                probe = _Probe(self._families[index], rules)
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

    def whole(self, text: str, ctx: TimeContext, before: str = "") -> tuple[str, Resolved] | None:
        """The rule whose match is all of ``text`` (an expression alone), and its answer.

        Used after placement (a yearless date taking a neighbour's year), never by
        :meth:`scan_parts`: no memo is read or written. ``None`` when no rule's
        match covers the whole text or the answer is not an interval. ``before`` is
        read first, as the words the expression came after (``in `` for May, which
        alone is as likely the verb).
        """
        read = self._rewrite(before + text)
        first = len(before)
        for start, neg_end, index, rule_index, _, outcome in sorted(self._everywhere(read, ctx)):
            if start == first and -neg_end == len(read) and isinstance(outcome, Resolved):
                return self._families[index].family.rules[rule_index].name, outcome
        return None

    def memo(self, ctx: TimeContext) -> Memo:
        """An empty memo for texts resolved against ``ctx`` (see :class:`Memo`)."""
        return Memo(self, ctx)

    def _entry(
        self, text: str, ctx: TimeContext, index: int, rule_index: int, start: int
    ) -> _Entry:
        """What a rule answers for its match at ``start`` without a previous mention."""
        compiled = self._families[index]
        match = compiled.regexes[rule_index].match(text, start)
        if match is None:  # the rule alone matches where it matched among others
            return None, 0, False, None
        outcome = compiled.family.rules[rule_index].resolve(match, ctx, None)
        again = False
        if outcome is not None and not (isinstance(outcome, Resolved) and not outcome.relative):
            reads = compiled.reads_previous[rule_index]
            again = reads is True or bool(reads and reads.search(match.group()))
        return outcome, match.end() - start, again, _tail(outcome)

    def _again(
        self, text: str, memo: Memo, index: int, rule_index: int, start: int, key: Hashable,
        previous: Found,
    ) -> Resolved | Unresolved | None:  # fmt: skip
        """A rule's answer for its match at ``start`` (remembered as ``key``) after ``previous``."""
        again_key = (index, rule_index, key, previous[3], previous[4], previous[5])
        answers = memo.again
        compiled = self._families[index]
        match = compiled.regexes[rule_index].match(text, start)
        if match is None:  # never: its first answer was kept
            return None
        if len(answers) >= _MEMO_SIZE:
            answers.clear()
        outcome = answers[again_key] = compiled.family.rules[rule_index].resolve(
            match, memo.ctx, TimeMention(*previous)
        )
        return outcome

    def scan_parts(
        self,
        text: str,
        parts: Sequence[tuple[int, int]],
        memo: Memo,
        keep: Callable[[list[Found]], Found],
        previous: TimeMention | None = None,
        *,
        keep_one: bool = False,
    ) -> list[tuple[list[Found], list[UnresolvedMention], Found | None]]:
        """:meth:`scan` of each part ``text[start:end]`` in turn, with ``memo``'s answers.

        Each part is read as if alone (offsets count into the part), the
        first after ``previous``, each later one after ``keep`` of the
        mentions of the last part that had any. The anchors are searched for
        in the whole text once, not part by part: every anchor a part has
        alone is found there too, since the neighbours a segment has (white
        space after it; white space or the end of a speaker's label before
        it, see :data:`PART_BEFORE`) hide none. A part with other neighbours
        is searched alone.

        The memo names the answer of each match the probes find by its rule
        and groups (the probe's groups of the rule that matched are the
        rule's own: alone, at the same position, it matches alike) and what
        the rule reads around it, so most matches are neither matched by
        their rule alone nor resolved. Mentions are plain tuples (see
        :data:`Found`). All of it is one loop over the parts, with what it
        looks up hoisted: it runs for every segment of every source.

        Args:
            text: The whole text (a source's body).
            parts: ``(start, end)`` of each part, in any order; they may not overlap.
            memo: The answers to reuse, for the context to resolve against.
            keep: Which of a part's mentions the next parts' anaphora refer to (of one
                mention, that one: it is not asked then, unless ``keep_one``).
            previous: The mention before the first part.
            keep_one: Ask ``keep`` of a part's only mention too (it may move it: a
                yearless date in an interview continuing the year just named).

        Returns:
            Per part, what :meth:`scan` returns for ``text[start:end]`` (mentions as
            tuples), and ``keep`` of its mentions (``None`` if it has none).
        """
        plan = self._plan(text, parts) if len(text) >= fast.MIN_CHARS else None
        if plan is not None:
            return self._scan_parts(
                plan[0], text, [], parts, memo, keep, previous, plan, keep_one=keep_one
            )
        read, all_hits = self._read(text)
        return self._scan_parts(
            read, text, all_hits, parts, memo, keep, previous, keep_one=keep_one
        )

    def _plan(self, text: str, parts: Sequence[tuple[int, int]]) -> fast.Plan | None:
        """The compiled pre-scan's plan for a long body (see :mod:`.compiled`), or ``None``.

        The compiled pre-scan is loaded once the process has read
        :data:`~.compiled.AFTER_CHARS` characters of long bodies; ``None``
        before, or when numba is unavailable.
        """
        if self._compiled is None:
            self._long_chars += len(text)
            if self._long_chars < fast.AFTER_CHARS:
                return None
        found = self.compiled()
        return None if found is None else found.plan(text, parts)

    def expect_bytes(self, size: int) -> None:
        """A reader will read about ``size`` bytes of sources: many load the compiled pre-scan.

        With :data:`~.compiled.AT_ONCE_BYTES` or more, the next long body
        loads it (see :meth:`_plan`); a reader that says nothing pays for it
        only after :data:`~.compiled.AFTER_CHARS` characters.
        """
        if size >= fast.AT_ONCE_BYTES:
            self._long_chars = max(self._long_chars, fast.AFTER_CHARS)

    def compiled(self) -> fast.Compiled | None:
        """The compiled pre-scan of this scanner's rules (loaded now if not yet), or ``None``.

        ``None`` when numba is not installed or found no writable cache folder.
        """
        if self._compiled is None:
            try:
                self._compiled = fast.Compiled(
                    self._prescan, self._targets, len(self._families), self._unread, self._rewrite
                )
            except (ImportError, RuntimeError):  # no numba, or no writable cache folder
                self._compiled = False
        return self._compiled or None

    def _read(self, text: str) -> tuple[str, list[tuple[int, int]]]:
        """``text`` as the rules read it (full-width digits rewritten), and its anchors."""
        hits = self._prescan.hits(text)
        if hits is None:  # characters to rewrite first (one for one: offsets stay)
            read = self._rewrite(text)
            return read, self._prescan.hits(read) or []
        return text, hits

    def _scan_parts(
        self,
        read: str,
        text: str,
        all_hits: list[tuple[int, int]],
        parts: Sequence[tuple[int, int]],
        memo: Memo,
        keep: Callable[[list[Found]], Found],
        previous: TimeMention | None,
        plan: fast.Plan | None = None,
        *,
        keep_one: bool = False,
    ) -> list[tuple[list[Found], list[UnresolvedMention], Found | None]]:
        """:meth:`scan_parts`, given ``text`` as the rules read it and its anchors.

        With a ``plan`` (the compiled pre-scan's), its stretches stand for the
        anchors: a part's stretches are those :data:`_merged` makes of its anchors.
        """
        where = [x for x, _ in all_hits]
        size = len(text)
        ctx = memo.ctx
        targets = self._targets
        families = range(len(self._families))
        two = len(families) == 2
        probes_of, arounds_of, known_of = self._probes, self._arounds, memo.first
        again_answers = memo.again
        last = _SIZES[-1]
        before: Found | None = None
        if previous is not None:
            before = (previous.start, previous.end, previous.expression, previous.interval_start,
                      previous.interval_end, previous.precision, previous.relative)  # fmt: skip
        results: list[tuple[list[Found], list[UnresolvedMention], Found | None]] = []
        nothing: tuple[list[Found], list[UnresolvedMention], Found | None] = ([], [], None)
        if plan is not None:
            _, states, bounds, planned = plan
            count = len(families)
        for part_no, (start, end) in enumerate(parts):
            hits: list[tuple[int, int]] | None
            if plan is not None and states[part_no] != fast.ALONE:
                # The compiled pre-scan's stretches, per family (as _clusters makes them).
                if states[part_no] == fast.NOTHING:
                    results.append(nothing)
                    continue
                part = text[start:end]
                read_part = part if read is text else read[start:end]
                k = part_no * count
                if two:  # a literal: no comprehension call
                    wanted = [
                        planned[bounds[k] : bounds[k + 1]],
                        planned[bounds[k + 1] : bounds[k + 2]],
                    ]
                else:
                    wanted = [planned[bounds[k + i] : bounds[k + i + 1]] for i in families]
                merged = True
            else:
                part = text[start:end]
                if (
                    plan is None
                    and (start == 0 or text[start - 1].isspace() or text[start - 1] in PART_BEFORE)
                    and (end == size or text[end].isspace())
                ):
                    lo, hi = bisect_left(where, start), bisect_left(where, end)
                    if lo == hi:
                        results.append(nothing)
                        continue
                    hits, offset = all_hits[lo:hi], start
                    read_part = part if read is text else read[start:end]
                else:  # neighbours that might hide an anchor: the part alone
                    read_part, offset = part, 0
                    hits = self._prescan.hits(part)
                    if hits is None:
                        read_part = self._rewrite(part)
                        hits = self._prescan.hits(read_part)
                    if not hits:
                        results.append(nothing)
                        continue
                # The stretches to search, per family (see _clusters).
                wanted = (
                    [[], []] if two else [[] for _ in families]  # a literal: no comprehension call
                )
                for x, key in hits:
                    x -= offset
                    for index, rules, reach in targets[key]:
                        wanted[index].append((x - reach if x > reach else 0, x, rules))
                merged = False
            # What the rules accept there, with the memo's answers (see _near_anchors).
            candidates: list[_Known] = []
            for index in families:
                stretches = wanted[index]
                if not stretches:
                    continue
                if len(stretches) > 1 and not merged:
                    stretches = _merged(stretches)
                probes, known, arounds = probes_of[index], known_of[index], arounds_of[index]
                pos = 0
                for lo, hi, rules in stretches:
                    probe = probes.get(rules) or self._probe(index, rules)
                    sized, at = probe.sized, probe.at
                    if lo < pos:
                        lo = pos
                    while lo <= hi:
                        span = hi - lo if hi - lo < last else last
                        match = (sized[span] or probe.regex(span)).match(read_part, lo)
                        if match is None:
                            lo += last + 1  # nothing in lo .. lo + 63 (hi may lie further)
                            continue
                        number = match.lastindex or 0  # the rule's group closes last
                        first = match.start(number)
                        if first > hi:
                            break
                        rule_index, numbers = at[number]  # type: ignore[misc]  # a rule's group
                        memo_key: Hashable = match.group(*numbers)
                        around = arounds[rule_index]
                        if around is not None:
                            memo_key = (memo_key, around(read_part, first, match.end(number)))
                        answers = known[rule_index]
                        entry = answers.get(memo_key)
                        if entry is None:
                            if len(answers) >= _MEMO_SIZE:
                                answers.clear()
                            entry = self._entry(read_part, ctx, index, rule_index, first)
                            answers[memo_key] = entry
                        if entry[0] is None:
                            pos = lo = first + 1
                            continue
                        pos = lo = first + entry[1]
                        candidates.append((first, -lo, index, rule_index, entry, memo_key))
            # The expressions kept, in order (overlaps: the earlier, then the longer).
            if len(candidates) > 1:
                candidates.sort()  # by start, then end (longest first), then family
            found: list[Found] = []
            unresolved: list[UnresolvedMention] = []
            done = 0
            for first, neg_end, index, rule_index, entry, memo_key in candidates:
                outcome, _, again, tail = entry
                if first < done:
                    continue
                if again and before is not None:
                    outcome = again_answers.get(
                        (index, rule_index, memo_key, before[3], before[4], before[5]), _UNKNOWN
                    )
                    if outcome is _UNKNOWN:
                        outcome = self._again(
                            read_part, memo, index, rule_index, first, memo_key, before
                        )
                    if outcome is None:
                        continue
                    tail = _tail(outcome)
                stop = -neg_end
                if tail is not None and not compared(read_part, first, stop):
                    mention = (first, stop, part[first:stop]) + tail  # noqa: RUF005  # faster
                    if (
                        found
                        and not mention[6]
                        and found[-1][6]
                        and first - found[-1][1] <= joined.GAP
                        and joined.joined(read_part, found[-1][1], first)
                    ):  # 1 July - 31 December 2022: the start takes the end's year
                        found[-1] = _joined_start(found[-1], mention[3])
                    elif (
                        found
                        and mention[6]
                        and first - found[-1][1] <= joined.GLOSS_GAP
                        and joined.glossed(read_part, found[-1][1], first)
                    ):  # the end of Q2 (June 30): the June 30 of that Q2
                        mention = _glossing(mention, found[-1])
                    if found and first - found[-1][1] <= corrections.GAP:
                        said = corrections.rejected(read_part, found[-1][0], found[-1][1], first)
                        if said == corrections.LATER:  # 是2019年，不是2018年
                            unresolved.append(
                                UnresolvedMention(first, stop, mention[2], corrections.REASON)
                            )
                            done = stop
                            continue
                        if said == corrections.EARLIER:  # 前年……不对，去年
                            wrong = found.pop()
                            unresolved.append(
                                UnresolvedMention(wrong[0], wrong[1], wrong[2], corrections.REASON)
                            )
                    before = mention
                    found.append(before)
                else:
                    reason = COMPARED if tail is not None else outcome.reason  # type: ignore[union-attr]
                    unresolved.append(UnresolvedMention(first, stop, part[first:stop], reason))
                done = stop
            if found:
                before = found[0] if len(found) == 1 and not keep_one else keep(found)
                results.append((found, unresolved, before))
            else:
                results.append((found, unresolved, None))
        return results

    def scan(
        self,
        text: str,
        ctx: TimeContext,
        previous: TimeMention | None = None,
        *,
        prefilter: bool = True,
        memo: Memo | None = None,
    ) -> tuple[list[TimeMention], list[UnresolvedMention]]:
        """Every expression in ``text``, resolved in order.

        Each resolved mention becomes the ``previous`` of the next expression.

        Args:
            text: The text to scan, as written (expressions are reported as written).
            ctx: What relative expressions are resolved against.
            previous: The mention before this text, for anaphora (那时, that autumn).
            prefilter: False searches the whole text without anchors (to test
                that the anchors lose nothing).
            memo: Answers to give again, and to add to (with the anchors only):
                the same answers, without matching each rule alone and
                resolving its match again. Made by :meth:`memo` for ``ctx``.

        Raises:
            ValueError: ``memo`` was made for another context, or given with ``prefilter=False``.

        Returns:
            The resolved mentions and the expressions that could not be resolved.
        """
        if memo is not None:
            if memo.ctx is not ctx and memo.ctx != ctx:
                raise ValueError(f"a memo made for {memo.ctx} used with {ctx}")
            if not prefilter:
                raise ValueError("a memo works with the anchors: prefilter=False takes none")
            read, anchors = self._read(text)
            if not anchors:
                return [], []
            known, skipped, _ = self._scan_parts(
                read, text, anchors, [(0, len(text))], memo, _last, previous
            )[0]
            return [TimeMention(*mention) for mention in known], skipped
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
            elif compared(read, start, end):  # 比去年同期: not when anything happened
                unresolved.append(UnresolvedMention(start, end, text[start:end], COMPARED))
            else:
                span = outcome.span
                mention = TimeMention(
                    start, end, text[start:end], span.start, span.end, span.precision,
                    outcome.relative,
                )  # fmt: skip
                if (
                    found
                    and not mention.relative
                    and found[-1].relative
                    and start - found[-1].end <= joined.GAP
                    and joined.joined(read, found[-1].end, start)
                ):  # 1 July - 31 December 2022: the start takes the end's year
                    moved = joined.moved_start(found[-1].interval_start, found[-1].interval_end,
                                               found[-1].precision, span.start)  # fmt: skip
                    if moved is not None:
                        found[-1] = replace(found[-1], interval_start=moved[0],
                                            interval_end=moved[1], relative=False)  # fmt: skip
                elif (
                    found
                    and mention.relative
                    and start - found[-1].end <= joined.GLOSS_GAP
                    and joined.glossed(read, found[-1].end, start)
                ):  # the end of Q2 (June 30): the June 30 of that Q2
                    into = joined.moved_into(
                        mention.interval_start,
                        mention.interval_end,
                        found[-1].interval_start,
                        found[-1].interval_end,
                    )
                    mention = replace(mention, interval_start=into[0], interval_end=into[1])
                said = (
                    corrections.rejected(read, found[-1].start, found[-1].end, start)
                    if found and start - found[-1].end <= corrections.GAP
                    else corrections.NEITHER
                )
                if said == corrections.LATER:  # 是2019年，不是2018年
                    unresolved.append(
                        UnresolvedMention(start, end, mention.expression, corrections.REASON)
                    )
                    done = end
                    continue
                if said == corrections.EARLIER:  # 前年……不对，去年
                    wrong = found.pop()
                    unresolved.append(
                        UnresolvedMention(wrong.start, wrong.end, wrong.expression,
                                          corrections.REASON)
                    )  # fmt: skip
                found.append(mention)
                previous = mention
            done = end
        return found, unresolved


#: How many answers a memo keeps per rule (and after previous mentions) before it starts afresh.
_MEMO_SIZE = 512
#: The end of a :data:`Found` tuple for a resolved answer: (interval start, end,
#: precision, relative); ``None`` for an unresolved one (or none).
_Tail = tuple[date, date, Precision, bool]
#: A rule's answer without a previous mention: (answer, the match's length, whether to ask
#: the rule again when there is a previous mention, the answer's :data:`_Tail`).
_Entry = tuple[Resolved | Unresolved | None, int, bool, _Tail | None]
#: A match a rule accepted, from a memo: (start, -end, family, rule, entry, memo key).
_Known = tuple[int, int, int, int, _Entry, Hashable]
#: What a memo does not know yet (``None`` is an answer).
_UNKNOWN: Final = Unresolved("not asked yet")
#: A mention as :meth:`Scanner.scan_parts` reports it: a :class:`TimeMention`'s fields, in order.
Found = tuple[int, int, str, date, date, Precision, bool]


def _joined_start(start: Found, end_start: date) -> Found:
    """``start``, a yearless range start, moved to the range end's year (see :mod:`.joined`)."""
    moved = joined.moved_start(start[3], start[4], start[5], end_start)
    if moved is None:
        return start
    return (start[0], start[1], start[2], moved[0], moved[1], start[5], False)


def _glossing(gloss: Found, glossed: Found) -> Found:
    """``gloss``, a yearless time in brackets after ``glossed``, moved into or next to it."""
    start, end = joined.moved_into(gloss[3], gloss[4], glossed[3], glossed[4])
    if start == gloss[3]:
        return gloss
    return (gloss[0], gloss[1], gloss[2], start, end, gloss[5], gloss[6])


def _last(found: list[Found]) -> Found:
    return found[-1]


def _tail(outcome: Resolved | Unresolved | None) -> _Tail | None:
    """What a mention of a resolved ``outcome`` ends with (see :data:`_Tail`)."""
    if outcome.__class__ is not Resolved:
        return None
    span = outcome.span
    return span.start, span.end, span.precision, outcome.relative


class Memo:
    """The answers of a scanner's rules under one context, to give them again.

    An answer is a function of the rule, its match's groups (the expression
    is one of them), what the rule reads around the match (:attr:`Rule.around`),
    the context, and, when the rule reads the previous mention, that
    mention's interval and precision. A memo remembers answers by exactly
    these, so the same expression met again under the same context (去年三月
    in many paragraphs of a source, or in several sources of one date) is
    neither matched again by its rule alone nor resolved again. It never
    remembers texts: only expressions.

    Args:
        scanner: The scanner whose rules answer.
        ctx: The context they answer under.
    """

    __slots__ = ("again", "ctx", "first")

    def __init__(self, scanner: Scanner, ctx: TimeContext) -> None:
        self.ctx = ctx
        #: Per family, per rule: memo key -> the answer without a previous mention.
        self.first: list[list[dict[Hashable, _Entry]]] = [
            [{} for _ in family.rules] for family in scanner.families
        ]
        #: (family, rule, memo key, previous interval and precision) -> the answer after it.
        self.again: dict[Hashable, Resolved | Unresolved | None] = {}


def _merged(
    stretches: list[tuple[int, int, frozenset[int]]],
) -> list[tuple[int, int, frozenset[int]]]:
    """Overlapping or touching ``(lo, hi, rules)`` stretches merged, their rules united.

    Sorts ``stretches`` in place (by lo, then hi: ties in both merge alike).
    """
    stretches.sort()
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
    return merged
