"""Cross-checking shape-checked framework files and building the immutable model.

Every problem raises :class:`~relcycle.errors.FrameworkError` naming the file,
the line, and the item at fault (``codes[12] gov.control.aproval``).
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Generic, TypeVar

from relcycle.errors import FrameworkError
from relcycle.frameworks.conditions import ConditionError, Vocabulary, parse_condition
from relcycle.frameworks.levels import LEVELS
from relcycle.frameworks.model import (
    Advice,
    Code,
    Cue,
    Example,
    Framework,
    Indicator,
    LocalText,
    StageType,
)
from relcycle.frameworks.rules import (
    Rule,
    RuleSyntaxError,
    compile_entries,
    compile_rule,
    entry_regex,
    with_exclusions,
)
from relcycle.frameworks.schema import (
    AdviceSpec,
    CodeSpec,
    FrameworkSpec,
    IndicatorSpec,
    RuleSpec,
    StageSpec,
    WindowSpec,
)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Origin:
    """Where an item was found: file, list, index (or cue name) and line."""

    file: str
    key: str
    index: int | str
    line: int | None

    def where(self, item_id: str | None = None) -> str:
        """The item as an error's field: ``codes[12] gov.control.approval``."""
        if isinstance(self.index, str):
            return f"{self.key}.{self.index}" if self.index else self.key
        return f"{self.key}[{self.index}]" + (f" {item_id}" if item_id else "")


@dataclass(frozen=True, slots=True)
class Located(Generic[T]):
    """An item of a framework file and where it was found."""

    item: T
    origin: Origin

    def error(self, message: str) -> FrameworkError:
        """A :class:`FrameworkError` about this item."""
        item_id = getattr(self.item, "id", None)
        return FrameworkError(
            message,
            path=self.origin.file,
            line=self.origin.line,
            field=self.origin.where(item_id if isinstance(item_id, str) else None),
        )


def _did_you_mean(name: str, known: Collection[str]) -> str:
    close = difflib.get_close_matches(name, list(known), n=1)
    if close:
        return f"did you mean {close[0]!r}?"
    return f"choose one of: {', '.join(sorted(known))}" if known else "the framework defines none"


def _languages(langs: Sequence[str]) -> str:
    return f"the framework's languages are: {', '.join(langs)}"


def unknown(kind: str, name: str, known: Collection[str]) -> str:
    """``unknown code 'x'; did you mean 'y'?``, or the list of valid names."""
    return f"unknown {kind} {name!r}; {_did_you_mean(name, known)}"


def _text(
    loc: Located[Any], value: Mapping[str, str], key: str, langs: Sequence[str], required: bool
) -> LocalText:
    for lang in value:
        if lang not in langs:
            raise loc.error(f"{key}: unknown language {lang!r}; {_languages(langs)}")
    missing = [lang for lang in langs if not (value.get(lang) or "").strip()]
    if required and missing:
        raise loc.error(f"{key} has no {missing[0]!r} text; every {key} needs: {', '.join(langs)}")
    return LocalText(value)


def _check_unique(items: Sequence[Located[Any]], kind: str) -> None:
    first: dict[str, Located[Any]] = {}
    for loc in items:
        item_id = loc.item.id
        if item_id in first:
            prev = first[item_id].origin
            raise loc.error(
                f"duplicate {kind} id {item_id!r} (first defined in {prev.file} {prev.where()})"
            )
        first[item_id] = loc


def _build_cues(
    items: Mapping[str, tuple[Mapping[str, list[str]], Origin]], langs: Sequence[str]
) -> dict[str, Cue]:
    cues: dict[str, Cue] = {}
    for name, (entries, origin) in items.items():
        patterns: dict[str, re.Pattern[str]] = {}
        for lang, terms in entries.items():
            if lang not in langs:
                raise FrameworkError(
                    f"unknown language {lang!r}; {_languages(langs)}",
                    path=origin.file,
                    line=origin.line,
                    field=origin.where(),
                )
            try:
                pattern = compile_entries(terms, lang)
            except RuleSyntaxError as exc:
                raise FrameworkError(
                    str(exc), path=origin.file, line=origin.line, field=f"{origin.where()}.{lang}"
                ) from None
            if pattern is not None:
                patterns[lang] = pattern
        frozen = {k: tuple(v) for k, v in entries.items()}
        cues[name] = Cue(name, MappingProxyType(frozen), MappingProxyType(patterns))
    return cues


