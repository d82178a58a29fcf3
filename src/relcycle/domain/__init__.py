"""Plain dataclasses for relcycle's data model: no SQL, no HTTP, no I/O."""

from relcycle.domain.case import (
    ACTOR_ROLES,
    AUTO_PREFIX,
    GRAINS,
    LANGUAGES,
    SOURCE_KINDS,
    Actor,
    Case,
    CaseData,
    Coding,
    Contract,
    Event,
    ParsedSource,
    Segment,
    Source,
)
from relcycle.domain.period import Period, period_of, periods_between
from relcycle.domain.time import PRECISIONS, Precision, TimeAnchor

__all__ = [
    "ACTOR_ROLES",
    "AUTO_PREFIX",
    "GRAINS",
    "LANGUAGES",
    "PRECISIONS",
    "SOURCE_KINDS",
    "Actor",
    "Case",
    "CaseData",
    "Coding",
    "Contract",
    "Event",
    "ParsedSource",
    "Period",
    "Precision",
    "Segment",
    "Source",
    "TimeAnchor",
    "period_of",
    "periods_between",
]
