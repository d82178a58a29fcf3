"""Input checks shared by the agreement statistics: missing values, label tables."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any


def is_missing(value: object) -> bool:
    """Whether ``value`` stands for "no label": ``None`` or a float NaN."""
    return value is None or (isinstance(value, float) and math.isnan(value))


def as_matrix(data: Iterable[Iterable[Any]], who: str) -> list[list[Any]]:
    """``data`` (coders × units) as a rectangular list of rows.

    Raises:
        ValueError: ``data`` has no coder, no unit, or rows of different lengths.
    """
    rows = [list(row) for row in data]
    if not rows or not any(rows):
        raise ValueError(
            f"{who}: no data; expected one row per coder with one value (or None) per unit, "
            f"found {len(rows)} rows and no values"
        )
    widths = {len(row) for row in rows}
    if len(widths) > 1:
        described = ", ".join(f"coder {i}: {len(row)}" for i, row in enumerate(rows))
        raise ValueError(
            f"{who}: every coder needs one value (or None) per unit; found rows of different "
            f"lengths ({described})"
        )
    return rows


def label_order(
    observed: Sequence[Any], labels: Sequence[Any] | None, who: str, *, ordered: bool
) -> list[Any]:
    """The categories in the order statistics should use.

    Args:
        observed: The labels seen, in first-seen order, without duplicates.
        labels: The caller's categories in their order, or ``None``.
        who: The public function's name, for messages.
        ordered: Whether the order matters (weighted statistics): then unsortable labels
            without ``labels`` are an error.

    Raises:
        ValueError: ``labels`` repeats a label, holds ``None``, or misses an observed label;
            or ``ordered`` and the observed labels cannot be sorted.
    """
    if labels is not None:
        order = list(labels)
        if any(is_missing(label) for label in order):
            raise ValueError(f"{who}: labels must not contain None or NaN; found {order!r}")
        if len(set(order)) != len(order):
            raise ValueError(f"{who}: labels must be distinct; found {order!r}")
        known = set(order)
        unknown = [label for label in observed if label not in known]
        if unknown:
            raise ValueError(
                f"{who}: the data holds labels that are not in labels: {unknown!r}; "
                f"labels given: {order!r}"
            )
        return order
    try:
        return sorted(observed)
    except TypeError:
        if ordered:
            raise ValueError(
                f"{who}: weighted statistics need ordered categories, and the labels found "
                f"({list(observed)!r}) cannot be sorted; pass labels=[...] in their order"
            ) from None
        return list(observed)
