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
from relcycle.trajectory.evidence import PARTY_ROLES, Evidence, Placement
from relcycle.trajectory.indicators import IndicatorTable
from relcycle.trajectory.labelling import SegmentProfile
from relcycle.trajectory.quotes import Weighted, pick_covering, pick_quotes
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

TOP_CODES = 5
"""Codes listed per side and family."""
CRISIS_INDICATOR = "legitimacy_crisis"
"""The indicator whose high level flags a legitimacy crisis."""
HIGH_Z = 0.5
"""A z-score above this is ``high`` (see :mod:`relcycle.frameworks.levels`)."""
VERY_HIGH_Z = 1.5
"""Above this a z-score is ``very_high``: what one period needs to flag a crisis on its own."""
MIN_MOVE = 0.5
"""Smallest change of z-score a turning point lists as a move."""
NEAR_PERIODS = 2
"""Periods next to a boundary searched first for the evidence of a move."""
SIDES = ("government", "social_org")


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
    out: list[CodeShare] = []
    shown: list[str] = []  # a quote already shown for a commoner code comes last
    for code, m in ranked:
        if m <= 0:
            continue
        quotes = pick_quotes(by_code[code], avoid=shown)
        shown.extend(q.quote for q in quotes)
        out.append(CodeShare(code, tree.label(code), m / total, m, quotes))
    return tuple(out)


def actor_profiles(items: Weighted, tree: CodeTree, case: Case) -> dict[str, ActorProfile]:
    """Each side's goals, values and strategies in the stage.

    A code of one party (``applies_to`` government, social_org or community)
    counts for that party only, whoever its evidence names as actor (the
    framework says whose act ``swo.resist.refuse`` is); a role-neutral code
    (``any``: the value logics) counts for the side whose actor its evidence
    names, and for neither side when it names none.
    """
    out: dict[str, ActorProfile] = {}
    for role in SIDES:
        actor = next((a for a in case.actors if a.role == role), None)
        ids = {a.id for a in case.actors if a.role == role}

        def mine(item: Evidence, ids: set[str] = ids, role: str = role) -> bool:
            applies = tree.applies.get(item.code)
            if applies in PARTY_ROLES:
                return applies == role
            return item.actor in ids

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
    items: Weighted,
    indicators: Iterable[str],
    weights: Mapping[str, Mapping[str, float]],
    k: int,
    levels: Mapping[str, float] | None = None,
    avoid: Iterable[str] = (),
) -> tuple[Quote, ...]:
    """Quotes of the evidence that raises any of ``indicators``, each indicator shown.

    One quote per indicator first (the ones ``levels`` weighs most first: a
    stage's ``very_high`` indicators before its ``high`` ones), then the
    rest by how much their codes weigh on the indicators
    (:func:`pick_covering`); ``avoid``'s words come last.
    """
    level = levels or {}
    wanted = sorted(dict.fromkeys(indicators), key=lambda n: -level.get(n, 1.0))

    def on(name: str) -> Callable[[Evidence], float]:
        w = level.get(name, 1.0)
        return lambda item: max(0.0, weights.get(item.code, {}).get(name, 0.0)) * w

    return pick_covering(items, [on(n) for n in wanted], k, avoid)


def _showing(
    placement: Placement,
    sides: Sequence[tuple[int, int, float]],
    name: str,
    weights: Mapping[str, Mapping[str, float]],
    boundary: date,
) -> tuple[Weighted, Callable[[Evidence], float]]:
    """The evidence in ``sides`` (``(first, stop, sign)``) pushing ``name`` as ``sign`` says.

    Only evidence wholly on its side of ``boundary`` counts: an item whose
    interval (``2019年``) straddles the boundary speaks of both stages and so
    shows no change between them. Returns the items and how much each shows
    the move (its code's weight, signed so that evidence raising the
    indicator before a fall, or lowering it after, counts).
    """
    found: Weighted = []
    score: dict[int, float] = {}
    for first, stop, sign in sides:
        after = placement.periods[first].start >= boundary
        for item, share in placement.in_range(first, stop):
            if (item.start < boundary) if after else (item.end >= boundary):
                continue
            value = sign * weights.get(item.code, {}).get(name, 0.0)
            if value > 0 and id(item) not in score:
                score[id(item)] = value
                found.append((item, share))
    return found, lambda item: score.get(id(item), 0.0)


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

    The indicators whose z-scores moved most (by at least :data:`MIN_MOVE`),
    each with the evidence that shows the move: in the :data:`NEAR_PERIODS`
    periods either side of the boundary, for a rise, evidence raising the
    indicator after it (not evidence lowering it before: legitimacy won that
    stops being reported is no crisis); for a fall, evidence raising it
    before or lowering it after. When there is none, evidence raising it
    anywhere in the stage where it is high (the new one for a rise, the old
    one for a fall). An
    indicator with no such evidence is not listed (its rate moved, but no
    words in the record show it), and the next largest move takes its place,
    up to ``top``. Quotes already shown for a larger move at the same
    boundary come last.
    """
    (label_a, a), (label_b, b) = before, after
    delta = b.z - a.z
    order = [int(j) for j in np.argsort(-np.abs(np.nan_to_num(delta)), kind="stable")]
    near_a, near_b = max(a.stop - NEAR_PERIODS, a.first), min(b.first + NEAR_PERIODS, b.stop)
    boundary = table.periods[b.first].start
    moved: list[Movement] = []
    shown: list[str] = []
    for j in order:
        if len(moved) == top:
            break
        if not math.isfinite(delta[j]) or abs(delta[j]) < MIN_MOVE:
            continue
        name, sign = table.ids[j], (1.0 if delta[j] > 0 else -1.0)
        # near the boundary, evidence either way; further off, only the indicator's own
        # evidence on the side where it is high (a gain a year before is no crisis now)
        own = (b.first, b.stop, sign) if sign > 0 else (a.first, a.stop, -sign)
        near = (
            [(b.first, near_b, sign)]
            if sign > 0
            else [(b.first, near_b, sign), (near_a, a.stop, -sign)]
        )
        tiers = [near, [own]]
        quotes: tuple[Quote, ...] = ()
        for sides in tiers:
            found, score = _showing(placement, sides, name, weights, boundary)
            quotes = pick_covering(found, [score], 2, shown)
            if quotes:
                break
        if not quotes:
            continue
        shown.extend(q.quote for q in quotes)
        moved.append(Movement(name, float(a.z[j]), float(b.z[j]), quotes))
    period = table.periods[b.first]
    return TurningPoint(period.label, period.start, label_a, label_b, stability, tuple(moved))
