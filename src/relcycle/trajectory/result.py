"""What an analysis finds: stages, their diagnosis, turning points and advice.

Plain frozen dataclasses; :mod:`relcycle.trajectory.export` turns an
:class:`Analysis` into the versioned JSON documented in ``docs/ANALYSIS.md``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from relcycle.domain import Case, Period
from relcycle.trajectory.indicators import IndicatorTable


@dataclass(frozen=True, slots=True)
class Quote:
    """A piece of evidence quoted in support of a finding.

    Attributes:
        source: The source id (``events.csv:<line>`` for an event).
        date: The date the evidence speaks of (its first day).
        quote: The words.
        code: The code it carries.
        actor: Who acted, if known.
        origin: ``manual``, ``import``, ``auto`` or ``event``.
        source_date: The source's own date (an interview recalls the past).
        end: The last day the evidence speaks of (``date`` when ``None``).
        precision: How fine ``[date, end]`` is: ``day``, ``week``, ``month``,
            ``season``, ``quarter``, ``half-year`` or ``year`` (a segment placed
            by ``2017年`` speaks of the year 2017, not of 2017-01-01).
    """

    source: str
    date: dt.date
    quote: str
    code: str
    actor: str | None = None
    origin: str = "auto"
    source_date: dt.date | None = None
    end: dt.date | None = None
    precision: str = "day"

    @property
    def last_day(self) -> dt.date:
        """The last day the evidence speaks of."""
        return self.end or self.date


@dataclass(frozen=True, slots=True)
class CodeShare:
    """How much of a side's evidence in a stage carries one code.

    Attributes:
        code: The code id.
        label: Its label in the case's language.
        share: Its share (0–1) of that side's evidence of the same family.
        mass: Its weighted amount of evidence.
        quotes: Two or three quotes, with source and date.
    """

    code: str
    label: str
    share: float
    mass: float
    quotes: tuple[Quote, ...] = ()


@dataclass(frozen=True, slots=True)
class ActorProfile:
    """One side's goals, values and strategies in a stage.

    Attributes:
        actor: The actor id (``None`` when the case names no actor of the role).
        name: The actor's name.
        role: government or social_org.
        goals: Goal codes, most frequent first.
        values: Value-logic codes.
        strategies: Behaviour codes.
    """

    actor: str | None
    name: str
    role: str
    goals: tuple[CodeShare, ...]
    values: tuple[CodeShare, ...]
    strategies: tuple[CodeShare, ...]


@dataclass(frozen=True, slots=True)
class KeyEvent:
    """An event of events.csv within a stage.

    Attributes:
        date: Its first day.
        end: Its last day.
        actor: Who acted.
        target: On whom.
        summary: What happened.
        line: Its line in events.csv.
        codes: The codes it carries (its own, or those read from its summary).
    """

    date: dt.date
    end: dt.date
    actor: str
    target: str | None
    summary: str
    line: int
    codes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class LegitimacyCrisis:
    """Whether a stage shows a legitimacy crisis, and where.

    Attributes:
        flagged: True when the crisis indicator is high in the stage (with
            crisis evidence there), or very high in one of its periods.
        z: The crisis indicator's z-score in the stage (``None`` if unknown).
        periods: Labels of the stage's periods where it is very high.
        quotes: Crisis evidence.
    """

    flagged: bool
    z: float | None
    periods: tuple[str, ...] = ()
    quotes: tuple[Quote, ...] = ()


@dataclass(frozen=True, slots=True)
class StageDiagnosis:
    """The diagnosis of one stage; satisfies :class:`relcycle.frameworks.Diagnosis`.

    Attributes:
        stage: The stage type id.
        previous_stage: The stage type of the stage before, if any.
        indicators: Indicator id → z-score in the stage (finite values only).
        code_shares: Code id → share of the stage's coded units (segments and
            events) carrying the code or a descendant.
        actors: Role → the side's profile (government, social_org).
        relationship: Relationship codes, most frequent first.
        resources: Resource-dependence codes, most frequent first.
        key_events: The stage's events, by date.
        legitimacy: Legitimacy crisis flag.
    """

    stage: str | None
    previous_stage: str | None
    indicators: Mapping[str, float]
    code_shares: Mapping[str, float]
    actors: Mapping[str, ActorProfile] = field(default_factory=dict)
    relationship: tuple[CodeShare, ...] = ()
    resources: tuple[CodeShare, ...] = ()
    key_events: tuple[KeyEvent, ...] = ()
    legitimacy: LegitimacyCrisis | None = None


@dataclass(frozen=True, slots=True)
class Stage:
    """A labelled stage: consecutive periods the relationship spent in one stage type.

    Attributes:
        label: The stage type id.
        name: Its name in the case's language.
        first: Index of its first period.
        stop: One past the index of its last period.
        start: First day of its first period.
        end: Last day of its last period.
        start_period: Label of its first period.
        end_period: Label of its last period.
        confidence: Probability of the label (softmax of the stage scores).
        runner_up: The next most probable stage type (``None`` with one type).
        probabilities: Stage type → probability.
        z: Indicator id → z-score (``None`` where unknown).
        diagnosis: What drove it.
        evidence: Quotes behind the label: evidence for the indicators its
            signature puts high.
    """

    label: str
    name: str
    first: int
    stop: int
    start: dt.date
    end: dt.date
    start_period: str
    end_period: str
    confidence: float
    runner_up: str | None
    probabilities: Mapping[str, float]
    z: Mapping[str, float | None]
    diagnosis: StageDiagnosis
    evidence: tuple[Quote, ...] = ()


@dataclass(frozen=True, slots=True)
class Movement:
    """How one indicator moved across a boundary.

    Attributes:
        indicator: The indicator id.
        before: Its z-score in the stage before.
        after: Its z-score in the stage after.
        quotes: Evidence around the boundary for the move.
    """

    indicator: str
    before: float
    after: float
    quotes: tuple[Quote, ...] = ()

    @property
    def delta(self) -> float:
        """``after - before``."""
        return self.after - self.before


@dataclass(frozen=True, slots=True)
class TurningPoint:
    """A boundary between two stages.

    Attributes:
        period: Label of the first period of the new stage.
        date: Its first day.
        before: The stage type before.
        after: The stage type after.
        stability: Share of the penalty path at which the boundary (±1 period) is found.
        moved: The indicators that moved most, largest move first.
    """

    period: str
    date: dt.date
    before: str
    after: str
    stability: float
    moved: tuple[Movement, ...]


@dataclass(frozen=True, slots=True)
class AdviceItem:
    """A piece of the framework's advice that applies to the case.

    Attributes:
        id: The advice id.
        title: Title in the case's language.
        text: The advice in the case's language.
        audience: government, social_org or both.
        source: Where the advice comes from.
        when: The condition as written in the framework.
        stages: Indices (into ``Analysis.stages``) of the stages it applies to.
        evidence: Quotes of the advice's ``cite_codes`` from those stages.
    """

    id: str
    title: str
    text: str
    audience: str
    source: str | None
    when: Mapping[str, object]
    stages: tuple[int, ...]
    evidence: tuple[Quote, ...] = ()


@dataclass(frozen=True, slots=True)
class EvidenceCounts:
    """How much evidence there was and what was used.

    Attributes:
        items: Evidence items collected.
        used: Items that overlap the studied period.
        before: Items wholly before it (kept aside).
        after: Items wholly after it.
        by_origin: Items by origin (manual, import, auto, event).
        duplicates_dropped: Automatic codings that repeated a person's.
    """

    items: int
    used: int
    before: int
    after: int
    by_origin: Mapping[str, int]
    duplicates_dropped: int = 0


@dataclass(frozen=True, slots=True)
class Analysis:
    """A case's analysis: periods, indicators, stages, turning points and advice.

    Attributes:
        case: The case.
        framework: ``{"id", "version", "hash", "source"}`` of the framework used.
        grain: The period grain analysed.
        periods: The studied periods.
        table: The indicators per period.
        stages: Contiguous stages covering the studied period; empty when none
            could be told apart (``reason`` says why).
        turning_points: One per boundary between stages.
        advice: The framework's advice that applies, with evidence.
        evidence: Evidence counts.
        reason: Why there are no stages, else ``None``.
        params: The method's parameters, for provenance.
        segmentation: Segment ends before labels were merged, and penalty used.
        legitimacy_periods: Labels of periods flagged for a legitimacy crisis.
    """

    case: Case
    framework: Mapping[str, str]
    grain: str
    periods: tuple[Period, ...]
    table: IndicatorTable
    stages: tuple[Stage, ...]
    turning_points: tuple[TurningPoint, ...]
    advice: tuple[AdviceItem, ...]
    evidence: EvidenceCounts
    reason: str | None = None
    params: Mapping[str, Any] = field(default_factory=dict)
    segmentation: Mapping[str, Any] = field(default_factory=dict)
    legitimacy_periods: tuple[str, ...] = ()

    @property
    def labels(self) -> list[str | None]:
        """The stage type of every period (``None`` everywhere when there are no stages)."""
        out: list[str | None] = [None] * len(self.periods)
        for s in self.stages:
            out[s.first : s.stop] = [s.label] * (s.stop - s.first)
        return out

    @property
    def bkps(self) -> list[int]:
        """The stages' ends in ruptures' convention (``[n]`` when there are no stages)."""
        return [s.stop for s in self.stages] or [len(self.periods)]
