"""Calibration to a case: ABC-SMC (pyabc) on the case's indicator series and stage sequence.

**What is observed.** An analysed case (:class:`~relcycle.trajectory.result.Analysis`)
gives, per period, the shrunk rate of every framework indicator and the stage
label. :func:`observe` maps the periods to model time — months since the
case's contract start (the case's start if no contract date is known) — and
keeps the indicators that vary.

**What is compared.** A *forward* function (:class:`Forward`, by default
:class:`~relcycle.simulation.forward.TimelineForward`) runs a batch of
parameter sets and returns, per observed period, the simulated indicator
series and stage label, labelled by the same code as real cases. Indicator
series are compared by shape, not level (a model share and a rate per 1,000
characters have no common unit): each series is standardised over the
periods, and the series distance is the mean over indicators of
``(1 − r) / 2`` (``r`` the Pearson correlation of observed and simulated),
in ``[0, 1]``. The stage distance is the share of periods whose simulated
label differs from the observed one, also in ``[0, 1]``. The distance is
``(1 − w) · series + w · stages`` with ``w = stage_weight`` (default 0.5).

**How it is fitted.** pyabc's ABC-SMC with a uniform prior over each fitted
parameter's documented range, an adaptive (median) epsilon schedule, a
sampler that runs pyabc's proposals in vectorised batches
(:mod:`~relcycle.simulation.abcbatch`: the same particles as pyabc's
single-core sampler, reproducible with ``seed``), and a SQLite history in a
temporary folder, deleted afterwards. The model reports each particle's
distance to the observation as its one summary statistic (so the history
stores a number, not the series). It stops at ``budget`` simulations
(checked between generations, so it may run one generation past it) or
``generations``, whichever first. pyabc's loggers are silenced while it runs.

**What comes out.** :class:`Calibrator` follows the estimator contract:
``fit(observation)`` returns ``self``; ``particles_`` and ``weights_`` hold
the last generation; ``ranges_`` the weighted median and
5–95 % range per parameter; ``check_`` a posterior predictive check — the
share of posterior draws whose simulated stage sequence (consecutive
duplicates collapsed) equals the observed one, the mean share of periods
labelled alike, and 5–50–95 % bands of the simulated standardised series
against the observed ones.
"""

from __future__ import annotations

import calendar
import datetime as dt
import logging
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from relcycle.errors import SimulationError
from relcycle.simulation.abcbatch import BatchModel, batch_sampler
from relcycle.simulation.forward import Forecast, TimelineForward
from relcycle.simulation.params import PARAMETERS, ParameterBatch, parameter
from relcycle.trajectory.result import Analysis

FloatArray = npt.NDArray[np.float64]

MIN_PERIODS = 6
"""Fewest periods a case needs to be calibrated."""

DEFAULT_FIT: tuple[str, ...] = (
    "rate_gov",
    "rate_swo",
    "info_pressure",
    "evaluation",
    "trust_relief",
    "grievance",
    "dependence_fear",
    "legitimacy_backing",
    "trust_rate",
    "erosion",
)
"""The parameters fitted by default: the payoff weights and rates that shape the stages."""

_PYABC_LOGGERS = ("ABC",)


def month_offset(origin: dt.date, day: dt.date) -> float:
    """Months from ``origin`` to ``day``: whole months, plus the day's share of its month.

    ``month_offset(2017-09-01, 2018-06-01) == 9.0``; a day mid-month adds the
    share of its month already past.
    """

    def frac(d: dt.date) -> float:
        return (d.day - 1) / calendar.monthrange(d.year, d.month)[1]

    whole = 12 * (day.year - origin.year) + (day.month - origin.month)
    return float(whole + frac(day) - frac(origin))


