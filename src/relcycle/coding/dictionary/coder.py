"""The dictionary auto-coder: a framework's matching rules applied to a case's segments.

::

    coder = DictionaryCoder().fit(case)            # built-in framework, the case's actors
    codings = coder.predict(segments)               # list[AutoCoding]

``fit`` reads the framework (the case's, or the built-in one), adds the case's
actor names and aliases to the framework's actor cue lexicons (as the
reference :class:`~relcycle.frameworks.matching.Matcher` takes them with
``extra_cues``) and builds, per language, one automaton over every rule's
literals and the actor words (:mod:`~relcycle.coding.dictionary.automaton`).
``predict`` finds exactly the reference matcher's hits in each segment, drops
negated ones (unless ``include_negated``), rates each hit and attributes it to
an actor (:mod:`~relcycle.coding.dictionary.attribution`). An interviewer's
turn is not coded: the answer is the evidence
(:mod:`~relcycle.coding.dictionary.turns`). A segment is read without the line
breaks that wrap Chinese lines (:mod:`~relcycle.coding.dictionary.wrap`);
codings keep offsets into the text as written.

Confidence: 0.9 for a literal term, 0.8 for a regex, gap or co-occurrence
rule; times 0.6 when the sentence is hedged, times 0.3 when the hit is
negated (kept only with ``include_negated=True``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import cache
from itertools import groupby
from typing import Final, Self

import numpy as np

from relcycle.coding.base import AutoCoder, AutoCoding
from relcycle.coding.dictionary.after import AfterReader, codes_by_segment, interleave
from relcycle.coding.dictionary.attribution import ROLE_CUES, Attributor, actor_cues
from relcycle.coding.dictionary.attribution_batch import BatchAttributor
from relcycle.coding.dictionary.automaton import RuleIndex
from relcycle.coding.dictionary.batch import BatchIndex
from relcycle.coding.dictionary.columns import Codings, Columns
from relcycle.coding.dictionary.context import TextContext
from relcycle.coding.dictionary.kernels import BoolArray, IntArray, any_marked
from relcycle.coding.dictionary.language import detect_language, reads_both
from relcycle.coding.dictionary.literals import MAX_REQUIREMENT_COST
from relcycle.coding.dictionary.names import NAMING_FAMILIES, inside, inside_any, names_pattern
from relcycle.coding.dictionary.turns import is_interviewer_turn
from relcycle.coding.dictionary.wrap import original, unwrap
from relcycle.domain import Case, Segment
from relcycle.errors import ConfigError
from relcycle.frameworks import Framework, Matcher, Rule, load_framework
from relcycle.sources.script import simplified_share, simplified_table, to_simplified

TERM_CONFIDENCE: Final = 0.9
RULE_CONFIDENCE: Final = 0.8
HEDGED_FACTOR: Final = 0.6
NEGATED_FACTOR: Final = 0.3
LANGS: Final = ("zh", "en")
BOTH: Final = "both"
"""How :meth:`DictionaryCoder.predict` reads a mixed segment with a clause of each language."""
BATCH: Final = 75_000
"""Characters of Chinese segments coded in one bulk call (about 0.2 MB of field notes,
some 500 segments; the arrays of a call take some 100 bytes per character). A small
batch keeps its text and arrays in the processor's cache: on generated field notes,
150,000 to 1,000,000 characters ran 5–10 % slower, 25,000 to 75,000 alike."""


SIMPLIFIED_RULES: Final = 0.98
"""A framework whose Chinese rules have at least this share of characters that are
not Traditional is read as written in Simplified (the built-in one: all of them)."""


def _simplified_segment(segment: Segment) -> Segment:
    text = to_simplified(segment.text)
    return segment if text is segment.text else replace(segment, text=text)


@cache
def _traditional_marks() -> BoolArray:
    """Per code point, whether it is a Traditional character :func:`to_simplified` converts."""
    table = simplified_table()
    marks = np.zeros(max(table, default=0) + 1, np.bool_)
    marks[list(table)] = True
    return marks


def _simplified(segments: Sequence[Segment]) -> list[Segment]:
    """``segments`` with their Traditional characters made Simplified.

    Runs of segments without any (most text) are told so by one compiled scan of
    their code points and kept as they are.
    """
    out: list[Segment] = []
    for run in _batches(segments):
        text = "".join(s.text for s in run)
        chars = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)
        if any_marked(chars, _traditional_marks()):
            out.extend(map(_simplified_segment, run))
        else:
            out.extend(run)
    return out


def _simplified_names(case: Case) -> Case:
    """``case`` with its actors' names and aliases in Simplified characters."""
    actors = tuple(
        replace(a, name=to_simplified(a.name), aliases=tuple(map(to_simplified, a.aliases)))
        for a in case.actors
    )
    return replace(case, actors=actors)


