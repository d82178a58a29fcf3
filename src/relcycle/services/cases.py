"""Listing, describing and exporting the cases of a store."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from relcycle.domain import Case
from relcycle.services.store import open_store
from relcycle.settings import Settings
from relcycle.sources.writer import write_case_folder
from relcycle.store import CaseSummary, LogEntry


@dataclass(frozen=True, slots=True)
class CaseOverview:
    """What ``relcycle show`` tells about a stored case.

    Attributes:
        case: The case.
        summary: Its line in the list of cases.
        kinds: Number of sources by kind.
        first_source: Date of the earliest source.
        last_source: Date of the latest source.
        placed_by_text: Segments whose own text named their time.
        out_of_period: Segments placed wholly outside the studied period.
        events: Number of events.
        codings_by_coder: Number of codings by coder.
        log: The import log, oldest first.
    """

    case: Case
    summary: CaseSummary
    kinds: dict[str, int]
    first_source: date | None
    last_source: date | None
    placed_by_text: int
    out_of_period: int
    events: int
    codings_by_coder: dict[str, int]
    log: list[LogEntry]


def list_cases(settings: Settings) -> list[CaseSummary]:
    """Every case in the store, by id."""
    with open_store(settings) as store:
        return store.cases()


def case_overview(case_id: str, settings: Settings) -> CaseOverview:
    """Describe one stored case.

    Raises:
        NotFoundError: No such case (the message lists the cases there are).
    """
    with open_store(settings) as store:
        case = store.case(case_id)
        summary = next(s for s in store.cases() if s.id == case_id)
        kinds: Counter[str] = Counter()
        dates: list[date] = []
        by_text = outside = 0
        for parsed in store.iter_sources(case_id):
            kinds[parsed.source.kind] += 1
            dates.append(parsed.source.date)
            by_text += sum(a.provenance == "text" for a in parsed.anchors)
            outside += sum(not a.in_period for a in parsed.anchors)
        data_events = store.events(case_id)
        coders = Counter(c.coder for c in store.codings(case_id))
        return CaseOverview(
            case=case,
            summary=summary,
            kinds=dict(kinds.most_common()),
            first_source=min(dates, default=None),
            last_source=max(dates, default=None),
            placed_by_text=by_text,
            out_of_period=outside,
            events=len(data_events),
            codings_by_coder=dict(sorted(coders.items())),
            log=store.log(case_id),
        )


def export_case(case_id: str, dest: str | Path, settings: Settings) -> Path:
    """Write a stored case back to a case folder at ``dest`` (which must not exist or be empty).

    codings.csv gets people's codings (manual and imported), not the
    auto-coders': read back into another store, a codings.csv row is an
    imported coding, so an auto-coder's output would come back as a person's
    (full confidence, no longer replaced by ``relcycle autocode``). Run
    ``relcycle autocode`` on the imported folder to have them again.

    Raises:
        NotFoundError: No such case.
        InputError: ``dest`` exists and is not empty.
    """
    with open_store(settings) as store:
        data = store.load(case_id)
        originals = store.originals(case_id)
        auto = Counter(r.coding for r in store.coding_records(case_id) if r.origin == "auto")
    people = []
    for coding in data.codings:
        if auto[coding] > 0:
            auto[coding] -= 1
        else:
            people.append(coding)
    return write_case_folder(replace(data, codings=tuple(people)), Path(dest), originals)
