"""The analysis as JSON: schema ``relcycle.analysis/1`` (documented in docs/ANALYSIS.md).

:func:`to_json` returns plain dicts, lists, strings, numbers, booleans and
``None`` only (dates as ISO strings, non-finite numbers as ``null``), so that
``json.dumps`` writes it as is.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from relcycle.trajectory.indicators import PER_CHARS, IndicatorTable
from relcycle.trajectory.result import (
    ActorProfile,
    AdviceItem,
    Analysis,
    CodeShare,
    Quote,
    Stage,
    StageDiagnosis,
    TurningPoint,
)

SCHEMA = "relcycle.analysis/1"
"""The schema id written in every analysis document."""

DIGITS = 4
"""Decimals kept for rates, z-scores, shares and probabilities."""


def _num(value: float | None) -> float | None:
    if value is None or not math.isfinite(value):
        return None
    return round(float(value), DIGITS)


def _level(z: float | None) -> str | None:
    from relcycle.frameworks.levels import level_of

    return None if z is None or not math.isfinite(z) else level_of(z)


def plain(value: Any) -> Any:
    """``value`` with every mapping turned into a dict and every sequence into a list."""
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | frozenset | set):
        items = sorted(value) if isinstance(value, frozenset | set) else value
        return [plain(v) for v in items]
    return value


def quote_json(q: Quote) -> dict[str, Any]:
    """A quote: source, the time it speaks of (date, end, precision), quote, code, actor, origin."""
    return {
        "source": q.source,
        "date": q.date.isoformat(),
        "end": q.last_day.isoformat(),
        "precision": q.precision,
        "source_date": q.source_date.isoformat() if q.source_date else None,
        "quote": q.quote,
        "code": q.code,
        "actor": q.actor,
        "origin": q.origin,
    }


def _shares(items: Sequence[CodeShare]) -> list[dict[str, Any]]:
    return [
        {
            "code": c.code,
            "label": c.label,
            "share": _num(c.share),
            "weight": _num(c.mass),
            "quotes": [quote_json(q) for q in c.quotes],
        }
        for c in items
    ]


def _actor(p: ActorProfile) -> dict[str, Any]:
    return {
        "actor": p.actor,
        "name": p.name,
        "goals": _shares(p.goals),
        "values": _shares(p.values),
        "strategies": _shares(p.strategies),
    }


def _diagnosis(d: StageDiagnosis) -> dict[str, Any]:
    crisis = d.legitimacy
    return {
        "relationship": _shares(d.relationship),
        "resources": _shares(d.resources),
        "key_events": [
            {
                "date": e.date.isoformat(),
                "end": e.end.isoformat(),
                "actor": e.actor,
                "target": e.target,
                "summary": e.summary,
                "source": f"events.csv:{e.line}",
                "codes": list(e.codes),
            }
            for e in d.key_events
        ],
        "legitimacy_crisis": None
        if crisis is None
        else {
            "flagged": crisis.flagged,
            "z": _num(crisis.z),
            "periods": list(crisis.periods),
            "evidence": [quote_json(q) for q in crisis.quotes],
        },
        "code_shares": {k: _num(v) for k, v in d.code_shares.items()},
    }


def stage_json(s: Stage, index: int) -> dict[str, Any]:
    """One stage with its label, dates, confidence, profile and diagnosis."""
    d = s.diagnosis
    return {
        "index": index,
        "label": s.label,
        "name": s.name,
        "start": s.start.isoformat(),
        "end": s.end.isoformat(),
        "start_period": s.start_period,
        "end_period": s.end_period,
        "periods": s.stop - s.first,
        "confidence": _num(s.confidence),
        "runner_up": s.runner_up,
        "probabilities": {k: _num(v) for k, v in s.probabilities.items()},
        "indicators": {k: {"z": _num(v), "level": _level(v)} for k, v in s.z.items()},
        "actors": {role: _actor(p) for role, p in d.actors.items()},
        **_diagnosis(d),
        "evidence": [quote_json(q) for q in s.evidence],
    }


def turning_json(t: TurningPoint) -> dict[str, Any]:
    """One boundary: when, from which stage type to which, what moved."""
    return {
        "period": t.period,
        "date": t.date.isoformat(),
        "from": t.before,
        "to": t.after,
        "stability": _num(t.stability),
        "moved": [
            {
                "indicator": m.indicator,
                "from_z": _num(m.before),
                "to_z": _num(m.after),
                "delta": _num(m.delta),
                "direction": "up" if m.delta > 0 else "down",
                "evidence": [quote_json(q) for q in m.quotes],
            }
            for m in t.moved
        ],
    }


def advice_json(a: AdviceItem, stages: Sequence[Stage]) -> dict[str, Any]:
    """One piece of advice with the stages it applies to and its evidence."""
    return {
        "id": a.id,
        "title": a.title,
        "text": a.text,
        "audience": a.audience,
        "source": a.source,
        "when": plain(a.when),
        "stages": [
            {
                "index": i,
                "label": stages[i].label,
                "start": stages[i].start.isoformat(),
                "end": stages[i].end.isoformat(),
            }
            for i in a.stages
        ],
        "evidence": [quote_json(q) for q in a.evidence],
    }


def indicators_json(table: IndicatorTable) -> dict[str, Any]:
    """Per scope, per indicator: counts, shrunk rates with sd, z-scores, levels, empty flags."""
    rate, sd = table.period_rates()
    scale = table.spread_scale()
    empty = table.empty
    counts = table.counts
    out: dict[str, Any] = {"unit": f"per {int(PER_CHARS)} characters", "scopes": {}}
    for j, (name, scope) in enumerate(zip(table.ids, table.scopes, strict=True)):
        zs: list[float | None] = []
        for t in range(len(table.periods)):
            if empty[t] or scale[j] <= 0:
                zs.append(None)
            else:
                zs.append(float((rate[t, j] - table.mean_rate[j]) / scale[j]))
        out["scopes"].setdefault(scope, {})[name] = {
            "count": [_num(v) for v in counts[:, j]],
            "rate": [None if empty[t] else _num(rate[t, j]) for t in range(len(empty))],
            "sd": [_num(v) for v in sd[:, j]],
            "z": [_num(v) for v in zs],
            "level": [_level(v) for v in zs],
            "mean_rate": _num(table.mean_rate[j]),
            "spread": _num(scale[j]),
        }
    return out


def to_json(analysis: Analysis) -> dict[str, Any]:
    """The whole analysis as a JSON-ready mapping (schema :data:`SCHEMA`)."""
    a = analysis
    table = a.table
    case = a.case
    ev = a.evidence
    seg = a.segmentation
    return {
        "schema": SCHEMA,
        "case": {
            "id": case.id,
            "title": case.title,
            "language": case.language,
            "period": a.grain,
            "start": a.periods[0].start.isoformat() if a.periods else case.start.isoformat(),
            "end": a.periods[-1].end.isoformat() if a.periods else case.end.isoformat(),
        },
        "framework": dict(a.framework),
        "reason": a.reason,
        "periods": [
            {
                "label": p.label,
                "start": p.start.isoformat(),
                "end": p.end.isoformat(),
                "characters": round(float(table.exposure[t]) * PER_CHARS),
                "sources": int(table.sources[t]),
                "empty": bool(table.empty[t]),
                "stage": lab,
            }
            for t, (p, lab) in enumerate(zip(a.periods, a.labels, strict=True))
        ],
        "evidence": {
            "items": ev.items,
            "used": ev.used,
            "outside": {"before": ev.before, "after": ev.after},
            "by_origin": dict(ev.by_origin),
            "duplicates_dropped": ev.duplicates_dropped,
        },
        "indicators": indicators_json(table),
        "stages": [stage_json(s, i) for i, s in enumerate(a.stages)],
        "turning_points": [turning_json(t) for t in a.turning_points],
        "legitimacy_crises": list(a.legitimacy_periods),
        "advice": [advice_json(x, a.stages) for x in a.advice],
        "method": {
            **{k: v for k, v in a.params.items()},
            "candidate_ends": [int(b) for b in seg.get("candidates", [])],
            "penalty": _num(seg.get("penalty")),
            "dispersion": _num(seg.get("dispersion")),
        },
    }