def standardise(series: FloatArray, axis: int = -2) -> FloatArray:
    """Centre and scale each series over ``axis`` (the periods); a flat series becomes 0."""
    mean = series.mean(axis=axis, keepdims=True)
    sd = series.std(axis=axis, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(sd > 1e-12, (series - mean) / sd, 0.0)
    return np.asarray(z, dtype=np.float64)


@dataclass(frozen=True, slots=True)
class Observation:
    """An analysed case as calibration reads it.

    Attributes:
        case: The case id.
        origin: Model month 0 (the contract's start, else the case's start).
        periods: Period labels.
        edges: Model-month bounds of the periods, ``(P + 1,)``.
        ids: Indicator ids kept (those whose observed series varies).
        series: Observed shrunk rates, ``(P, k)``.
        labels: Observed stage label per period.
        stages: ``(label, start, end)`` per observed stage (dates).
    """

    case: str
    origin: dt.date
    periods: tuple[str, ...]
    edges: FloatArray
    ids: tuple[str, ...]
    series: FloatArray
    labels: tuple[str, ...]
    stages: tuple[tuple[str, dt.date, dt.date], ...]

    @property
    def months(self) -> float:
        """The model months the case covers."""
        return float(self.edges[-1])

    @property
    def sequence(self) -> tuple[str, ...]:
        """The observed stage sequence (consecutive duplicates collapsed)."""
        return collapse(self.labels)

    def month_of(self, day: dt.date) -> float:
        """Model month of a date."""
        return month_offset(self.origin, day)


def collapse(labels: Sequence[str]) -> tuple[str, ...]:
    """A label sequence with consecutive duplicates collapsed."""
    out: list[str] = []
    for label in labels:
        if not out or out[-1] != label:
            out.append(label)
    return tuple(out)


def observe(analysis: Analysis) -> Observation:
    """Read what calibration fits from an analysed case.

    Raises:
        SimulationError: Too little evidence: no stages (the analysis says
            why), fewer than :data:`MIN_PERIODS` periods, or no indicator that varies.
    """
    case = analysis.case
    if not analysis.stages:
        why = analysis.reason or "no stages were found"
        raise SimulationError(
            f"case {case.id!r} cannot be calibrated: its analysis found no stages ({why}); "
            "calibration needs a case whose stages are labelled"
        )
    if len(analysis.periods) < MIN_PERIODS:
        raise SimulationError(
            f"case {case.id!r} cannot be calibrated: {len(analysis.periods)} "
            f"{analysis.grain} periods; calibration needs at least {MIN_PERIODS}"
        )
    origin = (case.contract.start if case.contract is not None else None) or case.start
    if origin is None:
        origin = analysis.periods[0].start
    origin = min(origin, analysis.periods[0].start)
    edges = [month_offset(origin, p.start) for p in analysis.periods]
    edges.append(month_offset(origin, analysis.periods[-1].end + dt.timedelta(days=1)))
    rates, _ = analysis.table.period_rates()
    keep = [j for j in range(rates.shape[1]) if float(np.ptp(rates[:, j])) > 1e-9]
    if not keep:
        raise SimulationError(
            f"case {case.id!r} cannot be calibrated: no indicator varies over its periods"
        )
    labels = tuple(str(label) for label in analysis.labels)
    return Observation(
        case=case.id,
        origin=origin,
        periods=tuple(p.label for p in analysis.periods),
        edges=np.asarray(edges, dtype=np.float64),
        ids=tuple(analysis.table.ids[j] for j in keep),
        series=np.asarray(rates[:, keep], dtype=np.float64),
        labels=labels,
        stages=tuple((s.label, s.start, s.end) for s in analysis.stages),
    )


class Forward(Protocol):
    """A vectorised run of the model seen through an observation's periods."""

    @property
    def ids(self) -> tuple[str, ...]:
        """The indicators it simulates (columns of ``Forecast.series``)."""
        ...

    def __call__(self, batch: ParameterBatch) -> Forecast:
        """Run every parameter set of ``batch``."""
        ...


@dataclass(frozen=True, slots=True)
class Ranges:
    """Posterior summary of one parameter.

    Attributes:
        low: Documented range's low end (the prior's).
        high: Documented range's high end.
        median: Weighted posterior median.
        q05: Weighted 5 % quantile.
        q95: Weighted 95 % quantile.
    """

    low: float
    high: float
    median: float
    q05: float
    q95: float


@dataclass(frozen=True, slots=True)
class PredictiveCheck:
    """Posterior predictive check.

    Attributes:
        draws: Posterior draws simulated.
        sequence_match: Share whose stage sequence equals the observed one.
        period_agreement: Mean share of periods labelled as observed.
        sequences: Simulated sequences (joined by ``>``) → share of draws, most common first.
        ids: Indicators compared.
        observed: Observed standardised series, ``(P, k)``.
        bands: 5 %, 50 %, 95 % of the simulated standardised series, ``(3, P, k)``.
        coverage: Share of observed points within the 5–95 % band.
    """

    draws: int
    sequence_match: float
    period_agreement: float
    sequences: Mapping[str, float]
    ids: tuple[str, ...]
    observed: FloatArray
    bands: FloatArray
    coverage: float


def weighted_quantiles(values: FloatArray, weights: FloatArray, qs: Sequence[float]) -> FloatArray:
    """Quantiles of a weighted sample (inverse of the weighted CDF, midpoint rule)."""
    keep = weights > 0
    order = np.argsort(values[keep], kind="stable")
    v, w = values[keep][order], weights[keep][order] / weights[keep].sum()
    cdf = np.cumsum(w) - 0.5 * w
    return np.asarray(np.interp(qs, cdf, v), dtype=np.float64)


@contextmanager
def _quiet_pyabc() -> Iterator[None]:
    """Silence pyabc's loggers (INFO per generation) and restore them afterwards."""
    loggers = [logging.getLogger(name) for name in _PYABC_LOGGERS]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.WARNING)
    try:
        yield
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.setLevel(level)


