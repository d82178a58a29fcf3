"""The analysis's findings as the report shows them: stage cards, turning points, crises, advice."""

from __future__ import annotations

from collections.abc import Sequence

from relcycle.report.labels import local, period_count, word
from relcycle.report.naming import Namer, event_when
from relcycle.report.views import (
    AdviceView,
    CodeView,
    CrisisView,
    EventView,
    MoveView,
    SideView,
    StageCard,
    TurningView,
)
from relcycle.trajectory.result import (
    AdviceItem,
    Analysis,
    CodeShare,
    KeyEvent,
    Stage,
    TurningPoint,
)

SIDES = ("government", "social_org")
"""The sides a stage card describes, in this order."""


def _codes(names: Namer, items: Sequence[CodeShare]) -> tuple[CodeView, ...]:
    return tuple(
        CodeView(c.code, names.code(c.code), round(100 * c.share), names.quotes(c.quotes))
        for c in items
    )


def _event(names: Namer, e: KeyEvent) -> EventView:
    actor = names.actor(e.actor) or e.actor
    return EventView(event_when(e.date, e.end), actor, names.actor(e.target), e.summary)


def stage_span(names: Namer, s: Stage, grain: str) -> str:
    """A stage's periods in words: ``2019-Q4 – 2020-Q2, 3 quarters``; one period named once."""
    labels = (
        s.start_period if s.start_period == s.end_period else f"{s.start_period} – {s.end_period}"
    )
    count = period_count(names.lang, grain, s.stop - s.first)
    return names.t["stage_span"].format(periods=labels, count=count)


def stage_card(names: Namer, s: Stage, number: int, grain: str = "") -> StageCard:
    """A stage's card: dates, confidence, each side's profile, resources, events and quotes.

    ``grain`` (the analysis's: ``month``, ``quarter`` ...) names what its periods are.
    """
    d = s.diagnosis
    sides = []
    for role in SIDES:
        p = d.actors.get(role)
        if p is None:
            continue
        sides.append(
            SideView(
                name=p.name,
                role=word(names.lang, "role", p.role),
                goals=_codes(names, p.goals),
                values=_codes(names, p.values),
                strategies=_codes(names, p.strategies),
            )
        )
    first, last = names.dates(s.start, s.end)
    return StageCard(
        number=number,
        label=s.label,
        name=names.stage(s.label),
        definition=names.stage_definition(s.label),
        start=first,
        end=last,
        start_period=s.start_period,
        end_period=s.end_period,
        periods=s.stop - s.first,
        confidence=round(100 * s.confidence),
        runner_up=names.stage(s.runner_up) if s.runner_up else None,
        sides=tuple(sides),
        relationship=_codes(names, d.relationship),
        resources=_codes(names, d.resources),
        events=tuple(_event(names, e) for e in d.key_events),
        quotes=names.quotes(s.evidence),
        crisis=bool(d.legitimacy and d.legitimacy.flagged),
        tone=names.stage_tone(s.label),
        span=stage_span(names, s, grain),
    )


def turning_view(names: Namer, t: TurningPoint) -> TurningView:
    """A turning point: from which stage to which, when, and the indicators that moved."""
    before, after = names.stage(t.before), names.stage(t.after)
    intro = names.t["turning_intro"].format(
        before=before,
        after=after,
        date=t.date.isoformat(),
        period=t.period,
        stability=f"{round(100 * t.stability)}%",
    )
    moves = tuple(
        MoveView(
            text=names.t["moved"].format(
                indicator=names.indicator(m.indicator),
                direction=names.t["went_up" if m.delta > 0 else "went_down"],
                before=m.before,
                after=m.after,
            ),
            up=m.delta > 0,
            quotes=names.quotes(m.quotes),
        )
        for m in t.moved
    )
    return TurningView(t.date.isoformat(), before, after, intro, moves)


def _named_dates(names: Namer, s: Stage) -> str:
    """A stage's name and its days studied: ``控制期（2019-10-01 – 2020-06-30）``."""
    first, last = names.dates(s.start, s.end)
    return f"{names.stage(s.label)}{names.t['lparen']}{first} – {last}{names.t['rparen']}"


def crisis_views(names: Namer, analysis: Analysis) -> tuple[CrisisView, ...]:
    """Every stage flagged for a legitimacy crisis, with where it peaks and its evidence."""
    out = []
    for s in analysis.stages:
        crisis = s.diagnosis.legitimacy
        if crisis is None or not crisis.flagged:
            continue
        text = names.t["crisis_in"].format(
            stage=_named_dates(names, s),
            periods=", ".join(crisis.periods) or f"{s.start_period} – {s.end_period}",
            z="–" if crisis.z is None else f"{crisis.z:+.1f}",
        )
        out.append(CrisisView(text, names.quotes(crisis.quotes)))
    return tuple(out)


def advice_view(names: Namer, a: AdviceItem, stages: Sequence[Stage]) -> AdviceView:
    """A piece of advice in the report's language, the stages it applies to and its evidence."""
    found = next((x for x in names.framework.advice if x.id == a.id), None)
    title = local(found.title, names.lang) if found is not None else a.title
    text = local(found.text, names.lang) if found is not None else a.text
    source = a.source  # the analysis's, in the case's language: the framework's in the report's
    if found is not None:
        source = local(found.source, names.lang) if found.source is not None else None
    where = tuple(_named_dates(names, stages[i]) for i in a.stages)
    return AdviceView(
        id=a.id,
        title=title,
        text=text,
        audience=word(names.lang, "audience", a.audience),
        source=source,
        stages=where,
        quotes=names.quotes(a.evidence),
    )
