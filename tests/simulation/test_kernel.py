"""The compiled kernel gives the numpy path's runs, failures and errors."""

from __future__ import annotations

import numpy as np
import pytest

from relcycle.errors import SimulationError
from relcycle.simulation.engine import BACKENDS, INTEGRATORS, IntegrationError, simulate
from relcycle.simulation.kernel import BLOCK
from relcycle.simulation.params import PARAMETERS, ParameterBatch


def random_sets(n: int, seed: int, switch_max: float = 90.0) -> ParameterBatch:
    """``n`` sets over the documented ranges; levers switch at fractional months mid-run."""
    rng = np.random.default_rng(seed)
    values = {
        name: rng.uniform(p.low, min(p.high, switch_max) if p.kind == "switch" else p.high, n)
        for name, p in PARAMETERS.items()
    }
    return ParameterBatch.from_mapping(values)


@pytest.fixture(scope="module")
def sets() -> ParameterBatch:
    batch = random_sets(3 * BLOCK + 17, seed=11)  # partial last block
    switching = [batch[f"{lv}_from"] for lv in ("boundary", "dialogue", "contract", "funding")]
    assert all(np.ptp(s) > 60 and np.mean((s > 1) & (s < 90)) > 0.9 for s in switching)
    return batch


@pytest.mark.parametrize("method", sorted(INTEGRATORS))
def test_kernel_equals_numpy_for_every_integrator(sets: ParameterBatch, method: str) -> None:
    dt = 0.025 if method == "euler" else 0.05
    a = simulate(sets, months=96, dt=dt, method=method, backend="numpy")
    b = simulate(sets, months=96, dt=dt, method=method, backend="numba", chunk=100)
    assert np.max(np.abs(a.states - b.states)) <= 1e-12
    assert np.ptp(b.states[:, -1, :], axis=0).min() > 0.05  # the sets really differ


def test_kernel_equals_numpy_with_coarse_steps_and_records(sets: ParameterBatch) -> None:
    kw = {"months": 60, "dt": 0.25, "record_every": 3.0}
    slow = sets.replace({"rate_gov": 0.5, "rate_swo": 0.5})
    a = simulate(slow, backend="numpy", **kw)  # type: ignore[arg-type]
    b = simulate(slow, backend="numba", **kw)  # type: ignore[arg-type]
    assert b.time.tolist() == list(range(0, 61, 3))
    assert np.max(np.abs(a.states - b.states)) <= 1e-12


def test_a_lever_switch_inside_a_month_takes_effect_at_the_next_whole_month() -> None:
    b = ParameterBatch.from_mapping({"dialogue": 0.3, "dialogue_from": [0.0, 11.2, 12.0, 40.0]})
    traj = simulate(b, months=24, backend="numba")
    trust = traj.state("trust")
    assert np.array_equal(trust[1], trust[2])  # 11.2 switches at month 12
    assert np.array_equal(trust[1, :13], trust[3, :13])
    assert trust[1, 24] > trust[3, 24] + 0.05
    assert np.max(np.abs(trust - simulate(b, months=24, backend="numpy").state("trust"))) <= 1e-12


def diverging_sets() -> ParameterBatch:
    # fast, control-prone sets among ordinary ones: Euler at dt = 1 leaves [0, 1]
    base = random_sets(200, seed=5)
    rng = np.random.default_rng(6)
    fast = rng.random(200) < 0.1
    return base.replace(
        {
            "rate_gov": np.where(fast, 3.0, base["rate_gov"]),
            "rate_swo": np.where(fast, 3.0, base["rate_swo"]),
            "evaluation": np.where(fast, 2.0, base["evaluation"]),
        }
    )


@pytest.mark.parametrize("chunk", [200, 64, 30])
def test_divergence_reports_the_same_set_state_and_month(chunk: int) -> None:
    batch = diverging_sets()
    errors = []
    for backend in ("numpy", "numba"):
        with pytest.raises(IntegrationError) as err:
            simulate(batch, months=48, dt=1.0, method="euler", chunk=chunk, backend=backend)
        errors.append(err.value)
    numpy_err, numba_err = errors
    assert str(numba_err) == str(numpy_err)
    assert numba_err.failure == numpy_err.failure
    assert "smaller dt" in str(numba_err)


def failure_month(batch: ParameterBatch, i: int) -> float:
    try:
        simulate(batch.take([i]), months=48, dt=1.0, method="euler", backend="numpy")
    except IntegrationError as err:
        return err.failure.month
    return np.inf


@pytest.mark.parametrize("backend", ["numpy", "numba"])
def test_an_earlier_chunk_fails_first_even_when_a_later_one_fails_sooner(backend: str) -> None:
    batch = diverging_sets()
    months = np.array([failure_month(batch, i) for i in range(40)])
    late = int(np.argmax(np.where(np.isfinite(months), months, -1)))
    early = int(np.argmin(months))
    assert months[late] > months[early] + 5
    pair = batch.take([late, early])
    for chunk, index, month in ((1, 0, months[late]), (2, 1, months[early])):
        with pytest.raises(IntegrationError) as err:
            simulate(pair, months=48, dt=1.0, method="euler", chunk=chunk, backend=backend)
        assert (err.value.failure.index, err.value.failure.month) == (index, month)


def test_unknown_backend_lists_the_valid_ones() -> None:
    with pytest.raises(SimulationError) as err:
        simulate(ParameterBatch.defaults(), backend="cuda")
    assert all(name in str(err.value) for name in BACKENDS)


@pytest.mark.parametrize(
    "kwargs", [{"noise": 0.1, "seed": 1}, {"dtype": np.float32}], ids=["noise", "float32"]
)
def test_the_kernel_refuses_noisy_and_float32_runs(kwargs: dict[str, object]) -> None:
    with pytest.raises(SimulationError, match="use backend 'numpy' or 'auto'"):
        simulate(ParameterBatch.defaults(), months=6, backend="numba", **kwargs)  # type: ignore[arg-type]


def test_auto_runs_noisy_runs_on_numpy() -> None:
    b = ParameterBatch.defaults(3)
    auto = simulate(b, months=12, noise=0.2, seed=4)
    numpy = simulate(b, months=12, noise=0.2, seed=4, backend="numpy")
    assert np.array_equal(auto.states, numpy.states)
    assert np.ptp(auto.states[:, -1, 0]) > 0
