"""simulation.forward: the model read through a timeline's periods, labelled as real cases."""

from __future__ import annotations

import numpy as np
import pytest

from relcycle.errors import SimulationError
from relcycle.frameworks import load_framework
from relcycle.simulation.engine import simulate
from relcycle.simulation.forward import DIVERGED, TimelineForward, label_months
from relcycle.simulation.indicators import INDICATORS, indicator_rates
from relcycle.simulation.labels import label_runs
from relcycle.simulation.params import PARAMETERS, ParameterBatch


def random_batch(n: int, seed: int) -> ParameterBatch:
    rng = np.random.default_rng(seed)
    names = ("rate_gov", "rate_swo", "grievance", "trust_relief", "erosion", "trust_rate")
    return ParameterBatch.from_mapping(
        {k: rng.uniform(PARAMETERS[k].low, PARAMETERS[k].high, n) for k in names}
    )


def test_month_labels_are_the_cores_labels() -> None:
    fw = load_framework()
    traj = simulate(random_batch(12, 3), months=30)
    ours = [label_months(traj, i, fw) for i in range(traj.size)]
    for mine, stages in zip(ours, label_runs(traj, fw), strict=True):
        theirs: list[str] = []
        for s in stages:
            theirs += [s.label] * round(s.end - s.start)
        assert mine == theirs
    assert len({tuple(dict.fromkeys(m)) for m in ours}) > 1  # the batch is not all alike


def test_monthly_periods_read_the_monthly_indicators() -> None:
    batch = random_batch(3, 1)
    fc = TimelineForward(np.arange(25.0))(batch)
    traj = simulate(batch, months=24)
    assert fc.series.shape == (3, 24, len(INDICATORS))
    assert np.allclose(fc.series, indicator_rates(traj))
    assert fc.months is not None and (fc.labels == fc.months).all()


def test_quarters_average_their_months_and_take_the_middle_months_label() -> None:
    batch = random_batch(2, 2)
    monthly = TimelineForward(np.arange(13.0))(batch)
    quarterly = TimelineForward(np.arange(0.0, 13.0, 3.0))(batch)
    assert quarterly.series.shape == (2, 4, len(INDICATORS))
    assert np.allclose(quarterly.series[:, 1], monthly.series[:, 3:6].mean(axis=1))
    assert (quarterly.labels == monthly.labels[:, [1, 4, 7, 10]]).all()


def test_a_diverging_run_is_marked_and_the_others_kept() -> None:
    extreme = {
        "rate_gov": 3.0,
        "rate_swo": 3.0,
        "grievance": 3.0,
        "info_pressure": 3.0,
        "evaluation": 2.0,
    }
    batch = ParameterBatch.from_mapping({k: [PARAMETERS[k].default, v] for k, v in extreme.items()})
    fc = TimelineForward(np.arange(13.0), dt=0.5)(batch)
    assert (fc.labels[1] == DIVERGED).all() and np.isnan(fc.series[1]).all()
    assert DIVERGED not in fc.labels[0] and np.isfinite(fc.series[0]).all()


@pytest.mark.parametrize("edges", [[0.0], [0.0, 2.0, 1.0], [-1.0, 2.0]])
def test_bad_timelines_are_refused(edges: list[float]) -> None:
    with pytest.raises(SimulationError, match="increasing period bounds"):
        TimelineForward(edges)
