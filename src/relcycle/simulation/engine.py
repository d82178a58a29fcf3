"""The engine: fixed-step integration of a batch of parameter sets at once.

::

    batch = ParameterBatch.from_mapping({"dialogue": [0.0, 0.1, 0.2]})
    traj = simulate(batch, months=96)                 # RK4, dt 0.05, float64
    traj.states.shape                                 # (3, 97, 6): sets × months × states
    traj.state("trust")[:, -1]                        # trust at month 96, per set
    step_error(batch, months=96)                      # < STEP_TOLERANCE

**Integrators** (:data:`INTEGRATORS`): ``rk4`` (classical Runge–Kutta, 4th
order, the default), ``heun`` (2nd order) and ``euler`` (1st order; cheapest
per step, for throughput). All are fixed-step: a run is the same on every
machine and a step costs the same for every parameter set. The error check
is :func:`step_error`: the largest change of any state at any recorded month
when the step is halved. With the default ``dt`` of 0.05 month (1.5 days) and
RK4 it stays below :data:`STEP_TOLERANCE` (10⁻³ of a share) anywhere in the
documented parameter ranges (measured: at most 2.6·10⁻⁴ over 4,000 random
parameter sets, 99% below 10⁻⁵; at 0.1 month the worst set reaches 4·10⁻³)
and far below it for the built-in scenarios (under 10⁻⁶);
``tests/simulation/test_sim_engine.py`` checks both. Lever switches fall
on whole months, so they do not add a first-order error.

**Noise** (``noise > 0``): after each deterministic step every state ``S``
gets ``noise · S (1 − S) · √dt · ξ`` with ``ξ`` standard normal (the
Euler–Maruyama step of ``dS = f dt + σ S(1−S) dW``; with ``euler`` this is
exactly Euler–Maruyama, with ``rk4``/``heun`` the drift is integrated at
higher order and the noise at order ½), then the state is clipped to
``[0, 1]``. Draws come from ``numpy.random.default_rng(seed)``, in chunk
order: the same ``seed``, batch and ``chunk`` give the same run.

**Divergence.** States are shares: a non-finite value, or one that leaves
``[−0.05, 1.05]`` (a step too large for the dynamics) stops the run with a
:class:`~relcycle.errors.SimulationError` that names the parameter set, the
state, the month and what to do; nothing is returned.

**Speed.** :data:`BACKENDS` name two ways to integrate the core model, with
the same results bit for bit (``tests/simulation/test_kernel.py``). The
default for deterministic float64 runs is the compiled kernel
(:mod:`~relcycle.simulation.kernel`, numba): blocks of 64 sets, each step
computed whole per set and vectorised across the block. Measured with
``bench/sim_bench.py`` on one pinned core (N = 10⁴ and 10⁵, 1,000 steps of
0.25 month, best of 5 on a loaded machine): RK4 1.1–1.3·10⁸
parameter-set-steps per second, Heun about 2·10⁸, Euler 3–4·10⁸; about
1,000× the same model in Mesa. The numpy backend (noisy and float32 runs, or
``backend="numpy"``) is numpy over ``(N,)`` rows with preallocated buffers,
about 250 array operations per set per RK4 step (57 for Euler): about 10⁷
set-steps per second with RK4, 6–8·10⁷ with Euler in float32. Large batches
are cut into chunks of ``chunk`` parameter sets (default
:data:`DEFAULT_CHUNK`) integrated one after the other, to bound the working
memory; a divergence is reported from the first chunk that has one, on
either backend. The kernel compiles on its first call after an install (about
3 s) and is cached in ``__pycache__``; later processes load it in about 0.5 s.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any, NoReturn

import numpy as np
import numpy.typing as npt

from relcycle.errors import SimulationError
from relcycle.simulation.model import STATES, Array, RelationshipModel, System
from relcycle.simulation.params import PARAMETERS, ParameterBatch

FloatArray = npt.NDArray[np.float64]

STEP_TOLERANCE = 1e-3
"""Largest change of a share allowed when the default step (RK4, 0.05 month) is halved."""

DEFAULT_DT = 0.05
"""Default step, in months."""

DEFAULT_MONTHS = 96.0
"""Default horizon: eight years, two or three contract terms."""

DEFAULT_CHUNK = 65536
"""Parameter sets integrated together (see *Speed*)."""

BOUND_SLACK = 0.05
"""How far outside ``[0, 1]`` a state may stray before the run counts as diverged."""

BACKENDS: Mapping[str, str] = {
    "auto": "the compiled kernel for deterministic float64 runs when numba is installed, "
    "numpy otherwise",
    "numba": "the compiled kernel (relcycle.simulation.kernel): deterministic float64 runs only",
    "numpy": "numpy over (N,) rows: every run, noise and float32 included",
}
"""How :func:`simulate` integrates the core model, by name (see *Speed*)."""


class Integrator:
    """A fixed-step scheme with preallocated stage buffers for one state shape.

    Subclasses implement :meth:`step`, advancing ``state`` in place by ``dt``.
    """

    name = ""
    order = 0

    def __init__(self, shape: tuple[int, ...], dtype: np.dtype[Any]) -> None:
        self.shape = shape
        self.dtype = dtype

    def step(self, system: System, state: Array, dt: float) -> None:
        """Advance ``state`` by ``dt`` in place."""
        raise NotImplementedError


class Euler(Integrator):
    """Forward Euler: ``S += dt f(S)`` (order 1)."""

    name = "euler"
    order = 1

    def __init__(self, shape: tuple[int, ...], dtype: np.dtype[Any]) -> None:
        super().__init__(shape, dtype)
        self.k1 = np.empty(shape, dtype)

    def step(self, system: System, state: Array, dt: float) -> None:
        """Advance ``state`` by one Euler step."""
        system.rhs(state, self.k1)
        self.k1 *= dt
        state += self.k1


class Heun(Integrator):
    """Heun's method (explicit trapezoid, order 2)."""

    name = "heun"
    order = 2

    def __init__(self, shape: tuple[int, ...], dtype: np.dtype[Any]) -> None:
        super().__init__(shape, dtype)
        self.k1 = np.empty(shape, dtype)
        self.k2 = np.empty(shape, dtype)
        self.tmp = np.empty(shape, dtype)

    def step(self, system: System, state: Array, dt: float) -> None:
        """Advance ``state`` by one Heun step."""
        k1, k2, tmp = self.k1, self.k2, self.tmp
        system.rhs(state, k1)
        np.multiply(k1, dt, out=tmp)
        tmp += state
        system.rhs(tmp, k2)
        k1 += k2
        k1 *= 0.5 * dt
        state += k1


