"""Which literals the automaton looks for, and what a hit of each one means.

:class:`LiteralTable` turns a language's rules into one list of case-folded
literals (the automaton's patterns) and the tables that read its hits:

* a rule whose regex matches a few fixed caseless strings (``exact`` in
  :class:`~relcycle.frameworks.regex_facts.RegexFacts`) is found
  from its strings' hits alone ("plain" rules: most Chinese terms);
* any other rule gets *anchors*, the cheapest of its required literal sets
  (the rarest-looking by :mod:`~relcycle.coding.dictionary.frequency`), and
  further required sets that are cheap to check — because their literals are
  looked for anyway, or are rare; the rule's regex runs only in a text that
  has an anchor and a literal of each further set;
* extra needles (the case's actor words) and the anchors of the negation,
  hedging and reported-speech cues join the same automaton; the patterns
  ``near``/``not`` windows search get anchors among the literals looked for
  anyway, when they have some (a window whose anchors a text lacks finds nothing).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final

from relcycle.coding.dictionary.frequency import frequencies
from relcycle.frameworks.fold import fold
from relcycle.frameworks.regex_facts import RegexFacts

MAX_REQUIREMENT_COST: Final = 0.002
"""Most estimated occurrences per character of a further required set whose literals
are not looked for anyway (each hit of a common literal costs time and filters little)."""
MAX_FLAG_COST: Final = 0.003
"""The same for the literals that show a text has no negation, hedging or reported-speech cue."""


class LiteralTable:
    """The automaton's literals for one language's rules, and how to read their hits.

    Args:
        facts: Each rule's regex facts, in rule order.
        flag_facts: The regex facts of the negation, hedging and reported-speech
            cues (``None`` for a cue the framework lacks).
        needles: Extra literals to report (their id is their position).
        lang: The rules' language (chooses the frequency sample).
        window_facts: The regex facts of the patterns ``near``/``not`` windows search.
        further_cost: The most estimated occurrences per character of a further
            required set whose literals are not looked for anyway (0: only sets
            of literals looked for anyway).

    Attributes:
        literals: The distinct case-folded literals, in id order.
        plain: Literal id → ((rule order, preference), ...) of the plain rules it is a string of.
        primary: Literal id → orders of the rules it anchors.
        anchors: Rule order → its anchors' literal ids (empty for plain rules).
        further: Rule order → its further required sets (literal ids).
        flag_anchors: Per flag cue, the literal ids one of which a text must
            contain for the cue to occur in it, or ``None`` (always search). The
            negation cue's are always looked for: their offsets tell which hits
            can be negated at all.
        needle_ids: Literal id → the needles it stands for.
        window_anchors: Per window pattern, the literal ids one of which a text
            must contain for the pattern to occur in it, or ``None`` (always search).
        always: Orders of the rules without any literal (run on every text).
    """

    def __init__(
        self,
        facts: Sequence[RegexFacts],
        flag_facts: Sequence[RegexFacts | None],
        needles: Sequence[str],
        lang: str,
        window_facts: Sequence[RegexFacts] = (),
        further_cost: float = MAX_REQUIREMENT_COST,
    ) -> None:
        ids: dict[str, int] = {}

        def literal_id(literal: str) -> int:
            return ids.setdefault(literal, len(ids))

        wanted = {
            x
            for f in (*facts, *flag_facts, *window_facts)
            if f
            for req in f.requirements
            for x in req
        }
        freq = frequencies(wanted, lang)

        def cost(literals: Iterable[str]) -> float:
            return sum(freq[x] for x in literals)

        plain: dict[int, list[tuple[int, int]]] = {}
        primary: dict[int, list[int]] = {}
        ranked: list[list[tuple[str, ...]]] = []
        self.anchors: list[frozenset[int]] = []
        for order, f in enumerate(facts):
            if f.exact is not None:
                for preference, string in enumerate(f.exact):
                    plain.setdefault(literal_id(string), []).append((order, preference))
                ranked.append([])
                self.anchors.append(frozenset())
                continue
            by_cost = sorted(f.requirements, key=cost)
            ranked.append(by_cost[1:])
            best = by_cost[0] if by_cost else ()
            for anchor in best:
                primary.setdefault(literal_id(anchor), []).append(order)
            self.anchors.append(frozenset(literal_id(a) for a in best))
        self.needle_ids: dict[int, tuple[int, ...]] = {}
        for n, needle in enumerate(needles):
            if needle.strip():
                key = literal_id(fold(needle.strip()))
                self.needle_ids[key] = (*self.needle_ids.get(key, ()), n)
        known = set(ids)  # literals looked for anyway: further sets of these are free
        self.further: list[tuple[frozenset[int], ...]] = [
            tuple(
                frozenset(literal_id(x) for x in req)
                for req in others
                if known.issuperset(req) or cost(req) <= further_cost
            )
            for others in ranked
        ]
        self.flag_anchors: list[frozenset[int] | None] = []
        for n, flag in enumerate(flag_facts):
            # negation: checked per hit; a conditional (the fourth): per text with hits
            limit = float("inf") if n in (0, 3) else MAX_FLAG_COST
            usable = [r for r in flag.requirements if cost(r) <= limit] if flag else []
            best_flag = min(usable, key=cost) if usable else None
            self.flag_anchors.append(
                frozenset(literal_id(a) for a in best_flag) if best_flag else None
            )
        self.window_anchors: list[frozenset[int] | None] = []
        for window in window_facts:  # only literals looked for anyway: more would cost more
            usable = [r for r in window.requirements if all(x in ids for x in r)]
            best_window = min(usable, key=cost) if usable else None
            self.window_anchors.append(
                frozenset(literal_id(a) for a in best_window) if best_window else None
            )
        self.literals = tuple(sorted(ids, key=ids.__getitem__))
        self.plain = tuple(tuple(plain.get(i, ())) for i in range(len(ids)))
        self.primary = {k: tuple(v) for k, v in primary.items()}
        self.always = tuple(
            order for order, f in enumerate(facts) if f.exact is None and not f.requirements
        )
