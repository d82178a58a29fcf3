"""A compiled kernel for the core model: the same equations and steps as the numpy path.

:func:`run_chunk` integrates the relationship model
(:class:`~relcycle.simulation.model.RelationshipModel`) for a chunk of
parameter sets with numba. Loop order: blocks of :data:`BLOCK` parameter
sets, then steps, then the sets of the block. One iteration of the inner
loop is a whole Euler, Heun or RK4 step of one set, its intermediate stages
in registers; the block's states, coefficients and lever terms live in flat
arrays (rows of ``BLOCK``, constant offsets), so LLVM vectorises the loop
across sets (8 float64 lanes with AVX-512) and the block stays in the L1
cache for the whole run. numpy, by contrast, makes one pass over all ``N``
sets per arithmetic operation (about 200 passes per RK4 step). States are
written to the trajectory only at recorded months. Loops run on one core
(no ``parallel``) and release the GIL (``nogil``), so thread workers of a
sweep run side by side.

**Same results.** The right-hand side performs the numpy path's operations
in the same order, the coefficients are computed by the same numpy
expressions (:func:`coefficients`), and lever switches use the same test
(``i·dt + SWITCH_EPS >= ceil(<lever>_from)``), without ``fastmath`` (no
reassociation, no fused multiply-add): runs are bit-for-bit those of the
numpy path (tests check ≤ 1e-12 over random sets in the documented ranges).

**Divergence** is checked at every recorded month as on the numpy path (a
state outside ``[-BOUND_SLACK, 1 + BOUND_SLACK]`` or NaN); a block stops at
its first bad record, and each set's first bad record and lowest bad state
come back in ``fail_rec`` / ``fail_state`` for the engine to raise the same
error as the numpy path.

Deterministic runs in float64 only. Noisy runs use the numpy path: their
draws are one ``(6, N)`` array per step from ``numpy.random.default_rng``,
which the kernel could match only by drawing all ``6·N·steps`` numbers up
front (memory) or re-implementing numpy's generator. Compiled code is cached
in ``__pycache__`` (``cache=True``): the first call after an install or an
edit of this file compiles (3 s measured), later processes load it (0.5 s
with numba's import).
"""

from __future__ import annotations

import numba
import numpy as np
import numpy.typing as npt

from relcycle.simulation.model import INITIAL, STATES, SWITCH_EPS
from relcycle.simulation.params import ParameterBatch

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

METHODS: dict[str, int] = {"euler": 0, "heun": 1, "rk4": 2}
"""Integrator name → the kernel's code for it."""

BLOCK = 64
"""Parameter sets integrated together inside the kernel (states and coefficients fit L1)."""

# rows of the coefficient matrix (see coefficients())
(MU, MU_HALF, G_BASE, G_CONTRACT, G_I, G_T, G_Y, S_G, S_D, S_L, S_C, K_T, INFO_RATE, EPS,
 ETA, K_D, OMEGA, K_L, BOUNDARY, DIALOGUE, CONTRACT, FUNDING, FUNDING_INITIAL, FROM_B,
 FROM_D, FROM_C, FROM_F) = range(27)  # fmt: skip
N_COEF = 27


def coefficients(batch: ParameterBatch) -> FloatArray:
    """The kernel's coefficients, ``(27, N)``, computed as ``RelationshipModel`` computes them."""
    p = batch.values
    kg, ks = p["rate_gov"], p["rate_swo"]
    rows = [
        p["mutation"],
        0.5 * p["mutation"],
        kg * (p["info_pressure"] + p["evaluation"]),
        kg * p["contract_weight"],
        kg * p["info_pressure"],
        kg * p["trust_relief"],
        kg * p["resistance_cost"],
        ks * p["grievance"],
        ks * p["dependence_fear"],
        ks * p["legitimacy_backing"],
        ks * p["resist_cost"],
        p["trust_rate"],
        p["info_rate"],
        p["erosion"],
        p["voice"],
        p["dependence_rate"],
        p["diversification"],
        p["legitimacy_rate"],
        p["boundary"],
        p["dialogue"],
        p["contract"],
        p["funding"],
        p["funding_initial"],
        np.ceil(p["boundary_from"]),
        np.ceil(p["dialogue_from"]),
        np.ceil(p["contract_from"]),
        np.ceil(p["funding_from"]),
    ]
    return np.ascontiguousarray(np.stack(rows), dtype=np.float64)


def initial_states(batch: ParameterBatch) -> FloatArray:
    """The starting states, ``(6, N)``, in the order of :data:`STATES`."""
    return np.ascontiguousarray(np.stack([batch[INITIAL[s]] for s in STATES]), dtype=np.float64)


Derivative = tuple[float, float, float, float, float, float]
"""Six floats: a state or its derivative."""