class RK4(Integrator):
    """The classical fourth-order Runge–Kutta method."""

    name = "rk4"
    order = 4

    def __init__(self, shape: tuple[int, ...], dtype: np.dtype[Any]) -> None:
        super().__init__(shape, dtype)
        self.k1 = np.empty(shape, dtype)
        self.k2 = np.empty(shape, dtype)
        self.k3 = np.empty(shape, dtype)
        self.k4 = np.empty(shape, dtype)
        self.tmp = np.empty(shape, dtype)

    def step(self, system: System, state: Array, dt: float) -> None:
        """Advance ``state`` by one RK4 step."""
        k1, k2, k3, k4, tmp = self.k1, self.k2, self.k3, self.k4, self.tmp
        half = 0.5 * dt
        system.rhs(state, k1)
        np.multiply(k1, half, out=tmp)
        tmp += state
        system.rhs(tmp, k2)
        np.multiply(k2, half, out=tmp)
        tmp += state
        system.rhs(tmp, k3)
        np.multiply(k3, dt, out=tmp)
        tmp += state
        system.rhs(tmp, k4)
        k2 += k3
        k2 *= 2.0
        k1 += k2
        k1 += k4
        k1 *= dt / 6.0
        state += k1


INTEGRATORS: Mapping[str, type[Integrator]] = {"euler": Euler, "heun": Heun, "rk4": RK4}
"""Integrators by name."""


def make_integrator(method: str, shape: tuple[int, ...], dtype: npt.DTypeLike) -> Integrator:
    """The integrator called ``method`` for a state of ``shape``.

    Raises:
        SimulationError: An unknown method (the message lists the valid ones).
    """
    try:
        cls = INTEGRATORS[method]
    except KeyError:
        raise SimulationError(
            f"unknown integrator {method!r}; choose one of: {', '.join(sorted(INTEGRATORS))}"
        ) from None
    return cls(shape, np.dtype(dtype))


