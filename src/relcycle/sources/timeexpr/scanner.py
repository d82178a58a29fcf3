"""One scanner for many rules: a cheap anchor prefilter, then one combined regex.

Ordinary prose has few time expressions, so scanning must cost little where
there are none. Rules come in *families* (Chinese, English). Every
expression a family's rules match contains one of the family's *anchors* (年
after a digit, 月, 季度, 春节, "year", a four-digit number ...). All anchors
form one regex whose branches each start with a literal character, which lets
``re`` skip every other character in its C loop. Only a short window around
each anchor is searched, with the combined regex of the family's rules; that
regex starts with a cheap test of the character an expression can start with.
A hit is then matched again with its own rule's regex to read its groups.
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

Resolver = Callable[[re.Match[str], TimeContext, TimeMention | None], Resolved | Unresolved | None]

_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


@dataclass(frozen=True, slots=True)
class Rule:
    """A family of time expressions: its regex and how to resolve a match.

    Attributes:
        name: Identifier, for debugging and tests.
        pattern: Regex source; named groups only (no back references).
        resolve: Turns a match into an interval, an unresolved reason, or
            ``None`` when the match is not a time expression after all.
    """

    name: str
    pattern: str
    resolve: Resolver


@dataclass(frozen=True, slots=True)
class Anchor:
    """A prefilter branch: a literal first character and the regex that must follow it."""

    first: str
    rest: str = ""


def _factor(anchors: Sequence[Anchor]) -> str:
    """One alternation whose branches each start with a literal, grouped by that literal."""
    grouped: dict[str, list[str]] = {}
    for anchor in anchors:
        if len(anchor.first) != 1:
            raise ValueError(f"anchor must start with one literal character, got {anchor.first!r}")
        grouped.setdefault(anchor.first, []).append(anchor.rest)
    branches = []
    for first, rests in grouped.items():
        head = re.escape(first)
        if "" in rests:
            branches.append(head)
        else:
            branches.append(head + "(?:" + "|".join(rests) + ")")
    return "|".join(branches)


@dataclass(frozen=True, slots=True)
class Family:
    """Rules that share anchors and the characters their expressions start with.

    Attributes:
        rules: The rules, most specific first (at one position the first that matches wins).
        anchors: Prefilter branches; every expression a rule matches contains one.
        starts: A zero-width regex true where one of the rules' expressions can start.
        before: How far before an anchor an expression can start (characters).
        after: How far after an anchor an expression and its context can reach.
    """

    rules: tuple[Rule, ...]
    anchors: tuple[Anchor, ...]
    starts: str
    before: int
    after: int = 64


class _Compiled:
    def __init__(self, family: Family) -> None:
        self.family = family
        self.regexes = tuple(re.compile(rule.pattern) for rule in family.rules)
        alternation = "|".join(
            f"(?P<r{i}>{_NAMED_GROUP.sub('(?:', rule.pattern)})"
            for i, rule in enumerate(family.rules)
        )
        self.guarded = re.compile(f"{family.starts}(?:{alternation})")
        self.unguarded = re.compile(alternation)


class Scanner:
    """Finds and resolves the expressions of families of rules in a text.

    Args:
        families: The rule families; where their matches overlap, the earlier
            (then the longer, then the first family's) is kept.
    """

    def __init__(self, families: Sequence[Family]) -> None:
        self._families = tuple(_Compiled(f) for f in families)
        anchors = [a for f in families for a in f.anchors]
        self._owner: dict[str, list[int]] = {a.first: [] for a in anchors}
        for index, family in enumerate(families):
            for anchor in family.anchors:
                if index not in self._owner[anchor.first]:
                    self._owner[anchor.first].append(index)
        self._anchor = re.compile(_factor(anchors))

    def windows(self, text: str) -> list[list[tuple[int, int]]]:
        """Per family, the stretches of ``text`` around its anchors, merged where they overlap."""
        size = len(text)
        out: list[list[tuple[int, int]]] = [[] for _ in self._families]
        for hit in self._anchor.finditer(text):
            for index in self._owner[text[hit.start()]]:
                family = self._families[index].family
                lo, hi = max(hit.start() - family.before, 0), min(hit.end() + family.after, size)
                spans = out[index]
                if spans and lo <= spans[-1][1]:
                    spans[-1] = (spans[-1][0], max(hi, spans[-1][1]))
                else:
                    spans.append((lo, hi))
        return out

    def _candidates(
        self, text: str, ctx: TimeContext, prefilter: bool
    ) -> list[tuple[int, int, int, int, re.Match[str]]]:
        """Every valid match as ``(start, -end, family, rule, match)``, in text order.

        Validity is checked without a previous mention; the final resolution
        (in :meth:`scan`) passes the previous one.
        """
        found: list[tuple[int, int, int, int, re.Match[str]]] = []
        windows = self.windows(text) if prefilter else [[(0, len(text))] for _ in self._families]
        for index, (compiled, spans) in enumerate(zip(self._families, windows, strict=True)):
            combined = compiled.guarded if prefilter else compiled.unguarded
            for lo, hi in spans:
                pos = lo
                while pos < hi:
                    hit = combined.search(text, pos, hi)
                    if hit is None:
                        break
                    rule_index = int(hit.lastgroup[1:]) if hit.lastgroup else 0
                    match = compiled.regexes[rule_index].match(text, hit.start(), hi)
                    rule = compiled.family.rules[rule_index]
                    if match is None or rule.resolve(match, ctx, None) is None:
                        pos = hit.start() + 1
                        continue
                    found.append((hit.start(), -hit.end(), index, rule_index, match))
                    pos = hit.end()
        found.sort(key=lambda c: (c[0], c[1], c[2]))
        return found

    def scan(
        self,
        text: str,
        ctx: TimeContext,
        previous: TimeMention | None = None,
        *,
        original: str | None = None,
        prefilter: bool = True,
    ) -> tuple[list[TimeMention], list[UnresolvedMention]]:
        """Every expression in ``text``, resolved in order.

        Each resolved mention becomes the ``previous`` of the next expression.

        Args:
            text: The text to scan, with digits already normalised.
            ctx: What relative expressions are resolved against.
            previous: The mention before this text, for anaphora (那时, that autumn).
            original: The text as written, for the reported expressions (same offsets).
            prefilter: False scans the whole text (to test that the prefilter loses nothing).

        Returns:
            The resolved mentions and the expressions that could not be resolved.
        """
        written = text if original is None else original
        found: list[TimeMention] = []
        unresolved: list[UnresolvedMention] = []
        done = 0
        for start, neg_end, index, rule_index, match in self._candidates(text, ctx, prefilter):
            if start < done:
                continue
            end = -neg_end
            rule = self._families[index].family.rules[rule_index]
            outcome = rule.resolve(match, ctx, previous)
            if outcome is None:
                continue
            if isinstance(outcome, Unresolved):
                unresolved.append(UnresolvedMention(start, end, written[start:end], outcome.reason))
            else:
                span = outcome.span
                mention = TimeMention(
                    start, end, written[start:end], span.start, span.end, span.precision,
                    outcome.relative,
                )  # fmt: skip
                found.append(mention)
                previous = mention
            done = end
        return found, unresolved
