"""Checks that a parsed source can be stored consistently, before it is written."""

from __future__ import annotations

import operator
from collections.abc import Sequence
from typing import Any

from relcycle.domain import ParsedSource
from relcycle.errors import StoreError


def check_parsed(
    case_id: str,
    parsed: ParsedSource,
    seen: set[str],
    segment_rows: Sequence[tuple[Any, ...]],
    anchor_rows: Sequence[tuple[Any, ...]],
) -> None:
    """Refuse a parsed source the store cannot keep consistently.

    Args:
        case_id: The case imported.
        parsed: The source.
        seen: The ids of the sources already imported.
        segment_rows: The source's segment rows (:func:`convert.segment_values`).
        anchor_rows: The source's anchor rows (:func:`convert.anchor_values`).

    Raises:
        StoreError: The source comes twice, or its segments or anchors do not
            belong to it, repeat an index or fall outside its text.
    """
    source = parsed.source
    where = f"case {case_id!r}, source {source.id!r}"
    if source.id in seen:
        raise StoreError(f"{where}: the source comes twice in one import; source ids are unique")
    # Column-wise checks run at C speed; the slow loops below only find the culprit.
    _, ids, indexes, starts, ends, *_ = _columns(segment_rows, 7)
    index_set = set(indexes)
    if (
        (ids and set(ids) != {source.id})
        or len(index_set) != len(indexes)
        or (starts and (min(starts) < 0 or max(ends) > len(source.text)))
        or not all(map(operator.le, starts, ends))
    ):
        _segment_error(where, parsed)
    _, a_ids, a_indexes, *_ = _columns(anchor_rows, 10)
    if (a_ids and set(a_ids) != {source.id}) or (
        len(set(a_indexes)) != len(a_indexes) or not index_set.issuperset(a_indexes)
    ):
        _anchor_error(where, parsed)


def _columns(rows: Sequence[tuple[Any, ...]], width: int) -> list[tuple[Any, ...]]:
    return list(zip(*rows, strict=True)) or [()] * width


def _segment_error(where: str, parsed: ParsedSource) -> None:
    length = len(parsed.source.text)
    indexes: set[int] = set()
    for g in parsed.segments:
        if (
            g.source_id != parsed.source.id
            or g.index in indexes
            or not 0 <= g.start <= g.end <= length
        ):
            raise StoreError(
                f"{where}: segment {g.index} ({g.source_id!r}, {g.start}..{g.end}) does not fit "
                f"the source (text of {length} code points, indexes unique)"
            )
        indexes.add(g.index)


def _anchor_error(where: str, parsed: ParsedSource) -> None:
    free = {g.index for g in parsed.segments}
    for a in parsed.anchors:
        if a.source_id != parsed.source.id or a.segment_index not in free:
            raise StoreError(
                f"{where}: time anchor of segment {a.segment_index} names no segment of the "
                "source or comes twice; give one anchor per segment"
            )
        free.discard(a.segment_index)