def _build_rules(
    loc: Located[CodeSpec],
    langs: Sequence[str],
    cue_names: frozenset[str],
    guards: Mapping[str, Guard] | None = None,
    code_ids: Collection[str] = (),
) -> tuple[Mapping[str, tuple[Rule, ...]], Mapping[str, tuple[Rule, ...]]]:
    """A code's rules per language: those that read their text alone, and the others.

    The others read the turn: its speaker's role (``by``) or the turn before (``after``).
    """
    out: dict[str, tuple[Rule, ...]] = {}
    turn: dict[str, tuple[Rule, ...]] = {}
    for lang, raws in loc.item.rules.items():
        if lang not in langs:
            raise loc.error(f"rules: unknown language {lang!r}; {_languages(langs)}")
        compiled = []
        for i, raw in enumerate(raws):
            spec: str | Mapping[str, object] = raw if isinstance(raw, str) else _rule_mapping(raw)
            try:
                spec = with_exclusions(spec, *(guards or {}).get(lang, ((), ())))
                rule = compile_rule(spec, lang, cue_names)
            except RuleSyntaxError as exc:
                raise loc.error(f"rules.{lang}[{i}]: {exc}") from None
            for code in rule.after:
                if code not in code_ids:
                    raise loc.error(
                        f"rules.{lang}[{i}]: after: {code!r} is not a code;"
                        f" {_did_you_mean(code, code_ids)}"
                    )
            for role in rule.by:
                if role not in SPEAKER_ROLES:
                    raise loc.error(
                        f"rules.{lang}[{i}]: by: unknown role {role!r};"
                        f" choose one of: {', '.join(SPEAKER_ROLES)}"
                    )
            compiled.append(rule)
        out[lang] = tuple(r for r in compiled if not r.reads_turn)
        if any(r.reads_turn for r in compiled):
            turn[lang] = tuple(r for r in compiled if r.reads_turn)
    return MappingProxyType(out), MappingProxyType(turn)


SPEAKER_ROLES = ("government", "social_org", "community")
"""The roles a rule's ``by`` may name."""


def _rule_mapping(spec: RuleSpec) -> Mapping[str, object]:
    return spec.model_dump(by_alias=True, exclude_none=True)


Guard = tuple[tuple[str, ...], tuple[str, ...]]
"""The terms and cue names a code's ``rules_not`` adds to its rules' ``not``."""


def _own_guard(
    loc: Located[CodeSpec], raw: WindowSpec | list[str], cue_names: frozenset[str], key: str
) -> tuple[list[str], list[str]]:
    if isinstance(raw, list):
        terms, cues = list(raw), []
    else:
        if raw.within is not None:
            raise loc.error(
                f"{key}: 'within' is not allowed; a code's rules_not reads the match's"
                " whole sentence"
            )
        if not raw.any and not raw.cue:
            raise loc.error(f"{key}: give at least one term under 'any' or a 'cue'")
        for cue in raw.cue:
            if cue not in cue_names:
                raise loc.error(f"{key}: {unknown('cue', cue, cue_names)}")
        terms, cues = list(raw.any), list(raw.cue)
    for term in terms:
        try:
            entry_regex(term, "zh")
        except RuleSyntaxError as exc:
            raise loc.error(f"{key}: {exc}") from None
    return terms, cues


