"""Uncertainty sampling: which segments a researcher should code next.

A one-vs-rest coder makes one yes/no decision per code and segment, with a
probability ``p``. A decision is uncertain when ``p`` is near the decision
threshold. Two measures of how uncertain a segment is, over all its codes:

* ``margin`` (default): the smallest distance ``|p - threshold|`` over codes,
  divided by the largest distance possible on that side of the threshold, so
  that 0 is a coin toss and 1 is certainty. The segment whose least certain
  decision is closest to the threshold comes first. It asks "on which segment
  is the model about to get one code wrong?".
* ``entropy``: the sum over codes of the binary entropy of ``p`` (in bits).
  A segment with several half-sure codes outranks one with a single coin toss.
  It asks "where is the model most confused overall?".

Coding the segments these measures put first teaches the model most per
segment coded (Settles, *Active Learning Literature Survey*, 2009, §3.1). Ties
go to the earlier segment, so the order is deterministic.
"""

from __future__ import annotations

from typing import Final, Literal

import numpy as np
import numpy.typing as npt

Strategy = Literal["margin", "entropy"]
STRATEGIES: Final[tuple[Strategy, ...]] = ("margin", "entropy")


def margins(probabilities: npt.NDArray[np.float64], threshold: float) -> npt.NDArray[np.float64]:
    """Per segment, the least certain decision's scaled distance to the threshold (0–1)."""
    above = (probabilities - threshold) / max(1.0 - threshold, 1e-12)
    below = (threshold - probabilities) / max(threshold, 1e-12)
    distance = np.where(probabilities >= threshold, above, below)
    if distance.shape[1] == 0:
        return np.ones(distance.shape[0])
    return np.asarray(distance.min(axis=1), dtype=np.float64)


def entropies(probabilities: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Per segment, the sum over codes of the binary entropy of each probability (bits)."""
    p = np.clip(probabilities, 1e-12, 1.0 - 1e-12)
    h = -(p * np.log2(p) + (1.0 - p) * np.log2(1.0 - p))
    return np.asarray(h.sum(axis=1), dtype=np.float64)


def most_uncertain(
    probabilities: npt.NDArray[np.float64], n: int, strategy: Strategy, threshold: float
) -> list[int]:
    """The rows of the ``n`` most uncertain segments, most uncertain first.

    Args:
        probabilities: ``(segments, codes)`` probabilities.
        n: How many to return (fewer if there are fewer segments).
        strategy: ``margin`` or ``entropy`` (see the module docstring).
        threshold: The decision threshold.

    Returns:
        Row indices into ``probabilities``.
    """
    key = margins(probabilities, threshold) if strategy == "margin" else -entropies(probabilities)
    order = np.lexsort((np.arange(len(key)), key))
    return [int(i) for i in order[:n]]
