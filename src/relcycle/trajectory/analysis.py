"""The stage analysis of a case: evidence → indicators → segments → labelled stages.

::

    result = analyse(case, sources, spans, framework, events)
    result.stages          # contiguous labelled stages, each diagnosed
    result.turning_points  # what moved at each boundary
    result.advice          # the framework's advice that applies, with evidence

The steps (the method and why it is so are in ``docs/ANALYSIS.md``):

1. evidence is placed in the studied periods (:mod:`~relcycle.trajectory.evidence`);
2. the framework's indicators are counted per period against the text's
   exposure, with shrunk rates (:mod:`~relcycle.trajectory.indicators`);
3. :class:`~relcycle.trajectory.segmentation.StageSegmenter` proposes
   candidate boundaries: Poisson cost on one channel per stage type (the
   evidence its signature puts high), MBIC at :attr:`StageMethod.candidate_scale`
   of its price, so that it proposes generously;
4. the signature decoder (:mod:`~relcycle.trajectory.labelling`) chooses, among
   the candidates, where stages change and which type each is: Viterbi over
   the periods, the evidence mix scored under every stage type, a minimum
   stage length, a cost per change and the framework's ``typical_next`` as a
   mild prior;
5. stages are scored (confidence, runner-up), diagnosed, boundaries described
   (with their stability along the segmenter's penalty path) and advice applied.

Input that cannot support stages (no evidence, one period, evidence only
outside the studied period, a framework without stage types, no change to
tell stages apart) gives an :class:`Analysis` with no stages and a reason.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, replace
from typing import Any

import numpy as np

from relcycle.domain import Case, Event, ParsedSource, Period, periods_between
from relcycle.domain.period import Grain
from relcycle.frameworks import Framework
from relcycle.trajectory.advice import advise
from relcycle.trajectory.decoder import runs
from relcycle.trajectory.diagnosis import CodeTree, diagnose, supporting, turning_point
from relcycle.trajectory.evidence import (
    CodedSpan,
    EvidenceSet,
    Placement,
    collect_evidence,
    place_evidence,
)
from relcycle.trajectory.indicators import IndicatorTable, build_indicators
from relcycle.trajectory.labelling import (
    SegmentProfile,
    StageScores,
    has_stages,
    profiles,
    stage_scores,
)
from relcycle.trajectory.result import Analysis, EvidenceCounts, Stage
from relcycle.trajectory.segmentation import boundary_stability
from relcycle.trajectory.stages import (
    GRAIN_DAYS,
    Decoded,
    StageMethod,
    candidates,
    decode,
    stage_channels,
)

KEY_QUOTES = 5
"""Quotes behind a stage's label."""
RAISED = {"very_high": 2.0, "high": 1.0}
"""Signature levels whose indicators a stage's key quotes show, and how much each weighs."""


def language_of(case: Case, framework: Framework) -> str:
    """The language to report in: the case's, if the framework has it, else its first."""
    if case.language in framework.languages:
        return case.language
    return "en" if "en" in framework.languages else framework.languages[0]


def _reason(
    framework: Framework, periods: Sequence[Period], placement: Placement, table: IndicatorTable,
    min_size: int, grain: str,
) -> str | None:  # fmt: skip
    if not has_stages(framework):
        return (
            f"framework {framework.id!r} defines no stage types (with a signature over its "
            "indicators), so no stages can be labelled; indicators are reported"
        )
    if len(periods) < 2:
        return (
            f"the studied period is a single {grain}; stages need at least two periods "
            "(try a finer --period)"
        )
    if not placement.items and not placement.outside:
        return "no evidence: the case has no codings and no coded events"
    if not placement.items:
        return (
            f"all {placement.outside} evidence items lie outside the studied period "
            f"({periods[0].start} to {periods[-1].end}); none can be used"
        )
    if table.channels()[0].shape[1] == 0:
        return "none of the evidence carries a code that the framework's indicators count"
    if len(periods) < 2 * min_size:
        return (
            f"{len(periods)} {grain}s are too few: two stages need at least "
            f"{2 * min_size} (minimum stage length {min_size})"
        )
    return None


def _counts(evidence: EvidenceSet, placement: Placement) -> EvidenceCounts:
    origins = Counter(i.origin for i in evidence.items)
    return EvidenceCounts(
        items=len(evidence.items),
        used=len(placement.items),
        before=len(placement.before),
        after=len(placement.after),
        by_origin=dict(sorted(origins.items())),
        duplicates_dropped=evidence.dropped_duplicates,
    )


