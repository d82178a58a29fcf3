"""The reference reading of the rule language: which rules match where in a text.

:class:`Matcher` applies a framework's rules to one text and returns every
hit with its span and three flags read from the framework's cue lexicons:

* ``negated``: a ``negation`` cue ends at most :data:`NEGATION_REACH`
  characters before the hit, in the same clause (no comma, colon or sentence
  end in between), and is not part of the hit itself; or the hit starts in
  the scope of a conditional (:mod:`~relcycle.frameworks.conditionals`: from
  如果 / *if* to the end of the consequent, unless the sentence tells what
  happened), which is hypothetical;
* ``hedged``: a ``hedging`` cue occurs in the hit's sentence;
* ``reported``: a ``reported_speech`` cue occurs before the hit in its sentence.

A hit is negated too where a code that ``supersedes`` its code (or an ancestor)
has a hit that is not negated in the same clause: 活动方案由事前审批改为备案 relaxes
control (``gov.concede.relax``), and its 审批 is no approval demanded.

An auto-coder decides what to do with the flags (a negated hit is usually not
evidence for the code). Cue lexicons can be extended for one case with
``extra_cues``, e.g. ``{"actor.government": ["L镇宣传文化办", "王主任"]}`` from
the case's actors and their aliases.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Final

from relcycle.frameworks.conditionals import Conditionals, Span, in_spans
from relcycle.frameworks.model import Code, Framework
from relcycle.frameworks.regex_facts import caseless, regex_facts
from relcycle.frameworks.rules import (
    FLAGS,
    Rule,
    Window,
    sentence_bounds,
    term_regex,
)

NEGATION_REACH: Final = {"zh": 10, "en": 30}
"""How far before a hit (in characters) a negation cue may end and still negate it."""

_CLAUSE_BREAK: Final = re.compile(r"[，,：:。！？；!?;\n]")


def superseded(
    text: str,
    hits: Sequence[tuple[int, int, str, bool]],
    cancels: Mapping[str, frozenset[str]],
) -> list[bool]:
    """Each hit's negated flag once the hits of superseding codes have cancelled theirs.

    Args:
        text: The text the hits are in.
        hits: ``(start, end, code, negated)`` of each hit.
        cancels: Code → the codes its hits cancel (:attr:`Matcher.cancels`).

    Returns:
        Per hit: negated already, or reaching into the clause of a hit, not negated,
        of a code whose ``cancels`` hold its code.
    """
    clauses = [
        (*_clause(text, start, end), cancels[code])
        for start, end, code, negated in hits
        if not negated and code in cancels
    ]
    if not clauses:
        return [negated for _, _, _, negated in hits]
    return [
        negated
        or any(lo < end and start < hi and code in cancelled for lo, hi, cancelled in clauses)
        for start, end, code, negated in hits
    ]


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause ``text[start:end]`` lies in: from the break before it to the one after."""
    lo = max(0, start - 200)
    for m in _CLAUSE_BREAK.finditer(text, lo, start):
        lo = m.end()
    after = _CLAUSE_BREAK.search(text, end)
    return lo, len(text) if after is None else after.start()


@dataclass(frozen=True, slots=True)
class Hit:
    """One match of one rule of one code.

    Attributes:
        code: The code's id.
        lang: The language of the rule that matched.
        start: Start offset of the match (code points into the text).
        end: End offset (exclusive).
        text: The matched text.
        rule: The rule as written.
        negated: A negation cue governs the match, or a conditional makes it
            hypothetical.
        hedged: The match's sentence is hedged.
        reported: The match is in reported speech.
    """

    code: str
    lang: str
    start: int
    end: int
    text: str
    rule: str
    negated: bool = False
    hedged: bool = False
    reported: bool = False


@dataclass(frozen=True, slots=True)
class _Index:
    """A language's rules, indexed by the literals that must occur for them to match.

    Attributes:
        rules: (code id, rule) pairs, in the framework's order.
        by_needle: A literal → the rules (positions in ``rules``) that need it.
        always: The rules no literal screens: run on every text.
        probe: For rules that read the turn, one pattern of literals one of
            which occurs wherever one of ``rules`` matches, so a text it misses
            is passed over at once; ``None`` when there is none.
    """

    rules: tuple[tuple[str, Rule], ...]
    by_needle: Mapping[str, tuple[int, ...]]
    always: tuple[int, ...]
    probe: re.Pattern[str] | None = None


def _build_index(rules: Sequence[tuple[str, Rule]], *, probe: bool = False) -> _Index:
    """``rules`` indexed by their screens (:func:`screen`), with a probe if asked."""
    by_needle: dict[str, list[int]] = {}
    always: list[int] = []
    for n, (_, rule) in enumerate(rules):
        needles = screen(rule)
        if not needles:
            always.append(n)
        for needle in needles:
            by_needle.setdefault(needle, []).append(n)
    return _Index(
        rules=tuple(rules),
        by_needle={k: tuple(v) for k, v in by_needle.items()},
        always=tuple(always),
        probe=_probe([rule for _, rule in rules]) if probe else None,
    )


