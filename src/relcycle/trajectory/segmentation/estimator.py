"""``StageSegmenter``: split a case's indicator series into stages.

The estimator contract of scikit-learn and ruptures: ``__init__`` only stores
parameters, ``fit(X)`` learns and returns ``self``, learned state lives in
attributes ending in ``_``, ``predict()`` returns the segment ends.
"""

from __future__ import annotations

from typing import Any, Self

import numpy.typing as npt

from relcycle.trajectory.segmentation.costs import make_cost, resolve_cost
from relcycle.trajectory.segmentation.costs.base import FloatArray, SegmentCost
from relcycle.trajectory.segmentation.inputs import as_signal, check_int
from relcycle.trajectory.segmentation.methods import METHODS, Search
from relcycle.trajectory.segmentation.path import DEFAULT_FACTORS
from relcycle.trajectory.segmentation.penalties import (
    check_penalty,
    length_weight,
    penalty_value,
)

_PARAMS = ("method", "cost", "penalty", "min_size", "jump", "max_segments", "seed")


class NotFittedError(ValueError, AttributeError):
    """``predict`` or a learned attribute was used before ``fit``."""


class StageSegmenter:
    """Penalised change-point segmentation of a per-period indicator series.

    Args:
        method: Search method: ``"pelt"`` (exact), ``"binseg"`` (greedy) or
            ``"dynp"`` (exact, small series).
        cost: ``"auto"``, ``"poisson"``, ``"multinomial"``, ``"normal"`` or
            ``"l2"``. ``auto`` uses ``poisson`` for count data and ``l2`` (mean
            shifts of standardised dimensions) otherwise.
        penalty: ``"mbic"``, ``"bic"``, ``"aic"`` or a number: the price of
            one change point (see :mod:`~relcycle.trajectory.segmentation.penalties`).
        min_size: Minimum stage length in periods.
        jump: Change points only at multiples of ``jump`` (1: anywhere).
        max_segments: Largest number of stages to return, or ``None``.
        seed: Recorded for provenance; every method here is deterministic.

    Attributes:
        breakpoints_: Sorted segment ends, the last equal to ``len(X)``.
        cost_: The cost actually used (``auto`` resolved).
        penalty_value_: The penalty per change point.
        length_weight_: Weight of the ``log(segment length)`` term (1 for mbic).
        cost_value_: Sum of the segment costs, length term included.
        objective_: ``cost_value_ + penalty_value_ * (stages - 1)``.
        n_samples_: Number of periods fitted.
        n_features_in_: Number of indicators fitted.

    Example:
        >>> import numpy as np
        >>> X = np.r_[np.zeros(10), np.full(10, 5.0)] + np.tile([0.1, -0.1], 10)
        >>> StageSegmenter().fit(X).predict()
        [10, 20]
    """

    def __init__(
        self,
        method: str = "pelt",
        cost: str = "auto",
        penalty: str | float = "mbic",
        min_size: int = 2,
        jump: int = 1,
        max_segments: int | None = None,
        seed: int = 0,
    ) -> None:
        self.method = method
        self.cost = cost
        self.penalty = penalty
        self.min_size = min_size
        self.jump = jump
        self.max_segments = max_segments
        self.seed = seed

    def get_params(self, deep: bool = True) -> dict[str, Any]:
        """The constructor parameters, as given."""
        return {name: getattr(self, name) for name in _PARAMS}

    def set_params(self, **params: Any) -> Self:
        """Set constructor parameters by name.

        Raises:
            ValueError: A name is not a parameter of ``StageSegmenter``.
        """
        for name, value in params.items():
            if name not in _PARAMS:
                raise ValueError(
                    f"unknown parameter {name!r} for StageSegmenter; "
                    f"choose among: {', '.join(_PARAMS)}"
                )
            setattr(self, name, value)
        return self

    def __repr__(self) -> str:
        defaults = StageSegmenter().get_params()
        changed = [f"{k}={v!r}" for k, v in self.get_params().items() if v != defaults[k]]
        return f"StageSegmenter({', '.join(changed)})"

    def _search(self) -> Search:
        if self.method not in METHODS:
            raise ValueError(
                f"unknown segmenter {self.method!r}; choose one of: {', '.join(sorted(METHODS))}"
            )
        return METHODS[self.method]

    def _setup(self, X: npt.ArrayLike) -> tuple[Search, FloatArray, SegmentCost, float]:
        """Validate everything, fit the cost, compute the default penalty."""
        search = self._search()
        check_penalty(self.penalty)
        min_size = check_int("min_size", self.min_size, 1)
        check_int("jump", self.jump, 1)
        check_int("seed", self.seed, 0)
        if self.max_segments is not None:
            check_int("max_segments", self.max_segments, 1)
        signal = as_signal(X, min_size)
        name = resolve_cost(self.cost, signal)
        cost = make_cost(name, length_weight(self.penalty)).fit(signal)
        beta = penalty_value(self.penalty, signal.shape[0], cost.n_params(signal.shape[1]))
        return search, signal, cost, beta

    def fit(self, X: npt.ArrayLike) -> Self:
        """Segment ``X``.

        Args:
            X: Array of shape ``(n,)`` or ``(n, d)``, one row per period:
                counts or real values.

        Returns:
            self

        Raises:
            ValueError: Unknown method, cost or penalty; invalid ``min_size``,
                ``jump`` or ``max_segments``; ``X`` of the wrong shape, with NaN
                or infinities, shorter than ``2 * min_size``, or outside the
                cost's domain (negative counts).
        """
        search, signal, cost, beta = self._setup(X)
        bkps = search(cost, signal, beta, self.min_size, self.jump, self.max_segments)
        value = cost.sum_of_costs(bkps)
        self.breakpoints_ = bkps
        self.cost_ = cost.name
        self.penalty_value_ = beta
        self.length_weight_ = cost.length_weight
        self.cost_value_ = value
        self.objective_ = value + beta * (len(bkps) - 1)
        self.n_samples_, self.n_features_in_ = signal.shape
        return self

    def predict(self) -> list[int]:
        """The fitted segment ends (a copy), the last equal to ``len(X)``.

        Raises:
            NotFittedError: ``fit`` has not been called.
        """
        if not hasattr(self, "breakpoints_"):
            raise NotFittedError("this StageSegmenter is not fitted yet; call fit(X) first")
        return list(self.breakpoints_)

    def fit_predict(self, X: npt.ArrayLike) -> list[int]:
        """``fit(X).predict()``."""
        return self.fit(X).predict()

    def penalty_path(
        self, X: npt.ArrayLike, penalties: list[float] | None = None
    ) -> list[tuple[float, list[int]]]:
        """Segment ``X`` at several penalties, to see which boundaries hold.

        The cost (and, for ``mbic``, the length term) stays as configured; only
        the price per change point varies. Pass the result to
        :func:`~relcycle.trajectory.segmentation.path.boundary_stability` for a
        score per boundary.

        Args:
            X: As for :meth:`fit`.
            penalties: Penalties per change point; by default the configured
                penalty times 1/4, 0.35, 1/2, 0.7, 1, 1.4, 2, 2.8 and 4.

        Returns:
            ``(penalty, breakpoints)`` pairs in increasing penalty order.
        """
        search, signal, cost, beta = self._setup(X)
        values = [beta * f for f in DEFAULT_FACTORS] if penalties is None else list(penalties)
        for value in values:
            check_penalty(value)
        return [
            (float(v), search(cost, signal, float(v), self.min_size, self.jump, self.max_segments))
            for v in sorted(values)
        ]
