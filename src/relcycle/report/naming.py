"""Names in the report's language: stage types, codes, indicators, actors, sources, quotes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from relcycle.domain import Case, Source
from relcycle.frameworks import Framework
from relcycle.report.labels import local, texts, word
from relcycle.report.views import QuoteView
from relcycle.trajectory.evidence import EVENTS_SOURCE
from relcycle.trajectory.result import Quote

STAGE_TONES = 7
#: Kinds of source whose parts are written as things happen, each under its own day
#: (a chat's messages, a diary's days): no part of one is a recollection.
_WRITTEN_AS_IT_HAPPENED = frozenset({"message"})
_RECALL_DAYS = 31  # a quote about a time ended this long before its source says "recalled on"
_RECALL_MIDDLE_DAYS = 92  # ... and one about a stretch whose middle lies this long before it
"""How many stage colours the report's CSS and chart have."""


def when(start: dt.date, end: dt.date, precision: str) -> str:
    """A time as finely as it is known: ``2017`` (a year), ``2018-03`` (a month), else the days."""
    if precision == "year" and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    whole_month = start.day == 1 and (end + dt.timedelta(days=1)).day == 1
    if precision == "month" and whole_month and (start.year, start.month) == (end.year, end.month):
        return f"{start.year}-{start.month:02d}"
    if start == end or precision == "day":
        return start.isoformat()
    return f"{start.isoformat()} – {end.isoformat()}"


def event_when(start: dt.date, end: dt.date) -> str:
    """An event's date as events.csv gave it: a day (``2022-06-14``) or a month (``2022-04``)."""
    return when(start, end, "day" if start == end else "month")


class Namer:
    """Turns the ids an analysis holds into what a reader of the report sees.

    Args:
        case: The case (its actors).
        framework: The framework analysed with (its labels in several languages).
        sources: The case's sources (their titles and kinds).
        lang: The report's language.
    """

    def __init__(
        self, case: Case, framework: Framework, sources: Sequence[Source], lang: str
    ) -> None:
        self.case = case
        self.framework = framework
        self.lang = lang
        self.t: Mapping[str, str] = texts(lang)
        self._sources = {s.id: s for s in sources}
        self._stages = {s.id: s for s in framework.stages}
        self._indicators = {i.id: i for i in framework.indicators}

    def dates(self, start: dt.date, end: dt.date) -> tuple[str, str]:
        """A stage's first and last day within the studied period (ISO).

        A week-grain case's first and last weeks run past the studied period
        (the week of 2022-01-01 starts on 2021-12-27); a reader is told the
        days studied, not the week's edges.
        """
        first, last = max(start, self.case.start), min(end, self.case.end)
        return first.isoformat(), last.isoformat()

    def stage(self, stage_id: str) -> str:
        """A stage type's name."""
        st = self._stages.get(stage_id)
        return local(st.label, self.lang) if st is not None else stage_id

    def stage_tone(self, stage_id: str) -> int:
        """A stage type's colour index: its place in the framework's typology (0–6)."""
        order = list(self._stages)
        return (order.index(stage_id) if stage_id in order else len(order)) % STAGE_TONES

    def stage_definition(self, stage_id: str) -> str:
        """A stage type's definition."""
        st = self._stages.get(stage_id)
        return local(st.definition, self.lang) if st is not None else ""

    def code(self, code_id: str) -> str:
        """A code's label."""
        if not self.framework.has_code(code_id):
            return code_id
        return local(self.framework.code(code_id).label, self.lang)

    def indicator(self, indicator_id: str) -> str:
        """An indicator's label."""
        ind = self._indicators.get(indicator_id)
        return local(ind.label, self.lang) if ind is not None else indicator_id

    def actor(self, actor_id: str | None) -> str | None:
        """An actor's name (the id itself when the case does not list it)."""
        if actor_id is None:
            return None
        found = self.case.actor(actor_id)
        return found.name if found is not None else actor_id

    def source(self, source_id: str) -> tuple[str, str]:
        """A source's title (else its id) and its kind; an event's line in the events list."""
        if source_id.startswith(f"{EVENTS_SOURCE}:"):
            line = source_id.rsplit(":", 1)[1]
            return self.t["event_line"].format(line=line), ""
        src = self._sources.get(source_id)
        if src is None:
            return source_id, ""
        return (src.title or source_id), word(self.lang, "kind_one", src.kind)

    def quote(self, q: Quote) -> QuoteView:
        """A quote with its source, date and, for a later recollection, when it was recalled."""
        title, kind = self.source(q.source)
        recalled = None
        # it ended over a month before it was said; or it is a long stretch lying mostly
        # in the past ("in the second year", 2022-04 – 2023-03, told in 2023-01), while
        # "this year" in a letter of July is not a recollection
        middle = q.date + (q.last_day - q.date) / 2
        src = self._sources.get(q.source)
        if (
            q.source_date is not None
            # a chat export's date is when it was copied, not when its messages were written
            and (src is None or src.kind not in _WRITTEN_AS_IT_HAPPENED)
            and (
                (q.source_date - q.last_day).days > _RECALL_DAYS
                or (q.source_date - middle).days > _RECALL_MIDDLE_DAYS
            )
        ):
            recalled = q.source_date.isoformat()
        return QuoteView(
            text=q.quote,
            source=title,
            source_id=q.source,
            kind=kind,
            date=when(q.date, q.last_day, q.precision),
            recalled=recalled,
            code=self.code(q.code),
            actor=self.actor(q.actor),
        )

    def quotes(self, items: Iterable[Quote]) -> tuple[QuoteView, ...]:
        """Several quotes, the same words only once."""
        seen: set[str] = set()
        out = []
        for q in items:
            if q.quote in seen:
                continue
            seen.add(q.quote)
            out.append(self.quote(q))
        return tuple(out)
