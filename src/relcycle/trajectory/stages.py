"""Finding stages: the method's parameters, candidate boundaries and the decoder run.

:func:`candidates` asks :class:`~relcycle.trajectory.segmentation.StageSegmenter`
for candidate boundaries on one count channel per stage type
(:func:`stage_channels`); :func:`decode` scores every period under every stage
type (:class:`~relcycle.trajectory.labelling.SignatureModel`), decodes the
sequence (:mod:`~relcycle.trajectory.decoder`), re-estimates the baselines
given the labels and decodes again. :class:`StageMethod` holds every global
choice; ``docs/ANALYSIS.md`` says why each is what it is.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from relcycle.frameworks import StageType
from relcycle.trajectory.decoder import initial_logprior, posterior, transition_logprior, viterbi
from relcycle.trajectory.indicators import IndicatorTable
from relcycle.trajectory.labelling import LEVEL_RATIO, SignatureModel
from relcycle.trajectory.segmentation import StageSegmenter, make_cost, penalty_value
from relcycle.trajectory.segmentation.path import DEFAULT_FACTORS

FloatArray = npt.NDArray[np.float64]

GRAIN_DAYS: Mapping[str, float] = {"week": 7.0, "month": 365.25 / 12, "quarter": 365.25 / 4}
"""Typical length of a period of each grain, in days."""


@dataclass(frozen=True, slots=True)
class StageMethod:
    """The method's parameters: global choices, the same for every case (docs/ANALYSIS.md).

    Attributes:
        cost: Segmentation cost (``poisson`` on weighted counts).
        penalty: Segmentation penalty, as :class:`StageSegmenter` takes it.
        candidate_scale: Multiplier of the penalty's price per change point for
            proposing candidate boundaries (below 1: generous; the decoder
            keeps only those where the stage type changes).
        min_stage_days: Shortest stage in days; in periods this many days
            rounded up (4 weeks, 1 month, 1 quarter).
        switch_cost: Nats a change of stage costs the decoder.
        transition_strength: Log-weight of a framework ``typical_next`` change
            (0: every change equally likely).
        level_ratio: Rate ratio of one signature level (``high`` = twice the
            case's average share of the evidence).
        decoder: ``viterbi`` (the signature decoder over candidate boundaries)
            or ``segments`` (each segment of the penalised segmentation labelled
            on its own, equal neighbours merged; kept for comparison).
        per_unit: Count an indicator at most once per coded unit.
    """

    cost: str = "poisson"
    penalty: str | float = "mbic"
    candidate_scale: float = 0.25
    min_stage_days: int = 28
    switch_cost: float = 1.0
    transition_strength: float = 1.0
    level_ratio: float = LEVEL_RATIO
    decoder: str = "viterbi"
    per_unit: bool = True
    refit_rounds: int = 3
    initial_strength: float = 1.0

    def min_size(self, grain: str) -> int:
        """The minimum stage length in periods of ``grain``."""
        return max(1, math.ceil(self.min_stage_days / GRAIN_DAYS[grain]))


def stage_channels(table: IndicatorTable, stages: Sequence[StageType]) -> FloatArray:
    """One count channel per stage type: the evidence for what its signature puts high.

    Channel ``s`` sums the positive counts of the indicators stage type ``s``
    names ``high`` (weight 1) or ``very_high`` (weight 2). Stage types that
    put nothing high, and empty channels, are left out.
    """
    column = {name: j for j, name in enumerate(table.ids)}
    cols = []
    for stage in stages:
        w = np.zeros(len(table.ids))
        for indicator, level in stage.signature.items():
            if indicator in column and level in ("high", "very_high"):
                w[column[indicator]] = 2.0 if level == "very_high" else 1.0
        channel = table.positive @ w
        if channel.sum() > 0:
            cols.append(channel)
    if not cols:
        return table.channels()[0]
    return np.column_stack(cols)


def candidates(
    table: IndicatorTable, stages: Sequence[StageType], method: StageMethod
) -> tuple[list[int], list[tuple[float, list[int]]], float]:
    """Candidate boundaries from the segmenter, and its penalty path for stability.

    Returns:
        The candidate segment ends (at ``candidate_scale`` times the penalty),
        the penalty path at the usual multiples of the full penalty, and the
        full penalty.
    """
    X = stage_channels(table, stages)
    seg = StageSegmenter(cost=method.cost, penalty=method.penalty, min_size=1)
    beta = penalty_value(method.penalty, X.shape[0], make_cost(method.cost).n_params(X.shape[1]))
    loose = StageSegmenter(cost=method.cost, penalty=beta * method.candidate_scale, min_size=1)
    loose_bkps = loose.fit(X).predict()
    path = seg.penalty_path(X, [beta * f for f in DEFAULT_FACTORS])
    return loose_bkps, path, beta


@dataclass(frozen=True, slots=True)
class Decoded:
    """What the decoder found.

    Attributes:
        labels: Stage type index per period.
        model: The signature model (baselines re-estimated).
        loglik: ``(n, s)`` log-likelihood of each period under each type.
        dispersion: Overdispersion of the evidence under the labels.
        posterior: ``(n, s)`` probability of each type per period, or ``None``
            for the ``segments`` decoder.
    """

    labels: list[int]
    model: SignatureModel
    loglik: FloatArray
    dispersion: float
    posterior: FloatArray | None


def decode(
    table: IndicatorTable,
    stages: Sequence[StageType],
    method: StageMethod,
    min_size: int,
    cands: list[int],
    path: Sequence[tuple[float, list[int]]] = (),
    beta: float = 0.0,
) -> Decoded:
    """The stage type of every period, and how sure the model is of it.

    Args:
        table: The case's indicators.
        stages: The framework's stage types.
        method: The method's parameters.
        min_size: Minimum stage length in periods.
        cands: Candidate segment ends (changes only there).
        path: The segmenter's penalty path (``segments`` decoder only).
        beta: The full penalty (``segments`` decoder only).

    Raises:
        ValueError: An unknown decoder.
    """
    model = SignatureModel.fit(table, stages, method.level_ratio)
    loglik = model.loglik(table)
    if method.decoder == "segments":
        bkps = next((b for p, b in path if math.isclose(p, beta)), cands)
        labels: list[int] = []
        for a, b in zip([0, *bkps[:-1]], bkps, strict=True):
            labels += [int(np.argmax(loglik[a:b].sum(axis=0)))] * (b - a)
        return Decoded(labels, model, loglik, model.dispersion(table, labels), None)
    if method.decoder != "viterbi":
        raise ValueError(f"unknown decoder {method.decoder!r}; choose one of: segments, viterbi")
    trans = transition_logprior(stages, method.transition_strength)
    allowed = set(cands[:-1])
    first = initial_logprior(stages, method.initial_strength)
    labels = viterbi(loglik, min_size, method.switch_cost, trans, allowed, first)
    for _ in range(method.refit_rounds):
        previous = model
        model = model.refit(table, labels)
        loglik = model.loglik(table)
        again = viterbi(loglik, min_size, method.switch_cost, trans, allowed, first)
        if again == labels:
            break
        if len(set(again)) < 2 <= len(set(labels)):
            # A single stage is a degenerate fixed point: baselines fitted to
            # one label make every period look like it. Keep the last labels.
            model = previous
            loglik = model.loglik(table)
            break
        labels = again
    phi = model.dispersion(table, labels)
    post = posterior(loglik, min_size, method.switch_cost, trans, allowed, first, phi)
    return Decoded(labels, model, loglik, phi, post)
