"""What the report's template reads: plain frozen dataclasses, already in the report's language.

Nothing here is escaped: the template escapes every string it prints.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # scenarios builds its views with the namer, which imports this module
    from relcycle.report.scenarios import ScenariosView


@dataclass(frozen=True, slots=True)
class QuoteView:
    """A quote with where it comes from.

    Attributes:
        text: The quoted words.
        source: The source's title (or id), or the events-list line.
        source_id: The source id as stored.
        kind: The source's kind in the report's language ("" for an event).
        date: The date the quote speaks of (ISO).
        recalled: The source's own date (ISO) when it is later than what it speaks of.
        code: The code's label.
        actor: The acting actor's name, if known.
    """

    text: str
    source: str
    source_id: str
    kind: str
    date: str
    recalled: str | None
    code: str
    actor: str | None


@dataclass(frozen=True, slots=True)
class CodeView:
    """A code's share of one side's evidence in a stage, with quotes.

    Attributes:
        code: The code id.
        label: Its label.
        percent: Its share as a whole percentage.
        quotes: Quotes carrying it.
    """

    code: str
    label: str
    percent: int
    quotes: tuple[QuoteView, ...] = ()


@dataclass(frozen=True, slots=True)
class SideView:
    """One side's goals, values and strategies in a stage.

    Attributes:
        name: The actor's name.
        role: Its role in the report's language.
        goals: Goal codes.
        values: Value-logic codes.
        strategies: Behaviour codes.
    """

    name: str
    role: str
    goals: tuple[CodeView, ...]
    values: tuple[CodeView, ...]
    strategies: tuple[CodeView, ...]


@dataclass(frozen=True, slots=True)
class EventView:
    """An event of events.csv.

    Attributes:
        date: Its date (ISO; a range when it lasts).
        actor: Who acted.
        target: On whom, if anyone.
        summary: What happened.
    """

    date: str
    actor: str
    target: str | None
    summary: str


@dataclass(frozen=True, slots=True)
class StageCard:
    """A stage as the report shows it.

    Attributes:
        number: 1-based position.
        label: The stage type id.
        name: Its name.
        definition: The framework's definition of the stage type.
        start: First day (ISO).
        end: Last day (ISO).
        start_period: Its first period's label.
        end_period: Its last period's label.
        periods: Number of periods.
        confidence: Confidence as a whole percentage.
        runner_up: The next most likely stage type's name, if any.
        sides: Each side's profile (government first).
        relationship: Relationship codes.
        resources: Resource-dependence codes.
        events: Key events.
        quotes: Quotes behind the label.
        crisis: Whether a legitimacy crisis is flagged in it.
        tone: Its colour (0–6), the same for every stage of one type, as in the chart.
        span: Its periods in words: ``2019-Q4 – 2020-Q2, 3 quarters`` (one period
            named once: ``2019-Q3, 1 quarter``).
    """

    number: int
    label: str
    name: str
    definition: str
    start: str
    end: str
    start_period: str
    end_period: str
    periods: int
    confidence: int
    runner_up: str | None
    sides: tuple[SideView, ...]
    relationship: tuple[CodeView, ...]
    resources: tuple[CodeView, ...]
    events: tuple[EventView, ...]
    quotes: tuple[QuoteView, ...]
    crisis: bool = False
    tone: int = 0
    span: str = ""


@dataclass(frozen=True, slots=True)
class MoveView:
    """An indicator that moved at a turning point.

    Attributes:
        text: One sentence: which indicator, which way, from and to.
        up: Whether it rose.
        quotes: Evidence for the move.
    """

    text: str
    up: bool
    quotes: tuple[QuoteView, ...]


@dataclass(frozen=True, slots=True)
class TurningView:
    """A turning point.

    Attributes:
        date: Its first day (ISO).
        before: The stage before (name).
        after: The stage after (name).
        intro: One sentence saying so.
        moves: What moved, largest first.
    """

    date: str
    before: str
    after: str
    intro: str
    moves: tuple[MoveView, ...]


@dataclass(frozen=True, slots=True)
class CrisisView:
    """A stage flagged for a legitimacy crisis.

    Attributes:
        text: One sentence saying where.
        quotes: Crisis evidence.
    """

    text: str
    quotes: tuple[QuoteView, ...]


@dataclass(frozen=True, slots=True)
class AdviceView:
    """A piece of advice that applies.

    Attributes:
        id: Its id.
        title: Its title.
        text: The advice.
        audience: Who it is for.
        source: Where it comes from, if said.
        stages: The stages it applies to, as "name (start – end)".
        quotes: The evidence cited.
    """

    id: str
    title: str
    text: str
    audience: str
    source: str | None
    stages: tuple[str, ...]
    quotes: tuple[QuoteView, ...]


@dataclass(frozen=True, slots=True)
class CoverageRow:
    """A code's share of each stage's coded units.

    Attributes:
        code: The code id.
        label: Its label.
        family: Its family in the report's language.
        depth: How deep it sits in the codebook (0 for a root).
        percents: Per stage, the share as a percentage with one decimal ("" for none).
        heat: Per stage, 0–4: how strongly to shade the cell.
    """

    code: str
    label: str
    family: str
    depth: int
    percents: tuple[str, ...]
    heat: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One source in the list of sources.

    Attributes:
        id: The source id.
        date: Its date (ISO).
        kind: Its kind in the report's language.
        title: Its title (or "").
        informant: Who was interviewed, if anyone.
    """

    id: str
    date: str
    kind: str
    title: str
    informant: str


