"""simulation.calibration: ABC-SMC recovers known parameters; thin cases are refused."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pytest

from relcycle.errors import SimulationError
from relcycle.simulation.calibration import (
    Calibrator,
    Observation,
    collapse,
    month_offset,
    standardise,
    weighted_quantiles,
)
from relcycle.simulation.forward import Forecast
from relcycle.simulation.params import ParameterBatch

TRUE = {"rate_gov": 1.2, "rate_swo": 0.4}
EDGES = np.arange(25, dtype=np.float64)


@dataclass(frozen=True)
class ToyForward:
    """Two indicators whose shapes pin rate_gov and rate_swo; labels from their crossing."""

    ids: tuple[str, ...] = ("control", "trust", "unknown_to_the_case")

    def __call__(self, batch: ParameterBatch) -> Forecast:
        mid = (EDGES[:-1] + EDGES[1:]) / 2
        a = batch["rate_gov"][:, None] / 10
        b = batch["rate_swo"][:, None] / 10
        control = np.exp(-a * mid / 2) + 0.2 * np.sin(mid / 4)
        trust = 1 - np.exp(-b * mid / 2)
        series = np.stack([control, trust, np.zeros_like(trust)], axis=2)
        labels = np.where(control > trust + 0.3, "control", "symbiosis").astype(np.str_)
        return Forecast(series, labels)


def observed() -> Observation:
    pred = ToyForward()(ParameterBatch.from_mapping(TRUE))
    labels = tuple(str(v) for v in pred.labels[0])
    return Observation(
        case="toy",
        origin=dt.date(2020, 1, 1),
        periods=tuple(f"m{i}" for i in range(24)),
        edges=EDGES,
        ids=("trust", "control", "dialogue"),
        series=np.stack([pred.series[0, :, 1], pred.series[0, :, 0] * 3 + 1, np.arange(24.0)], 1),
        labels=labels,
        stages=(),
    )


@pytest.fixture(scope="module")
def fitted() -> Calibrator:
    cal = Calibrator(
        ToyForward(), fit=("rate_gov", "rate_swo"), budget=800, population=80, seed=4, draws=100
    )
    return cal.fit(observed())


def test_the_posterior_range_holds_the_true_values(fitted: Calibrator) -> None:
    for name, true in TRUE.items():
        r = fitted.ranges_[name]
        assert r.q05 <= true <= r.q95, (name, r)
        assert r.low <= r.q05 <= r.median <= r.q95 <= r.high
    # the data narrow the prior (5–95 %: 2.7 wide) to less than two thirds
    for r in fitted.ranges_.values():
        assert r.q95 - r.q05 < 0.6 * (r.high - r.low)


def test_only_shared_indicators_are_compared(fitted: Calibrator) -> None:
    assert fitted.shared_ == ("control", "trust")
    assert fitted.check_.ids == ("control", "trust")


def test_the_budget_bounds_the_work(fitted: Calibrator) -> None:
    # pyabc checks the budget between generations: at most one generation past it
    assert 80 <= fitted.simulations_ <= 800 + 80 * 40
    assert fitted.generations_ >= 2
    assert fitted.epsilons_ == sorted(fitted.epsilons_, reverse=True)


def test_the_predictive_check_reproduces_the_observed_stages(fitted: Calibrator) -> None:
    check = fitted.check_
    assert check.draws == 100
    assert check.sequence_match > 0.8
    assert check.period_agreement > 0.9
    assert next(iter(check.sequences)) == ">".join(fitted.observation_.sequence)
    assert check.bands.shape == (3, 24, 2)
    assert (check.bands[0] <= check.bands[2]).all()
    assert check.coverage > 0.5


def test_same_seed_same_posterior() -> None:
    def run() -> Calibrator:
        return Calibrator(
            ToyForward(), fit=("rate_gov",), budget=60, population=20, draws=10, seed=9
        ).fit(observed())

    a, b = run(), run()
    assert np.array_equal(a.particles_, b.particles_)
    assert a.ranges_ == b.ranges_


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"fit": ()}, "at least one parameter"),
        ({"fit": ("rate_gov", "rate_gov")}, r"named twice \(rate_gov\)"),
        ({"fit": ("nope",)}, "unknown parameter 'nope'; choose one of"),
        ({"base": {"dialogue": 7.0}}, "outside its documented range"),
        ({"population": 5}, "population must be at least 10"),
        ({"budget": 50, "population": 100}, "at least one generation"),
        ({"stage_weight": 2.0}, r"within \[0, 1\]"),
    ],
)
def test_bad_settings_are_one_clear_error(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(SimulationError, match=message):
        Calibrator(ToyForward(), **kwargs).fit(observed())  # type: ignore[arg-type]


def test_no_shared_indicator_is_refused() -> None:
    obs = observed()
    lone = Observation(
        obs.case,
        obs.origin,
        obs.periods,
        obs.edges,
        ("dialogue",),
        obs.series[:, 2:],
        obs.labels,
        (),
    )
    with pytest.raises(SimulationError, match="none of its varying indicators"):
        Calibrator(ToyForward(), fit=("rate_gov",), budget=20, population=10).fit(lone)


def test_months_count_from_the_origin() -> None:
    origin = dt.date(2017, 9, 1)
    assert month_offset(origin, dt.date(2018, 6, 1)) == 9.0
    assert month_offset(origin, dt.date(2017, 9, 16)) == pytest.approx(0.5)
    assert month_offset(origin, dt.date(2017, 8, 1)) == -1.0


def test_helpers() -> None:
    assert collapse(["a", "a", "b", "a", "a"]) == ("a", "b", "a")
    z = standardise(np.array([[1.0, 5.0], [3.0, 5.0]]), axis=0)
    assert z.tolist() == [[-1.0, 0.0], [1.0, 0.0]]
    q = weighted_quantiles(np.array([0.0, 1.0, 2.0]), np.array([0.0, 1.0, 0.0]), [0.05, 0.5, 0.95])
    assert q.tolist() == [1.0, 1.0, 1.0]


def test_batched_proposals_give_pyabcs_own_result() -> None:
    def run(batched: bool) -> Calibrator:
        return Calibrator(
            ToyForward(),
            fit=("rate_gov", "rate_swo"),
            budget=150,
            population=30,
            draws=10,
            seed=2,
            batched=batched,
        ).fit(observed())

    a, b = run(True), run(False)
    assert a.simulations_ == b.simulations_
    assert np.array_equal(a.particles_, b.particles_)
    assert np.array_equal(a.weights_, b.weights_)


# --- the real model and a real analysis ----------------------------------------------


def synthetic_observation(truth: dict[str, float], months: int = 24) -> Observation:
    """A case whose indicators and stages are the model's own run under ``truth``."""
    from relcycle.simulation.forward import TimelineForward

    edges = np.arange(months + 1, dtype=np.float64)
    fc = TimelineForward(edges)(ParameterBatch.from_mapping(truth))
    labels = tuple(str(v) for v in fc.labels[0])
    return Observation(
        case="synthetic",
        origin=dt.date(2020, 1, 1),
        periods=tuple(f"m{i}" for i in range(months)),
        edges=edges,
        ids=TimelineForward.ids,
        series=fc.series[0],
        labels=labels,
        stages=(),
    )


