"""Diagnosing a stage: each side's goals, values and strategies, with quotes.

For a stage (a range of periods) :func:`diagnose` reads the evidence placed
there: the share of the stage's coded units (segments and events) that carry
each code, the codes each side's evidence carries most (goals, value logics,
behaviour strategies), the relationship and resource-dependence codes, the
events of events.csv, and whether a legitimacy crisis shows.
:func:`turning_point` describes a boundary: which indicators moved most and
the evidence around it.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date

import numpy as np

from relcycle.domain import Case, Event
from relcycle.frameworks import Framework
from relcycle.trajectory.evidence import Evidence, Placement
from relcycle.trajectory.indicators import IndicatorTable
from relcycle.trajectory.labelling import SegmentProfile
from relcycle.trajectory.result import (
    ActorProfile,
    CodeShare,
    KeyEvent,
    LegitimacyCrisis,
    Movement,
    Quote,
    StageDiagnosis,
    TurningPoint,
)

QUOTES_PER_CODE = 3
"""Quotes kept for each code of a profile."""
TOP_CODES = 5
"""Codes listed per side and family."""
CRISIS_INDICATOR = "legitimacy_crisis"
"""The indicator whose high level flags a legitimacy crisis."""
HIGH_Z = 0.5
"""A z-score above this is ``high`` (see :mod:`relcycle.frameworks.levels`)."""
VERY_HIGH_Z = 1.5
"""Above this a z-score is ``very_high``: what one period needs to flag a crisis on its own."""
SIDES = ("government", "social_org")
_ORIGIN_RANK = {"manual": 0, "import": 0, "event": 1, "auto": 2}

Weighted = list[tuple[Evidence, float]]


def quote_of(item: Evidence) -> Quote:
    """The :class:`Quote` of an evidence item."""
    return Quote(
        item.source, item.start, item.quote, item.code, item.actor, item.origin, item.source_date
    )


def pick_quotes(
    items: Iterable[tuple[Evidence, float]], k: int = QUOTES_PER_CODE
) -> tuple[Quote, ...]:
    """Up to ``k`` quotes, the surest first, one per source, listed by date.

    People's codings and events come before automatic ones, then higher
    confidence and a larger share of the item in the range, then earlier dates.
    """
    ranked = sorted(
        items,
        key=lambda p: (
            _ORIGIN_RANK.get(p[0].origin, 3),
            -p[0].confidence,
            -p[1],
            p[0].start,
            p[0].source,
        ),
    )
    chosen: list[Evidence] = []
    seen: set[str] = set()
    for item, _ in ranked:
        if item.source in seen or not item.quote:
            continue
        seen.add(item.source)
        chosen.append(item)
        if len(chosen) == k:
            break
    return tuple(quote_of(i) for i in sorted(chosen, key=lambda i: (i.start, i.source)))


class CodeTree:
    """The code tree's lookups a diagnosis needs, computed once per framework."""

    def __init__(self, framework: Framework, lang: str) -> None:
        self.framework = framework
        self.lang = lang
        self.lineage = {
            c.id: (c.id, *(a.id for a in framework.ancestors(c.id))) for c in framework.codes
        }
        self.family = {c.id: c.family for c in framework.codes}
        self.applies = {c.id: c.applies_to for c in framework.codes}

    def label(self, code: str) -> str:
        """The code's label in the case's language."""
        return self.framework.code(code).label.text(self.lang)


def code_shares(items: Weighted, tree: CodeTree) -> dict[str, float]:
    """Code → share of the coded units (segments, events) carrying it or a descendant.

    A unit counts with its share in the range (an interval spread over
    several periods counts in part).
    """
    units: dict[tuple[str, int | None], tuple[float, set[str]]] = {}
    for item, share in items:
        key = (item.source, item.segment)
        weight, codes = units.get(key, (0.0, set()))
        codes.update(tree.lineage.get(item.code, (item.code,)))
        units[key] = (max(weight, share), codes)
    total = sum(w for w, _ in units.values())
    if total <= 0:
        return {}
    out: dict[str, float] = defaultdict(float)
    for weight, codes in units.values():
        for code in codes:
            out[code] += weight / total
    return dict(sorted(out.items()))


def _profile(
    items: Weighted, tree: CodeTree, keep: Callable[[Evidence], bool]
) -> tuple[CodeShare, ...]:
    mass: dict[str, float] = defaultdict(float)
    by_code: dict[str, Weighted] = defaultdict(list)
    for item, share in items:
        if keep(item):
            mass[item.code] += item.mass * share
            by_code[item.code].append((item, share))
    total = sum(mass.values())
    ranked = sorted(mass.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_CODES]
    return tuple(
        CodeShare(code, tree.label(code), m / total, m, pick_quotes(by_code[code]))
        for code, m in ranked
        if m > 0
    )


