"""How well automatic codings match gold codings: precision, recall and F1 per code.

The unit is the segment. A segment *carries* a code when a coding of that code
overlaps it (shares at least one code point with ``[segment.start,
segment.end)``), as in :mod:`relcycle.coding.agreement.units`. For each code,
over the given segments:

* TP: segments that carry the code in both the gold and the predicted codings;
* FP: segments that carry it only in the predictions;
* FN: segments that carry it only in the gold codings;
* precision ``TP / (TP + FP)``, recall ``TP / (TP + FN)``, F1 their harmonic
  mean; support ``TP + FN``.

Codes can be compared at three levels of the framework's code tree:

* ``leaf``: each code as applied (a gold coding of the parent ``gov.control``,
  used where no leaf fits, is its own code here);
* ``subfamily``: each code is read as its ancestor one below the root
  (``gov.control.approval`` → ``gov.control``; ``res.funding`` stays itself;
  a root stays itself), so a segment carries ``gov.control`` when a coding of
  it or of any of its descendants overlaps it;
* ``family``: each code is read as its family (``behaviour``,
  ``relationship``, ``goal``, ``value``, ``resource``, ``embeddedness``,
  ``legitimacy``).

Averages:

* micro: precision, recall and F1 of the summed TP, FP and FN of the scored codes;
* macro: the mean of the per-code values over the codes with support > 0.
  A code with support but no prediction counts precision 0 (and F1 0). A code
  with predictions but no support has no recall; it is left out of the macro
  means (it is listed in :attr:`QualityReport.spurious`) but its false
  positives count in the micro average.

Per family, the same two averages over the family's codes at the chosen level.

``actor.*`` codes are not scored unless asked for: development sets usually do
not label them (see ``tests/data/devset/README.md``).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final, Literal, Protocol

from relcycle.domain import Segment
from relcycle.frameworks import Framework, load_framework

Level = Literal["leaf", "subfamily", "family"]
LEVELS: Final[tuple[Level, ...]] = ("leaf", "subfamily", "family")
UNSCORED_FAMILIES: Final = ("actor",)
"""Families left out when ``families`` is not given."""


class Span(Protocol):
    """A coded span: a :class:`~relcycle.domain.Coding` or an ``AutoCoding``."""

    @property
    def source_id(self) -> str:
        """The source coded."""

    @property
    def start(self) -> int:
        """First code point of the span."""

    @property
    def end(self) -> int:
        """One past the last code point."""

    @property
    def code(self) -> str:
        """The code id."""


@dataclass(frozen=True, slots=True)
class CodeScore:
    """Segment counts and scores of one code.

    Attributes:
        code: The code id at the report's level (a family name at ``family`` level).
        family: The code's family.
        tp: Segments carrying the code in gold and predictions.
        fp: Segments carrying it in the predictions only.
        fn: Segments carrying it in gold only.
    """

    code: str
    family: str
    tp: int
    fp: int
    fn: int

    @property
    def support(self) -> int:
        """Segments that carry the code in gold."""
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        """Segments that carry the code in the predictions."""
        return self.tp + self.fp

    @property
    def precision(self) -> float:
        """``TP / (TP + FP)``; NaN when nothing was predicted."""
        return _ratio(self.tp, self.predicted)

    @property
    def recall(self) -> float:
        """``TP / (TP + FN)``; NaN without support."""
        return _ratio(self.tp, self.support)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall; 0 when TP is 0, NaN when all counts are 0."""
        return _f1(self.tp, self.fp, self.fn)


@dataclass(frozen=True, slots=True)
class Average:
    """Averaged precision, recall and F1.

    Attributes:
        precision: Micro or macro precision (NaN when undefined).
        recall: Micro or macro recall.
        f1: Micro or macro F1.
        n_codes: Codes that entered the average.
    """

    precision: float
    recall: float
    f1: float
    n_codes: int


