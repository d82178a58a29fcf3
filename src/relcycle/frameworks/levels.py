"""Indicator levels: the five bands a stage signature and an advice condition speak in.

A level describes an indicator's *standardised* value in a stage: its z-score
relative to the case's own mean and standard deviation over the whole studied
period. Each level is a band of z-scores::

    very_low   z < -1.5
    low        -1.5 <= z < -0.5
    neutral    -0.5 <= z <= 0.5
    high       0.5 < z <= 1.5
    very_high  1.5 < z

and has a centre (-2, -1, 0, 1, 2) that stage matching can compare against.
"""

from __future__ import annotations

import math
from typing import Final

LEVELS: Final = ("very_low", "low", "neutral", "high", "very_high")
"""The levels, lowest first."""

LEVEL_CENTRES: Final = {
    "very_low": -2.0,
    "low": -1.0,
    "neutral": 0.0,
    "high": 1.0,
    "very_high": 2.0,
}
"""The z-score each level stands for when a single number is needed."""

_BANDS: Final = {
    "very_low": (-math.inf, -1.5),
    "low": (-1.5, -0.5),
    "neutral": (-0.5, 0.5),
    "high": (0.5, 1.5),
    "very_high": (1.5, math.inf),
}


def level_of(z: float) -> str:
    """The level whose band holds the z-score ``z`` (see the module docstring)."""
    if z < -1.5:
        return "very_low"
    if z < -0.5:
        return "low"
    if z <= 0.5:
        return "neutral"
    if z <= 1.5:
        return "high"
    return "very_high"


def level_rank(level: str) -> int:
    """The position of ``level`` in :data:`LEVELS` (0 for ``very_low``).

    Raises:
        ValueError: ``level`` is not one of :data:`LEVELS`.
    """
    try:
        return LEVELS.index(level)
    except ValueError:
        raise ValueError(f"unknown level {level!r}; choose one of: {', '.join(LEVELS)}") from None


def band(level: str) -> tuple[float, float]:
    """The ``(low, high)`` z-score bounds of ``level``'s band."""
    level_rank(level)
    return _BANDS[level]
