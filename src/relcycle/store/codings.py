"""Codings as the store keeps them, the coding log, and rebuilding codings from the log.

Every change to a case's codings (by hand, by a codings.csv import, by an
auto-coder, by re-anchoring on changed text) is one entry of the append-only
coding log: who, when, what, and the coding before and after. The log alone
is enough to rebuild the codings: :func:`replay` does, and a property test
checks that it gives what the ``codings`` table holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any, Literal, cast

from relcycle.domain import Coding
from relcycle.errors import StoreError

Origin = Literal["manual", "import", "auto"]
"""Where a coding came from: added by hand, a codings.csv, an auto-coder."""
CodingAction = Literal["add", "remove", "update", "reanchor", "orphan"]
"""What a coding-log entry did."""


@dataclass(frozen=True, slots=True)
class CodingRecord:
    """A coding as stored: a :class:`~relcycle.domain.Coding` with its id and history.

    Attributes:
        id: Stable id, unique in the store.
        source_id: The source coded.
        start: Offset of the first code point (inclusive).
        end: Offset one past the last (exclusive).
        code: Framework code id.
        coder: Who coded: a person, or ``auto:<coder>@<hash>``.
        memo: A note by the coder.
        quote: The text the span covered when it was coded, or last re-anchored.
        origin: ``manual``, ``import`` (codings.csv) or ``auto``.
        created_at: When it was first stored (UTC).
        csv_start: Start offset of the codings.csv row it came from (imports only).
        csv_end: End offset of that row.
        orphaned: Its quote is no longer in the source's text; it is kept at its
            last offsets (moved inside the text if the text got shorter) until
            placed or removed by hand.
        actor: The actor the coded behaviour is attributed to, if known.
        confidence: An auto-coder's confidence in the code, if any.
    """

    id: int
    source_id: str
    start: int
    end: int
    code: str
    coder: str
    memo: str
    quote: str
    origin: Origin
    created_at: datetime
    csv_start: int | None = None
    csv_end: int | None = None
    orphaned: bool = False
    actor: str | None = None
    confidence: float | None = None

    @property
    def coding(self) -> Coding:
        """The plain domain coding (what analyses take)."""
        return Coding(self.source_id, self.start, self.end, self.code, self.coder, self.memo)

    def to_json(self) -> dict[str, Any]:
        """The record as a JSON-ready mapping (the datetime left for the JSON column to tag)."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CodingRecord:
        """The inverse of :meth:`to_json`.

        Raises:
            StoreError: ``data`` is not a coding as :meth:`to_json` writes it.
        """
        try:
            return cls(**data)
        except TypeError as exc:
            raise StoreError(f"not a stored coding: {dict(data)!r:.200} ({exc})") from None


@dataclass(frozen=True, slots=True)
class NewCoding:
    """A coding to add, with what the store keeps of it besides the domain coding.

    Attributes:
        coding: The span, code, coder and memo.
        actor: The actor the coded behaviour is attributed to, if known.
        confidence: An auto-coder's confidence in the code (0..1), if any.
    """

    coding: Coding
    actor: str | None = None
    confidence: float | None = None


@dataclass(frozen=True, slots=True)
class CodingChanges:
    """What replacing a set of codings (a codings.csv, an auto-coder's) did.

    Attributes:
        added: The codings added.
        removed: The codings removed.
        kept: How many were already there and stayed as they were.
    """

    added: tuple[CodingRecord, ...] = ()
    removed: tuple[CodingRecord, ...] = ()
    kept: int = 0


@dataclass(frozen=True, slots=True)
class CodingLogEntry:
    """One change to a case's codings.

    Attributes:
        id: Position in the log (increasing).
        case_id: The case.
        at: When (UTC).
        user: Who made the change: a person, ``import`` or ``auto``.
        action: ``add``, ``remove``, ``update``, ``reanchor`` or ``orphan``.
        coding_id: The coding changed.
        before: The coding before the change (``None`` for ``add``).
        after: The coding after it (``None`` for ``remove``).
    """

    id: int
    case_id: str
    at: datetime
    user: str
    action: CodingAction
    coding_id: int
    before: CodingRecord | None
    after: CodingRecord | None

    @property
    def summary(self) -> str:
        """One line on what changed."""
        now, was = self.after, self.before
        if self.action == "add" and now is not None:
            return f"{now.code} on {now.source_id} {now.start}..{now.end} by {now.coder}"
        if self.action == "remove" and was is not None:
            return f"{was.code} on {was.source_id} {was.start}..{was.end} by {was.coder}"
        if was is None or now is None:
            return ""
        if self.action in ("reanchor", "orphan"):
            return f"{now.code} on {now.source_id} {was.start}..{was.end} → {now.start}..{now.end}"
        fields = ("code", "memo", "actor", "confidence")
        changed = [f"{f} {getattr(was, f)!r} → {getattr(now, f)!r}" for f in fields]
        return "; ".join(c for c, f in zip(changed, fields, strict=True) if _differs(was, now, f))


def _differs(a: CodingRecord, b: CodingRecord, name: str) -> bool:
    return bool(getattr(a, name) != getattr(b, name))


def sort_key(record: CodingRecord) -> tuple[str, int, int, str, int]:
    """The order codings are listed in: by source, offsets, coder, id."""
    return (record.source_id, record.start, record.end, record.coder, record.id)


def replay(log: Iterable[CodingLogEntry]) -> list[CodingRecord]:
    """Rebuild the codings from a coding log alone.

    Args:
        log: A case's coding log, oldest first.

    Returns:
        The codings the log leaves, in :func:`sort_key` order.

    Raises:
        StoreError: The log does not hold together (a coding added twice, or
            changed or removed before it was added).
    """
    state: dict[int, CodingRecord] = {}
    for entry in log:
        known = entry.coding_id in state
        if entry.action == "add":
            if known or entry.after is None:
                raise _broken(entry, "adds a coding that exists, or gives no coding")
            state[entry.coding_id] = entry.after
        elif not known:
            raise _broken(entry, "changes a coding that does not exist")
        elif entry.action == "remove":
            del state[entry.coding_id]
        elif entry.after is None:
            raise _broken(entry, "gives no coding after the change")
        else:
            state[entry.coding_id] = entry.after
    return sorted(state.values(), key=sort_key)


def _broken(entry: CodingLogEntry, what: str) -> StoreError:
    return StoreError(
        f"case {entry.case_id!r}: coding log entry {entry.id} ({entry.action} of coding "
        f"{entry.coding_id}) {what}; the log cannot be replayed"
    )


def as_origin(value: str) -> Origin:
    """A stored origin, typed."""
    if value not in ("manual", "import", "auto"):
        raise StoreError(f"unknown coding origin {value!r}; expected manual, import or auto")
    return cast(Origin, value)


def as_action(value: str) -> CodingAction:
    """A stored coding-log action, typed."""
    if value not in ("add", "remove", "update", "reanchor", "orphan"):
        raise StoreError(f"unknown coding-log action {value!r}")
    return cast(CodingAction, value)
