"""The rule language: how a code says which words in a text are evidence for it.

A code's ``rules`` map a language (``zh``, ``en``) to a list of rules. A rule is

* a **term**, a literal string: ``台账``, ``monitoring returns``. In a term,
  the ellipsis ``…`` (U+2026) stands for a short gap inside one sentence
  (:data:`GAPS`): ``要求…报送`` finds 要求我们每周报送. In English terms,
  a space or hyphen matches any run of spaces and hyphens (``sign off`` finds
  sign-off), ``'`` matches ``’`` too, and a term that starts or ends with a
  letter or digit only matches whole words.
* a **regex**, written ``re:`` followed by a Python regular expression:
  ``re:(先|提前)报(批|审)``. Nothing is added to it.
* a **mapping** with exactly one of ``term`` or ``re`` (no ``re:`` prefix
  needed there), and optional keys

  - ``near``: one constraint or a list of them, all of which must hold. A
    constraint ``{any: [...], cue: [...], within: N}`` holds when one of the
    terms or regexes in ``any``, or a word of one of the named ``cue``
    lexicons, occurs within ``N`` characters of the match (counting from the
    match's edges), or anywhere in the match's sentence when ``within`` is
    left out.
  - ``not``: exclusions, written like a ``near`` constraint (or as a plain
    list of terms, meaning "in the same sentence"); the match is dropped when
    one of them occurs there. The window includes the match itself, so
    ``{term: 检查, not: [自查]}`` drops 自查 as well as 检查 in a sentence with 自查.
  - ``note``: free text for people.

A code may also carry ``rules_not``, exclusions written like a sentence-wide
``not`` (a list of terms, or ``{any: [...], cue: [...]}`` without ``within``).
They are added to the ``not`` of every rule of that code and of its
descendants when the framework loads (:func:`with_exclusions`), so matching
sees ordinary rules: ``rules_not: ['？', '?']`` on ``gov.explore`` drops every
exploring hit in a question.

Every pattern is compiled case-insensitively. A regex that can match the
empty string is refused. Sentences end at ``。！？；!?;``, a line break, or a
full stop followed by white space.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final

GAPS: Final = {"zh": r"[^。！？；!?;\n]{0,12}?", "en": r"[^.!?;\n]{0,40}?"}
"""What ``…`` in a term stands for, per language (others use the ``en`` gap)."""

GAP: Final = "…"
REGEX_PREFIX: Final = "re:"
SENTENCE_END: Final = re.compile(r"[。！？；!?;\n]|\.(?=\s|$)")
FLAGS: Final = re.IGNORECASE


class RuleSyntaxError(ValueError):
    """A rule that cannot be compiled; the loader adds the file and the rule."""


@dataclass(frozen=True, slots=True)
class Window:
    """A co-occurrence window: terms (and cue lexicons) near a match.

    Attributes:
        terms: The terms and ``re:`` regexes listed under ``any``, as written.
        pattern: Their compiled alternation, or ``None`` when only cues are named.
        cues: Names of cue lexicons whose words also count.
        within: Largest distance in characters from the match's edges;
            ``None`` means "in the same sentence".
    """

    terms: tuple[str, ...] = ()
    pattern: re.Pattern[str] | None = None
    cues: tuple[str, ...] = ()
    within: int | None = None

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        """The ``[lo, hi)`` slice of ``text`` this window covers around ``[start, end)``."""
        if self.within is not None:
            return max(0, start - self.within), min(len(text), end + self.within)
        return sentence_bounds(text, start, end)


@dataclass(frozen=True, slots=True)
class Rule:
    """One compiled matching rule.

    Attributes:
        lang: The language whose texts it is for.
        written: The term or ``re:`` regex as written in the framework file.
        pattern: The compiled pattern.
        near: Constraints that must all hold for a match to count.
        exclude: The ``not`` window; a match is dropped when it finds something.
        note: Free text for people.
        after: Codes one of which (or a descendant) the turn before, by another
            speaker, must carry (:mod:`relcycle.coding.dictionary.after`).
        by: Roles one of which the speaker of the turn must have. A rule with
            neither ``after`` nor ``by`` reads its text alone.
    """

    lang: str
    written: str
    pattern: re.Pattern[str]
    near: tuple[Window, ...] = ()
    exclude: Window | None = None
    note: str = ""
    after: tuple[str, ...] = ()
    by: tuple[str, ...] = ()

    @property
    def reads_turn(self) -> bool:
        """Whether the rule reads the turn (its speaker or the turn before), not its text alone."""
        return bool(self.after or self.by)

    @property
    def is_regex(self) -> bool:
        """Whether the rule is a regex rather than a term."""
        return self.written.startswith(REGEX_PREFIX)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The ``[lo, hi)`` bounds of the sentence(s) that contain ``text[start:end]``."""
    lo = 0
    for m in SENTENCE_END.finditer(text, 0, start):
        lo = m.end()
    after = SENTENCE_END.search(text, end)
    return lo, after.end() if after else len(text)


