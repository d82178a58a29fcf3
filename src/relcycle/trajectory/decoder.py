"""Decoding a sequence of stages: Viterbi and forward–backward with a minimum stage length.

Given each period's log-likelihood under each stage type (``(n, s)``, from
:class:`~relcycle.trajectory.labelling.SignatureModel`), :func:`viterbi` finds
the best sequence of stage types and :func:`posterior` each period's
probability of each type, over the same paths and scores:

* a stage lasts at least ``min_size`` periods (the first and last included);
* a change of stage costs ``switch_cost`` nats, plus the log prior of the
  change (:func:`transition_logprior`: the framework's ``typical_next`` moves
  are ``exp(strength)`` times as likely as others);
* the first stage's type has a log prior (:func:`initial_logprior`);
* changes may be restricted to candidate periods (``allowed``), such as the
  boundaries :class:`~relcycle.trajectory.segmentation.StageSegmenter` proposes.

The state is a stage type and its age (periods so far, capped at
``min_size - 1``), so both algorithms are exact: tests compare them with
enumeration of every path.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence

import numpy as np
import numpy.typing as npt

from relcycle.frameworks import StageType

FloatArray = npt.NDArray[np.float64]


def transition_logprior(stages: Sequence[StageType], strength: float) -> FloatArray:
    """Log prior of a change from one stage type to another, ``(s, s)``.

    Every change has weight 1, one the framework lists in ``typical_next``
    weight ``exp(strength)``, and one into a ``first_only`` type (an opening
    phase) weight 0; rows are normalised over the other types. The diagonal (no
    change) is ``-inf``: staying is not a change.
    """
    index = {s.id: i for i, s in enumerate(stages)}
    w = np.ones((len(stages), len(stages)))
    for i, s in enumerate(stages):
        for nxt in s.typical_next:
            if nxt in index:
                w[i, index[nxt]] = math.exp(strength)
    for j, s in enumerate(stages):
        if s.first_only:
            w[:, j] = 0.0
    np.fill_diagonal(w, 0.0)
    total = w.sum(axis=1, keepdims=True)
    with np.errstate(divide="ignore"):
        return np.asarray(np.log(w / np.where(total > 0, total, 1.0)), dtype=np.float64)


def initial_logprior(stages: Sequence[StageType], strength: float) -> FloatArray:
    """Log prior of each stage type for the first stage, ``(s,)``.

    A type no other type lists in ``typical_next`` (the typology's entry
    points: in the built-in framework, exploratory) has weight ``exp(strength)``,
    the others 1; normalised. Flat when every type has a predecessor.
    """
    following = {n for s in stages for n in s.typical_next}
    w = np.array([math.exp(strength) if s.id not in following else 1.0 for s in stages])
    return np.asarray(np.log(w / w.sum()), dtype=np.float64)


def viterbi(
    loglik: FloatArray,
    min_size: int = 1,
    switch_cost: float = 1.0,
    transitions: FloatArray | None = None,
    allowed: Collection[int] | None = None,
    initial: FloatArray | None = None,
) -> list[int]:
    """The best stage type per period, with a minimum stage length.

    Args:
        loglik: ``(n, s)`` log-likelihood of each period under each type.
        min_size: Shortest stage, in periods (the first and last included).
        switch_cost: Nats a change of stage costs.
        transitions: ``(s, s)`` log prior of each change (flat when ``None``).
        allowed: Periods at which a new stage may start; any when ``None``.
        initial: ``(s,)`` log prior of the first stage's type (flat when ``None``).

    Returns:
        One stage type index per period.
    """
    n, s = loglik.shape
    if n == 0:
        return []
    d = max(1, min(min_size, n))
    trans = np.zeros((s, s)) if transitions is None else transitions.copy()
    np.fill_diagonal(trans, -np.inf)
    trans -= switch_cost
    # state (type, age): age counts periods in the stage, capped at d - 1 ("old enough")
    score = np.full((s, d), -np.inf)
    score[:, 0] = loglik[0] + (0.0 if initial is None else initial)
    from_type = np.empty((n, s), dtype=np.int64)  # for age 0: the type switched from
    from_old = np.empty((n, s), dtype=np.bool_)  # for age d - 1: came from age d - 1
    types = np.arange(s)
    for t in range(1, n):
        new = np.empty((s, d))
        if d > 1:
            new[:, 1 : d - 1] = score[:, 0 : d - 2]
            stay_old = score[:, d - 1] >= score[:, d - 2]
            new[:, d - 1] = np.where(stay_old, score[:, d - 1], score[:, d - 2])
            new[:, 0] = -np.inf
        else:
            stay_old = np.ones(s, dtype=np.bool_)
            new[:, 0] = score[:, 0]
        from_old[t] = stay_old
        from_type[t] = types
        if allowed is None or t in allowed:
            cand = score[:, d - 1][:, None] + trans  # (from, to)
            best_from = np.argmax(cand, axis=0)
            best = cand[best_from, types]
            better = best > new[:, 0]
            new[better, 0] = best[better]
            from_type[t] = np.where(better, best_from, types)
            if d == 1:
                from_old[t] = ~better
        score = new + loglik[t][:, None]
    last = score[:, d - 1]
    state = int(np.argmax(last)) if np.isfinite(last).any() else int(np.argmax(score.max(axis=1)))
    age = d - 1 if np.isfinite(score[state, d - 1]) else int(np.argmax(score[state]))
    path = [state]
    for t in range(n - 1, 0, -1):
        if d == 1:
            if not from_old[t, state]:
                state = int(from_type[t, state])
        elif age == 0:
            state, age = int(from_type[t, state]), d - 1
        elif age == d - 1:
            age = d - 1 if from_old[t, state] else d - 2
        else:
            age -= 1
        path.append(state)
    return path[::-1]


def posterior(
    loglik: FloatArray,
    min_size: int = 1,
    switch_cost: float = 1.0,
    transitions: FloatArray | None = None,
    allowed: Collection[int] | None = None,
    initial: FloatArray | None = None,
    dispersion: float = 1.0,
) -> FloatArray:
    """Each period's probability of being in each stage type, ``(n, s)`` (forward–backward).

    Over the same paths and scores :func:`viterbi` maximises, with the
    evidence's log-likelihood divided by ``dispersion`` (quasi-likelihood:
    bursts of codes are not independent evidence). Periods near an uncertain
    boundary, or with evidence that fits two types, get spread probabilities.
    """
    n, s = loglik.shape
    if n == 0:
        return np.zeros((0, s))
    d = max(1, min(min_size, n))
    ll = loglik / max(dispersion, 1.0)
    trans = np.zeros((s, s)) if transitions is None else transitions.copy()
    np.fill_diagonal(trans, -np.inf)
    trans -= switch_cost
    start = np.zeros(s) if initial is None else initial
    may = [allowed is None or t in allowed for t in range(n)]
    lse = np.logaddexp.reduce
    alpha = np.full((n, s, d), -np.inf)
    alpha[0, :, 0] = ll[0] + start
    for t in range(1, n):
        prev = alpha[t - 1]
        cur = np.full((s, d), -np.inf)
        if d > 1:
            cur[:, 1 : d - 1] = prev[:, 0 : d - 2]
            cur[:, d - 1] = np.logaddexp(prev[:, d - 2], prev[:, d - 1])
        else:
            cur[:, 0] = prev[:, 0]
        if may[t]:
            cur[:, 0] = np.logaddexp(cur[:, 0], lse(prev[:, d - 1][:, None] + trans, axis=0))
        alpha[t] = cur + ll[t][:, None]
    beta = np.full((n, s, d), -np.inf)
    beta[n - 1, :, d - 1] = 0.0
    for t in range(n - 2, -1, -1):
        nxt = beta[t + 1] + ll[t + 1][:, None]
        cur = np.full((s, d), -np.inf)
        if d > 1:
            cur[:, 0 : d - 2] = nxt[:, 1 : d - 1]
            cur[:, d - 2] = nxt[:, d - 1]
            cur[:, d - 1] = nxt[:, d - 1]
        else:
            cur[:, 0] = nxt[:, 0]
        if may[t + 1]:
            cur[:, d - 1] = np.logaddexp(cur[:, d - 1], lse(trans + nxt[:, 0][None, :], axis=1))
        beta[t] = cur
    joint = lse(alpha + beta, axis=2)
    total = lse(alpha[n - 1, :, d - 1])
    if not np.isfinite(total):
        return np.full((n, s), 1.0 / s)
    prob = np.exp(joint - total)
    return np.asarray(prob / prob.sum(axis=1, keepdims=True), dtype=np.float64)


def runs(labels: Sequence[int]) -> list[tuple[int, int, int]]:
    """``(label, first, stop)`` of each run of equal labels."""
    out: list[tuple[int, int, int]] = []
    for t, lab in enumerate(labels):
        if out and out[-1][0] == lab:
            out[-1] = (lab, out[-1][1], t + 1)
        else:
            out.append((lab, t, t + 1))
    return out