def _probe(rules: Sequence[Rule]) -> re.Pattern[str] | None:
    """One pattern of the literals one of which occurs wherever one of ``rules`` matches.

    ``None`` when a rule has no such literals (:func:`required_literals`). The
    literals are case-folded (:func:`~relcycle.frameworks.fold.fold`), so the
    pattern ignores case when one of them has any.
    """
    words: set[str] = set()
    for rule in rules:
        needed = required_literals(rule.pattern)
        if not needed:
            return None
        words.update(needed)
    flags = 0 if all(map(caseless, words)) else re.IGNORECASE
    return re.compile("|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w)))), flags)


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...]:
    r"""Case-folded literals one of which occurs in every match of ``pattern``, if easy to see.

    Of the regex's requirements (:func:`~relcycle.frameworks.regex_facts.regex_facts`:
    ``(汇报|报告)一下`` needs one of its two strings, ``要求[^。]{0,12}?报送`` both
    要求 and 报送) the one whose literals are longest, up to two characters, not
    punctuation, and fewest is kept; ``()``, meaning "no pre-check", when there is none or the
    regex is not parsed.
    """
    try:
        requirements = regex_facts(pattern.pattern, pattern.flags).requirements
    except (re.error, ValueError, TypeError, RecursionError):
        return ()
    if not requirements:
        return ()
    return max(requirements, key=_selectivity)


def _selectivity(words: tuple[str, ...]) -> tuple[int, bool, int]:
    """How rarely one of ``words`` occurs, roughly: longer, not punctuation, fewer."""
    return min(2, *map(len, words)), all(any(c.isalnum() for c in w) for w in words), -len(words)


def screen(rule: Rule) -> tuple[str, ...]:
    """Lower-case literals one of which occurs in every text ``rule`` matches.

    Empty when none is easy to see; the rule is then always run. This is only
    a shortcut: the result of :meth:`Matcher.find` does not depend on it.
    """
    if rule.is_regex:
        needles = leading_literals(rule.written[len("re:") :])
    else:
        first = rule.written.split("…", 1)[0].strip()
        word = re.split(r"['’\s-]", first, maxsplit=1)[0] if first else ""
        needles = (word.lower(),) if word else ()
    if any(len(n) < (1 if rule.lang == "zh" else 2) for n in needles):
        return ()
    return needles


_META: Final = set(".^$*+?{}[]\\|()")


def leading_literals(source: str) -> tuple[str, ...]:
    r"""Literals one of which every match of regex ``source`` starts with, if easy to see.

    Handles a leading run of plain characters (``报批``, ``\\bsigned``) and a
    leading group of plain alternatives (``(镇里|政府)``); anything else, and any
    regex with a top-level ``|``, gives ``()``, meaning "no pre-check".
    """
    depth = 0
    escaped = False
    for ch in source:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            return ()
    rest = source.removeprefix("\\b")
    if rest.startswith("(") and not rest.startswith(("(?=", "(?!", "(?<", "(?P", "(?i")):
        inner_start = 3 if rest.startswith("(?:") else 1
        close = rest.find(")")
        alternatives = rest[inner_start:close].split("|")
        if close < 0 or rest[close + 1 : close + 2] in ("?", "*", "{"):
            return ()
        if any(not a or _META & set(a) for a in alternatives):
            return ()
        return tuple(a.lower() for a in alternatives)
    run = ""
    for ch in rest:
        if ch in _META:
            if ch in "?*{" and run:
                run = run[:-1]
            break
        run += ch
    return (run.lower(),) if run else ()


