"""The segment-cost contract shared by every cost of the segmentation package.

A cost scores one candidate segment ``X[start:end]`` by minus twice its maximised
log-likelihood (``-2 log L``), so that costs, penalties and information criteria
are on one scale. Each cost is a :class:`ruptures.base.BaseCost`, so ruptures'
search methods (``Binseg``, ``Dynp``) can use it directly, and it adds a
vectorised path for our own exact searches:

* ``prepare(X)`` turns the raw ``(n, d)`` signal into the values the cost models
  (for example, each dimension standardised);
* ``statistics(Z)`` gives per-row sufficient statistics whose cumulative sums
  are all a segment needs;
* ``cost_from_sums(sums, lengths)`` scores any number of segments at once from
  the summed statistics, with any leading batch axes.

``errors(starts, end)`` uses these to price every candidate start for one end
in a single numpy call; ``error(start, end)`` is the scalar form ruptures
calls. When ``length_weight`` is 1, every segment also pays ``log(length)`` (the
segment-length term of the modified BIC); the search methods never need to
know.
"""

from __future__ import annotations

from abc import abstractmethod
from typing import ClassVar

import numpy as np
import numpy.typing as npt
from ruptures.base import BaseCost

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]


class SegmentCost(BaseCost):  # type: ignore[misc]
    """Base of the costs: cumulative sums, vectorised segment prices.

    Attributes:
        name: The registry name of the cost (``"poisson"`` ...).
        model: Same as ``name``; ruptures reads this attribute.
        min_size: The shortest segment the cost can price (ruptures reads it).
        length_weight: Weight of the ``log(segment length)`` term added to every
            segment (1 for the modified BIC, else 0).
    """

    name: ClassVar[str] = ""
    min_size: int = 1

    def __init__(self, length_weight: float = 0.0) -> None:
        self.length_weight = float(length_weight)
        self.signal: FloatArray = np.empty((0, 0))
        self._cumsum: FloatArray = np.empty((0, 0))

    @property
    def model(self) -> str:
        """The cost's name, as ruptures expects."""
        return self.name

    @abstractmethod
    def n_params(self, n_dims: int) -> int:
        """Free parameters of one segment's model for ``n_dims`` dimensions."""

    def check(self, X: FloatArray) -> None:
        """Raise ``ValueError`` when ``X`` is outside the cost's domain.

        Args:
            X: The ``(n, d)`` signal, already free of NaN and infinities.
        """

    def prepare(self, X: FloatArray) -> FloatArray:
        """The values the cost models (the identity unless a cost rescales)."""
        return X

    @abstractmethod
    def statistics(self, Z: FloatArray) -> FloatArray:
        """Per-row sufficient statistics, shape ``(n, k)``."""

    @abstractmethod
    def cost_from_sums(self, sums: FloatArray, lengths: FloatArray) -> FloatArray:
        """``-2 log L`` of segments from their summed statistics.

        Args:
            sums: Summed statistics, shape ``(..., k)``.
            lengths: Segment lengths, shape ``(...)``.

        Returns:
            The cost of each segment, shape ``(...)``, without the length term.
        """

    def fit(self, signal: npt.ArrayLike) -> SegmentCost:
        """Check the signal and precompute cumulative sums.

        Args:
            signal: Array of shape ``(n,)`` or ``(n, d)``.

        Returns:
            self
        """
        X = np.asarray(signal, dtype=np.float64)
        if X.ndim == 1:
            X = X.reshape(-1, 1)
        self.check(X)
        self.signal = X
        stats = self.statistics(self.prepare(X))
        self._cumsum = np.vstack([np.zeros((1, stats.shape[1])), np.cumsum(stats, axis=0)])
        return self

    def errors(self, starts: npt.ArrayLike, end: int) -> FloatArray:
        """Cost of every segment ``[s, end)`` for ``s`` in ``starts``, length term included."""
        s = np.asarray(starts, dtype=np.intp)
        lengths = (end - s).astype(np.float64)
        cost = self.cost_from_sums(self._cumsum[end] - self._cumsum[s], lengths)
        if self.length_weight:
            cost = cost + self.length_weight * np.log(lengths)
        return cost

    def error(self, start: int, end: int) -> float:
        """Cost of the segment ``[start, end)`` (the scalar form ruptures calls)."""
        return float(self.errors(np.array([start]), end)[0])


def xlogx_over(sums: FloatArray, totals: FloatArray) -> FloatArray:
    """``s * log(s / t)`` elementwise, with ``0 log 0 = 0``.

    Args:
        sums: Non-negative values ``s``.
        totals: Positive divisors ``t`` broadcastable against ``sums`` (where
            ``s > 0``).
    """
    totals = np.broadcast_to(totals, sums.shape)
    ratio = np.divide(sums, totals, out=np.ones(sums.shape), where=sums > 0)
    result: FloatArray = sums * np.log(ratio)
    return result


def standardise(X: FloatArray) -> FloatArray:
    """Centre each column and divide it by its standard deviation (as R's ``scale``).

    A constant column becomes exactly zero (not rounding noise blown up by a
    near-zero standard deviation).
    """
    constant = X.max(axis=0) == X.min(axis=0)
    centred = np.where(constant, 0.0, X - X.mean(axis=0))
    if X.shape[0] < 2:
        return centred
    sd = X.std(axis=0, ddof=1)
    result: FloatArray = centred / np.where(constant | (sd == 0), 1.0, sd)
    return result
