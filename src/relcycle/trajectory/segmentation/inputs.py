"""Checking what callers hand the segmenter, with messages that say what to do."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from relcycle.trajectory.segmentation.costs.base import FloatArray


def as_signal(X: npt.ArrayLike, min_size: int) -> FloatArray:
    """``X`` as a finite float array of shape ``(n, d)``.

    Args:
        X: Array of shape ``(n,)`` or ``(n, d)``: one row per period.
        min_size: The minimum segment length the caller asked for.

    Raises:
        ValueError: ``X`` is not numeric, has the wrong number of dimensions, no
            columns, NaN or infinite values, or fewer than ``2 * min_size``
            periods.
    """
    try:
        arr = np.asarray(X, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"X must be a numeric array; could not convert it: {exc}") from None
    if arr.ndim == 1:
        arr = arr.reshape(-1, 1)
    elif arr.ndim != 2:
        raise ValueError(
            f"X must have shape (n,) or (n, d), one row per period; got {arr.ndim} "
            f"dimensions, shape {arr.shape}"
        )
    n, d = arr.shape
    if d == 0:
        raise ValueError(f"X has no columns (shape {arr.shape}); pass at least one indicator")
    bad = ~np.isfinite(arr)
    if bad.any():
        rows = sorted({int(r) for r in np.argwhere(bad)[:, 0]})
        shown = ", ".join(map(str, rows[:5])) + (" ..." if len(rows) > 5 else "")
        raise ValueError(
            f"X contains NaN or infinite values in {len(rows)} period(s) (rows {shown}); "
            "impute or drop them before segmenting"
        )
    if n < 2 * min_size:
        raise ValueError(
            f"X has {n} periods, too short to split with min_size={min_size}: at least "
            f"{2 * min_size} periods are needed; lower min_size or use a finer grain"
        )
    return arr


def check_int(name: str, value: object, minimum: int) -> int:
    """``value`` as an int ``>= minimum``, or a ``ValueError`` naming the parameter."""
    if isinstance(value, bool) or not isinstance(value, int | np.integer):
        raise ValueError(f"{name} must be an integer >= {minimum}; got {value!r}")
    if value < minimum:
        raise ValueError(f"{name} must be an integer >= {minimum}; got {value!r}")
    return int(value)