class Matcher:
    """Finds the evidence a framework's rules describe in a text.

    Args:
        framework: The framework whose codes' rules are applied.
        codes: Only these codes (ids); every code with rules when omitted.
        extra_cues: Cue name → more terms for that cue (e.g. a case's actor names).
    """

    def __init__(
        self,
        framework: Framework,
        *,
        codes: Iterable[str] | None = None,
        extra_cues: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self.framework = framework
        wanted = set(codes) if codes is not None else None
        self._codes: tuple[Code, ...] = tuple(
            c for c in framework.codes if c.rules and (wanted is None or c.id in wanted)
        )
        self._turn_codes: tuple[Code, ...] = tuple(
            c for c in framework.codes if c.turn_rules and (wanted is None or c.id in wanted)
        )
        self._extra = {k: tuple(v) for k, v in (extra_cues or {}).items()}
        self._cue_cache: dict[tuple[str, str], re.Pattern[str] | None] = {}
        self._indexes: dict[str, _Index] = {}
        # (lang, codes of the turn before, role) → the turn rules they allow
        self._turn_indexes: dict[tuple[str, frozenset[str], str | None], _Index | None] = {}
        self._turn_vocabulary: tuple[frozenset[str], frozenset[str]] | None = None
        self._conditionals: dict[str, Conditionals] = {}
        # code → the codes its hits cancel in their clause (those it supersedes, and theirs)
        self._cancels: dict[str, frozenset[str]] = {
            c.id: frozenset(
                d.id
                for d in framework.codes
                if d.id in c.supersedes
                or any(a.id in c.supersedes for a in framework.ancestors(d.id))
            )
            for c in framework.codes
            if c.supersedes
        }

    def conditionals(self, lang: str) -> Conditionals:
        """What the ``conditional`` cue makes hypothetical in ``lang`` texts."""
        if lang not in self._conditionals:
            cue = self.cue_pattern("conditional", lang)
            screen, reach = None, 0
            if cue is not None:
                facts = regex_facts(cue.pattern, cue.flags)
                literals = required_literals(cue)
                if literals and facts.reach is not None:
                    flags = 0 if all(map(caseless, literals)) else re.IGNORECASE
                    screen = re.compile("|".join(map(re.escape, literals)), flags)
                    reach = facts.reach
            self._conditionals[lang] = Conditionals(
                cue, self.cue_pattern("reported_speech", lang), lang, screen=screen, reach=reach
            )
        return self._conditionals[lang]

    def cue_pattern(self, name: str, lang: str) -> re.Pattern[str] | None:
        """The pattern of cue lexicon ``name`` in ``lang``, with any extra terms."""
        key = (name, lang)
        if key not in self._cue_cache:
            cue = self.framework.cues.get(name)
            sources = []
            if cue is not None and lang in cue.patterns:
                sources.append(cue.patterns[lang].pattern)
            extra = self._extra.get(name, ())
            if extra:
                sources.extend(term_regex(t, lang) for t in extra if t.strip())
            pattern = re.compile("|".join(f"(?:{s})" for s in sources), FLAGS) if sources else None
            self._cue_cache[key] = pattern
        return self._cue_cache[key]

    def find(self, text: str, lang: str) -> list[Hit]:
        """Every hit of every code's ``lang`` rules in ``text``, in text order.

        Overlapping hits of one code are reported once: the earliest, then the longest.
        Rules that read the turn (``after``, ``by``) are not read here
        (:meth:`find_in_turn` reads them).
        """
        return self._find(text, self._index(lang))

    @property
    def has_turn_rules(self) -> bool:
        """Whether any of the codes read has rules that read the turn (``after``, ``by``)."""
        return bool(self._turn_codes)

    def find_in_turn(
        self,
        text: str,
        lang: str,
        before: Collection[str] = (),
        role: str | None = None,
    ) -> list[Hit]:
        """The hits of the rules that read the turn, where the turn meets their conditions.

        Such a rule (:mod:`relcycle.coding.dictionary.after`) holds in ``text``
        when it matches there as any rule does and the turn meets its
        conditions: for ``after``, ``before`` (the codes of the turn before, by
        another speaker) holds one of its codes or a descendant of one; for
        ``by``, the speaker's ``role`` is one of its roles. Hits are reported as
        :meth:`find` reports them.

        Args:
            text: The turn's text.
            lang: Its language.
            before: The codes the turn before was given (none: no turn before).
            role: The role of the speaker's actor, if known.
        """
        if not before and role is None:
            return []
        key = (lang, frozenset(before), role)
        if key not in self._turn_indexes:
            self._turn_indexes[key] = self._turn_index(lang, key[1], role)
        index = self._turn_indexes[key]
        if index is None or (index.probe is not None and index.probe.search(text) is None):
            return []
        return self._find(text, index)

    def reads_in_turn(self, code: str) -> bool:
        """Whether the rules that read the turn give ``code`` or read it in the turn before.

        They read a code when it or an ancestor is named in an ``after``; other
        codes of the turn before change nothing :meth:`find_in_turn` finds.
        """
        if self._turn_vocabulary is None:
            self._turn_vocabulary = (
                frozenset(c.id for c in self._turn_codes),
                frozenset(
                    a for c in self._turn_codes for rules in c.turn_rules.values()
                    for r in rules for a in r.after
                ),
            )  # fmt: skip
        given, read = self._turn_vocabulary
        return code in given or not read.isdisjoint(self._lineage(code))

    def _turn_index(self, lang: str, before: frozenset[str], role: str | None) -> _Index | None:
        """The rules that read the turn whose conditions ``before`` and ``role`` meet.

        ``None`` when there is none; the index has a probe.
        """
        lineage = {a for code in before for a in self._lineage(code)}
        rules = [
            (code_id, rule)
            for code_id, rule in self._index(lang, after=True).rules
            if (not rule.after or lineage.intersection(rule.after))
            and (not rule.by or role in rule.by)
        ]
        return _build_index(rules, probe=True) if rules else None

    def _lineage(self, code: str) -> tuple[str, ...]:
        """``code`` and its ancestors' ids (a code the framework lacks stands for itself)."""
        if not self.framework.has_code(code):
            return (code,)
        return (code, *(a.id for a in self.framework.ancestors(code)))

    def _find(self, text: str, index: _Index) -> list[Hit]:
        lowered = text.lower()
        todo = set(index.always)
        for needle in [n for n in index.by_needle if n in lowered]:
            todo.update(index.by_needle[needle])
        found: dict[str, list[tuple[int, int, Rule]]] = {}
        for n in sorted(todo):
            code_id, rule = index.rules[n]
            for m in rule.pattern.finditer(text):
                start, end = m.span()
                if end > start and self._accepts(rule, text, start, end):
                    found.setdefault(code_id, []).append((start, end, rule))
        hits: list[Hit] = []
        hypothetical: tuple[Span, ...] | None = None
        for code_id, spans in found.items():
            last_end = -1
            for start, end, rule in sorted(spans, key=lambda f: (f[0], -f[1])):
                if start >= last_end:
                    if hypothetical is None:
                        hypothetical = self.conditionals(rule.lang).spans(text)
                    hits.append(self._hit(code_id, rule, text, start, end, hypothetical))
                    last_end = end
        hits.sort(key=lambda h: (h.start, -h.end, h.code))
        if self._cancels and len(found) > 1:
            hits = self._superseded(text, hits)
        return hits

    @property
    def cancels(self) -> Mapping[str, frozenset[str]]:
        """Code → the codes its hits cancel in their clause (``supersedes``, with descendants)."""
        return self._cancels

    def _superseded(self, text: str, hits: list[Hit]) -> list[Hit]:
        """``hits``, those reaching into the clause of a hit superseding their code negated."""
        flags = superseded(text, [(h.start, h.end, h.code, h.negated) for h in hits], self._cancels)
        return [
            replace(hit, negated=True) if flag and not hit.negated else hit
            for hit, flag in zip(hits, flags, strict=True)
        ]

    def _index(self, lang: str, after: bool = False) -> _Index:
        key = f"{lang}:after" if after else lang
        if key not in self._indexes:
            if after:
                rules = [(c.id, r) for c in self._turn_codes for r in c.turn_rules_for(lang)]
            else:
                rules = [(c.id, r) for c in self._codes for r in c.rules_for(lang)]
            self._indexes[key] = _build_index(rules)
        return self._indexes[key]

    def codes_in(self, text: str, lang: str, *, include_negated: bool = False) -> set[str]:
        """The ids of the codes with at least one (non-negated) hit in ``text``."""
        return {h.code for h in self.find(text, lang) if include_negated or not h.negated}

    def _window_finds(self, window: Window, lang: str, text: str, start: int, end: int) -> bool:
        lo, hi = window.bounds(text, start, end)
        patterns = [window.pattern] if window.pattern is not None else []
        patterns.extend(p for c in window.cues if (p := self.cue_pattern(c, lang)) is not None)
        return any(p.search(text, lo, hi) for p in patterns)

    def _accepts(self, rule: Rule, text: str, start: int, end: int) -> bool:
        if not all(self._window_finds(w, rule.lang, text, start, end) for w in rule.near):
            return False
        return rule.exclude is None or not self._window_finds(
            rule.exclude, rule.lang, text, start, end
        )

    def _hit(
        self, code: str, rule: Rule, text: str, start: int, end: int, hypothetical: Sequence[Span]
    ) -> Hit:
        lang = rule.lang
        lo, hi = sentence_bounds(text, start, end)
        return Hit(
            code=code,
            lang=lang,
            start=start,
            end=end,
            text=text[start:end],
            rule=rule.written,
            negated=in_spans(hypothetical, start, end) or self._negated(text, start, end, lang, lo),
            hedged=self._cue_in("hedging", lang, text, lo, hi),
            reported=self._cue_in("reported_speech", lang, text, lo, start),
        )

    def _cue_in(self, name: str, lang: str, text: str, lo: int, hi: int) -> bool:
        pattern = self.cue_pattern(name, lang)
        return pattern is not None and pattern.search(text, lo, hi) is not None

    def _negated(self, text: str, start: int, end: int, lang: str, lo: int) -> bool:
        pattern = self.cue_pattern("negation", lang)
        if pattern is None:
            return False
        reach = NEGATION_REACH.get(lang, NEGATION_REACH["en"])
        clause_start = lo
        for m in _CLAUSE_BREAK.finditer(text, lo, start):
            clause_start = m.end()
        window_start = max(clause_start, start - reach)
        return any(m.end() <= start for m in pattern.finditer(text, window_start, start))