@dataclass(frozen=True, slots=True)
class QualityReport:
    """Per-code scores at one level, with micro and macro averages and per-family averages.

    Attributes:
        level: ``leaf``, ``subfamily`` or ``family``.
        n_segments: Segments scored.
        scores: Per-code scores, in framework order (families in the order
            their first code appears).
        micro: Micro average over :attr:`scores`.
        macro: Macro average over the codes of :attr:`scores` with support.
        families: Family → ``(micro, macro)`` over that family's codes.
        spurious: Codes predicted but without support (not in the macro means).
    """

    level: Level
    n_segments: int
    scores: tuple[CodeScore, ...]
    micro: Average
    macro: Average
    families: Mapping[str, tuple[Average, Average]] = field(default_factory=dict)
    spurious: tuple[str, ...] = ()

    def score(self, code: str) -> CodeScore:
        """The scores of ``code``.

        Raises:
            KeyError: The code was not scored; the message lists the scored codes.
        """
        for s in self.scores:
            if s.code == code:
                return s
        known = ", ".join(s.code for s in self.scores) or "(none)"
        raise KeyError(f"code {code!r} was not scored at level {self.level!r}; scored: {known}")

    def subset(self, codes: Iterable[str]) -> QualityReport:
        """The same report over some of its codes, averages recomputed.

        Raises:
            KeyError: A code the report did not score.
        """
        return _summarise(
            self.level, self.n_segments, tuple(self.score(c) for c in dict.fromkeys(codes))
        )

    def family(self, name: str) -> QualityReport:
        """The report over the codes of one family (empty if none was scored)."""
        return _summarise(
            self.level, self.n_segments, tuple(s for s in self.scores if s.family == name)
        )


def _ratio(num: int, den: int) -> float:
    return num / den if den else math.nan


def _f1(tp: int, fp: int, fn: int) -> float:
    if tp + fp + fn == 0:
        return math.nan
    return 2 * tp / (2 * tp + fp + fn)


def _micro(scores: Sequence[CodeScore]) -> Average:
    tp = sum(s.tp for s in scores)
    fp = sum(s.fp for s in scores)
    fn = sum(s.fn for s in scores)
    f1 = _f1(tp, fp, fn)
    return Average(_ratio(tp, tp + fp), _ratio(tp, tp + fn), f1, len(scores))


def _macro(scores: Sequence[CodeScore]) -> Average:
    supported = [s for s in scores if s.support > 0]
    if not supported:
        return Average(math.nan, math.nan, math.nan, 0)
    n = len(supported)
    precision = sum(0.0 if math.isnan(s.precision) else s.precision for s in supported) / n
    recall = sum(s.recall for s in supported) / n
    f1 = sum(s.f1 for s in supported) / n
    return Average(precision, recall, f1, n)


def level_of_code(framework: Framework, code: str, level: Level) -> str:
    """The id ``code`` is read as at ``level`` (see the module docstring).

    Raises:
        KeyError: The framework has no such code.
        ValueError: ``level`` is not one of :data:`LEVELS`.
    """
    found = framework.code(code)
    if level == "leaf":
        return code
    if level == "family":
        return found.family
    if level == "subfamily":
        lineage = (found, *framework.ancestors(code))
        return lineage[-2].id if len(lineage) >= 2 else code
    raise ValueError(f"unknown level {level!r}; choose one of: {', '.join(LEVELS)}")


def _carried(
    codings: Iterable[Span],
    segments: Sequence[Segment],
    read: Mapping[str, str | None],
) -> list[set[str]]:
    """Per segment, the codes (as read at the level) of the codings that overlap it."""
    by_source: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for c in codings:
        code = read.get(c.code)
        if code is not None:
            by_source[c.source_id].append((c.start, c.end, code))
    out: list[set[str]] = []
    for seg in segments:
        spans = by_source.get(seg.source_id, ())
        out.append({code for start, end, code in spans if start < seg.end and seg.start < end})
    return out


