"""Everything the report prints, built from an analysis, its case's sources and its framework.

:func:`build_context` is pure: the same analysis, sources, framework,
language and provenance give the same context (and so the same HTML).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

from relcycle.domain import Source
from relcycle.frameworks import Framework
from relcycle.report.chart import figure_json, timeline_figure
from relcycle.report.coverage import coverage
from relcycle.report.findings import advice_view, crisis_views, stage_card, turning_view
from relcycle.report.glance import glance, source_rows
from relcycle.report.labels import is_chinese, word
from relcycle.report.naming import Namer
from relcycle.report.scenarios import Calibrated, scenarios_view
from relcycle.report.views import ReportContext
from relcycle.trajectory.result import Analysis


def _param(value: Any, t: Mapping[str, str] | None = None) -> str:
    if isinstance(value, bool) and t is not None:
        return t["yes"] if value else t["no"]
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list | tuple):
        return ", ".join(_param(v) for v in value)
    return str(value)


def candidate_starts(analysis: Analysis, ends: Sequence[int]) -> str:
    """The segmenter's candidate boundaries as the periods a new stage could start in.

    The segmenter records where candidate segments end (a period index, the
    last being the number of periods); a reader wants the period a change
    could begin in (``2019-Q4``), and the end of the case is no boundary.
    """
    periods = analysis.periods
    starts = [periods[i].label for i in ends if 0 < i < len(periods)]
    return ", ".join(starts) or "–"


def sources_digest(sources: Sequence[Source]) -> str:
    """First 12 hex digits of the SHA-256 of the sources' ids and checksums, in id order."""
    h = hashlib.sha256()
    for s in sorted(sources, key=lambda s: s.id):
        h.update(f"{s.id}\0{s.checksum}\n".encode())
    return h.hexdigest()[:12]


def methods(
    names: Namer,
    analysis: Analysis,
    sources: Sequence[Source],
    provenance: Mapping[str, str],
    run_date: dt.datetime,
) -> tuple[tuple[str, str], ...]:
    """The methods appendix: versions, framework, parameters, evidence, run date, how to rerun."""
    t = names.t
    fw = analysis.framework
    seg = analysis.segmentation
    ev = analysis.evidence
    rows: list[tuple[str, str]] = [
        (t["relcycle_version"], provenance.get("relcycle", "?")),
        (t["framework"], f"{fw.get('id', '?')} {fw.get('version', '')} ({fw.get('source', '')})"),
        (t["framework_hash"], fw.get("hash", "?")),
        (t["case_hash"], f"{len(sources)}, {sources_digest(sources)}"),
        (t["grain"], word(names.lang, "grain", analysis.grain)),
        (t["language"], names.lang),
        (t["run_date"], run_date.isoformat(timespec="seconds")),
    ]
    rows += [(f"{t['parameters']}: {k}", _param(v, t)) for k, v in analysis.params.items()]
    if seg.get("penalty") is not None:
        rows.append((t["penalty"], _param(seg["penalty"])))
    if seg.get("candidates") is not None:
        rows.append((t["candidates"], candidate_starts(analysis, seg["candidates"])))
    joiner = "、" if is_chinese(names.lang) else ", "
    origins = joiner.join(f"{word(names.lang, 'origin', k)} {n}" for k, n in ev.by_origin.items())
    detail = t["evidence_detail"].format(
        items=ev.items,
        origins=origins,
        used=ev.used,
        before=ev.before,
        after=ev.after,
        dropped=ev.duplicates_dropped,
    )
    rows.append((t["evidence_counts"], detail))
    libs = ", ".join(f"{k} {v}" for k, v in provenance.items() if k not in ("relcycle", "command"))
    if libs:
        rows.append((t["libraries"], libs))
    if "command" in provenance:
        rows.append((t["reproduce"], provenance["command"]))
    return tuple(rows)


def build_context(
    analysis: Analysis,
    framework: Framework,
    sources: Sequence[Source],
    *,
    lang: str,
    provenance: Mapping[str, str],
    run_date: dt.datetime,
    calibration: Calibrated | None = None,
) -> ReportContext:
    """The report's context.

    Args:
        analysis: The case's analysis.
        framework: The framework it was made with (for labels in ``lang``).
        sources: The case's sources (titles, kinds, dates).
        lang: The report's language (``zh`` or ``en``).
        provenance: ``relcycle`` and library versions, and ``command`` (how to
            rerun), for the methods appendix.
        run_date: When the analysis was run.
        calibration: The case's stored calibration, if it has one (the scenario section).
    """
    names = Namer(analysis.case, framework, sources, lang)
    t = names.t
    case = analysis.case
    stages = analysis.stages
    cards = tuple(stage_card(names, s, i, analysis.grain) for i, s in enumerate(stages, 1))
    summary = tuple(
        f"{c.name}{t['colon']}{c.start} – {c.end}{t['lparen']}{t['confidence']} {c.confidence}%"
        f"{t['rparen']}"
        for c in cards
    )
    return ReportContext(
        lang=lang,
        t=t,
        title=f"{case.title} — {t['report']}",
        generated=t["generated"].format(
            version=provenance.get("relcycle", "?"), date=run_date.date().isoformat()
        ),
        glance=glance(names, analysis, sources),
        stage_summary=summary,
        no_stages=t["no_stages"].format(reason=analysis.reason) if analysis.reason else None,
        chart=figure_json(timeline_figure(names, analysis)),
        stages=cards,
        turning_points=tuple(turning_view(names, tp) for tp in analysis.turning_points),
        crises=crisis_views(names, analysis),
        advice=tuple(advice_view(names, a, stages) for a in analysis.advice),
        coverage_stages=tuple(f"{c.number}. {c.name}" for c in cards),
        coverage=coverage(names, analysis),
        sources=source_rows(names, sources),
        methods=methods(names, analysis, sources, provenance, run_date),
        scenarios=None if calibration is None else scenarios_view(names, calibration),
    )
