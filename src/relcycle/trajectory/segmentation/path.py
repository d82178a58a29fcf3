"""Penalty paths and how stable each boundary is along them.

A boundary the data support strongly survives a wide range of penalties; one
that appears only at the lowest penalties is fragile. ``boundary_stability``
scores each boundary by the share of the path's penalties at which it (or a
boundary within ``margin`` periods of it) is present.
"""

from __future__ import annotations

DEFAULT_FACTORS = (0.25, 0.35, 0.5, 0.7, 1.0, 1.4, 2.0, 2.8, 4.0)
"""Multiples of the configured penalty used when no penalties are given."""


def boundary_stability(
    path: list[tuple[float, list[int]]],
    boundaries: list[int] | None = None,
    margin: int = 1,
) -> dict[int, float]:
    """Share of the path's penalties at which each boundary is found.

    Args:
        path: ``(penalty, breakpoints)`` pairs, as returned by
            :meth:`StageSegmenter.penalty_path`. The final breakpoint (the
            series length) is not a boundary and is ignored.
        boundaries: Boundaries to score; by default every boundary found
            anywhere on the path.
        margin: A boundary counts as present when one lies within this many
            periods of it.

    Returns:
        ``{boundary: score}`` with scores in ``[0, 1]``, sorted by boundary.

    Raises:
        ValueError: ``path`` is empty or ``margin`` is negative.
    """
    if not path:
        raise ValueError("the penalty path is empty; give at least one (penalty, breakpoints)")
    if margin < 0:
        raise ValueError(f"margin must be >= 0; got {margin}")
    inner = [bkps[:-1] for _, bkps in path]
    if boundaries is None:
        boundaries = sorted({b for step in inner for b in step})
    scores = {}
    for b in sorted(boundaries):
        hits = sum(any(abs(b - c) <= margin for c in step) for step in inner)
        scores[int(b)] = hits / len(inner)
    return scores
