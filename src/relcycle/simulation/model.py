"""The relationship model: its state, its right-hand side, vectorised over parameter sets.

State (six shares in ``[0, 1]``, time in months), in the order of :data:`STATES`:

=========== ===== ===========================================================
name        sym.  meaning
=========== ===== ===========================================================
control     x     share of the government's behaviour that is control (vs support)
resistance  y     share of the SWO's behaviour that is resistance (vs compliance
                  and cooperation)
trust       T     mutual trust
dependence  D     the SWO's dependence on the government's resources
information I     information symmetry between the two sides
legitimacy  L     the SWO's legitimacy with residents and officials
=========== ===== ===========================================================

Equations (``docs/MODEL.md`` explains every term and the theory behind it)::

    ex  = x (1 - b(t))                                  control beyond the contract
    Δg  = p_info (1 - I) + p_eval - p_trust T - p_resist y - p_contract c(t)
    Δs  = (p_grievance + p_legit L) ex - p_dep D - p_cost
    x'  = k_g x (1 - x) Δg + μ (1/2 - x)
    y'  = k_s y (1 - y) Δs + μ (1/2 - y)
    T'  = (k_T I + d(t)) (1 - T)(1 - ex) - ε T x y
    I'  = (ι + d(t) + η y) (1 - I) - ε I x y
    D'  = k_D (f(t) (1 - ω L) - D)
    L'  = k_L ((1 - ex) - L)

``b``, ``d``, ``c`` are the levers (behaviour boundary, dialogue, return to
contract), each 0 before its ``<lever>_from`` month; ``f`` is the funding
share (``funding_initial`` before ``funding_from``). Parameter names are in
:mod:`~relcycle.simulation.params`.

**Layout.** Inside the engine the state is an array of shape ``(k, N)``
(one contiguous row per state variable), so each term is one numpy
operation over all ``N`` parameter sets; :class:`~relcycle.simulation.engine.Trajectory`
hands results back as ``(N, T, k)``.

**The system protocol.** The engine integrates any object with ``size``,
``state_names``, ``initial()``, ``begin_step(t)`` and ``rhs(state, out)``
(:class:`System`); :class:`RelationshipModel` is the core model, and
:mod:`~relcycle.simulation.games` defines the two classic 2×2 games the same
way. ``rhs`` writes the time derivative into ``out`` and must not allocate
per call beyond a few preallocated buffers: it runs four times per RK4 step.
"""

from __future__ import annotations

from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from relcycle.simulation.params import ParameterBatch

Array = npt.NDArray[np.floating[Any]]

STATES: tuple[str, ...] = ("control", "resistance", "trust", "dependence", "information",
                           "legitimacy")  # fmt: skip
"""State variable names, in the order of the state's rows (``x, y, T, D, I, L``)."""

INITIAL: dict[str, str] = {
    "control": "control0",
    "resistance": "resistance0",
    "trust": "trust0",
    "dependence": "dependence0",
    "information": "information0",
    "legitimacy": "legitimacy0",
}
"""The parameter that gives each state variable's starting value."""


SWITCH_EPS = 1e-9
"""Slack when comparing a step's start with a switch month (0.1 steps do not add up exactly)."""


class System(Protocol):
    """What the engine integrates: an autonomous-between-steps ODE over ``N`` parameter sets."""

    @property
    def size(self) -> int:
        """``N``, the number of parameter sets."""
        ...

    @property
    def state_names(self) -> tuple[str, ...]:
        """The state variables (rows of the state)."""
        ...

    def initial(self) -> Array:
        """The starting state, a new ``(k, N)`` array."""
        ...

    def begin_step(self, t: float) -> None:
        """Prepare for the step that starts at month ``t`` (lever switches)."""
        ...

    def rhs(self, state: Array, out: Array) -> None:
        """Write ``d state / dt`` (per month) for ``state`` ``(k, N)`` into ``out``."""
        ...