def _guards(
    items: Sequence[Located[CodeSpec]], langs: Sequence[str], cue_names: frozenset[str]
) -> dict[str, dict[str, Guard]]:
    """Code id → language → the terms and cues of its own and its ancestors' ``rules_not``."""
    own: dict[str, dict[str, tuple[list[str], list[str]]]] = {}
    for loc in items:
        raw = loc.item.rules_not
        mine: dict[str, tuple[list[str], list[str]]] = {}
        if isinstance(raw, dict):
            for lang, part in raw.items():
                if lang not in langs:
                    raise loc.error(f"rules_not: unknown language {lang!r}; {_languages(langs)}")
                mine[lang] = _own_guard(loc, part, cue_names, f"rules_not.{lang}")
        elif raw is not None:
            both = _own_guard(loc, raw, cue_names, "rules_not")
            mine = dict.fromkeys(langs, both)
        own[loc.item.id] = mine
    parents = {loc.item.id: loc.item.parent for loc in items}
    out: dict[str, dict[str, Guard]] = {}
    for code in parents:
        out[code] = {}
        for lang in langs:
            terms: list[str] = []
            cues: list[str] = []
            node: str | None = code
            seen: set[str] = set()
            while node is not None and node not in seen:
                seen.add(node)
                node_terms, node_cues = own[node].get(lang, ([], []))
                terms.extend(t for t in node_terms if t not in terms)
                cues.extend(c for c in node_cues if c not in cues)
                node = parents.get(node)
            out[code][lang] = (tuple(terms), tuple(cues))
    return out


def _build_codes(
    items: Sequence[Located[CodeSpec]], langs: Sequence[str], cue_names: frozenset[str]
) -> tuple[Code, ...]:
    _check_unique(items, "code")
    ids = {loc.item.id for loc in items}
    parents = {loc.item.id: loc.item.parent for loc in items}
    for loc in items:
        parent = loc.item.parent
        if parent is not None and parent not in ids:
            raise loc.error(f"parent {parent!r} is not a code; {_did_you_mean(parent, ids)}")
    for loc in items:
        path = [loc.item.id]
        parent = parents[loc.item.id]
        while parent is not None:
            path.append(parent)
            if parent == loc.item.id:
                raise loc.error(f"cycle in the code tree: {' → '.join(path)}")
            if parent in path[:-1]:
                break
            parent = parents[parent]
    guards = _guards(items, langs, cue_names)
    codes = []
    for loc in items:
        spec = loc.item
        rules, turn_rules = _build_rules(loc, langs, cue_names, guards[spec.id], ids)
        for n, ex in enumerate(spec.examples):
            if ex.lang not in langs:
                raise loc.error(f"examples[{n}]: unknown language {ex.lang!r}; {_languages(langs)}")
        for n, other in enumerate(spec.supersedes):
            if other not in ids:
                raise loc.error(f"supersedes[{n}]: {unknown('code', other, ids)}")
        codes.append(
            Code(
                id=spec.id,
                parent=spec.parent,
                label=_text(loc, spec.label, "label", langs, required=True),
                definition=_text(loc, spec.definition, "definition", langs, required=False),
                include=_text(loc, spec.include, "include", langs, required=False),
                exclude=_text(loc, spec.exclude, "exclude", langs, required=False),
                examples=tuple(Example(e.lang, e.text, e.note or "") for e in spec.examples),
                applies_to=spec.applies_to,
                family=spec.family,
                rules=rules,
                turn_rules=turn_rules,
                supersedes=tuple(spec.supersedes),
            )
        )
    return tuple(codes)


def _build_indicators(
    items: Sequence[Located[IndicatorSpec]], langs: Sequence[str], codes: Collection[str]
) -> tuple[Indicator, ...]:
    _check_unique(items, "indicator")
    out = []
    for loc in items:
        spec = loc.item
        for code, weight in spec.codes.items():
            if code not in codes:
                raise loc.error(f"codes: {unknown('code', code, codes)}")
            if not math.isfinite(weight) or weight == 0:
                raise loc.error(
                    f"codes: weight of {code!r} must be a finite non-zero number, got {weight}"
                )
        out.append(
            Indicator(
                id=spec.id,
                label=_text(loc, spec.label, "label", langs, required=True),
                description=_text(loc, spec.description, "description", langs, required=False),
                scope=spec.scope,
                codes=MappingProxyType(dict(spec.codes)),
            )
        )
    return tuple(out)