@contextmanager
def _seeded(seed: int) -> Iterator[None]:
    """Seed numpy's global generator (pyabc draws from it) and restore it afterwards."""
    state = np.random.get_state()
    np.random.seed(seed)
    try:
        yield
    finally:
        np.random.set_state(state)


class Calibrator:
    """Fit model parameters to an observed case with ABC-SMC.

    Args:
        forward: Runs parameter sets and predicts per observed period; by
            default the model read through the observation's periods
            (:class:`~relcycle.simulation.forward.TimelineForward`).
        fit: The parameters to fit (prior: uniform over each one's documented range).
        base: Values of the other parameters (defaults otherwise).
        budget: Simulations after which no new generation starts.
        population: Particles per generation.
        generations: Most generations.
        stage_weight: Weight ``w`` of the stage distance (``1 − w`` for the series).
        draws: Posterior draws for the predictive check.
        seed: Seed of the whole fit.
        batched: Run pyabc's proposals in vectorised batches
            (:mod:`~relcycle.simulation.abcbatch`; the same result as pyabc's
            single-core sampler, several times faster); ``False`` runs them one by one.
    """

    def __init__(
        self,
        forward: Forward | None = None,
        *,
        fit: Sequence[str] = DEFAULT_FIT,
        base: Mapping[str, float] | None = None,
        budget: int = 3000,
        population: int = 200,
        generations: int = 12,
        stage_weight: float = 0.5,
        draws: int = 200,
        seed: int = 0,
        batched: bool = True,
    ) -> None:
        self.forward = forward
        self.fit_names = tuple(fit)
        self.base = dict(base or {})
        self.budget = budget
        self.population = population
        self.generations = generations
        self.stage_weight = stage_weight
        self.draws = draws
        self.seed = seed
        self.batched = batched

    def get_params(self) -> dict[str, Any]:
        """The constructor's parameters (for provenance)."""
        return {
            "fit": list(self.fit_names),
            "base": dict(self.base),
            "budget": self.budget,
            "population": self.population,
            "generations": self.generations,
            "stage_weight": self.stage_weight,
            "draws": self.draws,
            "seed": self.seed,
            "batched": self.batched,
        }

    def _check(self) -> None:
        if not self.fit_names:
            raise SimulationError("calibration needs at least one parameter to fit")
        for name in self.fit_names:
            if parameter(name).low >= parameter(name).high:
                raise SimulationError(f"parameter {name!r} has a single value; it cannot be fitted")
        twice = sorted({n for n in self.fit_names if self.fit_names.count(n) > 1})
        if twice:
            raise SimulationError(
                f"a parameter to fit is named twice ({', '.join(twice)}); name each once"
            )
        for name, value in self.base.items():
            ParameterBatch.from_mapping({name: value})
        if self.population < 10:
            raise SimulationError(f"population must be at least 10, got {self.population}")
        if self.budget < self.population:
            raise SimulationError(
                f"budget ({self.budget}) must be at least one generation ({self.population})"
            )
        if self.generations < 1:
            raise SimulationError(f"generations must be at least 1, got {self.generations}")
        if not 0.0 <= self.stage_weight <= 1.0:
            raise SimulationError(f"stage_weight must be within [0, 1], got {self.stage_weight}")
        if self.draws < 1:
            raise SimulationError(f"draws must be at least 1, got {self.draws}")

    def _forward(self, observation: Observation) -> Forward:
        if self.forward is None:
            return TimelineForward(observation.edges)
        return self.forward

    def batch(self, matrix: npt.ArrayLike) -> ParameterBatch:
        """Parameter sets from rows of fitted values, the others from ``base``."""
        return ParameterBatch.from_matrix(self.fit_names, matrix, base=self.base)

    def fit(self, observation: Observation) -> Calibrator:
        """Run ABC-SMC against ``observation``; fills the ``*_`` attributes.

        Raises:
            SimulationError: Bad settings, or no indicator shared by the
                observation and the model.
        """
        self._check()
        forward = self._forward(observation)
        shared = [i for i in forward.ids if i in observation.ids]
        if not shared:
            raise SimulationError(
                f"case {observation.case!r}: none of its varying indicators "
                f"({', '.join(observation.ids)}) is one the model simulates "
                f"({', '.join(forward.ids)})"
            )
        cols_sim = np.array([forward.ids.index(i) for i in shared])
        cols_obs = np.array([observation.ids.index(i) for i in shared])
        z_obs = standardise(observation.series[:, cols_obs])
        obs_labels = np.asarray(observation.labels)
        w = self.stage_weight

        def summarise(pred: Forecast) -> tuple[FloatArray, npt.NDArray[np.bool_]]:
            z = standardise(pred.series[:, :, cols_sim])
            same = pred.labels == obs_labels[None, :]
            return z, same

        def distance_many(z: FloatArray, same: npt.NDArray[np.bool_]) -> FloatArray:
            r = (z * z_obs[None]).mean(axis=1)  # (N, k) Pearson r of standardised series
            series = ((1.0 - r) / 2.0).mean(axis=1)
            stages = 1.0 - same.mean(axis=1)
            return np.asarray((1.0 - w) * series + w * stages, dtype=np.float64)

        names = self.fit_names

        def run(rows: FloatArray) -> FloatArray:
            try:
                z, same = summarise(forward(self.batch(rows)))
            except SimulationError:  # every set of the batch must be in range
                return np.full(len(rows), np.inf)
            d = distance_many(z, same)
            return np.where(np.isfinite(d), d, np.inf)

        model = BatchModel(names, run)

        def distance(x: Mapping[str, Any], _x0: Mapping[str, Any]) -> float:
            return float(x["d"])

        import pyabc

        prior = pyabc.Distribution(
            **{
                n: pyabc.RV("uniform", PARAMETERS[n].low, PARAMETERS[n].high - PARAMETERS[n].low)
                for n in names
            }
        )
        with (
            _quiet_pyabc(),
            _seeded(self.seed),
            tempfile.TemporaryDirectory(prefix="relcycle-abc-") as tmp,
        ):
            abc = pyabc.ABCSMC(
                model,
                prior,
                distance,
                population_size=self.population,
                sampler=(
                    batch_sampler(model) if self.batched else pyabc.sampler.SingleCoreSampler()
                ),
            )
            abc.new(f"sqlite:///{Path(tmp) / 'abc.db'}", {"d": 0.0})
            history = abc.run(
                minimum_epsilon=0.0,
                max_nr_populations=self.generations,
                max_total_nr_simulations=self.budget,
            )
            frame, weights = history.get_distribution(m=0, t=history.max_t)
            pops = history.get_all_populations()
            self.simulations_ = int(history.total_nr_simulations)
            self.generations_ = int(history.max_t) + 1
            self.epsilons_ = [float(e) for e in pops["epsilon"] if np.isfinite(e)]
        particles = np.column_stack([frame[n].to_numpy(dtype=np.float64) for n in names])
        self.observation_ = observation
        self.shared_ = tuple(shared)
        self.particles_ = particles
        self.weights_ = np.asarray(weights, dtype=np.float64) / float(np.sum(weights))
        self.ranges_ = {
            n: Ranges(
                PARAMETERS[n].low,
                PARAMETERS[n].high,
                *(
                    float(v)
                    for v in weighted_quantiles(particles[:, j], self.weights_, (0.5, 0.05, 0.95))
                ),
            )
            for j, n in enumerate(names)
        }
        rng = np.random.default_rng(self.seed)
        idx = rng.choice(len(particles), size=self.draws, p=self.weights_)
        self.draws_ = particles[idx]
        pred = forward(self.batch(self.draws_))
        z, same = summarise(pred)
        self.distances_ = distance_many(z, same)
        sequences: dict[str, int] = {}
        for row in pred.labels:
            key = ">".join(collapse([str(v) for v in row]))
            sequences[key] = sequences.get(key, 0) + 1
        observed_key = ">".join(observation.sequence)
        bands = np.quantile(z, [0.05, 0.5, 0.95], axis=0)
        inside = (z_obs >= bands[0] - 1e-9) & (z_obs <= bands[2] + 1e-9)
        self.check_ = PredictiveCheck(
            draws=self.draws,
            sequence_match=sequences.get(observed_key, 0) / self.draws,
            period_agreement=float(same.mean()),
            sequences={
                k: v / self.draws for k, v in sorted(sequences.items(), key=lambda kv: -kv[1])
            },
            ids=tuple(shared),
            observed=z_obs,
            bands=np.asarray(bands, dtype=np.float64),
            coverage=float(inside.mean()),
        )
        return self
