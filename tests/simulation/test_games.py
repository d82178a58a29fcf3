"""Known answers: the coordination and inspection games run by the engine."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from relcycle.errors import SimulationError
from relcycle.simulation.games import CoordinationGame, InspectionGame, basin_share, play

COORD = CoordinationGame(a=0.5, dR=4.0, C_g=1.0, C_s=1.2)
CYCLE = InspectionGame(lam=0.2, F=2.0, dC=1.0, L_g=1.0, C=1.0)  # λF = 0.4 < ΔC = 1
DETER = InspectionGame(lam=0.6, F=2.0, dC=1.0, L_g=1.0, C=0.5)  # λF = 1.2 > ΔC = 1


def test_coordination_saddle_is_where_the_textbook_puts_it() -> None:
    xs, ys = COORD.saddle()
    assert (xs, ys) == pytest.approx((1.2 / (0.5 * 4.0), 1.0 / (0.5 * 4.0)))
    dx, dy = COORD.field(np.array([xs]), np.array([ys]))
    assert abs(dx[0]) < 1e-12 and abs(dy[0]) < 1e-12


def test_coordination_saddle_has_eigenvalues_of_opposite_sign() -> None:
    eig = np.linalg.eigvals(COORD.jacobian(*COORD.saddle())).real
    assert eig.min() < 0 < eig.max()


@pytest.mark.parametrize("corner", [(0.0, 0.0), (1.0, 1.0)])
def test_coordination_corners_are_stable(corner: tuple[float, float]) -> None:
    eig = np.linalg.eigvals(COORD.jacobian(*corner)).real
    assert eig.max() < 0


def test_coordination_runs_go_to_the_corner_on_their_side_of_the_saddle() -> None:
    xs, ys = COORD.saddle()
    _, states = play(COORD, [xs + 0.1, xs - 0.1], [ys + 0.1, ys - 0.1], months=200, dt=0.1)
    assert states[0, -1] == pytest.approx([1.0, 1.0], abs=1e-3)
    assert states[1, -1] == pytest.approx([0.0, 0.0], abs=1e-3)


def test_coordination_basin_of_cooperation_grows_with_the_reward() -> None:
    shares = [
        basin_share(CoordinationGame(0.5, r, 1.0, 1.2), grid_points=21) for r in (3, 4, 6, 10)
    ]
    assert all(b > a for a, b in itertools.pairwise(shares))
    assert 0 < shares[0] < shares[-1] < 1


def test_inspection_with_weak_deterrence_cycles_around_the_interior_point() -> None:
    xs, ys = CYCLE.interior()
    assert 0 < xs < 1 and 0 < ys < 1
    _, states = play(CYCLE, [xs + 0.15], [ys], months=200, dt=0.05)
    h = CYCLE.conserved(states[0, :, 0], states[0, :, 1])
    assert np.ptp(h) < 1e-6 * abs(h[0])  # the conserved quantity stays put
    dist = np.hypot(states[0, :, 0] - xs, states[0, :, 1] - ys)
    assert dist[len(dist) // 2 :].min() > 0.05  # no convergence to the rest point
    # the orbit comes back near its start (closed), again and again
    near = dist[1:] < 0.151
    later = np.abs(states[0, 1:, 0] - (xs + 0.15)) + np.abs(states[0, 1:, 1] - ys) < 0.01
    assert near.any() and later[100:].sum() >= 2


def test_inspection_interior_point_is_a_centre() -> None:
    eig = np.linalg.eigvals(CYCLE.jacobian(*CYCLE.interior()))
    assert np.allclose(eig.real, 0.0, atol=1e-12) and np.all(np.abs(eig.imag) > 0)


def test_inspection_with_strong_deterrence_converges_to_inspect_and_comply() -> None:
    rng = np.random.default_rng(0)
    x0, y0 = rng.uniform(0.05, 0.95, 50), rng.uniform(0.05, 0.95, 50)
    _, states = play(DETER, x0, y0, months=300, dt=0.1)
    assert np.allclose(states[:, -1, 0], 1.0, atol=1e-3)
    assert np.allclose(states[:, -1, 1], 0.0, atol=1e-3)


def test_game_starting_point_outside_the_square_is_an_error() -> None:
    with pytest.raises(SimulationError, match=r"strictly inside \(0, 1\); x0 has 1.2"):
        play(COORD, [1.2], [0.5])