@numba.njit(cache=True, nogil=True, inline="always")
def _rhs(
    x: float, y: float, T: float, D: float, I: float, L: float,  # noqa: E741 (the model's symbols)
    c: FloatArray, lv: FloatArray, j: int,
) -> Derivative:  # fmt: skip
    # the operations of RelationshipModel.rhs, in its order
    xy = x * y
    xy = xy * c[EPS * BLOCK + j]
    ex = x * lv[1 * BLOCK + j]
    omex = 1.0 - ex
    a = c[G_I * BLOCK + j] * I
    b = c[G_T * BLOCK + j] * T
    a = a + b
    b = c[G_Y * BLOCK + j] * y
    a = a + b
    a = lv[j] - a
    b = 1.0 - x
    a = a * b
    a = a - c[MU * BLOCK + j]
    a = a * x
    dx = a + c[MU_HALF * BLOCK + j]
    a = c[S_L * BLOCK + j] * L
    a = a + c[S_G * BLOCK + j]
    a = a * ex
    b = c[S_D * BLOCK + j] * D
    a = a - b
    a = a - c[S_C * BLOCK + j]
    b = 1.0 - y
    a = a * b
    a = a - c[MU * BLOCK + j]
    a = a * y
    dy = a + c[MU_HALF * BLOCK + j]
    a = c[K_T * BLOCK + j] * I
    a = a + lv[2 * BLOCK + j]
    b = 1.0 - T
    a = a * b
    a = a * omex
    b = xy * T
    dT = a - b
    a = c[ETA * BLOCK + j] * y
    a = a + lv[3 * BLOCK + j]
    b = 1.0 - I
    a = a * b
    b = xy * I
    dI = a - b
    a = lv[5 * BLOCK + j] * L
    a = lv[4 * BLOCK + j] - a
    b = c[K_D * BLOCK + j] * D
    dD = a - b
    a = omex - L
    dL = a * c[K_L * BLOCK + j]
    return dx, dy, dT, dD, dI, dL


@numba.njit(cache=True, nogil=True, inline="always")
def _load(s: FloatArray, j: int) -> Derivative:
    # the six states of set j of the block (rows of BLOCK in the flat state array)
    return (
        s[j],
        s[BLOCK + j],
        s[2 * BLOCK + j],
        s[3 * BLOCK + j],
        s[4 * BLOCK + j],
        s[5 * BLOCK + j],
    )


@numba.njit(cache=True, nogil=True)
def _apply_levers(c: FloatArray, lv: FloatArray, n: int, now: float) -> float:
    # RelationshipModel._apply_levers for the block's first n sets; returns the next switch month
    nxt = np.inf
    for j in range(n):
        cc = c[CONTRACT * BLOCK + j] if now >= c[FROM_C * BLOCK + j] else 0.0
        bb = c[BOUNDARY * BLOCK + j] if now >= c[FROM_B * BLOCK + j] else 0.0
        dd = c[DIALOGUE * BLOCK + j] if now >= c[FROM_D * BLOCK + j] else 0.0
        ff = (
            c[FUNDING * BLOCK + j]
            if now >= c[FROM_F * BLOCK + j]
            else c[FUNDING_INITIAL * BLOCK + j]
        )
        lv[j] = c[G_BASE * BLOCK + j] - c[G_CONTRACT * BLOCK + j] * cc
        lv[1 * BLOCK + j] = 1.0 - bb
        lv[2 * BLOCK + j] = dd
        lv[3 * BLOCK + j] = c[INFO_RATE * BLOCK + j] + dd
        kdf = c[K_D * BLOCK + j] * ff
        lv[4 * BLOCK + j] = kdf
        lv[5 * BLOCK + j] = kdf * c[OMEGA * BLOCK + j]
        for r in (FROM_B, FROM_D, FROM_C, FROM_F):
            m = c[r * BLOCK + j]
            if m > now and m < nxt:
                nxt = m
    return nxt