class DictionaryCoder(AutoCoder):
    """Codes segments with a framework's matching rules and attributes each hit to an actor.

    Args:
        framework: A loaded :class:`~relcycle.frameworks.Framework`, a built-in
            id or a path; ``None`` uses the case's framework (else the built-in one).
        lang: ``zh`` or ``en`` for every segment; ``None`` follows the case's
            language and, for a ``mixed`` case, detects it per segment.
        include_negated: Keep negated hits (flagged ``negated``, low confidence).
        min_confidence: Drop codings less confident than this (0–1).

    Attributes:
        framework_: The framework in use.
        case_: The case it was fitted for.
        coder_: Provenance string, ``auto:dictionary@<framework hash>``.
        cues_: The reference matcher holding the cue lexicons with the case's
            actor names added (the ``near``/``not`` windows and flags read them).
        indexes_: Language → the rule index (automaton) for it.
        simplifies_: Whether Traditional Chinese text and actor names are read as
            Simplified (:mod:`~relcycle.sources.script`): the framework's
            Chinese rules are written in Simplified characters.
    """

    def __init__(
        self,
        framework: Framework | str | None = None,
        lang: str | None = None,
        include_negated: bool = False,
        min_confidence: float = 0.0,
    ) -> None:
        self.framework = framework
        self.lang = lang
        self.include_negated = include_negated
        self.min_confidence = min_confidence

    def fit(self, case: Case) -> Self:
        """Prepare matching for ``case``: its framework's rules and its actors' names.

        Args:
            case: The case whose segments will be coded; its actors' names and
                aliases become actor cues, and its framework is used unless
                ``framework`` was given.

        Raises:
            ConfigError: ``lang`` or ``min_confidence`` has an invalid value.
            FrameworkError: The framework cannot be loaded.
        """
        if self.lang not in (None, *LANGS):
            raise ConfigError(
                f"DictionaryCoder: unknown lang {self.lang!r}; choose one of: {', '.join(LANGS)}"
                " (or None to follow the case)"
            )
        if not 0.0 <= self.min_confidence <= 1.0:
            raise ConfigError(
                "DictionaryCoder: min_confidence must be between 0 and 1,"
                f" got {self.min_confidence!r}"
            )
        framework = self.framework
        if not isinstance(framework, Framework):
            framework = load_framework(framework if framework is not None else case.framework)
        self.framework_ = framework
        self.case_ = case
        self.coder_ = f"auto:dictionary@{framework.hash}"
        # Rules in Simplified characters read Traditional text (and names) as Simplified.
        zh_rules = [r.written for c in framework.codes for r in c.rules_for("zh")]
        self.simplifies_ = bool(zh_rules) and simplified_share(zh_rules) >= SIMPLIFIED_RULES
        self._view = _simplified_names(case) if self.simplifies_ else case
        self.cues_ = Matcher(framework, extra_cues=actor_cues(self._view))
        self._applies_to = {c.id: c.applies_to for c in framework.codes}
        # a hit inside one of the case's names for its actors is not coded (see .names)
        self._names = names_pattern(self._view)
        self._naming = {c.id for c in framework.codes if c.family in NAMING_FAMILIES}
        self._after_reader = AfterReader(
            matcher=self.cues_,
            roles={a.id: a.role for a in case.actors},
            applies_to=self._applies_to,
            coder=self.coder_,
            confidence=RULE_CONFIDENCE,
            hedged_factor=HEDGED_FACTOR,
            negated_factor=NEGATED_FACTOR,
            include_negated=self.include_negated,
            min_confidence=self.min_confidence,
        )
        self.indexes_: dict[str, RuleIndex] = {}
        self._attributors: dict[str, Attributor] = {}
        self._rule_info: dict[str, tuple[tuple[str, str, str, float], ...]] = {}
        self._batches: dict[str, tuple[BatchIndex, BatchAttributor]] = {}
        flags = (False, True)
        self._confidence = np.array(  # [is a rule, hedged, negated]
            [
                [[_discounted(c, h, n) if h or n else c for n in flags] for h in flags]
                for c in (TERM_CONFIDENCE, RULE_CONFIDENCE)
            ],
            np.float64,
        )
        self._is_rule: dict[str, IntArray] = {}
        self._applies: dict[str, IntArray] = {}
        self._written: dict[str, list[str]] = {}
        self._in_name_dropped: dict[str, BoolArray] = {}
        wanted = (self.lang,) if self.lang else (case.language,)
        for lang in LANGS if wanted == ("mixed",) else wanted:
            self._prepare(lang)
        return self

    def _prepare(self, lang: str) -> RuleIndex:
        if lang not in self.indexes_:
            framework = self.framework_
            role_words = {
                role: framework.cues[name].entries.get(lang, ())
                for name, role in ROLE_CUES.items()
                if name in framework.cues
            }
            attributor = Attributor(self._view, lang, role_words)
            rules = [(c.id, r) for c in framework.codes if c.rules for r in c.rules_for(lang)]
            # coded in bulk, zh checks where further literals occur with those looked for
            # anyway: more literals cost more hits than they save regex runs
            further = 0.0 if lang == "zh" else MAX_REQUIREMENT_COST
            index = RuleIndex(rules, lang, self.cues_, attributor.needles, further_cost=further)
            self.indexes_[lang] = index
            self._attributors[lang] = attributor
            self._rule_info[lang] = tuple(
                (
                    r.code,
                    r.rule.written,
                    self._applies_to[r.code],
                    RULE_CONFIDENCE if _is_rule(r.rule) else TERM_CONFIDENCE,
                )
                for r in index.rules
            )
            if lang == "zh":  # Chinese segments are coded in bulk
                batch_attributor = BatchAttributor(
                    attributor, index.needle_ids, len(index.table.literals)
                )
                self._batches[lang] = (BatchIndex(index), batch_attributor)
        return self.indexes_[lang]

    def _read_as(self, segment: Segment, lang: str | None) -> str:
        """``zh``, ``en``, or :data:`BOTH` for a mixed case's segment with a clause of each."""
        mixed = (lang or self.lang or self.case_.language) == "mixed"
        return BOTH if mixed and reads_both(segment.text) else self._lang_of(segment, lang)

    def _code_both(self, segment: Segment) -> list[AutoCoding]:
        """A segment's codings by the rules of both languages, each code once per span."""
        found = self._code(segment, "en")
        seen = {(c.code, c.start, c.end) for c in found}
        found.extend(c for c in self._code(segment, "zh") if (c.code, c.start, c.end) not in seen)
        return sorted(found, key=lambda c: (c.start, -c.end, c.code))

    def _lang_of(self, segment: Segment, lang: str | None) -> str:
        chosen = lang or self.lang or self.case_.language
        return detect_language(segment.text) if chosen == "mixed" else chosen

    def predict(self, segments: Sequence[Segment], lang: str | None = None) -> Codings:
        """The codings of ``segments``: in segment order, then by (start, -end, code).

        The codings of the framework's rules that read the turn (``after``,
        ``by``: :mod:`~relcycle.coding.dictionary.after`) are found after the
        others and take their places among them.

        An interviewer's turn (:func:`~relcycle.coding.dictionary.turns.is_interviewer_turn`)
        gets no coding. Chinese segments are coded in bulk
        (:mod:`~relcycle.coding.dictionary.batch`) and the result keeps them as
        columns: an :class:`AutoCoding` is built when it is read
        (:class:`~relcycle.coding.dictionary.columns.Codings`).

        Args:
            segments: Segments of the fitted case.
            lang: ``zh``, ``en`` or ``mixed`` for these segments; by default the
                coder's ``lang``, else the case's language.

        Raises:
            NotFittedError: :meth:`fit` has not been called.
            ConfigError: ``lang`` is not ``zh``, ``en`` or ``mixed``.
        """
        self._check_fitted("indexes_")
        if lang not in (None, *LANGS, "mixed"):
            raise ConfigError(
                f"DictionaryCoder.predict: unknown lang {lang!r}; choose one of: zh, en, mixed"
            )
        given = segments
        if self.simplifies_:  # read as Simplified, by both passes
            segments = _simplified(segments)
        turns = segments
        segments = [  # an interviewer's turn is no evidence
            s for s in segments if s.speaker is None or not is_interviewer_turn(s)
        ]
        parts: list[Columns | list[AutoCoding]] = []
        langs = [self._read_as(segment, lang) for segment in segments]
        at = 0
        for chosen, run in groupby(langs):
            size = len(list(run))
            part = segments[at : at + size]
            at += size
            if chosen == "zh":  # in batches: arrays of a bounded size
                parts.extend(self._code_batch(batch, chosen) for batch in _batches(part))
            elif chosen == BOTH:
                parts.append([c for segment in part for c in self._code_both(segment)])
            else:
                parts.append([c for segment in part for c in self._code(segment, chosen)])
        extra = self._after(turns, lang, parts, simplified=True)  # rules that read the turn
        if extra:
            position = {(s.source_id, s.index): n for n, s in enumerate(given)}
            return Codings(interleave(parts, extra, position))
        return Codings(parts)

    def _after(
        self,
        segments: Sequence[Segment],
        lang: str | None,
        found: Codings | Sequence[Columns | Sequence[AutoCoding]],
        *,
        simplified: bool = False,
    ) -> list[AutoCoding]:
        """The codings of the framework's rules that read the turn (:mod:`.after`).

        Args:
            segments: All segments predicted, interviewer turns included.
            lang: The language asked for.
            found: The other rules' codings (as blocks, or all in one).
            simplified: ``segments`` are already read as Simplified where the
                coder reads so (``predict`` made them so for the other rules).
        """
        if not self._after_reader.matcher.has_turn_rules:
            return []
        if all(s.speaker is None for s in segments):  # no turns (field notes): nothing to read
            return []
        if self.simplifies_ and not simplified:
            segments = _simplified(segments)
        langs = [
            None if s.speaker is None else self._lang_of(s, lang) for s in segments
        ]  # a reply is a turn
        parts = [found] if isinstance(found, Codings) else found
        codes = codes_by_segment(parts, self._after_reader.matcher.reads_in_turn)
        return self._after_reader.codings(segments, langs, codes)

    def _code_batch(self, segments: Sequence[Segment], lang: str) -> Columns:
        """The codings of Chinese ``segments``, found and attributed in bulk."""
        self._prepare(lang)
        batch, attributor = self._batches[lang]
        info = self._rule_info[lang]
        if lang not in self._is_rule:  # per rule: a regex (or like), its code's role
            self._is_rule[lang] = np.array([c == RULE_CONFIDENCE for *_, c in info], np.int64)
            self._applies[lang] = np.array(
                [attributor.role_code(applies_to) for _, _, applies_to, _ in info], np.int64
            )
            self._written[lang] = [written for _, written, _, _ in info]
            self._in_name_dropped[lang] = np.array(
                [code not in self._naming for code, *_ in info], dtype=bool
            )
        texts = [s.text for s in segments]
        wrapped: dict[int, list[int]] = {}  # text -> where wrapping breaks were left out
        for n in [n for n, text in enumerate(texts) if "\n" in text]:
            texts[n], at = unwrap(texts[n])
            if at:
                wrapped[n] = at
        matched = batch.match(texts)
        order = matched.order
        hedged, negated = matched.hedged.astype(np.int64), matched.negated.astype(np.int64)
        confidence = self._confidence[self._is_rule[lang][order], hedged, negated]
        keep = confidence >= self.min_confidence
        if not self.include_negated:
            keep &= ~matched.negated
        if self._names is not None:  # not what a name of an actor says
            spans = [m.span() for m in self._names.finditer(matched.joined)]
            if spans:
                named = inside_any(spans, matched.start, matched.end)
                keep &= ~(named & self._in_name_dropped[lang][order])
        rows = np.flatnonzero(keep)
        order, confidence = order[rows], confidence[rows]
        seg, start, end, lo = (
            a[rows] for a in (matched.seg, matched.start, matched.end, matched.lo)
        )
        actor, actor_confidence, target = attributor.attribute(
            matched, start, end, seg, lo, self._applies[lang][order], [s.actor for s in segments]
        )
        sources: dict[str, int] = {}
        source = np.array([sources.setdefault(s.source_id, len(sources)) for s in segments])
        base = np.array([s.start for s in segments], np.int64) - matched.seg_lo
        shift = base[seg]
        if wrapped:  # the breaks left out before a span in its text move it on as written
            seg_lo = matched.seg_lo
            breaks = np.array([seg_lo[n] + b for n, at in wrapped.items() for b in at], np.int64)
            earlier = np.searchsorted(breaks, seg_lo, "right")[seg]
            start = start + (np.searchsorted(breaks, start, "right") - earlier)
            end = end + (np.searchsorted(breaks, end - 1, "right") - earlier)
        codes = batch.code_names
        return Columns(
            coder=self.coder_,
            sources=list(sources),
            codes=codes,
            rules=self._written[lang],
            actors=list(attributor.actors),
            source=source[seg],
            segment_index=np.array([s.index for s in segments], np.int64)[seg],
            start=start + shift,
            end=end + shift,
            code=batch.code_rank[order],
            rule=order,
            confidence=confidence,
            actor=actor,
            actor_confidence=actor_confidence,
            target=target,
            negated=matched.negated[rows],
            hedged=matched.hedged[rows],
        )

    def _code(self, segment: Segment, lang: str) -> list[AutoCoding]:
        if is_interviewer_turn(segment):
            return []
        index = self.indexes_.get(lang) or self._prepare(lang)
        text, moved = unwrap(segment.text)
        matches = index.scan(text)
        if not matches and not index.table.always:
            return []
        ctx = TextContext(text)
        found = index.found(ctx, matches, reported=False)  # codings do not carry it
        if found and self._names is not None and (named := self._names.search(text)):
            spans = [m.span() for m in self._names.finditer(text, named.start())]
            naming, rule_info = self._naming, self._rule_info[lang]
            found = [
                f for f in found if rule_info[f[2]][0] in naming or not inside(spans, f[0], f[1])
            ]
        if not found:
            return []
        attributor = self._attributors[lang]
        needle_ids = index.needle_ids
        speaker = segment.actor
        mentions = attributor.mentions(
            ctx,
            [(n, s, e) for lit, s, e in matches if lit in needle_ids for n in needle_ids[lit]],
            speaker,
        )
        starts = [m.start for m in mentions]
        info = self._rule_info[lang]
        include_negated = self.include_negated
        min_confidence = self.min_confidence
        source_id, index_in_source, base = segment.source_id, segment.index, segment.start
        coder = self.coder_
        attribute = attributor.attribute
        out: list[AutoCoding] = []
        for start, end, order, negated, hedged, _ in found:
            if negated and not include_negated:
                continue
            code, written, applies_to, confidence = info[order]
            if hedged or negated:
                confidence = _discounted(confidence, hedged, negated)
            if confidence < min_confidence:
                continue
            actor, actor_confidence, target = attribute(
                ctx, mentions, starts, start, end, applies_to, speaker
            )
            if moved:
                start, end = original(moved, start, end)
            out.append(
                AutoCoding(
                    source_id=source_id,
                    start=base + start,
                    end=base + end,
                    code=code,
                    coder=coder,
                    confidence=confidence,
                    actor=actor,
                    actor_confidence=actor_confidence,
                    target=target,
                    negated=negated,
                    hedged=hedged,
                    rule=written,
                    segment_index=index_in_source,
                )
            )
        return out


def _batches(segments: Sequence[Segment]) -> Iterator[Sequence[Segment]]:
    """``segments`` in runs of about :data:`BATCH` characters (at least one segment each)."""
    first = 0
    size = 0
    for n, segment in enumerate(segments):
        size += len(segment.text)
        if size >= BATCH:
            yield segments[first : n + 1]
            first = n + 1
            size = 0
    if first < len(segments):
        yield segments[first:]


def _is_rule(rule: Rule) -> bool:
    """A regex, gap or co-occurrence rule rather than a plain term."""
    return rule.is_regex or bool(rule.near) or "…" in rule.written


def _discounted(confidence: float, hedged: bool, negated: bool) -> float:
    """``confidence`` lowered for a hedged and for a negated hit."""
    if hedged:
        confidence *= HEDGED_FACTOR
    if negated:
        confidence *= NEGATED_FACTOR
    return round(confidence, 4)