def _build_stages(
    items: Sequence[Located[StageSpec]], langs: Sequence[str], indicators: Collection[str]
) -> tuple[StageType, ...]:
    _check_unique(items, "stage")
    stage_ids = {loc.item.id for loc in items}
    first_only = {loc.item.id for loc in items if loc.item.first_only}
    seen: dict[tuple[tuple[str, str], ...], str] = {}
    out = []
    for loc in items:
        spec = loc.item
        for indicator, level in spec.signature.items():
            if indicator not in indicators:
                raise loc.error(f"signature: {unknown('indicator', indicator, indicators)}")
            if level not in LEVELS:
                raise loc.error(
                    f"signature: unknown level {level!r} for {indicator!r}; "
                    f"choose one of: {', '.join(LEVELS)}"
                )
        for nxt in spec.typical_next:
            if nxt not in stage_ids:
                raise loc.error(f"typical_next: {unknown('stage', nxt, stage_ids)}")
            if nxt in first_only:
                raise loc.error(
                    f"typical_next: stage {nxt!r} is first_only, so no stage changes into it;"
                    " drop it from typical_next or drop its first_only"
                )
        key = tuple(sorted(spec.signature.items()))
        if key in seen:
            raise loc.error(
                f"signature is the same as stage {seen[key]!r}'s; "
                "stage types must be distinguishable"
            )
        seen[key] = spec.id
        out.append(
            StageType(
                id=spec.id,
                label=_text(loc, spec.label, "label", langs, required=True),
                definition=_text(loc, spec.definition, "definition", langs, required=False),
                signature=MappingProxyType(dict(spec.signature)),
                typical_next=tuple(spec.typical_next),
                first_only=spec.first_only,
            )
        )
    return tuple(out)


def _build_advice(
    items: Sequence[Located[AdviceSpec]], langs: Sequence[str], vocab: Vocabulary
) -> tuple[Advice, ...]:
    _check_unique(items, "advice")
    out = []
    for loc in items:
        spec = loc.item
        try:
            when = parse_condition(spec.when, vocab)
        except ConditionError as exc:
            raise loc.error(str(exc)) from None
        for code in spec.cite_codes:
            if code not in vocab.codes:
                raise loc.error(f"cite_codes: {unknown('code', code, vocab.codes)}")
        out.append(
            Advice(
                id=spec.id,
                title=_text(loc, spec.title, "title", langs, required=True),
                text=_text(loc, spec.text, "text", langs, required=True),
                source=(
                    None
                    if spec.source is None
                    else LocalText({"und": spec.source})  # one text for every language
                    if isinstance(spec.source, str)
                    else _text(loc, spec.source, "source", langs, required=False)
                ),
                audience=spec.audience,
                when=when,
                when_written=MappingProxyType(dict(spec.when)),
                cite_codes=tuple(spec.cite_codes),
            )
        )
    return tuple(out)


def build_framework(
    spec: FrameworkSpec,
    main_name: str,
    located: Mapping[str, Sequence[Located[Any]]],
    cue_items: Mapping[str, tuple[Mapping[str, list[str]], Origin]],
    *,
    source: str,
    digest: str,
) -> Framework:
    """Cross-check the merged items of a framework's files and build the model.

    Args:
        spec: The main file, shape-checked.
        main_name: The main file's name, for errors.
        located: ``codes``/``indicators``/``stages``/``advice`` items of every
            file, in order, with where each was found.
        cue_items: Cue lexicons by name, with where each was found.
        source: Where the framework was loaded from (for provenance).
        digest: The hash of its canonical content.

    Raises:
        FrameworkError: Any cross-reference or rule problem, located.
    """
    langs = tuple(dict.fromkeys(spec.languages))
    main = Located(spec, Origin(main_name, "title", "", None))
    title = _text(main, spec.title, "title", langs, required=True)
    description = _text(main, spec.description, "description", langs, required=False)
    cues = _build_cues(cue_items, langs)
    codes = _build_codes(located["codes"], langs, frozenset(cues))
    code_ids = [c.id for c in codes]
    indicators = _build_indicators(located["indicators"], langs, code_ids)
    indicator_ids = [i.id for i in indicators]
    stages = _build_stages(located["stages"], langs, indicator_ids)
    vocab = Vocabulary(stages=[s.id for s in stages], indicators=indicator_ids, codes=code_ids)
    advice = _build_advice(located["advice"], langs, vocab)
    return Framework(
        id=spec.id,
        version=spec.version,
        title=title,
        description=description,
        languages=langs,
        codes=codes,
        cues=MappingProxyType(cues),
        indicators=indicators,
        stages=stages,
        advice=advice,
        hash=digest,
        source=source,
    )
