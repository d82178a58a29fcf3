"""The parameter registry and batches of parameter sets.

Every parameter of the relationship model is declared once in
:data:`PARAMETERS`: its name, default, documented range, unit, meaning and
the theory it stands for (``docs/MODEL.md`` prints the same table). A
:class:`ParameterBatch` holds ``N`` parameter sets as one ``(N,)`` float array
per parameter, the shape the engine integrates at once::

    batch = ParameterBatch.from_mapping({"dialogue": 0.2, "boundary": [0.0, 0.5, 1.0]})
    batch.size                 # 3 (scalars are broadcast)
    batch["dialogue"]          # array([0.2, 0.2, 0.2])
    batch.row(1)               # {"rate_gov": 0.5, ..., "boundary": 0.5, ...}
    m = batch.matrix(["boundary", "dialogue"])   # (3, 2), for SALib / pyabc
    ParameterBatch.from_matrix(["boundary", "dialogue"], m)   # back; others default

Names not given take their default. An unknown name raises
:class:`~relcycle.errors.SimulationError` listing the valid ones; a value
outside the documented range (or NaN) raises one naming the parameter, the
value, the parameter set and the range.

**Lever switches.** Each lever (``boundary``, ``dialogue``, ``contract``) has
a companion ``<lever>_from``: the month from which the lever holds; before it
the lever is absent (0). ``funding`` holds from ``funding_from`` on, with
``funding_initial`` before. Switches fall on whole months: a switch at month
``m`` takes effect at the start of month ``ceil(m)``, whatever the step.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import numpy.typing as npt

from relcycle.errors import SimulationError

FloatArray = npt.NDArray[np.float64]

Kind = Literal["rate", "weight", "lever", "switch", "initial", "observation"]


@dataclass(frozen=True, slots=True)
class Parameter:
    """One model parameter.

    Attributes:
        name: Its name (``snake_case``), as scenario files and ``--set`` spell it.
        default: The value used when none is given (the baseline scenario's).
        low: Smallest documented value (inclusive).
        high: Largest documented value (inclusive).
        unit: Its unit (``1/month``, ``month``, ``share``, ``payoff``).
        meaning: What it means, in one sentence.
        theory: The theory the term stands for (life cycle, embeddedness,
            resource dependence, welfare pluralism, evolutionary game, ...).
        kind: ``rate``, ``weight`` (a payoff weight), ``lever``, ``switch``
            (a lever's onset month), ``initial`` (a starting state) or
            ``observation`` (used only to turn states into indicators).
    """

    name: str
    default: float
    low: float
    high: float
    unit: str
    meaning: str
    theory: str
    kind: Kind


def _p(
    name: str, default: float, low: float, high: float, unit: str, meaning: str, theory: str,
    kind: Kind,
) -> Parameter:  # fmt: skip
    return Parameter(name, default, low, high, unit, meaning, theory, kind)


_EG = "evolutionary game (bounded rationality)"
_RD = "resource dependence"
_EMB = "embeddedness"
_LC = "organisational life cycle"
_WP = "welfare pluralism"

HORIZON_MAX = 600.0
"""Largest month a switch may be set to (50 years)."""

PARAMETERS: Mapping[str, Parameter] = {
    p.name: p
    for p in (
        # strategy adjustment
        _p("rate_gov", 0.3, 0.02, 3.0, "1/month",
           "How fast the government's mix of control and support follows its payoff advantage.",
           _EG, "rate"),
        _p("rate_swo", 1.5, 0.02, 3.0, "1/month",
           "How fast the SWO's mix of resistance and compliance follows its payoff advantage.",
           _EG, "rate"),
        _p("mutation", 0.01, 0.0, 0.1, "1/month",
           "Experimentation: a small drift of each mix toward one half, so that no behaviour "
           "dies out entirely.", _EG, "rate"),
        # the government's payoff advantage of control over support
        _p("info_pressure", 1.0, 0.0, 3.0, "payoff",
           "Control's advantage to the government when it cannot see what the SWO does "
           "(times the information asymmetry 1 - I).", _EMB, "weight"),
        _p("evaluation", 0.5, 0.0, 2.0, "payoff",
           "Evaluation regime: how much process-based assessment (ledgers, inspections) rewards "
           "control; 0 is purely outcome-based evaluation.", _EMB, "weight"),
        _p("trust_relief", 1.5, 0.0, 3.0, "payoff",
           "How much trust T lowers the government's wish to control.", _EMB, "weight"),
        _p("resistance_cost", 1.5, 0.0, 3.0, "payoff",
           "Cost to the government of control met by resistance (times the resisting share y).",
           _EG, "weight"),
        _p("contract_weight", 1.5, 0.0, 3.0, "payoff",
           "How much clear, enforced contract terms (the contract lever) cut control's "
           "advantage.", _WP, "weight"),
        # the SWO's payoff advantage of resistance over compliance
        _p("grievance", 1.5, 0.0, 3.0, "payoff",
           "How strongly control beyond the contract's scope drives the SWO to resist "
           "(its professional goals and values).", _LC, "weight"),
        _p("dependence_fear", 1.0, 0.0, 3.0, "payoff",
           "How much the SWO's resource dependence D deters resistance.", _RD, "weight"),
        _p("legitimacy_backing", 1.0, 0.0, 3.0, "payoff",
           "How much the SWO's legitimacy L emboldens it to resist.", _WP, "weight"),
        _p("resist_cost", 0.2, 0.0, 2.0, "payoff",
           "Fixed cost of resisting (effort, risk to the relationship).", _EG, "weight"),
        # slow states
        _p("trust_rate", 0.3, 0.005, 0.5, "1/month",
           "How fast trust builds when information is shared and there is no conflict.",
           _EMB, "rate"),
        _p("info_rate", 0.02, 0.0, 0.5, "1/month",
           "How fast information symmetry builds by working together, without a dialogue "
           "mechanism.", _EMB, "rate"),
        _p("voice", 0.1, 0.0, 1.0, "1/month",
           "How fast resistance, as voiced dissent (invoking the contract, escalating, "
           "bargaining), makes each side's positions known: information symmetry built by "
           "conflict.", _EMB, "rate"),
        _p("erosion", 0.1, 0.0, 1.0, "1/month",
           "How fast open conflict (control met by resistance) erodes trust and shared "
           "information.", _EMB, "rate"),
        _p("dependence_rate", 0.05, 0.005, 0.5, "1/month",
           "How fast the SWO's resource dependence follows its funding and its alternatives.",
           _RD, "rate"),
        _p("diversification", 0.6, 0.0, 1.0, "share",
           "Share of its dependence the SWO can shed at full legitimacy, by drawing on "
           "residents, other funders and the community.", _WP, "weight"),
        _p("legitimacy_rate", 0.05, 0.005, 0.5, "1/month",
           "How fast the SWO's legitimacy follows the room it has to do professional work.",
           _WP, "rate"),
        # levers
        _p("boundary", 0.0, 0.0, 1.0, "share",
           "Behaviour boundary: share of the government's control kept within the contract's "
           "scope (0: control spills over freely).", _LC, "lever"),
        _p("boundary_from", 0.0, 0.0, HORIZON_MAX, "month",
           "Month from which the behaviour boundary holds.", _LC, "switch"),
        _p("dialogue", 0.0, 0.0, 0.5, "1/month",
           "Dialogue mechanism: extra rate at which information symmetry and trust build.",
           _EMB, "lever"),
        _p("dialogue_from", 0.0, 0.0, HORIZON_MAX, "month",
           "Month from which the dialogue mechanism is in place.", _EMB, "switch"),
        _p("contract", 0.0, 0.0, 1.0, "share",
           "Return to contract: clarity and enforcement of the contract's terms.", _WP,
           "lever"),
        _p("contract_from", 0.0, 0.0, HORIZON_MAX, "month",
           "Month from which the contract's terms are clarified and enforced.", _WP, "switch"),
        _p("funding", 0.9, 0.0, 1.0, "share",
           "Funding schedule: share of the SWO's budget the government pays (from "
           "funding_from on).", _RD, "lever"),
        _p("funding_initial", 0.9, 0.0, 1.0, "share",
           "Share of the SWO's budget the government pays before funding_from.", _RD, "lever"),
        _p("funding_from", 0.0, 0.0, HORIZON_MAX, "month",
           "Month from which the funding share changes to `funding`.", _RD, "switch"),
        # starting states
        _p("control0", 0.1, 0.001, 0.999, "share",
           "Government's initial share of control behaviour x(0).", _LC, "initial"),
        _p("resistance0", 0.05, 0.001, 0.999, "share",
           "SWO's initial share of resistance y(0).", _LC, "initial"),
        _p("trust0", 0.2, 0.0, 1.0, "share", "Initial trust T(0).", _EMB, "initial"),
        _p("dependence0", 0.9, 0.0, 1.0, "share", "Initial resource dependence D(0).", _RD,
           "initial"),
        _p("information0", 0.1, 0.0, 1.0, "share", "Initial information symmetry I(0).", _EMB,
           "initial"),
        _p("legitimacy0", 0.2, 0.0, 1.0, "share",
           "Initial legitimacy L(0) (low: the early legitimacy crisis).", _WP, "initial"),
        # observation
        _p("exploration_months", 12.0, 0.5, 24.0, "month",
           "Time scale on which mutual exploration fades at the project's start "
           "(used for the `exploring` indicator).", _LC, "observation"),
    )
}  # fmt: skip
"""Every parameter, in a stable order (the order of :meth:`ParameterBatch.matrix`)."""

LEVERS: tuple[str, ...] = ("boundary", "dialogue", "contract")
"""The three levers of the seed study; each has a ``<lever>_from`` switch."""


def parameter_names() -> tuple[str, ...]:
    """All parameter names in registry order."""
    return tuple(PARAMETERS)


def parameter(name: str) -> Parameter:
    """The parameter called ``name``.

    Raises:
        SimulationError: An unknown name (the message lists the valid ones).
    """
    try:
        return PARAMETERS[name]
    except KeyError:
        raise SimulationError(_unknown(name)) from None


def _unknown(name: str) -> str:
    return f"unknown parameter {name!r}; choose one of: {', '.join(sorted(PARAMETERS))}"


def check_value(name: str, value: float, index: int | None = None) -> None:
    """Check one value against its parameter's documented range.

    Raises:
        SimulationError: Unknown name, NaN, or a value out of range.
    """
    p = parameter(name)
    where = f" (parameter set {index})" if index is not None else ""
    if math.isnan(value) or not (p.low <= value <= p.high):
        raise SimulationError(
            f"parameter {name!r} = {value:g}{where} is outside its documented range "
            f"[{p.low:g}, {p.high:g}] ({p.unit}): {p.meaning}"
        )


@dataclass(frozen=True, slots=True)
class ParameterBatch:
    """``N`` parameter sets, one ``(N,)`` float64 array per parameter.

    Build with :meth:`from_mapping`, :meth:`from_matrix` or :meth:`defaults`;
    every constructor checks names and ranges. The arrays are read-only.

    Attributes:
        values: Parameter name → ``(N,)`` array, every registered parameter
            present, in registry order.
    """

    values: Mapping[str, FloatArray]

    @classmethod
    def defaults(cls, size: int = 1) -> ParameterBatch:
        """``size`` copies of the default parameter set."""
        return cls.from_mapping({}, size=size)

    @classmethod
    def from_mapping(
        cls, mapping: Mapping[str, float | Sequence[float] | FloatArray], size: int | None = None
    ) -> ParameterBatch:
        """A batch from ``{name: scalar or (N,) array}``; others take their default.

        Args:
            mapping: Values by parameter name. Scalars are broadcast to ``N``.
            size: ``N``; by default the length of the arrays given (1 if none).

        Raises:
            SimulationError: An unknown name, arrays of different lengths or
                not one-dimensional, a value out of range or NaN.
        """
        for name in mapping:
            parameter(name)
        lengths = {name: np.asarray(v).shape for name, v in mapping.items() if np.ndim(v) != 0}
        for name, shape in lengths.items():
            if len(shape) != 1:
                raise SimulationError(
                    f"parameter {name!r}: expected a scalar or a 1-D array, got shape {shape}"
                )
        sizes = {shape[0] for shape in lengths.values()}
        if size is not None:
            sizes.add(size)
        if len(sizes) > 1:
            given = ", ".join(f"{n}: {s[0]}" for n, s in lengths.items())
            raise SimulationError(
                f"parameter arrays differ in length ({given}"
                + (f"; size {size}" if size is not None else "")
                + "); give every array the same number of parameter sets"
            )
        n = sizes.pop() if sizes else 1
        if n < 1:
            raise SimulationError("a parameter batch needs at least one parameter set")
        values: dict[str, FloatArray] = {}
        for name, p in PARAMETERS.items():
            raw = mapping.get(name, p.default)
            arr = np.array(np.broadcast_to(np.asarray(raw, dtype=np.float64), (n,)))
            _check_array(name, arr)
            arr.setflags(write=False)
            values[name] = arr
        return cls(values)

    @classmethod
    def from_matrix(
        cls,
        names: Sequence[str],
        matrix: npt.ArrayLike,
        base: Mapping[str, float] | None = None,
    ) -> ParameterBatch:
        """A batch from an ``(N, len(names))`` matrix (SALib samples, ABC particles).

        Args:
            names: The parameter of each column.
            matrix: The values.
            base: Values for parameters not in ``names`` (defaults otherwise).

        Raises:
            SimulationError: Unknown names, a wrong shape or values out of range.
        """
        m = np.asarray(matrix, dtype=np.float64)
        if m.ndim != 2 or m.shape[1] != len(names):
            raise SimulationError(
                f"expected a matrix of shape (N, {len(names)}) for parameters "
                f"{', '.join(names)}; got shape {m.shape}"
            )
        mapping: dict[str, float | FloatArray] = dict(base or {})
        for j, name in enumerate(names):
            mapping[name] = m[:, j]
        return cls.from_mapping(mapping, size=m.shape[0])

    @property
    def size(self) -> int:
        """``N``, the number of parameter sets."""
        return len(next(iter(self.values.values())))

    @property
    def names(self) -> tuple[str, ...]:
        """Parameter names in registry order."""
        return tuple(self.values)

    def __getitem__(self, name: str) -> FloatArray:
        """The ``(N,)`` array of one parameter (unknown name: :class:`SimulationError`)."""
        if name not in self.values:
            raise SimulationError(_unknown(name))
        return self.values[name]

    def __len__(self) -> int:
        return self.size

    def row(self, index: int) -> dict[str, float]:
        """Parameter set ``index`` as ``{name: value}``."""
        return {name: float(arr[index]) for name, arr in self.values.items()}

    def matrix(self, names: Sequence[str] | None = None) -> FloatArray:
        """The values as an ``(N, len(names))`` matrix (all parameters by default)."""
        cols = list(names) if names is not None else list(self.values)
        return np.column_stack([self[name] for name in cols])

    def take(self, index: npt.ArrayLike) -> ParameterBatch:
        """The parameter sets at ``index`` (an int array or a boolean mask)."""
        idx = np.asarray(index)
        out: dict[str, FloatArray] = {}
        for name, arr in self.values.items():
            sub = np.array(arr[idx], dtype=np.float64).reshape(-1)
            sub.setflags(write=False)
            out[name] = sub
        return ParameterBatch(out)

    def replace(
        self, mapping: Mapping[str, float | Sequence[float] | FloatArray]
    ) -> ParameterBatch:
        """A copy with some parameters replaced (scalars broadcast; checked)."""
        merged: dict[str, float | FloatArray] = dict(self.values)
        for name, value in mapping.items():
            parameter(name)
            merged[name] = np.asarray(value, dtype=np.float64)
        return ParameterBatch.from_mapping(merged, size=self.size)

    @staticmethod
    def concat(batches: Iterable[ParameterBatch]) -> ParameterBatch:
        """One batch holding the parameter sets of several, in order."""
        parts = list(batches)
        if not parts:
            raise SimulationError("no parameter batches to concatenate")
        return ParameterBatch.from_mapping(
            {name: np.concatenate([b.values[name] for b in parts]) for name in PARAMETERS}
        )


def _check_array(name: str, arr: FloatArray) -> None:
    p = PARAMETERS[name]
    bad = np.flatnonzero(~((arr >= p.low) & (arr <= p.high)))  # NaN fails both
    if bad.size:
        i = int(bad[0])
        check_value(name, float(arr[i]), i if arr.size > 1 else None)