def actor_profiles(items: Weighted, tree: CodeTree, case: Case) -> dict[str, ActorProfile]:
    """Each side's goals, values and strategies in the stage."""
    out: dict[str, ActorProfile] = {}
    for role in SIDES:
        actor = next((a for a in case.actors if a.role == role), None)
        ids = {a.id for a in case.actors if a.role == role}

        def mine(item: Evidence, ids: set[str] = ids, role: str = role) -> bool:
            if item.actor is not None:
                return item.actor in ids
            return tree.applies.get(item.code) == role

        def of(family: str, mine: Callable[[Evidence], bool] = mine) -> Callable[[Evidence], bool]:
            return lambda item: tree.family.get(item.code) == family and mine(item)

        out[role] = ActorProfile(
            actor=actor.id if actor else None,
            name=actor.name if actor else role,
            role=role,
            goals=_profile(items, tree, of("goal")),
            values=_profile(items, tree, of("value")),
            strategies=_profile(items, tree, of("behaviour")),
        )
    return out


def key_events(events: Sequence[Event], first_day: date, last_day: date) -> tuple[KeyEvent, ...]:
    """The events whose dates overlap ``[first_day, last_day]``, by date."""
    inside = [e for e in events if e.start <= last_day and e.end >= first_day]
    return tuple(
        KeyEvent(e.start, e.end, e.actor, e.target, e.summary, e.line, e.codes)
        for e in sorted(inside, key=lambda e: (e.start, e.line))
    )


def _crisis(
    items: Weighted,
    table: IndicatorTable,
    profile: SegmentProfile,
    weights: Mapping[str, Mapping[str, float]],
) -> LegitimacyCrisis | None:
    if CRISIS_INDICATOR not in table.ids:
        return None
    j = table.ids.index(CRISIS_INDICATOR)
    z = float(profile.z[j])
    rate, _ = table.period_rates()
    scale = table.spread_scale()[j]
    periods = []
    if scale > 0:
        for t in range(profile.first, profile.stop):
            z_t = (rate[t, j] - table.mean_rate[j]) / scale
            if table.positive[t, j] > 0 and z_t > VERY_HIGH_Z:
                periods.append(table.periods[t].label)
    crisis = [(i, s) for i, s in items if weights.get(i.code, {}).get(CRISIS_INDICATOR, 0) > 0]
    flagged = (math.isfinite(z) and z > HIGH_Z and bool(crisis)) or bool(periods)
    return LegitimacyCrisis(
        flagged=flagged,
        z=z if math.isfinite(z) else None,
        periods=tuple(periods),
        quotes=pick_quotes(crisis) if flagged else (),
    )


def diagnose(
    stage: str | None,
    previous: str | None,
    profile: SegmentProfile,
    placement: Placement,
    table: IndicatorTable,
    tree: CodeTree,
    case: Case,
    events: Sequence[Event] = (),
) -> StageDiagnosis:
    """Diagnose one stage.

    Args:
        stage: Its stage type id.
        previous: The stage type before it, if any.
        profile: Its indicator profile.
        placement: The case's placed evidence.
        table: The case's indicators.
        tree: The framework's code tree.
        case: The case (its actors).
        events: The case's events.

    Returns:
        The diagnosis (a :class:`relcycle.frameworks.Diagnosis`).
    """
    items = placement.in_range(profile.first, profile.stop)
    z = {k: float(v) for k, v in zip(table.ids, profile.z, strict=True) if math.isfinite(v)}
    first_day = table.periods[profile.first].start
    last_day = table.periods[profile.stop - 1].end
    return StageDiagnosis(
        stage=stage,
        previous_stage=previous,
        indicators=z,
        code_shares=code_shares(items, tree),
        actors=actor_profiles(items, tree, case),
        relationship=_profile(items, tree, lambda i: tree.family.get(i.code) == "relationship"),
        resources=_profile(items, tree, lambda i: tree.family.get(i.code) == "resource"),
        key_events=key_events(events, first_day, last_day),
        legitimacy=_crisis(items, table, profile, tree.framework.indicator_weights()),
    )


def supporting(
    items: Weighted, indicators: Iterable[str], weights: Mapping[str, Mapping[str, float]], k: int
) -> tuple[Quote, ...]:
    """Quotes of the evidence that raises any of ``indicators``."""
    wanted = set(indicators)
    hits = [(i, s) for i, s in items if any(weights.get(i.code, {}).get(w, 0) > 0 for w in wanted)]
    return pick_quotes(hits, k)


def turning_point(
    before: tuple[str, SegmentProfile],
    after: tuple[str, SegmentProfile],
    placement: Placement,
    table: IndicatorTable,
    weights: Mapping[str, Mapping[str, float]],
    stability: float,
    top: int = 3,
) -> TurningPoint:
    """Describe the boundary between two consecutive stages.

    The indicators whose z-scores moved most, with evidence for each move: for
    a rise, evidence of that indicator in the first two periods of the new
    stage; for a fall, in the last two periods of the old one.
    """
    (label_a, a), (label_b, b) = before, after
    delta = b.z - a.z
    order = [int(j) for j in np.argsort(-np.abs(np.nan_to_num(delta)), kind="stable")]
    moved = []
    for j in order[:top]:
        if not math.isfinite(delta[j]) or delta[j] == 0:
            continue
        name = table.ids[j]
        if delta[j] > 0:
            near = placement.in_range(b.first, min(b.first + 2, b.stop))
        else:
            near = placement.in_range(max(a.stop - 2, a.first), a.stop)
        moved.append(
            Movement(name, float(a.z[j]), float(b.z[j]), supporting(near, [name], weights, 2))
        )
    period = table.periods[b.first]
    return TurningPoint(period.label, period.start, label_a, label_b, stability, tuple(moved))
