"""One scanner for many rules: a cheap anchor prefilter, then one combined regex.

Ordinary prose has few time expressions, so scanning must cost little where
there are none. Every rule's expression contains an *anchor* (年 after a
digit, 月, 季度, 春节, "year", a four-digit number ...). The anchors form one
regex whose branches each start with a literal character, which lets ``re``
skip every other character in its C loop. Only the text within ``margin``
characters of an anchor is searched with the combined regex of all rules; a
hit is then matched again with its own rule's regex to read its groups.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
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
        elif len(rests) == 1:
            branches.append(head + rests[0])
        else:
            branches.append(head + "(?:" + "|".join(rests) + ")")
    return "|".join(branches)


class Scanner:
    """Finds and resolves the expressions of a set of rules in a text.

    Args:
        rules: The rules, most specific first (at one position the first that matches wins).
        anchors: Prefilter branches; every expression a rule matches must contain one.
        margin: Characters searched on each side of an anchor; longer than any expression.
    """

    def __init__(self, rules: Sequence[Rule], anchors: Sequence[Anchor], margin: int = 48) -> None:
        self.rules = tuple(rules)
        self.margin = margin
        self._regexes = tuple(re.compile(rule.pattern) for rule in self.rules)
        combined = "|".join(
            f"(?P<r{i}>{_NAMED_GROUP.sub('(?:', rule.pattern)})" for i, rule in enumerate(rules)
        )
        self._combined = re.compile(combined)
        self._anchor = re.compile(_factor(anchors))

    def windows(self, text: str) -> Iterator[tuple[int, int]]:
        """The stretches of ``text`` around anchors, merged where they overlap."""
        size = len(text)
        margin = self.margin
        start = end = -1
        for hit in self._anchor.finditer(text):
            lo = hit.start() - margin
            hi = hit.end() + margin
            if lo <= end:
                end = hi
                continue
            if end >= 0:
                yield start, min(end, size)
            start, end = max(lo, 0), hi
        if end >= 0:
            yield start, min(end, size)

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
        spans = self.windows(text) if prefilter else iter([(0, len(text))])
        done = 0
        for lo, hi in spans:
            pos = max(lo, done)
            while pos < hi:
                hit = self._combined.search(text, pos, hi)
                if hit is None:
                    break
                index = int(hit.lastgroup[1:]) if hit.lastgroup else 0
                match = self._regexes[index].match(text, hit.start(), hi)
                outcome = self.rules[index].resolve(match, ctx, previous) if match else None
                if outcome is None:
                    pos = hit.start() + 1
                    continue
                start, end = hit.start(), hit.end()
                if isinstance(outcome, Unresolved):
                    unresolved.append(
                        UnresolvedMention(start, end, written[start:end], outcome.reason)
                    )
                else:
                    span = outcome.span
                    mention = TimeMention(
                        start, end, written[start:end], span.start, span.end, span.precision,
                        outcome.relative,
                    )  # fmt: skip
                    found.append(mention)
                    previous = mention
                pos = done = end
        return found, unresolved
