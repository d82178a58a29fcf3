"""A loaded framework: codebook, cue lexicons, indicators, stage types and advice.

Everything here is immutable and already checked; build one with
:func:`relcycle.frameworks.load_framework`.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final

from relcycle.frameworks.conditions import Condition, Diagnosis
from relcycle.frameworks.rules import Rule
from relcycle.frameworks.schema import ROLES

_EMPTY: Final[Mapping[str, str]] = MappingProxyType({})


class LocalText(Mapping[str, str]):
    """Human text in several languages: an immutable ``{lang: text}`` mapping."""

    __slots__ = ("_values",)

    def __init__(self, values: Mapping[str, str] | None = None) -> None:
        self._values: Mapping[str, str] = MappingProxyType(dict(values or {}))

    def __getitem__(self, lang: str) -> str:
        return self._values[lang]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"LocalText({dict(self._values)!r})"

    def text(self, lang: str = "en") -> str:
        """The text in ``lang``, else in the first language it has, else ``""``."""
        if lang in self._values:
            return self._values[lang]
        return next(iter(self._values.values()), "")


@dataclass(frozen=True, slots=True)
class Example:
    """An example of text a code applies to."""

    lang: str
    text: str
    note: str = ""


@dataclass(frozen=True, slots=True, eq=False)
class Code:
    """One code of the codebook.

    Attributes:
        id: Dotted id, e.g. ``gov.control.approval``.
        parent: The parent code's id, ``None`` for a root.
        label: Short name per language.
        definition: What the code means, per language.
        include: What to code with it (per language).
        exclude: What not to code with it, and what to use instead (per language).
        examples: Example passages.
        applies_to: Whose action or state it describes: government, social_org,
            community, relationship or any.
        family: behaviour, relationship, goal, value, resource, embeddedness,
            legitimacy or actor.
        rules: Language → matching rules that read their text alone.
        turn_rules: Language → rules that also need the turn before, by another
            speaker, to carry one of their ``after`` codes (read by
            :meth:`~relcycle.frameworks.matching.Matcher.find_in_turn`, never by ``find``).
        supersedes: Codes a hit of this one cancels in its clause, with their
            descendants: 由事前审批改为备案 relaxes control, and its 审批 is no approval
            demanded (see :class:`~relcycle.frameworks.matching.Matcher`).
    """

    id: str
    parent: str | None
    label: LocalText
    definition: LocalText
    include: LocalText
    exclude: LocalText
    examples: tuple[Example, ...]
    applies_to: str
    family: str
    rules: Mapping[str, tuple[Rule, ...]]
    turn_rules: Mapping[str, tuple[Rule, ...]] = field(default_factory=lambda: MappingProxyType({}))
    supersedes: tuple[str, ...] = ()

    def rules_for(self, lang: str) -> tuple[Rule, ...]:
        """The code's rules for texts in ``lang`` (empty if it has none)."""
        return self.rules.get(lang, ())

    def turn_rules_for(self, lang: str) -> tuple[Rule, ...]:
        """The code's rules for ``lang`` that hold only after a turn so coded."""
        return self.turn_rules.get(lang, ())


@dataclass(frozen=True, slots=True, eq=False)
class Cue:
    """A shared lexicon (negation, hedging, reported speech, actor names ...).

    Attributes:
        name: Its name, as rules' ``near: {cue: name}`` refer to it.
        entries: Language → terms and ``re:`` regexes as written.
        patterns: Language → one compiled pattern matching any entry.
    """

    name: str
    entries: Mapping[str, tuple[str, ...]]
    patterns: Mapping[str, re.Pattern[str]]


@dataclass(frozen=True, slots=True, eq=False)
class Indicator:
    """A weighted sum of codes, read per period.

    Attributes:
        id: Its id.
        label: Short name per language.
        description: What it measures, per language.
        scope: government, social_org or relationship.
        codes: Code id → weight as written; a code's weight also applies to its
            descendants unless they have their own (see
            :meth:`Framework.indicator_weights`).
    """

    id: str
    label: LocalText
    description: LocalText
    scope: str
    codes: Mapping[str, float]


@dataclass(frozen=True, slots=True, eq=False)
class StageType:
    """A type of stage the relationship can be in.

    Attributes:
        id: Its id.
        label: Short name per language.
        definition: What characterises it, per language.
        signature: Indicator id → level (see :mod:`relcycle.frameworks.levels`);
            indicators left out are unconstrained.
        typical_next: Stage ids that usually follow it.
        first_only: Whether only a relationship's first stage can be of this type
            (an opening phase, such as the built-in framework's exploratory stage):
            the decoder never changes into it.
    """

    id: str
    label: LocalText
    definition: LocalText
    signature: Mapping[str, str]
    typical_next: tuple[str, ...]
    first_only: bool = False


@dataclass(frozen=True, slots=True, eq=False)
class Advice:
    """A piece of advice and when it applies.

    Attributes:
        id: Its id.
        title: Short title per language.
        text: The advice per language.
        source: Where it comes from (a study, a guideline) per language, if given; a
            source written as one string is the same text in every language.
        audience: Who it is for: government, social_org or both.
        when: The parsed condition (see :mod:`relcycle.frameworks.conditions`).
        when_written: The condition as written in the file.
        cite_codes: Codes whose evidence a report cites when the advice applies.
    """

    id: str
    title: LocalText
    text: LocalText
    source: LocalText | None
    audience: str
    when: Condition
    when_written: Mapping[str, object]
    cite_codes: tuple[str, ...]

    def applies(self, diagnosis: Diagnosis) -> bool:
        """Whether the advice applies to ``diagnosis``."""
        return self.when.holds(diagnosis)