@dataclass(frozen=True, slots=True)
class Bar:
    """A labelled count drawn as a bar.

    Attributes:
        label: What is counted.
        count: How many.
        width: The bar's width in percent of the largest.
    """

    label: str
    count: int
    width: int


@dataclass(frozen=True, slots=True)
class ActorRow:
    """An actor of the case.

    Attributes:
        name: Its name.
        role: Its role in the report's language.
        aliases: Other names the texts use.
    """

    name: str
    role: str
    aliases: str


@dataclass(frozen=True, slots=True)
class Glance:
    """The case at a glance.

    Attributes:
        id: Case id.
        title: Its title.
        note: The case's note (e.g. that it is fiction), if any.
        studied: Studied period, "start – end".
        grain: The period grain analysed.
        actors: Its actors.
        contract: Contract terms as (label, value) pairs.
        by_kind: Sources by kind.
        over_time: Sources per period of the source's date.
        evidence: One sentence on the evidence used.
    """

    id: str
    title: str
    note: str | None
    studied: str
    grain: str
    actors: tuple[ActorRow, ...]
    contract: tuple[tuple[str, str], ...]
    by_kind: tuple[Bar, ...]
    over_time: tuple[Bar, ...]
    evidence: str


@dataclass(frozen=True, slots=True)
class ReportContext:
    """Everything the report's template prints.

    Attributes:
        lang: The report's language.
        t: Its phrases.
        title: The report's title.
        generated: The "generated by ... on ..." line.
        glance: The case at a glance.
        stage_summary: One line per stage: name and dates (empty with no stages).
        no_stages: Why there are no stages, else ``None``.
        chart: The timeline figure as JSON (safe to embed in a script element).
        stages: A card per stage.
        turning_points: The turning points.
        crises: The legitimacy crises.
        advice: The advice that applies.
        coverage_stages: Column headings of the coverage table.
        coverage: The coverage table's rows.
        sources: Every source, by date.
        methods: The methods appendix as (label, value) pairs.
        scenarios: The scenario section of a calibrated case, else ``None``.
    """

    lang: str
    t: Mapping[str, str]
    title: str
    generated: str
    glance: Glance
    stage_summary: tuple[str, ...]
    no_stages: str | None
    chart: str
    stages: tuple[StageCard, ...]
    turning_points: tuple[TurningView, ...]
    crises: tuple[CrisisView, ...]
    advice: tuple[AdviceView, ...]
    coverage_stages: tuple[str, ...]
    coverage: tuple[CoverageRow, ...]
    sources: tuple[SourceRow, ...]
    methods: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    scenarios: ScenariosView | None = None