@dataclass(frozen=True, slots=True)
class Grid:
    """The time grid of a run.

    Attributes:
        dt: Step in months.
        steps: Number of steps.
        every: Steps between recorded states.
        time: Recorded months, ``(T,)`` (0, every·dt, ..., steps·dt).
    """

    dt: float
    steps: int
    every: int
    time: FloatArray


def make_grid(months: float, dt: float, record_every: float) -> Grid:
    """The step grid for ``months`` at step ``dt``, recording every ``record_every`` months.

    Raises:
        SimulationError: Non-positive or non-finite values, or ``record_every``
            that is not a whole number of steps.
    """
    for name, value in (("months", months), ("dt", dt), ("record_every", record_every)):
        if not (math.isfinite(value) and value > 0):
            raise SimulationError(f"{name} must be a positive number of months; got {value!r}")
    every = round(record_every / dt)
    if every < 1 or not math.isclose(every * dt, record_every, rel_tol=1e-9):
        raise SimulationError(
            f"record_every ({record_every:g} months) must be a whole number of steps of "
            f"dt ({dt:g} months)"
        )
    n_rec = round(months / record_every)
    if not math.isclose(n_rec * record_every, months, rel_tol=1e-9):
        raise SimulationError(
            f"months ({months:g}) must be a whole number of record_every ({record_every:g})"
        )
    steps = n_rec * every
    return Grid(dt, steps, every, np.arange(n_rec + 1, dtype=np.float64) * record_every)


@dataclass(frozen=True, slots=True)
class RunFailure:
    """Where a run left the state space (carried by :class:`IntegrationError`)."""

    index: int
    state: str
    month: float
    value: float


class IntegrationError(SimulationError):
    """A run diverged: a state became non-finite or left ``[0, 1]``.

    Attributes:
        failure: Which parameter set, state, month and value.
    """

    def __init__(self, message: str, failure: RunFailure) -> None:
        self.failure = failure
        super().__init__(message)


def integrate(
    system: System,
    grid: Grid,
    *,
    method: str = "rk4",
    noise: float = 0.0,
    rng: np.random.Generator | None = None,
    describe: Callable[[int], str] | None = None,
    offset: int = 0,
) -> Array:
    """Integrate ``system`` over ``grid``; the recorded states, ``(T, k, N)``.

    Args:
        system: What to integrate (:class:`~relcycle.simulation.model.System`).
        grid: The time grid (:func:`make_grid`).
        method: An integrator name (:data:`INTEGRATORS`).
        noise: σ of the multiplicative noise (see the module docstring).
        rng: Random generator for the noise (required when ``noise > 0``).
        describe: Text naming parameter set ``i`` in error messages.
        offset: Index of the system's first parameter set in the whole batch
            (for error messages).

    Raises:
        IntegrationError: A state became non-finite or left ``[0, 1]``.
    """
    state = np.array(system.initial())
    k, n = state.shape
    integ = make_integrator(method, state.shape, state.dtype)
    out = np.empty((len(grid.time), k, n), dtype=state.dtype)
    out[0] = state
    noisy = noise > 0
    if noisy and rng is None:
        raise SimulationError("noise > 0 needs a random generator (give a seed)")
    scale = noise * math.sqrt(grid.dt)
    buf = np.empty_like(state) if noisy else state
    dt = grid.dt
    rec = 1
    for i in range(grid.steps):
        system.begin_step(i * dt)
        integ.step(system, state, dt)
        if noisy:
            assert rng is not None
            xi = rng.standard_normal(state.shape).astype(state.dtype, copy=False)
            np.subtract(1.0, state, out=buf)
            buf *= state
            buf *= xi
            buf *= scale
            state += buf
            np.clip(state, 0.0, 1.0, out=state)
        if (i + 1) % grid.every == 0:
            out[rec] = state
            _check(out[rec], system, (i + 1) * dt, describe, offset, dt)
            rec += 1
    return out


def _check(
    block: Array, system: System, month: float, describe: Callable[[int], str] | None,
    offset: int, dt: float,
) -> None:  # fmt: skip
    bad = ~((block >= -BOUND_SLACK) & (block <= 1.0 + BOUND_SLACK))  # NaN is bad too
    if not bad.any():
        return
    row, col = (int(v[0]) for v in np.nonzero(bad))
    _diverged(offset + col, system.state_names[row], month, float(block[row, col]), describe, dt)