def analyse_evidence(
    case: Case,
    evidence: EvidenceSet,
    framework: Framework,
    events: Sequence[Event] = (),
    grain: Grain | None = None,
    method: StageMethod | None = None,
) -> Analysis:
    """Analyse a case's evidence (see the module docstring for the steps).

    Args:
        case: The case.
        evidence: Its evidence (:func:`~relcycle.trajectory.evidence.collect_evidence`).
        framework: The framework (codes, indicators, stage types, advice).
        events: Its events, listed as key events of the stages.
        grain: The period grain; the case's own by default.
        method: The method's parameters; the defaults by default.

    Returns:
        The analysis; without stages (and with a reason) when the input
        cannot support them.
    """
    method = method or StageMethod()
    grain = grain or case.period
    periods = tuple(periods_between(case.start, case.end, grain))
    placement = place_evidence(evidence, periods)
    table = build_indicators(placement, framework, method.per_unit)
    min_size = method.min_size(grain)
    overrides: dict[str, Any] = {}  # parameters the method changed for this case

    def result(reason: str | None = None, **found: Any) -> Analysis:
        return Analysis(
            case=case,
            framework={
                "id": framework.id,
                "version": framework.version,
                "hash": framework.hash,
                "source": framework.source,
            },
            grain=grain,
            periods=periods,
            table=table,
            stages=found.get("stages", ()),
            turning_points=found.get("turning_points", ()),
            advice=found.get("advice", ()),
            evidence=_counts(evidence, placement),
            reason=reason,
            params={**asdict(method), **overrides, "min_size": min_size},
            segmentation=found.get("segmentation", {}),
            legitimacy_periods=found.get("legitimacy_periods", ()),
        )

    reason = _reason(framework, periods, placement, table, min_size, grain)
    if reason is not None:
        return result(reason)
    cands, path, beta = candidates(table, framework.stages, method)
    decoded = decode(table, framework.stages, method, min_size, cands, path, beta)
    found = runs(decoded.labels)
    if len(found) < 2 and method.switch_cost > 0 and _segmenter_changes(path, beta):
        # The segmenter sees a change at its full price but one stage outscored every
        # split: the cost of a change, not the evidence, kept them apart. Decode once
        # more at no cost; the posterior says how sure each stage is.
        overrides["switch_cost"] = 0.0
        free = replace(method, **overrides)
        decoded = decode(table, framework.stages, free, min_size, cands, path, beta)
        found = runs(decoded.labels)
    seg_info = {"candidates": cands, "penalty": beta, "path": path}
    if len(found) < 2:
        return result(
            "the evidence shows no change of stage: levels are read against the case's own "
            "average, so a case that stays in one stage cannot be labelled",
            segmentation=seg_info,
        )
    ids = [framework.stages[lab].id for lab, _, _ in found]
    prof = profiles(table, [stop for _, _, stop in found])
    seg_info["dispersion"] = decoded.dispersion
    stage_ids = decoded.model.stages
    post = decoded.posterior
    scores = [stage_scores(decoded.loglik, a, b, stage_ids, post) for _, a, b in found]
    lang = language_of(case, framework)
    tree = CodeTree(framework, lang)
    stages = _stages(ids, prof, scores, placement, table, tree, case, events, framework)
    stability = boundary_stability(path, [p.stop for p in prof[:-1]], margin=1)
    weights = framework.indicator_weights()
    turns = tuple(
        turning_point(
            (ids[i], prof[i]),
            (ids[i + 1], prof[i + 1]),
            placement,
            table,
            weights,
            stability.get(prof[i].stop, 0.0),
        )
        for i in range(len(prof) - 1)
    )
    crisis = tuple(
        p for s in stages if s.diagnosis.legitimacy for p in s.diagnosis.legitimacy.periods
    )
    return result(
        stages=stages,
        turning_points=turns,
        advice=advise(stages, framework, placement, tree, lang),
        segmentation=seg_info,
        legitimacy_periods=crisis,
    )


def _segmenter_changes(path: Sequence[tuple[float, list[int]]], beta: float) -> bool:
    """Whether the segmenter, at its full penalty ``beta``, splits the periods at all."""
    return any(math.isclose(p, beta) and len(bkps) > 1 for p, bkps in path)


def _stages(
    labels: list[str], prof: list[SegmentProfile], scores: list[StageScores],
    placement: Placement, table: IndicatorTable, tree: CodeTree, case: Case,
    events: Sequence[Event], framework: Framework,
) -> tuple[Stage, ...]:  # fmt: skip
    weights = framework.indicator_weights()
    ids = table.ids
    out: list[Stage] = []
    for i, (lab, p, sc) in enumerate(zip(labels, prof, scores, strict=True)):
        previous = labels[i - 1] if i else None
        stage_type = framework.stage(lab)
        ranked = sc.ranked()
        runner = next((s for s, _ in ranked if s != lab), None)
        levels = {k: RAISED[v] for k, v in stage_type.signature.items() if v in RAISED}
        first, last = table.periods[p.first], table.periods[p.stop - 1]
        out.append(
            Stage(
                label=lab,
                name=stage_type.label.text(tree.lang),
                first=p.first,
                stop=p.stop,
                start=first.start,
                end=last.end,
                start_period=first.label,
                end_period=last.label,
                confidence=float(sc.probability[sc.stages.index(lab)]),
                runner_up=runner,
                probabilities={s: float(v) for s, v in zip(sc.stages, sc.probability, strict=True)},
                z={
                    k: (float(v) if np.isfinite(v) else None) for k, v in zip(ids, p.z, strict=True)
                },
                diagnosis=diagnose(lab, previous, p, placement, table, tree, case, events),
                evidence=supporting(
                    placement.in_range(p.first, p.stop), levels, weights, KEY_QUOTES, levels
                ),
            )
        )
    return tuple(out)


def analyse(
    case: Case,
    sources: Iterable[ParsedSource],
    spans: Iterable[CodedSpan],
    framework: Framework,
    events: Sequence[Event] = (),
    grain: Grain | None = None,
    method: StageMethod | None = None,
    event_codes: Mapping[int, Sequence[tuple[str, float]]] | None = None,
) -> Analysis:
    """Collect a case's evidence and analyse it.

    Args:
        case: The case.
        sources: Its parsed sources (segments with time anchors).
        spans: Its codings (manual, imported, automatic).
        framework: The framework.
        events: Its events.
        grain: The period grain; the case's own by default.
        method: The method's parameters.
        event_codes: Codes read from the summaries of events without codes
            (event line → ``(code, confidence)`` pairs).

    Returns:
        The analysis.
    """
    evidence = collect_evidence(case, sources, spans, framework, events, event_codes)
    return analyse_evidence(case, evidence, framework, events, grain, method)


__all__ = [
    "GRAIN_DAYS",
    "Decoded",
    "StageMethod",
    "analyse",
    "analyse_evidence",
    "candidates",
    "decode",
    "stage_channels",
]
