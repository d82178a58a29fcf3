"""What the store answers with, besides domain objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from relcycle.domain import Segment, TimeAnchor


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did.

    Attributes:
        case_id: The case imported.
        added: Ids of the sources that were new.
        updated: Ids of the sources that changed and were rewritten.
        unchanged: Ids of the sources left as they were.
        removed: Ids of the sources no longer in the folder, deleted.
        events: Number of the case's events after the import.
        codings: Number of codings the import brought (codings.csv).
        case_created: Whether the case was new to the store.
        case_updated: Whether case.yaml, events or codings changed the stored case.
        reanchored: Codings of changed sources moved to where their quoted text now is.
        orphaned: Codings of changed sources whose quoted text is gone: kept, marked
            orphaned, to be placed or removed by hand.
    """

    case_id: str
    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    events: int = 0
    codings: int = 0
    case_created: bool = False
    case_updated: bool = False
    reanchored: int = 0
    orphaned: int = 0

    @property
    def changed(self) -> bool:
        """Whether the import changed anything in the store."""
        return bool(
            self.case_created or self.case_updated or self.added or self.updated or self.removed
        )


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """One line of the store's list of cases.

    Attributes:
        id: The case id.
        title: Its title.
        language: ``zh``, ``en`` or ``mixed``.
        period: The timeline's grain.
        start: First day studied.
        end: Last day studied.
        sources: Number of sources.
        segments: Number of segments.
        updated: When the case last changed in the store (UTC).
    """

    id: str
    title: str
    language: str
    period: str
    start: date
    end: date
    sources: int
    segments: int
    updated: datetime


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One entry of a case's import log.

    Attributes:
        case_id: The case.
        at: When (UTC).
        source_id: The source concerned; ``None`` for the case itself.
        action: ``added``, ``updated``, ``removed`` or ``case-updated``.
        detail: What changed (checksums before and after, counts ...).
    """

    case_id: str
    at: datetime
    source_id: str | None
    action: str
    detail: str


@dataclass(frozen=True, slots=True)
class AnchoredSegment:
    """A segment with its time anchor and what the timeline needs of its source.

    Attributes:
        segment: The segment, with its text.
        anchor: Where it sits in time.
        source_kind: Its source's kind.
        source_date: Its source's date.
        source_title: Its source's title, if any.
    """

    segment: Segment
    anchor: TimeAnchor
    source_kind: str
    source_date: date
    source_title: str | None

    @property
    def source_id(self) -> str:
        """The id of the segment's source."""
        return self.segment.source_id