def _diverged(
    index: int, name: str, month: float, value: float,
    describe: Callable[[int], str] | None, dt: float,
) -> NoReturn:  # fmt: skip
    who = describe(index) if describe is not None else f"parameter set {index}"
    what = "became non-finite" if not math.isfinite(value) else f"left [0, 1] ({value:.3g})"
    raise IntegrationError(
        f"run diverged: {name} of {who} {what} by month {month:g}; "
        f"use a smaller dt (now {dt:g}) or check that parameter set's values",
        RunFailure(index, name, month, value),
    )


@dataclass(frozen=True, slots=True)
class Trajectory:
    """The result of :func:`simulate`.

    Attributes:
        time: Recorded months, ``(T,)``, starting at 0.
        states: ``(N, T, k)`` float64: parameter set × recorded month × state.
        state_names: The state variables (last axis), :data:`~relcycle.simulation.model.STATES`.
        batch: The parameter sets run.
        dt: The step (months).
        method: The integrator.
        noise: σ of the noise (0: deterministic).
        seed: The noise seed, if any.
    """

    time: FloatArray
    states: FloatArray
    state_names: tuple[str, ...]
    batch: ParameterBatch
    dt: float
    method: str
    noise: float = 0.0
    seed: int | None = None

    @property
    def size(self) -> int:
        """``N``, the number of runs."""
        return int(self.states.shape[0])

    def state(self, name: str) -> FloatArray:
        """One state variable over time, ``(N, T)``.

        Raises:
            SimulationError: An unknown state name (the message lists them).
        """
        if name not in self.state_names:
            raise SimulationError(
                f"unknown state {name!r}; choose one of: {', '.join(self.state_names)}"
            )
        return np.asarray(self.states[:, :, self.state_names.index(name)], dtype=np.float64)

    @property
    def final(self) -> FloatArray:
        """The last recorded state of every run, ``(N, k)``."""
        return np.asarray(self.states[:, -1, :], dtype=np.float64)


def describe_set(batch: ParameterBatch, index: int) -> str:
    """``parameter set 3 (dialogue=0.2, boundary=0.5)``: the set and its non-default values."""
    row = batch.row(index)
    changed = [f"{k}={v:g}" for k, v in row.items() if v != PARAMETERS[k].default]
    return f"parameter set {index}" + (f" ({', '.join(changed)})" if changed else " (defaults)")


def simulate(
    batch: ParameterBatch,
    *,
    months: float = DEFAULT_MONTHS,
    dt: float = DEFAULT_DT,
    method: str = "rk4",
    noise: float = 0.0,
    seed: int | None = None,
    record_every: float = 1.0,
    dtype: npt.DTypeLike = np.float64,
    chunk: int = DEFAULT_CHUNK,
    backend: str = "auto",
) -> Trajectory:
    """Run the relationship model for every parameter set of ``batch``.

    Args:
        batch: The parameter sets (``N``).
        months: Horizon in months (a whole number of ``record_every``).
        dt: Integration step in months.
        method: ``rk4`` (default), ``heun`` or ``euler``.
        noise: σ of the multiplicative noise; 0 for deterministic runs.
        seed: Seed of the noise (required when ``noise > 0``).
        record_every: Months between recorded states (a whole number of steps).
        dtype: ``float64`` (default) or ``float32`` (faster, single precision);
            the trajectory is float64 either way.
        chunk: Parameter sets integrated together.
        backend: ``auto`` (default), ``numba`` or ``numpy`` (:data:`BACKENDS`);
            both give the same runs.

    Returns:
        The trajectory, states ``(N, T, 6)``, ``T = months / record_every + 1``.

    Raises:
        SimulationError: Bad grid values, an unknown method or backend, ``noise``
            without a seed, ``backend="numba"`` for a noisy or float32 run, or
            a run that diverged (naming the parameter set).
    """
    grid = make_grid(months, dt, record_every)
    if not (math.isfinite(noise) and noise >= 0):
        raise SimulationError(f"noise must be a number >= 0; got {noise!r}")
    if noise > 0 and seed is None:
        raise SimulationError("noise > 0 needs a seed, so that the run can be repeated")
    if chunk < 1:
        raise SimulationError(f"chunk must be >= 1; got {chunk}")
    make_integrator(method, (1, 1), dtype)  # unknown method: fail before any work
    kernel = _choose_backend(backend, noise, dtype)
    n = batch.size
    states = np.empty((n, len(grid.time), 6), dtype=np.float64)
    if kernel is not None:
        _run_kernel(kernel, batch, grid, method, chunk, states)
        return Trajectory(grid.time, states, STATES, batch, dt, method)
    rng = np.random.default_rng(seed) if noise > 0 else None
    for start in range(0, n, chunk):
        stop = min(n, start + chunk)
        part = batch if (start, stop) == (0, n) else batch.take(np.arange(start, stop))
        system = RelationshipModel(part, dtype=dtype)
        rec = integrate(
            system, grid, method=method, noise=noise, rng=rng, offset=start,
            describe=lambda i: describe_set(batch, i),
        )  # fmt: skip
        states[start:stop] = rec.transpose(2, 0, 1)
    return Trajectory(grid.time, states, STATES, batch, dt,
                      method, noise, seed)  # fmt: skip


