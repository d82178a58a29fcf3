"""The model seen through a timeline: simulated indicators and stage labels per period.

Calibration, what-if runs and sweeps all ask the same question of a batch of
parameter sets: per period of some timeline (an analysed case's periods, or
plain model months), what would the indicators be, and which stage would the
labelling read? :class:`TimelineForward` answers it in one vectorised run:

* the batch is simulated once (:func:`~relcycle.simulation.engine.simulate`,
  RK4, monthly records) over the whole months the timeline spans;
* the monthly indicator saliences (:func:`~relcycle.simulation.indicators.indicator_rates`)
  are averaged over each period, weighted by the days of overlap;
* each run is labelled month by month with the stage labelling used on real
  cases (:func:`label_months`), and each period takes the label of the month
  holding its midpoint.

Compared runs are read against a fixed reference rather than each run's own
average (:func:`read_months`; docs/MODEL.md, "Reading runs against a
reference"): :class:`OutcomeRun` reads every parameter set of a sweep against
its scenario's central run (as a scenario's draws are read against its
central run: ``simulation/scenarios/run.py``), and a what-if reads a lever run against its
baseline run with the months before the lever fixed to the baseline's
labels. The calibration (:class:`TimelineForward`) reads each run against
its own average, as the analysed case was read.

If one run of a batch diverges, the others still count: the batch is rerun
set by set and the diverged runs get NaN indicators and the label
:data:`DIVERGED`.

**Note for the core (``simulation/labels.py``).** :func:`label_months` is
:func:`relcycle.simulation.labels.label_run` without the segmenter's penalty
path, which only the ``segments`` decoder and the stability of real turning
points read: the path costs about 80 % of ``label_run``'s time (measured 38 ms
a 30-month run with it, about 7 ms without), and calibration labels thousands
of runs. ``tests/simulation/test_calibration_forward.py`` checks that both give the same
labels. A ``label_run(..., stability=False)`` in the core would let this
module drop its copy.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from relcycle.errors import SimulationError
from relcycle.frameworks import Framework, StageType, load_framework
from relcycle.simulation.engine import DEFAULT_DT, IntegrationError, Trajectory, simulate
from relcycle.simulation.indicators import INDICATORS, indicator_rates, indicator_table
from relcycle.simulation.labels import SimStage
from relcycle.simulation.outcomes import outcomes
from relcycle.simulation.params import ParameterBatch
from relcycle.trajectory.decoder import initial_logprior, runs, transition_logprior, viterbi
from relcycle.trajectory.labelling import SignatureModel
from relcycle.trajectory.segmentation import StageSegmenter, make_cost, penalty_value
from relcycle.trajectory.stages import StageMethod, decode, stage_channels

FloatArray = npt.NDArray[np.float64]

DIVERGED = "diverged"
"""The label of every period of a run that diverged."""


FORCED = -1e9
"""Log-likelihood given to every stage but the fixed one in a month whose label is given."""


@dataclass(frozen=True, slots=True)
class Reading:
    """One run read month by month.

    Attributes:
        labels: The stage label of every month.
        model: The signature model the months were read against (the run's own,
            re-estimated given its labels, or a fixed reference).
    """

    labels: list[str]
    model: SignatureModel


def read_months(
    traj: Trajectory,
    index: int,
    framework: Framework,
    method: StageMethod | None = None,
    rates: FloatArray | None = None,
    *,
    reference: SignatureModel | None = None,
    prefix: Sequence[str] = (),
) -> Reading:
    """Run ``index`` labelled month by month, against its own average or a fixed reference.

    Without ``reference`` this is the real cases' labelling (:func:`label_months`):
    the signature model is built from the run's own average mix and
    re-estimated given the labels. With ``reference``, every month is scored
    against that fixed model (not re-estimated), so a month's reading depends
    on its own evidence only, not on what the run does elsewhere. ``prefix``
    fixes the labels of the first ``len(prefix)`` months (the months before a
    lever acts, taken from the run without it): the decoder labels the later
    months given them, changes being allowed at the prefix's own changes, at
    its end, and at the run's candidate boundaries after it.

    Raises:
        SimulationError: A prefix longer than the run, or naming an unknown stage type.
    """
    meth = method or StageMethod()
    table = indicator_table(traj, index, rates)
    stages = framework.stages
    x = stage_channels(table, stages)
    beta = penalty_value(meth.penalty, x.shape[0], make_cost(meth.cost).n_params(x.shape[1]))
    loose = StageSegmenter(cost=meth.cost, penalty=beta * meth.candidate_scale, min_size=1)
    cands = loose.fit(x).predict()
    if reference is None and not prefix:
        decoded = decode(table, stages, meth, meth.min_size("month"), cands)
        return Reading(_expand(decoded.labels, stages), decoded.model)
    model = reference or SignatureModel.fit(table, stages, meth.level_ratio)
    loglik = model.loglik(table)
    k = len(prefix)
    ids = [st.id for st in stages]
    if k > loglik.shape[0] or any(lab not in ids for lab in prefix):
        raise SimulationError(
            f"a fixed prefix of {k} months does not fit a {loglik.shape[0]}-month run "
            f"labelled with {', '.join(ids)}"
        )
    allowed = {c for c in cands[:-1] if c > k}
    if k:
        fixed = np.array([ids.index(lab) for lab in prefix])
        mask = np.ones_like(loglik[:k], dtype=bool)
        mask[np.arange(k), fixed] = False
        loglik[:k][mask] = FORCED
        allowed |= {t for t in range(1, k) if prefix[t] != prefix[t - 1]}
        allowed.add(k)
    labels = viterbi(
        loglik,
        meth.min_size("month"),
        meth.switch_cost,
        transition_logprior(stages, meth.transition_strength),
        allowed,
        initial_logprior(stages, meth.initial_strength),
    )
    return Reading(_expand(labels, stages), model)


def _expand(labels: Sequence[int], stages: Sequence[StageType]) -> list[str]:
    out: list[str] = []
    for lab, first, stop in runs(list(labels)):
        out += [stages[lab].id] * (stop - first)
    return out


def label_months(
    traj: Trajectory,
    index: int,
    framework: Framework,
    method: StageMethod | None = None,
    rates: FloatArray | None = None,
) -> list[str]:
    """The stage label of every month of run ``index`` (the real cases' labelling).

    Args:
        traj: A trajectory recorded every month.
        index: Which run.
        framework: Whose stage types.
        method: The labelling method (defaults as for real cases).
        rates: :func:`~relcycle.simulation.indicators.indicator_rates` of ``traj``, if computed.
    """
    return read_months(traj, index, framework, method, rates).labels


@dataclass(frozen=True, slots=True)
class Forecast:
    """What a batch would show per period.

    Attributes:
        series: Indicator values, ``(N, P, k)``, in :data:`INDICATORS` order.
        labels: Stage label per run and period, ``(N, P)`` (``diverged`` for a failed run).
        months: Stage label per run and model month, ``(N, M)``, when known.
    """

    series: FloatArray
    labels: npt.NDArray[np.str_]
    months: npt.NDArray[np.str_] | None = None


class TimelineForward:
    """Run batches and read them through a timeline's periods.

    Args:
        edges: Model-month bounds of the periods, ``(P + 1,)``, increasing, from ≥ 0.
        framework: Whose stage types label the runs (the built-in one by default).
        dt: Integration step (months).
    """

    ids: tuple[str, ...] = INDICATORS

    def __init__(
        self,
        edges: Sequence[float] | FloatArray,
        framework: Framework | None = None,
        dt: float = DEFAULT_DT,
    ) -> None:
        e = np.asarray(edges, dtype=np.float64)
        if e.ndim != 1 or len(e) < 2 or e[0] < 0 or not (np.diff(e) > 0).all():
            raise SimulationError("a timeline needs increasing period bounds from month 0 on")
        self.edges = e
        self.framework = framework or load_framework()
        self.dt = dt
        self.n_months = max(2, math.ceil(float(e[-1]) - 1e-9))
        m = np.arange(self.n_months, dtype=np.float64)
        lo = np.maximum(e[:-1, None], m[None, :])
        hi = np.minimum(e[1:, None], m[None, :] + 1)
        w = np.clip(hi - lo, 0.0, None)
        self.weights = w / w.sum(axis=1, keepdims=True)
        mid = (e[:-1] + e[1:]) / 2
        self.month_of_period = np.minimum(np.floor(mid).astype(np.int64), self.n_months - 1)

    def __call__(self, batch: ParameterBatch) -> Forecast:
        """Simulate ``batch`` and read it per period."""
        try:
            return self._run(batch)
        except IntegrationError:
            if batch.size == 1:
                return self._failed(1)
        parts = []
        for i in range(batch.size):
            try:
                parts.append(self._run(batch.take([i])))
            except IntegrationError:
                parts.append(self._failed(1))
        return Forecast(
            np.concatenate([p.series for p in parts]),
            np.concatenate([p.labels for p in parts]),
            np.concatenate([p.months for p in parts if p.months is not None]),
        )

    def _run(self, batch: ParameterBatch) -> Forecast:
        traj = simulate(batch, months=float(self.n_months), dt=self.dt, record_every=1.0)
        rates = indicator_rates(traj)  # (N, M, k)
        series = np.einsum("pm,nmk->npk", self.weights, rates)
        months = np.array(
            [label_months(traj, i, self.framework, rates=rates) for i in range(batch.size)],
            dtype=np.str_,
        )
        return Forecast(series, months[:, self.month_of_period], months)

    def _failed(self, n: int) -> Forecast:
        p = len(self.edges) - 1
        return Forecast(
            np.full((n, p, len(self.ids)), np.nan),
            np.full((n, p), DIVERGED, dtype="<U16"),
            np.full((n, self.n_months), DIVERGED, dtype="<U16"),
        )


def month_stages(labels: Sequence[str], start: float = 0.0) -> list[SimStage]:
    """Monthly labels as stages ``[start, end)`` in model months."""
    out: list[SimStage] = []
    for t, label in enumerate(labels):
        if out and out[-1].label == label:
            out[-1] = SimStage(label, out[-1].start, start + t + 1)
        else:
            out.append(SimStage(label, start + t, start + t + 1))
    return out


OUTCOMES: tuple[str, ...] = (
    "time_to_symbiosis",
    "time_in_resistance",
    "breakdown",
    "final_stage",
    "sequence",
    "final_control",
    "final_resistance",
    "final_trust",
)
"""The outputs of :class:`OutcomeRun`, one value per parameter set."""


REFERENCES: tuple[str, ...] = ("base", "own")
"""What :class:`OutcomeRun` reads each run against: the run of its ``base`` alone, or itself."""


@functools.lru_cache(maxsize=32)
def _base_reference(
    base: tuple[tuple[str, float], ...], months: int, dt: float, method: str
) -> SignatureModel:
    traj = simulate(
        ParameterBatch.from_mapping(dict(base)),
        months=float(months),
        dt=dt,
        method=method,
        record_every=1.0,
    )
    return read_months(traj, 0, load_framework()).model


@dataclass(frozen=True)
class OutcomeRun:
    """A vectorised run of the model to its outcomes (for sweeps, sensitivity and what-ifs).

    Called with ``{name: (n,) array}`` (other parameters from ``base``, then
    the defaults) and a noise seed, it returns per parameter set: the month
    symbiosis starts (NaN if never), months in resistance, breakdown, the
    last stage, the stage sequence (``a>b>c``) and the final control,
    resistance and trust. Stages are labelled with the real cases' stage
    signatures and decoder (:func:`read_months`); outcomes as the core
    defines them (:mod:`~relcycle.simulation.outcomes`). Picklable, for Dask.

    **The reference.** By default (``reference="base"``) every parameter set
    is read against one fixed reference: the signature model of the
    deterministic run of ``base`` alone (a scenario's central run), labelled
    as a real case. Its average mix is the yardstick, so a parameter set whose
    states reach symbiosis sooner is labelled symbiotic sooner: read against
    its *own* average, a run that is symbiotic almost throughout has nothing
    to stand out from, and the labelling used to put symbiosis *later* the
    stronger a lever was (docs/MODEL.md, "Reading runs against a reference").
    ``reference="own"`` reads each run against its own average, as a real
    case is (the calibration's reading of its posterior draws).

    Attributes:
        base: Values of the parameters not given in the call.
        months: Horizon (whole months).
        dt: Integration step.
        method: Integrator.
        noise: σ of the state noise (0: deterministic).
        reference: ``base`` or ``own`` (:data:`REFERENCES`).
    """

    base: Mapping[str, float] = field(default_factory=dict)
    months: int = 96
    dt: float = DEFAULT_DT
    method: str = "rk4"
    noise: float = 0.0
    reference: str = "base"

    def __post_init__(self) -> None:
        if self.reference not in REFERENCES:
            raise SimulationError(
                f"reference {self.reference!r}: choose one of: {', '.join(REFERENCES)}"
            )

    def batch(self, params: Mapping[str, FloatArray]) -> ParameterBatch:
        """The parameter sets of a call."""
        return ParameterBatch.from_mapping({**self.base, **params})

    def base_reference(self) -> SignatureModel:
        """The signature model of the deterministic run of ``base`` alone."""
        items = tuple(sorted((k, float(v)) for k, v in self.base.items()))
        return _base_reference(items, self.months, self.dt, self.method)

    def __call__(
        self, params: Mapping[str, FloatArray], seed: int = 0
    ) -> dict[str, npt.NDArray[Any]]:
        """Run and read the outcomes (see the class docstring)."""
        return self.read(params, seed)[0]

    def read(
        self,
        params: Mapping[str, FloatArray],
        seed: int = 0,
        *,
        references: Sequence[SignatureModel] | None = None,
        prefixes: Sequence[Sequence[str]] | None = None,
    ) -> tuple[dict[str, npt.NDArray[Any]], list[Reading]]:
        """Run, and read the outcomes and each run's monthly reading.

        Args:
            params: The parameter sets.
            seed: The noise seed.
            references: One fixed signature model per parameter set, instead of
                the run's ``reference``.
            prefixes: Per parameter set, the labels of its first months, fixed
                (:func:`read_months`).
        """
        batch = self.batch(params)
        traj = simulate(
            batch,
            months=float(self.months),
            dt=self.dt,
            method=self.method,
            noise=self.noise,
            seed=seed if self.noise > 0 else None,
            record_every=1.0,
        )
        fw = load_framework()
        rates = indicator_rates(traj)
        if references is None and self.reference == "base":
            references = [self.base_reference()] * traj.size
        readings = [
            read_months(
                traj,
                i,
                fw,
                rates=rates,
                reference=None if references is None else references[i],
                prefix=() if prefixes is None else prefixes[i],
            )
            for i in range(traj.size)
        ]
        results = outcomes(traj, [month_stages(r.labels) for r in readings])
        final = traj.final
        col = {name: final[:, j] for j, name in enumerate(traj.state_names)}
        out = {
            "time_to_symbiosis": np.array(
                [np.nan if r.time_to_symbiosis is None else r.time_to_symbiosis for r in results]
            ),
            "time_in_resistance": np.array([r.time_in_resistance for r in results]),
            "breakdown": np.array([r.breakdown for r in results], dtype=bool),
            "final_stage": np.array([r.sequence[-1] for r in results], dtype=np.str_),
            "sequence": np.array([">".join(r.sequence) for r in results], dtype=np.str_),
            "final_control": col["control"],
            "final_resistance": col["resistance"],
            "final_trust": col["trust"],
        }
        return out, readings
