"""Agreement between two coders over paired labels: percent agreement and Cohen's kappa.

Both functions take two equally long sequences, one label per unit for each
coder; ``None`` (or a float NaN) marks a unit that coder did not label, and
units with a missing label are dropped before anything is counted. Cohen's
kappa, plain and weighted, is computed by ``statsmodels``; this module builds
the contingency table and checks the input.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Literal

import numpy as np

from relcycle.coding.agreement._checks import is_missing, label_order

Weights = Literal["linear", "quadratic"]
WEIGHTS: tuple[Weights, ...] = ("linear", "quadratic")


def _pairs(
    a: Sequence[Hashable | None], b: Sequence[Hashable | None], who: str
) -> list[tuple[Hashable, Hashable]]:
    """The units both coders labelled, as ``(label_a, label_b)`` pairs."""
    first, second = list(a), list(b)
    if len(first) != len(second):
        raise ValueError(
            f"{who}: a has {len(first)} labels but b has {len(second)}; "
            "give one label (or None) per unit for each coder"
        )
    if not first:
        raise ValueError(f"{who}: no units; expected two equally long sequences of labels")
    pairs = [
        (x, y)
        for x, y in zip(first, second, strict=True)
        if not is_missing(x) and not is_missing(y)
    ]
    if not pairs:
        raise ValueError(
            f"{who}: none of the {len(first)} units has a label from both coders; "
            "nothing to compare"
        )
    return pairs


def percent_agreement(a: Sequence[Hashable | None], b: Sequence[Hashable | None]) -> float:
    """The share of units on which two coders gave the same label.

    Args:
        a: The first coder's label per unit; ``None`` where the coder gave none.
        b: The second coder's label per unit, in the same unit order.

    Returns:
        Agreeing units divided by the units both coders labelled, in ``[0, 1]``.

    Raises:
        ValueError: ``a`` and ``b`` differ in length, are empty, or share no labelled unit.
    """
    pairs = _pairs(a, b, "percent_agreement")
    return sum(x == y for x, y in pairs) / len(pairs)


def cohen_kappa(
    a: Sequence[Hashable | None],
    b: Sequence[Hashable | None],
    weights: Weights | None = None,
    labels: Sequence[Hashable] | None = None,
) -> float:
    """Cohen's kappa between two coders, unweighted or with linear or quadratic weights.

    Weighted kappa treats the categories as ordered and equally spaced: a
    disagreement between the i-th and j-th category costs ``|i - j|``
    (``"linear"``, Cicchetti-Allison) or ``(i - j)**2`` (``"quadratic"``,
    Fleiss-Cohen). The order is ``labels`` when given, else the sorted labels.

    Args:
        a: The first coder's label per unit; ``None`` where the coder gave none.
        b: The second coder's label per unit, in the same unit order.
        weights: ``None`` for Cohen's (1960) kappa, or ``"linear"`` / ``"quadratic"``.
        labels: Every category in order, including any nobody used (it changes
            weighted kappa's spacing). Defaults to the labels seen, sorted.

    Returns:
        Kappa in ``[-1, 1]``; NaN when it is undefined, which happens only when
        both coders put every unit in the same single category (chance agreement
        is then 1).

    Raises:
        ValueError: Unknown ``weights``; ``a`` and ``b`` differ in length, are empty or
            share no labelled unit; ``labels`` is not a list of distinct labels covering
            the data; or weighted kappa is asked for labels that cannot be sorted and no
            ``labels`` order is given.
    """
    if weights is not None and weights not in WEIGHTS:
        raise ValueError(
            f"cohen_kappa: weights {weights!r} unknown; choose one of: None, {', '.join(WEIGHTS)}"
        )
    pairs = _pairs(a, b, "cohen_kappa")
    seen = list(dict.fromkeys(label for pair in pairs for label in pair))
    order = label_order(seen, labels, "cohen_kappa", ordered=weights is not None)
    index = {label: i for i, label in enumerate(order)}
    table = np.zeros((len(order), len(order)))
    for x, y in pairs:
        table[index[x], index[y]] += 1
    used_rows = np.flatnonzero(table.sum(axis=1))
    used_cols = np.flatnonzero(table.sum(axis=0))
    if len(used_rows) == 1 and used_rows.tolist() == used_cols.tolist():
        return float("nan")
    # statsmodels is imported here, not at module level: it pulls in scipy.stats
    # (about a second), which commands that never compute agreement should not pay.
    from statsmodels.stats.inter_rater import cohens_kappa  # type: ignore[import-untyped]

    return float(cohens_kappa(table, wt=weights, return_results=False))