class RelationshipModel:
    """The core model (see the module docstring) for a batch of parameter sets.

    Args:
        batch: The parameter sets.
        dtype: Float type of the state and coefficients (``float64``, or
            ``float32`` for throughput at single precision).
    """

    def __init__(self, batch: ParameterBatch, dtype: npt.DTypeLike = np.float64) -> None:
        self.batch = batch
        self.dtype = np.dtype(dtype)
        n = batch.size
        self._n = n

        def arr(value: Any) -> Array:
            return np.array(value, dtype=self.dtype)  # a writable copy

        p = batch.values
        kg, ks = p["rate_gov"], p["rate_swo"]
        self._mu = arr(p["mutation"])
        self._mu_half = arr(0.5 * p["mutation"])
        # government: k_g Δg = gA - gI I - gT T - gY y, gA = k_g (p_info + p_eval - p_contract c)
        self._g_base = kg * (p["info_pressure"] + p["evaluation"])
        self._g_contract = kg * p["contract_weight"]
        self._gA = arr(self._g_base)
        self._gI = arr(kg * p["info_pressure"])
        self._gT = arr(kg * p["trust_relief"])
        self._gY = arr(kg * p["resistance_cost"])
        # SWO: k_s Δs = (sG + sL L) ex - sD D - sC, ex = x (1 - b)
        self._sG = arr(ks * p["grievance"])
        self._omb = arr(np.ones(n))
        self._sD = arr(ks * p["dependence_fear"])
        self._sL = arr(ks * p["legitimacy_backing"])
        self._sC = arr(ks * p["resist_cost"])
        # slow states
        self._kT = arr(p["trust_rate"])
        self._d = arr(np.zeros(n))
        self._iota_d = arr(p["info_rate"])
        self._eps = arr(p["erosion"])
        self._eta = arr(p["voice"])
        self._kD = arr(p["dependence_rate"])
        self._kDf = arr(np.zeros(n))
        self._kDfw = arr(np.zeros(n))
        self._kL = arr(p["legitimacy_rate"])
        self._omega = p["diversification"]
        # switches: times at which some lever changes
        # the whole months at which some lever switches, ascending
        months = np.unique(np.ceil(np.concatenate(
            [p[f"{lever}_from"] for lever in ("boundary", "dialogue", "contract", "funding")]
        )))  # fmt: skip
        self._switch_months: list[float] = [float(m) for m in months if m > 0]
        self._next_switch = 0  # index of the first switch month not yet applied
        self._applied_at: float | None = None
        self._tmp = [np.empty(n, dtype=self.dtype) for _ in range(5)]
        self._apply_levers(0.0)

    @property
    def size(self) -> int:
        """``N``, the number of parameter sets."""
        return self._n

    @property
    def state_names(self) -> tuple[str, ...]:
        """:data:`STATES`."""
        return STATES

    def initial(self) -> Array:
        """The starting state from the ``*0`` parameters, ``(6, N)``."""
        return np.stack([self.batch[INITIAL[s]] for s in STATES]).astype(self.dtype)

    def levers_at(self, t: float) -> dict[str, npt.NDArray[np.float64]]:
        """Effective levers at month ``t``: boundary, dialogue, contract and funding.

        A switch at month ``m`` takes effect at the start of month ``ceil(m)``
        (switches fall on whole months, so that every step size that divides
        a month applies it at the same time).
        """
        p = self.batch.values
        now = t + SWITCH_EPS
        out = {
            lever: np.where(now >= np.ceil(p[f"{lever}_from"]), p[lever], 0.0)
            for lever in ("boundary", "dialogue", "contract")
        }
        out["funding"] = np.where(
            now >= np.ceil(p["funding_from"]), p["funding"], p["funding_initial"]
        )
        return out

    def _apply_levers(self, t: float) -> None:
        lv = self.levers_at(t)
        p = self.batch.values
        self._gA[...] = self._g_base - self._g_contract * lv["contract"]
        self._omb[...] = 1.0 - lv["boundary"]
        self._d[...] = lv["dialogue"]
        self._iota_d[...] = p["info_rate"] + lv["dialogue"]
        kdf = p["dependence_rate"] * lv["funding"]
        self._kDf[...] = kdf
        self._kDfw[...] = kdf * self._omega
        self._applied_at = t

    def begin_step(self, t: float) -> None:
        """Apply the lever switches that fall in ``(last applied, t]`` (O(1) when none do)."""
        last = self._applied_at
        months, i = self._switch_months, self._next_switch
        if last is None or t < last:
            self._next_switch = sum(1 for m in months if m <= t + SWITCH_EPS)
            self._apply_levers(t)
        elif i < len(months) and months[i] <= t + SWITCH_EPS:
            while i < len(months) and months[i] <= t + SWITCH_EPS:
                i += 1
            self._next_switch = i
            self._apply_levers(t)

    def rhs(self, state: Array, out: Array) -> None:
        """Write the derivative of ``state`` ``(6, N)`` into ``out`` (see the equations)."""
        x, y, T, D, I, L = state  # noqa: E741 (the model's symbols)
        dx, dy, dT, dD, dI, dL = out
        a, b, xy, ex, omex = self._tmp
        # shared terms: εxy (conflict), ex and 1 - ex
        np.multiply(x, y, out=xy)
        np.multiply(xy, self._eps, out=xy)
        np.multiply(x, self._omb, out=ex)
        np.subtract(1.0, ex, out=omex)
        # government: x' = x ((1 - x) k_g Δg - μ) + μ/2
        np.multiply(self._gI, I, out=a)
        np.multiply(self._gT, T, out=b)
        np.add(a, b, out=a)
        np.multiply(self._gY, y, out=b)
        np.add(a, b, out=a)
        np.subtract(self._gA, a, out=a)
        np.subtract(1.0, x, out=b)
        np.multiply(a, b, out=a)
        np.subtract(a, self._mu, out=a)
        np.multiply(a, x, out=a)
        np.add(a, self._mu_half, out=dx)
        # SWO: y' = y ((1 - y) k_s Δs - μ) + μ/2
        np.multiply(self._sL, L, out=a)
        np.add(a, self._sG, out=a)
        np.multiply(a, ex, out=a)
        np.multiply(self._sD, D, out=b)
        np.subtract(a, b, out=a)
        np.subtract(a, self._sC, out=a)
        np.subtract(1.0, y, out=b)
        np.multiply(a, b, out=a)
        np.subtract(a, self._mu, out=a)
        np.multiply(a, y, out=a)
        np.add(a, self._mu_half, out=dy)
        # trust: (k_T I + d)(1 - T)(1 - ex) - εxy T
        np.multiply(self._kT, I, out=a)
        np.add(a, self._d, out=a)
        np.subtract(1.0, T, out=b)
        np.multiply(a, b, out=a)
        np.multiply(a, omex, out=a)
        np.multiply(xy, T, out=b)
        np.subtract(a, b, out=dT)
        # information: (ι + d + η y)(1 - I) - εxy I
        np.multiply(self._eta, y, out=a)
        np.add(a, self._iota_d, out=a)
        np.subtract(1.0, I, out=b)
        np.multiply(a, b, out=a)
        np.multiply(xy, I, out=b)
        np.subtract(a, b, out=dI)
        # dependence: k_D f - k_D f ω L - k_D D
        np.multiply(self._kDfw, L, out=a)
        np.subtract(self._kDf, a, out=a)
        np.multiply(self._kD, D, out=b)
        np.subtract(a, b, out=dD)
        # legitimacy: k_L (1 - ex) - k_L L
        np.subtract(omex, L, out=a)
        np.multiply(a, self._kL, out=dL)
