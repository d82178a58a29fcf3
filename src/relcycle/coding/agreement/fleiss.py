"""Fleiss' kappa for many raters, from a subjects × categories table of counts."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt


def _count_table(counts: Sequence[Sequence[int]] | npt.ArrayLike) -> npt.NDArray[np.int64]:
    """``counts`` as a checked integer array (see :func:`fleiss_kappa` for the rules)."""
    try:
        table = np.asarray(counts)
    except ValueError:
        raise ValueError(
            "fleiss_kappa: expected a subjects × categories table of counts; "
            "found rows of different lengths"
        ) from None
    if table.ndim != 2:
        raise ValueError(
            "fleiss_kappa: expected a subjects × categories table of counts (2 dimensions); "
            f"found an array of shape {table.shape}"
        )
    if table.shape[0] == 0 or table.shape[1] == 0:
        raise ValueError(
            "fleiss_kappa: expected at least one subject and one category; "
            f"found a table of shape {table.shape}"
        )
    if table.dtype.kind not in "iuf":
        raise ValueError(
            f"fleiss_kappa: counts must be whole numbers; found values of type {table.dtype}"
        )
    whole = np.isfinite(table).all() and (table == np.round(table)).all()
    if table.dtype.kind == "f" and not whole:
        raise ValueError("fleiss_kappa: counts must be whole numbers; found fractions or NaN")
    if (table < 0).any():
        row, col = np.argwhere(table < 0)[0]
        raise ValueError(
            f"fleiss_kappa: counts must not be negative; found {table[row, col]} "
            f"at subject {row}, category {col}"
        )
    return table.astype(np.int64)


def fleiss_kappa(counts: Sequence[Sequence[int]] | npt.ArrayLike) -> float:
    """Fleiss' (1971) kappa: agreement among a fixed number of raters per subject.

    Args:
        counts: One row per subject, one column per category; a cell holds how many
            raters put that subject in that category. Every row must sum to the same
            number of raters (at least two); raters need not be the same people.

    Returns:
        Kappa, at most 1; NaN when it is undefined, which happens only when every
        rating falls in one category (chance agreement is then 1).

    Raises:
        ValueError: ``counts`` is not a non-empty 2-D table of non-negative whole
            numbers, or its rows do not all sum to the same number (two or more).
    """
    table = _count_table(counts)
    raters = table.sum(axis=1)
    if (raters != raters[0]).any():
        other = int(np.flatnonzero(raters != raters[0])[0])
        raise ValueError(
            "fleiss_kappa: every subject needs the same number of ratings; "
            f"subject 0 has {raters[0]} but subject {other} has {raters[other]}"
        )
    if raters[0] < 2:
        raise ValueError(
            f"fleiss_kappa: every subject needs at least two ratings; found {raters[0]}"
        )
    if np.count_nonzero(table.sum(axis=0)) < 2:
        return float("nan")
    # Imported here: statsmodels pulls in scipy.stats, which takes about a second.
    from statsmodels.stats.inter_rater import fleiss_kappa as sm_fleiss_kappa  # type: ignore[import-untyped]

    return float(sm_fleiss_kappa(table, method="fleiss"))