REGEX_LOOK: Final = re.compile(r"\\[bBdDsSwW]|\[\^|\(\?|[.\])][*+]|[.\])]\{\d|\([^()|]*\|[^()]*\)")
"""Regex syntax a term almost never means literally: ``\\b``, ``[^``, ``(?``, ``.*``,
``]{2``, ``(a|b)``."""


def term_regex(term: str, lang: str) -> str:
    """The regex source a literal term compiles to (see the module docstring).

    Raises:
        RuleSyntaxError: The term is empty, a ``…`` has nothing on one side, or
            it holds regex syntax (:data:`REGEX_LOOK`): a regex written
            without its ``re:`` would match only its own characters.
    """
    parts = term.split(GAP)
    if any(not p.strip() for p in parts):
        what = "is empty" if not term.strip() else f"has nothing on one side of '{GAP}'"
        raise RuleSyntaxError(f"term {term!r} {what}")
    if looks := REGEX_LOOK.search(term):
        raise RuleSyntaxError(
            f"term {term!r} holds regex syntax ({looks.group()!r}) that would be matched"
            f" literally; write it as 're:{term}' (or under the key 're')"
        )
    pieces = []
    for part in parts:
        piece = re.escape(part.strip() if lang != "zh" else part)
        if lang != "zh":
            piece = re.sub(r"(\\ |\\-)+", r"[\\s\\-]+", piece).replace("'", "['’]")
        pieces.append(piece)
    body = GAPS.get(lang, GAPS["en"]).join(pieces)
    if lang != "zh":
        stripped = term.strip()
        if stripped[0].isalnum():
            body = r"\b" + body
        if stripped[-1].isalnum():
            body += r"\b"
    return body


def entry_regex(entry: str, lang: str) -> str:
    """The regex source of a term or an ``re:`` entry.

    Raises:
        RuleSyntaxError: The entry is empty or not a valid regex.
    """
    if entry.startswith(REGEX_PREFIX):
        source = entry[len(REGEX_PREFIX) :]
        if not source.strip():
            raise RuleSyntaxError(f"regex {entry!r} is empty")
        try:
            compiled = re.compile(source, FLAGS)
        except re.error as exc:
            raise RuleSyntaxError(f"invalid regex {entry!r}: {exc}") from None
        if compiled.fullmatch(""):
            raise RuleSyntaxError(f"regex {entry!r} matches the empty string")
        return source
    return term_regex(entry, lang)


def compile_entries(entries: Sequence[str], lang: str) -> re.Pattern[str] | None:
    """One pattern matching any of ``entries`` (terms or ``re:`` regexes), or ``None``."""
    if not entries:
        return None
    sources = sorted((entry_regex(e, lang) for e in entries), key=len, reverse=True)
    return re.compile("|".join(f"(?:{s})" for s in sources), FLAGS)


