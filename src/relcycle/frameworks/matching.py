"""The reference reading of the rule language: which rules match where in a text.

:class:`Matcher` applies a framework's rules to one text and returns every
hit with its span and three flags read from the framework's cue lexicons:

* ``negated``: a ``negation`` cue ends at most :data:`NEGATION_REACH`
  characters before the hit, in the same clause (no comma, colon or sentence
  end in between), and is not part of the hit itself;
* ``hedged``: a ``hedging`` cue occurs in the hit's sentence;
* ``reported``: a ``reported_speech`` cue occurs before the hit in its sentence.

An auto-coder decides what to do with the flags (a negated hit is usually not
evidence for the code). Cue lexicons can be extended for one case with
``extra_cues``, e.g. ``{"actor.government": ["L镇宣传文化办", "王主任"]}`` from
the case's actors and their aliases.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from relcycle.frameworks.model import Code, Framework
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
        negated: A negation cue governs the match.
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
        self._extra = {k: tuple(v) for k, v in (extra_cues or {}).items()}
        self._cue_cache: dict[tuple[str, str], re.Pattern[str] | None] = {}

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

        Overlapping hits of one code are reported once (the earliest, longest).
        """
        hits: list[Hit] = []
        for code in self._codes:
            taken: list[tuple[int, int]] = []
            for rule in code.rules_for(lang):
                for m in rule.pattern.finditer(text):
                    start, end = m.span()
                    if end == start or any(s < end and start < e for s, e in taken):
                        continue
                    if not self._accepts(rule, text, start, end):
                        continue
                    taken.append((start, end))
                    hits.append(self._hit(code.id, rule, text, start, end))
        hits.sort(key=lambda h: (h.start, -h.end, h.code))
        return hits

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

    def _hit(self, code: str, rule: Rule, text: str, start: int, end: int) -> Hit:
        lang = rule.lang
        lo, hi = sentence_bounds(text, start, end)
        return Hit(
            code=code,
            lang=lang,
            start=start,
            end=end,
            text=text[start:end],
            rule=rule.written,
            negated=self._negated(text, start, end, lang, lo),
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