def test_the_model_calibrated_to_its_own_run_recovers_the_parameters() -> None:
    truth = {"grievance": 2.0, "trust_rate": 0.2}
    obs = synthetic_observation(truth)
    assert len(set(obs.labels)) >= 3  # a run with several stages to fit
    cal = Calibrator(fit=tuple(truth), budget=300, population=40, draws=40, seed=1).fit(obs)
    for name, value in truth.items():
        r = cal.ranges_[name]
        assert r.q05 <= value <= r.q95, (name, r)
    assert cal.check_.period_agreement > 0.8


@pytest.fixture(scope="module")
def analysis(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from relcycle.services.analysis import analyze
    from relcycle.settings import Settings
    from staged_case import write_staged_case

    root = tmp_path_factory.mktemp("observe")
    settings = Settings.from_env({}, db=f"sqlite:///{root / 'store.db'}")
    return analyze(write_staged_case(root / "staged"), settings).analysis


def test_an_analysis_is_read_in_model_months(analysis) -> None:  # type: ignore[no-untyped-def]
    from relcycle.simulation.calibration import observe

    obs = observe(analysis)
    assert obs.origin == dt.date(2020, 1, 1)
    assert obs.edges.tolist() == [float(m) for m in range(13)]
    assert obs.sequence == ("exploratory", "control", "resistance", "symbiosis")
    assert obs.series.shape == (12, len(obs.ids)) and "control" in obs.ids
    assert obs.month_of(dt.date(2020, 11, 1)) == 10.0


def test_too_little_evidence_is_refused(analysis) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from relcycle.simulation.calibration import observe

    with pytest.raises(SimulationError, match=r"found no stages .*too few"):
        observe(replace(analysis, stages=(), reason="too few periods"))
    short = replace(analysis, periods=analysis.periods[:4], stages=analysis.stages[:1])
    with pytest.raises(SimulationError, match="4 month periods; calibration needs at least 6"):
        observe(short)