def _window(raw: Mapping[str, object], lang: str, cue_names: frozenset[str], key: str) -> Window:
    terms = tuple(str(t) for t in _as_list(raw.get("any")))
    cues = tuple(str(c) for c in _as_list(raw.get("cue")))
    within = raw.get("within")
    for cue in cues:
        if cue not in cue_names:
            known = ", ".join(sorted(cue_names)) or "(the framework defines no cues)"
            raise RuleSyntaxError(f"{key}: unknown cue {cue!r}; choose one of: {known}")
    if not terms and not cues:
        raise RuleSyntaxError(f"{key}: give at least one term under 'any' or a 'cue'")
    return Window(
        terms=terms,
        pattern=compile_entries(terms, lang),
        cues=cues,
        within=within if isinstance(within, int) else None,
    )


def _as_list(value: object) -> list[object]:
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return list(value)
    return [value]


def compile_rule(raw: str | Mapping[str, object], lang: str, cue_names: frozenset[str]) -> Rule:
    """Compile one rule as found in a framework file (already shape-checked).

    Args:
        raw: A term, an ``re:`` regex, or a mapping with ``term``/``re``,
            ``near``, ``not``, ``after``, ``by`` and ``note``.
        lang: The language the rule is listed under.
        cue_names: The names of the framework's cue lexicons.

    Raises:
        RuleSyntaxError: The rule is empty, its regex is invalid or matches the
            empty string, or it names an unknown cue.
    """
    if isinstance(raw, str):
        return Rule(lang=lang, written=raw, pattern=re.compile(entry_regex(raw, lang), FLAGS))
    if raw.get("re") is not None:
        written = REGEX_PREFIX + str(raw["re"])
    else:
        written = str(raw.get("term") or "")
    pattern = re.compile(entry_regex(written, lang), FLAGS)
    near_raw = raw.get("near")
    near_list = near_raw if isinstance(near_raw, list) else [near_raw] if near_raw else []
    near = tuple(_window(n, lang, cue_names, "near") for n in near_list if isinstance(n, Mapping))
    not_raw = raw.get("not")
    exclude = None
    if isinstance(not_raw, list) and not_raw:
        exclude = _window({"any": not_raw}, lang, cue_names, "not")
    elif isinstance(not_raw, Mapping):
        exclude = _window(not_raw, lang, cue_names, "not")
    return Rule(
        lang=lang,
        written=written,
        pattern=pattern,
        near=near,
        exclude=exclude,
        note=str(raw.get("note") or ""),
        after=tuple(str(c) for c in _as_list(raw.get("after"))),
        by=tuple(str(r) for r in _as_list(raw.get("by"))),
    )


def with_exclusions(
    raw: str | Mapping[str, object], terms: Sequence[str], cues: Sequence[str]
) -> str | Mapping[str, object]:
    """``raw`` with ``terms`` and ``cues`` added to its sentence-wide ``not`` window.

    A rule without ``not`` gets ``{any: terms, cue: cues}``; a list of terms
    or a mapping without ``within`` is extended (its own entries first, none
    repeated). Nothing to add returns ``raw`` itself.

    Raises:
        RuleSyntaxError: The rule's own ``not`` has a ``within``: its window
            is not the sentence, so the two cannot be one window.
    """
    if not terms and not cues:
        return raw
    if isinstance(raw, str):
        rule: dict[str, object] = (
            {"re": raw[len(REGEX_PREFIX) :]} if raw.startswith(REGEX_PREFIX) else {"term": raw}
        )
    else:
        rule = dict(raw)
    own = rule.get("not")
    if isinstance(own, Mapping):
        if own.get("within") is not None:
            raise RuleSyntaxError(
                "its 'not' has 'within', so the code's rules_not (the whole sentence) cannot"
                " be added to it; give the rule no 'within' or move it to another code"
            )
        own_terms, own_cues = _as_list(own.get("any")), _as_list(own.get("cue"))
    else:
        own_terms, own_cues = _as_list(own), []
    merged_terms = [*own_terms, *(t for t in terms if t not in own_terms)]
    merged_cues = [*own_cues, *(c for c in cues if c not in own_cues)]
    rule["not"] = {"any": merged_terms, "cue": merged_cues} if merged_cues else merged_terms
    return rule