def _lookup_error(kind: str, key: str, known: Mapping[str, object], framework: str) -> KeyError:
    close = difflib.get_close_matches(key, list(known), n=1)
    hint = f"did you mean {close[0]!r}?" if close else f"it has {len(known)} {kind}s"
    return KeyError(f"unknown {kind} {key!r} in framework {framework!r}; {hint}")


@dataclass(frozen=True, slots=True, eq=False)
class Framework:
    """A checked framework: codebook, cues, indicators, stage types and advice.

    Attributes:
        id: Its id (``gpps-lifecycle`` for the built-in one).
        version: Its version string.
        title: Title per language.
        description: Description per language.
        languages: The languages its labels and rules are written in.
        codes: Every code, in file order.
        cues: Cue name → lexicon.
        indicators: Every indicator, in file order.
        stages: Every stage type, in file order (empty when it defines none).
        advice: Every advice rule, in file order.
        hash: First 12 hex digits of the SHA-256 of its canonical content.
        source: Where it was loaded from (a path, or ``builtin:<id>``).
    """

    id: str
    version: str
    title: LocalText
    description: LocalText
    languages: tuple[str, ...]
    codes: tuple[Code, ...]
    cues: Mapping[str, Cue]
    indicators: tuple[Indicator, ...]
    stages: tuple[StageType, ...]
    advice: tuple[Advice, ...]
    hash: str
    source: str
    _codes: Mapping[str, Code] = field(init=False, repr=False)
    _children: Mapping[str | None, tuple[str, ...]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_codes", MappingProxyType({c.id: c for c in self.codes}))
        children: dict[str | None, list[str]] = {}
        for c in self.codes:
            children.setdefault(c.parent, []).append(c.id)
        kids = {k: tuple(v) for k, v in children.items()}
        object.__setattr__(self, "_children", MappingProxyType(kids))

    def code(self, code_id: str) -> Code:
        """The code with this id.

        Raises:
            KeyError: No such code; the message suggests the closest id.
        """
        try:
            return self._codes[code_id]
        except KeyError:
            raise _lookup_error("code", code_id, self._codes, self.id) from None

    def has_code(self, code_id: str) -> bool:
        """Whether the framework has a code with this id."""
        return code_id in self._codes

    def roots(self) -> tuple[Code, ...]:
        """The codes without a parent, in file order."""
        return tuple(self._codes[c] for c in self._children.get(None, ()))

    def children(self, code_id: str) -> tuple[Code, ...]:
        """The direct children of a code, in file order."""
        self.code(code_id)
        return tuple(self._codes[c] for c in self._children.get(code_id, ()))

    def descendants(self, code_id: str) -> tuple[Code, ...]:
        """Every code below ``code_id`` (not itself), depth first, in file order."""
        out: list[Code] = []
        for child in self.children(code_id):
            out.append(child)
            out.extend(self.descendants(child.id))
        return tuple(out)

    def ancestors(self, code_id: str) -> tuple[Code, ...]:
        """The parent, grandparent ... of ``code_id``, nearest first."""
        out: list[Code] = []
        parent = self.code(code_id).parent
        while parent is not None:
            out.append(self._codes[parent])
            parent = self._codes[parent].parent
        return tuple(out)

    def codes_for(self, role: str) -> tuple[Code, ...]:
        """The codes that apply to ``role`` (its own and those marked ``any``).

        Raises:
            ValueError: ``role`` is not one of government, social_org,
                community, relationship or any.
        """
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}; choose one of: {', '.join(ROLES)}")
        return tuple(c for c in self.codes if c.applies_to in (role, "any"))

    def family(self, family: str) -> tuple[Code, ...]:
        """The codes of one family (behaviour, relationship, goal ...), in file order."""
        return tuple(c for c in self.codes if c.family == family)

    def indicator(self, indicator_id: str) -> Indicator:
        """The indicator with this id.

        Raises:
            KeyError: No such indicator.
        """
        found = {i.id: i for i in self.indicators}
        if indicator_id not in found:
            raise _lookup_error("indicator", indicator_id, found, self.id)
        return found[indicator_id]

    def stage(self, stage_id: str) -> StageType:
        """The stage type with this id.

        Raises:
            KeyError: No such stage type.
        """
        found = {s.id: s for s in self.stages}
        if stage_id not in found:
            raise _lookup_error("stage", stage_id, found, self.id)
        return found[stage_id]

    def indicator_weights(self) -> Mapping[str, Mapping[str, float]]:
        """Code id → {indicator id: weight}, resolved through the code tree.

        A code gets, for each indicator, the weight the indicator gives the code
        itself, else the weight it gives the nearest ancestor that has one.
        Codes no indicator reaches are left out.
        """
        out: dict[str, Mapping[str, float]] = {}
        for code in self.codes:
            lineage = (code.id, *(a.id for a in self.ancestors(code.id)))
            weights: dict[str, float] = {}
            for ind in self.indicators:
                hit = next((ind.codes[c] for c in lineage if c in ind.codes), None)
                if hit is not None:
                    weights[ind.id] = hit
            if weights:
                out[code.id] = MappingProxyType(weights)
        return MappingProxyType(out)

    def advice_for(self, diagnosis: Diagnosis) -> tuple[Advice, ...]:
        """The advice rules that apply to ``diagnosis``, in file order."""
        return tuple(a for a in self.advice if a.applies(diagnosis))