def score(
    gold: Sequence[Span],
    predicted: Sequence[Span],
    segments: Sequence[Segment],
    codes: Iterable[str] | None = None,
    level: Level = "leaf",
    *,
    framework: Framework | str | None = None,
    families: Iterable[str] | None = None,
) -> QualityReport:
    """Score ``predicted`` codings against ``gold`` ones, segment by segment.

    Args:
        gold: The reference codings (of one coder; filter them first).
        predicted: The codings to judge (``Coding`` or ``AutoCoding``; filter
            out negated or low-confidence ones first if they should not count).
        segments: The units; codings on sources without segments here are ignored.
        codes: Code ids to score, at ``level`` (``gov.control`` at subfamily
            level, ``behaviour`` at family level); by default every code of
            the scored families that gold or the predictions carry.
        level: ``leaf``, ``subfamily`` or ``family``.
        framework: The framework whose code tree gives the levels (a loaded
            one, a built-in id or a path); the built-in one by default.
        families: The families scored when ``codes`` is not given; by default
            every family except ``actor`` (see :data:`UNSCORED_FAMILIES`).

    Returns:
        Per-code scores, micro and macro averages, and per-family averages.

    Raises:
        ValueError: An unknown level; a code not in the framework (or not an
            id at ``level``); no segments; a segment given twice.
        FrameworkError: The framework cannot be loaded.
    """
    if level not in LEVELS:
        raise ValueError(f"score: unknown level {level!r}; choose one of: {', '.join(LEVELS)}")
    if not segments:
        raise ValueError("score: no segments; segments are the units, so at least one is needed")
    seen: set[tuple[str, int]] = set()
    for seg in segments:
        key = (seg.source_id, seg.index)
        if key in seen:
            raise ValueError(
                f"score: segment {seg.index} of source {seg.source_id!r} is given twice"
            )
        seen.add(key)
    fw = framework if isinstance(framework, Framework) else load_framework(framework)

    used = {c.code for c in gold} | {c.code for c in predicted}
    unknown = sorted(c for c in used if not fw.has_code(c))
    if unknown:
        raise ValueError(
            f"score: codes not in framework {fw.id!r}: {', '.join(unknown)};"
            " score codings of the framework they were made with"
        )
    order: dict[str, int] = {}
    family_of: dict[str, str] = {}
    for fw_code in fw.codes:
        at_level = level_of_code(fw, fw_code.id, level)
        order.setdefault(at_level, len(order))
        family_of.setdefault(at_level, fw_code.family)

    if codes is not None:
        wanted = list(dict.fromkeys(codes))
        bad = [c for c in wanted if c not in order]
        if bad:
            raise ValueError(
                f"score: {', '.join(repr(c) for c in bad)} not a code id at level {level!r};"
                f" at this level ids look like: {', '.join(list(order)[:6])} ..."
            )
        chosen = set(wanted)
    else:
        allowed = (
            set(families)
            if families is not None
            else {c.family for c in fw.codes} - set(UNSCORED_FAMILIES)
        )
        chosen = {at for c in used if family_of[at := level_of_code(fw, c, level)] in allowed}
    read: dict[str, str | None] = {}
    for c in used:
        at_level = level_of_code(fw, c, level)
        read[c] = at_level if at_level in chosen else None

    gold_sets = _carried(gold, segments, read)
    pred_sets = _carried(predicted, segments, read)
    tp: dict[str, int] = defaultdict(int)
    fp: dict[str, int] = defaultdict(int)
    fn: dict[str, int] = defaultdict(int)
    for g, p in zip(gold_sets, pred_sets, strict=True):
        for c in g & p:
            tp[c] += 1
        for c in p - g:
            fp[c] += 1
        for c in g - p:
            fn[c] += 1
    scores = tuple(
        CodeScore(c, family_of[c], tp[c], fp[c], fn[c])
        for c in sorted(chosen, key=lambda c: order[c])
    )
    return _summarise(level, len(segments), scores)


def _summarise(level: Level, n_segments: int, scores: tuple[CodeScore, ...]) -> QualityReport:
    by_family: dict[str, list[CodeScore]] = {}
    for s in scores:
        by_family.setdefault(s.family, []).append(s)
    return QualityReport(
        level=level,
        n_segments=n_segments,
        scores=scores,
        micro=_micro(scores),
        macro=_macro(scores),
        families={f: (_micro(group), _macro(group)) for f, group in by_family.items()},
        spurious=tuple(s.code for s in scores if s.support == 0 and s.fp > 0),
    )
