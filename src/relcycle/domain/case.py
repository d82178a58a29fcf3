"""A case and what it is made of: actors, contract, sources, segments, events, codings."""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from typing import Any

from relcycle.domain.period import Grain
from relcycle.domain.time import TimeAnchor

ACTOR_ROLES = ("government", "social_org", "community", "funder", "other")
GRAINS: tuple[Grain, ...] = ("week", "month", "quarter")
LANGUAGES = ("zh", "en", "mixed")
SOURCE_KINDS = ("field_note", "interview", "minutes", "document", "report", "news", "message")


def add_months(day: date, months: int) -> date:
    """``day`` moved by a whole number of months, clamped to the month's last day."""
    total = day.year * 12 + (day.month - 1) + months
    year, month = divmod(total, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True, slots=True)
class Actor:
    """An organisation (or group) the relationship is between.

    Attributes:
        id: Identifier used in sources, events and codings.
        name: Display name.
        role: One of :data:`ACTOR_ROLES`.
        aliases: Other names the texts use for this actor.
    """

    id: str
    name: str
    role: str
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """The name and every alias, longest first (for matching in text)."""
        return tuple(sorted({self.name, *self.aliases}, key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class Contract:
    """The purchase contract; ``terms`` keeps every key the case gave, as given.

    Attributes:
        terms: The contract's keys from case.yaml (free keys).
        signed: Signing date, if given.
        start: Date the contract's service starts (``start`` key, else ``signed``).
        end: Date it ends (``end`` key, else ``start`` + ``term_months`` - 1 day).
        mid_term: Date of the mid-term review, if the case says when it is.
    """

    terms: Mapping[str, Any] = field(default_factory=dict)
    signed: date | None = None
    start: date | None = None
    end: date | None = None
    mid_term: date | None = None

    @property
    def term_months(self) -> int | None:
        """The contract's term in months, if given."""
        value = self.terms.get("term_months")
        return int(value) if isinstance(value, int | float) else None

    @property
    def scope(self) -> str | None:
        """The contract's scope of service, if given."""
        value = self.terms.get("scope")
        return str(value) if value is not None else None

    def year_start(self, n: int) -> date | None:
        """The first day of the contract's ``n``-th year (1-based), if its start is known."""
        return add_months(self.start, 12 * (n - 1)) if self.start else None

    @staticmethod
    def derive_end(start: date | None, term_months: int | None) -> date | None:
        """The last day of a term of ``term_months`` starting at ``start``."""
        if start is None or term_months is None:
            return None
        return add_months(start, term_months) - timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Case:
    """What a case is: its id, studied period, actors and contract.

    Attributes:
        id: ``[a-z0-9-]+``, unique in a store.
        title: Human title.
        language: ``zh``, ``en`` or ``mixed``.
        period: The timeline's grain: ``week``, ``month`` or ``quarter``.
        start: First day studied.
        end: Last day studied.
        actors: Who the relationship is between.
        contract: The purchase contract, if described.
        framework: Framework id, ``None`` for the built-in default.
        extra: Any other top-level keys of case.yaml, kept as given.
    """

    id: str
    title: str
    language: str
    period: Grain
    start: date
    end: date
    actors: tuple[Actor, ...]
    contract: Contract | None = None
    framework: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    def actor(self, actor_id: str) -> Actor | None:
        """The actor with this id, or ``None``."""
        return next((a for a in self.actors if a.id == actor_id), None)


@dataclass(frozen=True, slots=True)
class Source:
    """One source document: a field note, an interview, minutes, a document ...

    Attributes:
        id: Path of the file relative to ``sources/``, with ``/`` separators.
        kind: One of :data:`SOURCE_KINDS` (others are kept as given).
        date: When it was written or recorded.
        title: Its title, if any.
        informant: Actor id of the person interviewed, if any.
        text: The normalised body text; offsets count code points into it.
        filename: The original file name.
        encoding: The encoding the file was decoded from (``utf-8``, ``gb18030`` ...).
        checksum: SHA-256 of the file's bytes (and its sidecar's, if any).
        meta: Any other front-matter keys, kept as given.
    """

    id: str
    kind: str
    date: date
    title: str | None
    informant: str | None
    text: str
    filename: str
    encoding: str
    checksum: str
    meta: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Segment:
    """A paragraph or an interview turn: ``source.text[start:end] == text``.

    Attributes:
        source_id: The source it belongs to.
        index: Its position within the source, from 0.
        start: Offset of its first code point in the source's text.
        end: Offset one past its last code point.
        text: The segment's text.
        speaker: The speaker label as written ("问", "Director"), for turns.
        actor: The actor id the speaker maps to, when known.
    """

    source_id: str
    index: int
    start: int
    end: int
    text: str
    speaker: str | None = None
    actor: str | None = None

    @classmethod
    def _fast(
        cls,
        source_id: str,
        index: int,
        start: int,
        end: int,
        text: str,
        speaker: str | None,
        actor: str | None,
    ) -> Segment:
        """The same segment as ``Segment(...)`` with every field given, made faster.

        For the segmenter (it makes one per paragraph): the fields are stored in an
        unfrozen twin with the same slots, which then becomes a ``Segment``
        (:data:`_SegmentTwin`), instead of the frozen dataclass's ``__init__``.
        """
        segment = _new(_SegmentTwin)
        segment.source_id = source_id
        segment.index = index
        segment.start = start
        segment.end = end
        segment.text = text
        segment.speaker = speaker
        segment.actor = actor
        segment.__class__ = Segment  # type: ignore[assignment]  # the same slots: allowed
        return segment  # type: ignore[return-value]


_new = object.__new__


class _SegmentTwin:
    """:class:`Segment`'s slots, not frozen: ``Segment._fast`` fills one, then retypes it."""

    __slots__ = tuple(f.name for f in fields(Segment))
    source_id: str
    index: int
    start: int
    end: int
    text: str
    speaker: str | None
    actor: str | None


@dataclass(frozen=True, slots=True)
class Event:
    """A dated event the researcher listed by hand (events.csv).

    Attributes:
        start: First day of the event's date (a day, or the first of a month).
        end: Last day (the same day, or the month's last day).
        actor: Actor id of who acted.
        target: Actor id of whom it was aimed at, if any.
        summary: What happened.
        codes: Framework code ids.
        line: Line number in events.csv (1 = header).
    """

    start: date
    end: date
    actor: str
    target: str | None
    summary: str
    codes: tuple[str, ...] = ()
    line: int = 0


AUTO_PREFIX = "auto:"
"""How an auto-coder's name starts (``auto:dictionary@<framework hash>``); people's never do."""


@dataclass(frozen=True, slots=True)
class Coding:
    """A code applied to a span of a source's text by a coder.

    Attributes:
        source_id: The source coded.
        start: Offset of the first code point (inclusive).
        end: Offset one past the last (exclusive).
        code: Framework code id.
        coder: Who coded: a person, or ``auto:<coder>@<hash>``.
        memo: A note by the coder.
    """

    source_id: str
    start: int
    end: int
    code: str
    coder: str
    memo: str = ""


@dataclass(frozen=True, slots=True)
class ParsedSource:
    """A source with its segments and their time anchors (one per segment)."""

    source: Source
    segments: tuple[Segment, ...]
    anchors: tuple[TimeAnchor, ...]


@dataclass(frozen=True, slots=True)
class CaseData:
    """A whole case read into memory."""

    case: Case
    sources: tuple[ParsedSource, ...]
    events: tuple[Event, ...] = ()
    codings: tuple[Coding, ...] = ()
