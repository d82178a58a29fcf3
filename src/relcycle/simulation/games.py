"""The two classic 2×2 games of this literature, run by the same engine.

Each game is two-population replicator dynamics: ``x`` the government's
share of one strategy, ``y`` the SWO's. Both are ``System`` objects
(:mod:`~relcycle.simulation.model`) integrated by
:func:`~relcycle.simulation.engine.integrate`, so the known answers below
test the engine itself.

**Coordination** (both gain ΔR from cooperating together; the government
takes share ``a`` of it and pays ``C_g``, the SWO pays ``C_s``)::

    x' = x (1 - x) (a ΔR y - C_g)
    y' = y (1 - y) ((1 - a) ΔR x - C_s)

Interior saddle at ``(C_s / ((1 - a) ΔR), C_g / (a ΔR))``; ``(0, 0)`` and
``(1, 1)`` are both stable when ``a ΔR > C_g`` and ``(1 - a) ΔR > C_s``, and
the basin of ``(1, 1)`` grows with ΔR.

**Inspection** (``x`` the government's share that inspects, ``y`` the SWO's
share that shirks; λ the chance of catching shirking without inspection, F
the fine, ΔC the extra cost of inspecting, L_g the government's loss from
undetected shirking, C the SWO's cost of doing the work)::

    x' = x (1 - x) [(y + (1 - y) λ) F - ΔC]
    y' = y (1 - y) [(1 - x)(1 - λ)(F + L_g) - C]

When ``λF < ΔC`` (and the interior point lies in the square) orbits are
closed around it with no stable point: :meth:`InspectionGame.conserved` is
constant along them. When ``λF > ΔC`` inspecting always pays: ``x → 1``,
then ``y → 0``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from relcycle.errors import SimulationError
from relcycle.simulation.engine import integrate, make_grid
from relcycle.simulation.model import Array

FloatArray = npt.NDArray[np.float64]

GAME_STATES = ("x", "y")
"""The games' state: the two populations' strategy shares."""


class GameSystem:
    """A two-population game as an engine ``System``: ``(x, y)`` for ``N`` starting points.

    Args:
        field: ``(x, y) -> (x', y')`` on ``(N,)`` arrays.
        x0: Starting ``x`` per run.
        y0: Starting ``y`` per run.
    """

    def __init__(
        self,
        field: Callable[[FloatArray, FloatArray], tuple[FloatArray, FloatArray]],
        x0: npt.ArrayLike,
        y0: npt.ArrayLike,
    ) -> None:
        x, y = np.broadcast_arrays(np.asarray(x0, dtype=np.float64), np.asarray(y0, np.float64))
        self._x0 = np.atleast_1d(x).astype(np.float64)
        self._y0 = np.atleast_1d(y).astype(np.float64)
        self._field = field

    @property
    def size(self) -> int:
        """The number of starting points."""
        return len(self._x0)

    @property
    def state_names(self) -> tuple[str, ...]:
        """``("x", "y")``."""
        return GAME_STATES

    def initial(self) -> Array:
        """The starting points, ``(2, N)``."""
        return np.stack([self._x0, self._y0])

    def begin_step(self, t: float) -> None:
        """Nothing changes in time."""

    def rhs(self, state: Array, out: Array) -> None:
        """Write ``(x', y')`` into ``out``."""
        dx, dy = self._field(state[0], state[1])
        out[0] = dx
        out[1] = dy


@dataclass(frozen=True, slots=True)
class CoordinationGame:
    """The coordination game (see the module docstring)."""

    a: float
    dR: float
    C_g: float
    C_s: float

    def field(self, x: FloatArray, y: FloatArray) -> tuple[FloatArray, FloatArray]:
        """The replicator vector field."""
        dx = x * (1 - x) * (self.a * self.dR * y - self.C_g)
        dy = y * (1 - y) * ((1 - self.a) * self.dR * x - self.C_s)
        return dx, dy

    def saddle(self) -> tuple[float, float]:
        """The interior equilibrium ``(C_s / ((1 - a) ΔR), C_g / (a ΔR))``."""
        return self.C_s / ((1 - self.a) * self.dR), self.C_g / (self.a * self.dR)

    def jacobian(self, x: float, y: float) -> FloatArray:
        """The Jacobian of the field at ``(x, y)``, analytically."""
        a, r = self.a, self.dR
        gx, gy = a * r * y - self.C_g, (1 - a) * r * x - self.C_s
        return np.array(
            [
                [(1 - 2 * x) * gx, x * (1 - x) * a * r],
                [y * (1 - y) * (1 - a) * r, (1 - 2 * y) * gy],
            ]
        )


@dataclass(frozen=True, slots=True)
class InspectionGame:
    """The inspection game (see the module docstring)."""

    lam: float
    F: float
    dC: float
    L_g: float
    C: float

    def field(self, x: FloatArray, y: FloatArray) -> tuple[FloatArray, FloatArray]:
        """The replicator vector field."""
        dx = x * (1 - x) * ((y + (1 - y) * self.lam) * self.F - self.dC)
        dy = y * (1 - y) * ((1 - x) * (1 - self.lam) * (self.F + self.L_g) - self.C)
        return dx, dy

    def interior(self) -> tuple[float, float]:
        """The interior rest point ``(x*, y*)`` (may lie outside the square)."""
        x = 1 - self.C / ((1 - self.lam) * (self.F + self.L_g))
        y = (self.dC - self.lam * self.F) / (self.F * (1 - self.lam))
        return x, y

    def conserved(self, x: npt.ArrayLike, y: npt.ArrayLike) -> FloatArray:
        """A quantity constant along orbits (``λF < ΔC``, interior point inside).

        With ``x' = x(1-x) α (y - y*)`` and ``y' = -y(1-y) β (x - x*)``,
        ``H = β (x* ln x + (1-x*) ln(1-x)) + α (y* ln y + (1-y*) ln(1-y))``.
        """
        xs, ys = self.interior()
        alpha = self.F * (1 - self.lam)
        beta = (1 - self.lam) * (self.F + self.L_g)
        xa, ya = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
        hx = xs * np.log(xa) + (1 - xs) * np.log1p(-xa)
        hy = ys * np.log(ya) + (1 - ys) * np.log1p(-ya)
        return np.asarray(beta * hx + alpha * hy, dtype=np.float64)

    def jacobian(self, x: float, y: float) -> FloatArray:
        """The Jacobian of the field at ``(x, y)``, analytically."""
        lam, f = self.lam, self.F
        gx = (y + (1 - y) * lam) * f - self.dC
        gy = (1 - x) * (1 - lam) * (f + self.L_g) - self.C
        return np.array(
            [
                [(1 - 2 * x) * gx, x * (1 - x) * (1 - lam) * f],
                [-y * (1 - y) * (1 - lam) * (f + self.L_g), (1 - 2 * y) * gy],
            ]
        )


Game = CoordinationGame | InspectionGame


def play(
    game: Game,
    x0: npt.ArrayLike,
    y0: npt.ArrayLike,
    *,
    months: float = 100.0,
    dt: float = 0.05,
    method: str = "rk4",
    record_every: float | None = None,
) -> tuple[FloatArray, FloatArray]:
    """Integrate ``game`` from each starting point ``(x0[i], y0[i])``.

    Returns:
        ``(time (T,), states (N, T, 2))``.

    Raises:
        SimulationError: Starting points outside ``(0, 1)``, a bad grid or a
            diverging run.
    """
    x, y = np.asarray(x0, dtype=np.float64), np.asarray(y0, dtype=np.float64)
    for name, v in (("x0", x), ("y0", y)):
        bad = v[~((v > 0) & (v < 1))]
        if bad.size:
            raise SimulationError(
                f"starting points of a game must lie strictly inside (0, 1); "
                f"{name} has {float(bad.flat[0]):g}"
            )
    grid = make_grid(months, dt, dt if record_every is None else record_every)
    rec = integrate(GameSystem(game.field, x, y), grid, method=method)
    return grid.time, np.ascontiguousarray(rec.transpose(2, 0, 1), dtype=np.float64)


def basin_share(
    game: CoordinationGame, *, grid_points: int = 41, months: float = 200.0, dt: float = 0.1
) -> float:
    """Share of a regular grid of starting points in ``(0, 1)²`` that reach ``(1, 1)``."""
    if grid_points < 2 or not math.isfinite(game.dR):
        raise SimulationError(
            "basin_share needs at least 2 grid points and a finite ΔR; "
            f"got grid_points={grid_points}, dR={game.dR:g}"
        )
    g = (np.arange(grid_points) + 0.5) / grid_points
    xx, yy = np.meshgrid(g, g)
    _, states = play(game, xx.ravel(), yy.ravel(), months=months, dt=dt, record_every=months)
    end = states[:, -1, :]
    return float(np.mean((end[:, 0] > 0.99) & (end[:, 1] > 0.99)))