@numba.njit(cache=True, nogil=True)
def run_chunk(
    method: int, coef: FloatArray, init: FloatArray, dt: float, steps: int, every: int,
    lo: float, hi: float, out: FloatArray, fail_rec: IntArray, fail_state: IntArray,
) -> None:  # fmt: skip
    """Integrate every set of a chunk; write ``out`` ``(N, T, 6)`` and the failure arrays.

    Args:
        method: 0 Euler, 1 Heun, 2 RK4 (:data:`METHODS`).
        coef: :func:`coefficients` of the chunk, ``(27, N)``.
        init: :func:`initial_states`, ``(6, N)``.
        dt: The step (months).
        steps: Number of steps.
        every: Steps between recorded states.
        lo: Smallest value a recorded state may take (``-BOUND_SLACK``).
        hi: Largest (``1 + BOUND_SLACK``).
        out: ``(N, steps // every + 1, 6)``, filled here.
        fail_rec: ``(N,)`` int, set to the first bad record of each set (-1: none).
        fail_state: ``(N,)`` int, the lowest bad state at that record.
    """
    n = coef.shape[1]
    half = 0.5 * dt
    sixth = dt / 6.0
    s = np.empty(6 * BLOCK)  # flat, so that LLVM sees constant row offsets and vectorises
    c = np.empty(N_COEF * BLOCK)
    lv = np.empty(6 * BLOCK)
    for q in range(n):
        fail_rec[q] = -1
        fail_state[q] = -1
    for j0 in range(0, n, BLOCK):
        nb = min(BLOCK, n - j0)
        for j in range(nb):
            for r in range(N_COEF):
                c[r * BLOCK + j] = coef[r, j0 + j]
            for k in range(6):
                s[k * BLOCK + j] = init[k, j0 + j]
                out[j0 + j, 0, k] = init[k, j0 + j]
        nxt = _apply_levers(c, lv, nb, 0.0 + SWITCH_EPS)
        rec = 1
        for i in range(steps):
            now = i * dt + SWITCH_EPS
            if now >= nxt:
                nxt = _apply_levers(c, lv, nb, now)
            if method == 2:
                for j in range(nb):
                    x, y, T, D, info, L = _load(s, j)
                    k1 = _rhs(x, y, T, D, info, L, c, lv, j)
                    k2 = _rhs(
                        k1[0] * half + x, k1[1] * half + y, k1[2] * half + T,
                        k1[3] * half + D, k1[4] * half + info, k1[5] * half + L, c, lv, j,
                    )  # fmt: skip
                    k3 = _rhs(
                        k2[0] * half + x, k2[1] * half + y, k2[2] * half + T,
                        k2[3] * half + D, k2[4] * half + info, k2[5] * half + L, c, lv, j,
                    )  # fmt: skip
                    k4 = _rhs(
                        k3[0] * dt + x, k3[1] * dt + y, k3[2] * dt + T,
                        k3[3] * dt + D, k3[4] * dt + info, k3[5] * dt + L, c, lv, j,
                    )  # fmt: skip
                    # k1 += 2 (k2 + k3); k1 += k4; k1 *= dt/6; state += k1
                    s[j] = x + (((k1[0] + (k2[0] + k3[0]) * 2.0) + k4[0]) * sixth)
                    s[1 * BLOCK + j] = y + (((k1[1] + (k2[1] + k3[1]) * 2.0) + k4[1]) * sixth)
                    s[2 * BLOCK + j] = T + (((k1[2] + (k2[2] + k3[2]) * 2.0) + k4[2]) * sixth)
                    s[3 * BLOCK + j] = D + (((k1[3] + (k2[3] + k3[3]) * 2.0) + k4[3]) * sixth)
                    s[4 * BLOCK + j] = info + (((k1[4] + (k2[4] + k3[4]) * 2.0) + k4[4]) * sixth)
                    s[5 * BLOCK + j] = L + (((k1[5] + (k2[5] + k3[5]) * 2.0) + k4[5]) * sixth)
            elif method == 1:
                for j in range(nb):
                    x, y, T, D, info, L = _load(s, j)
                    k1 = _rhs(x, y, T, D, info, L, c, lv, j)
                    k2 = _rhs(
                        k1[0] * dt + x, k1[1] * dt + y, k1[2] * dt + T,
                        k1[3] * dt + D, k1[4] * dt + info, k1[5] * dt + L, c, lv, j,
                    )  # fmt: skip
                    s[j] = x + ((k1[0] + k2[0]) * half)
                    s[1 * BLOCK + j] = y + ((k1[1] + k2[1]) * half)
                    s[2 * BLOCK + j] = T + ((k1[2] + k2[2]) * half)
                    s[3 * BLOCK + j] = D + ((k1[3] + k2[3]) * half)
                    s[4 * BLOCK + j] = info + ((k1[4] + k2[4]) * half)
                    s[5 * BLOCK + j] = L + ((k1[5] + k2[5]) * half)
            else:
                for j in range(nb):
                    x, y, T, D, info, L = _load(s, j)
                    k1 = _rhs(x, y, T, D, info, L, c, lv, j)
                    s[j] = x + k1[0] * dt
                    s[1 * BLOCK + j] = y + k1[1] * dt
                    s[2 * BLOCK + j] = T + k1[2] * dt
                    s[3 * BLOCK + j] = D + k1[3] * dt
                    s[4 * BLOCK + j] = info + k1[4] * dt
                    s[5 * BLOCK + j] = L + k1[5] * dt
            if (i + 1) % every == 0:
                nbad = 0
                for k in range(6):
                    for j in range(nb):
                        v = s[k * BLOCK + j]
                        nbad += not ((v >= lo) & (v <= hi))  # NaN is bad too
                for j in range(nb):
                    for k in range(6):
                        out[j0 + j, rec, k] = s[k * BLOCK + j]
                if nbad:
                    for j in range(nb):
                        for k in range(6):
                            v = s[k * BLOCK + j]
                            if not (v >= lo and v <= hi) and fail_rec[j0 + j] < 0:
                                fail_rec[j0 + j] = rec
                                fail_state[j0 + j] = k
                    break
                rec += 1