@functools.cache
def _load_kernel() -> ModuleType | None:
    try:  # imported on first use: numba takes a while to import
        from relcycle.simulation import kernel
    except ImportError:
        return None
    except RuntimeError:  # numba found no writable cache folder (set NUMBA_CACHE_DIR)
        return None
    return kernel


def _choose_backend(backend: str, noise: float, dtype: npt.DTypeLike) -> ModuleType | None:
    """The kernel module when ``backend`` (resolved) is ``numba``; ``None`` for numpy."""
    if backend not in BACKENDS:
        raise SimulationError(
            f"unknown backend {backend!r}; choose one of: {', '.join(sorted(BACKENDS))}"
        )
    if backend == "numpy":
        return None
    fits = noise == 0 and np.dtype(dtype) == np.float64
    if backend == "auto":
        return _load_kernel() if fits else None
    if not fits:
        raise SimulationError(
            "backend 'numba' runs deterministic float64 runs only (noise 0, dtype float64); "
            "use backend 'numpy' or 'auto' for noisy or float32 runs"
        )
    kernel = _load_kernel()
    if kernel is None:
        raise SimulationError(
            "backend 'numba' is unavailable: numba is not installed or found no writable "
            "cache folder (set NUMBA_CACHE_DIR); use backend 'numpy'"
        )
    return kernel


def _run_kernel(
    kernel: ModuleType, batch: ParameterBatch, grid: Grid, method: str, chunk: int,
    states: FloatArray,
) -> None:  # fmt: skip
    """Fill ``states`` ``(N, T, 6)`` chunk by chunk; raise on the first divergence as numpy does."""
    coef = kernel.coefficients(batch)
    init = kernel.initial_states(batch)
    code = kernel.METHODS[method]
    n = batch.size
    fail_rec = np.empty(n, dtype=np.int64)
    fail_state = np.empty(n, dtype=np.int64)
    for start in range(0, n, chunk):
        stop = min(n, start + chunk)
        part = slice(start, stop)
        kernel.run_chunk(
            code, np.ascontiguousarray(coef[:, part]), np.ascontiguousarray(init[:, part]),
            grid.dt, grid.steps, grid.every, -BOUND_SLACK, 1.0 + BOUND_SLACK,
            states[part], fail_rec[part], fail_state[part],
        )  # fmt: skip
        bad = np.flatnonzero(fail_rec[part] >= 0)
        if bad.size:
            # the numpy path's first failure: earliest record, then lowest state, then set
            rec, k, col = min((int(fail_rec[start + b]), int(fail_state[start + b]), int(b))
                              for b in bad)  # fmt: skip
            index = start + col
            _diverged(index, STATES[k], (rec * grid.every) * grid.dt,
                      float(states[index, rec, k]), lambda i: describe_set(batch, i),
                      grid.dt)  # fmt: skip


def step_error(
    batch: ParameterBatch,
    *,
    months: float = DEFAULT_MONTHS,
    dt: float = DEFAULT_DT,
    method: str = "rk4",
    record_every: float = 1.0,
    backend: str = "auto",
) -> float:
    """The largest change of any state at any recorded month when ``dt`` is halved.

    Deterministic runs only. Compare with :data:`STEP_TOLERANCE`.
    """
    kw: dict[str, Any] = {"months": months, "method": method, "record_every": record_every,
                          "backend": backend}  # fmt: skip
    a = simulate(batch, dt=dt, **kw)
    b = simulate(batch, dt=dt / 2, **kw)
    return float(np.max(np.abs(a.states - b.states)))
