"""Scenario files: the pydantic shape, cross-checks, built-ins and loading (see the package)."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from relcycle.errors import ScenarioError, SimulationError
from relcycle.simulation.engine import DEFAULT_DT, INTEGRATORS
from relcycle.simulation.params import PARAMETERS, ParameterBatch, check_value

MIN_MONTHS = 12
"""Shortest horizon a scenario may ask for: stages are read from change over the run."""

MAX_DRAWS = 100_000
"""Most draws a scenario may ask for."""


class Distribution(BaseModel):
    """An uncertain parameter's distribution."""

    model_config = ConfigDict(extra="forbid")

    dist: Literal["uniform", "normal", "triangular"]
    low: float | None = None
    high: float | None = None
    mean: float | None = None
    sd: float | None = Field(default=None, gt=0)
    mode: float | None = None

    @model_validator(mode="after")
    def _fields(self) -> Distribution:
        need = {
            "uniform": ("low", "high"),
            "normal": ("mean", "sd"),
            "triangular": ("low", "mode", "high"),
        }[self.dist]
        missing = [f for f in need if getattr(self, f) is None]
        if missing:
            raise ValueError(f"a {self.dist} distribution needs {', '.join(need)}")
        extra = [
            f
            for f in ("low", "high", "mean", "sd", "mode")
            if f not in need and getattr(self, f) is not None
        ]
        if extra:
            raise ValueError(f"a {self.dist} distribution takes only {', '.join(need)}")
        if self.dist == "uniform" and not (self.low is not None and self.high is not None
                                           and self.low < self.high):  # fmt: skip
            raise ValueError("low must be below high")
        if self.dist == "triangular" and not (
            self.low is not None
            and self.mode is not None
            and self.high is not None
            and self.low <= self.mode <= self.high
            and self.low < self.high
        ):
            raise ValueError("need low <= mode <= high and low < high")
        return self

    def sample(
        self, rng: np.random.Generator, n: int, low: float, high: float
    ) -> npt.NDArray[np.float64]:
        """``n`` draws, normal ones clipped to ``[low, high]``."""

        def val(name: str) -> float:
            v = getattr(self, name)
            return float(v)

        if self.dist == "uniform":
            out = rng.uniform(val("low"), val("high"), n)
        elif self.dist == "triangular":
            out = rng.triangular(val("low"), val("mode"), val("high"), n)
        else:
            out = np.clip(rng.normal(val("mean"), val("sd"), n), low, high)
        return np.asarray(out, dtype=np.float64)


class ScenarioSpec(BaseModel):
    """A scenario file's contents, shape-checked."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    description: str = ""
    months: float = Field(default=96.0, gt=0, le=600)
    dt: float = Field(default=DEFAULT_DT, gt=0, le=1)
    method: str = "rk4"
    noise: float = Field(default=0.0, ge=0, le=1)
    parameters: dict[str, float] = Field(default_factory=dict)
    uncertain: dict[str, Distribution] = Field(default_factory=dict)
    draws: int = Field(default=0, ge=0, le=MAX_DRAWS)
    seed: int | None = None


@dataclass(frozen=True, slots=True)
class Scenario:
    """A checked scenario.

    Attributes:
        spec: Its contents.
        source: ``builtin:<name>`` or the file's path.
    """

    spec: ScenarioSpec
    source: str

    @property
    def name(self) -> str:
        """The scenario's name."""
        return self.spec.name

    def central(self, overrides: Mapping[str, float] | None = None) -> dict[str, float]:
        """The central run's parameter values (given ones, then ``overrides``)."""
        return {**self.spec.parameters, **(overrides or {})}

    def batch(
        self,
        overrides: Mapping[str, float] | None = None,
        draws: int | None = None,
        seed: int | None = None,
    ) -> ParameterBatch:
        """The parameter sets: the central run, then the draws.

        Args:
            overrides: Values replacing the scenario's (``--set``); an
                overridden parameter is no longer drawn.
            draws: Number of draws (the scenario's by default).
            seed: Seed of the draws (the scenario's by default).

        Raises:
            SimulationError: Unknown names or values out of range in ``overrides``.
        """
        central = self.central(overrides)
        for name, value in (overrides or {}).items():
            check_value(name, value)
        n_draws = self.spec.draws if draws is None else draws
        if n_draws < 0 or n_draws > MAX_DRAWS:
            raise SimulationError(f"draws must be between 0 and {MAX_DRAWS}; got {n_draws}")
        uncertain = {k: d for k, d in self.spec.uncertain.items() if k not in (overrides or {})}
        if n_draws == 0 or not uncertain:
            return ParameterBatch.from_mapping(central)
        rng = np.random.default_rng(self.spec.seed if seed is None else seed)
        values: dict[str, Any] = {}
        for name, value in central.items():
            values[name] = np.full(n_draws + 1, value)
        for name, dist in uncertain.items():
            p = PARAMETERS[name]
            col = np.empty(n_draws + 1)
            col[0] = central.get(name, p.default)
            col[1:] = dist.sample(rng, n_draws, p.low, p.high)
            values[name] = col
        return ParameterBatch.from_mapping(values, size=n_draws + 1)


def _scenario_dir() -> Any:
    return files("relcycle.simulation.scenarios")


def builtin_scenarios() -> tuple[str, ...]:
    """Names of the built-in scenarios, sorted."""
    return tuple(
        sorted(
            p.name.removesuffix(".yaml")
            for p in _scenario_dir().iterdir()
            if p.name.endswith(".yaml")
        )
    )


def _field(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(x) for x in loc) or "(top level)"


def parse_scenario(text: str, source: str) -> Scenario:
    """Check a scenario given as YAML text; ``source`` names it in errors.

    Raises:
        ScenarioError: Not YAML, not a mapping, a field of the wrong shape, an
            unknown parameter, a value or distribution outside the
            parameter's documented range, an unknown integrator.
    """
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ScenarioError(f"not valid YAML: {problem}", path=source, line=line) from None
    if not isinstance(raw, dict):
        raise ScenarioError(
            "a scenario must be a mapping with at least a 'name' (see docs/MODEL.md)", path=source
        )
    try:
        spec = ScenarioSpec.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        msg = str(err["msg"]).removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            valid = ", ".join(ScenarioSpec.model_fields) if len(err["loc"]) == 1 else ""
            msg = "unknown field" + (f"; valid fields: {valid}" if valid else "")
        raise ScenarioError(msg, path=source, field=_field(err["loc"])) from None
    _cross_check(spec, source)
    return Scenario(spec, source)


def _cross_check(spec: ScenarioSpec, source: str) -> None:
    def unknown(section: str, name: str) -> ScenarioError:
        close = difflib.get_close_matches(name, list(PARAMETERS), n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        return ScenarioError(
            f"unknown parameter {name!r}; {hint}choose one of: {', '.join(sorted(PARAMETERS))}",
            path=source,
            field=f"{section}.{name}",
        )

    for name, value in spec.parameters.items():
        if name not in PARAMETERS:
            raise unknown("parameters", name)
        try:
            check_value(name, value)
        except SimulationError as exc:
            raise ScenarioError(str(exc), path=source, field=f"parameters.{name}") from None
    for name, dist in spec.uncertain.items():
        if name not in PARAMETERS:
            raise unknown("uncertain", name)
        p = PARAMETERS[name]
        for key in ("low", "high", "mode", "mean"):
            v = getattr(dist, key)
            if v is not None and not (p.low <= v <= p.high):
                raise ScenarioError(
                    f"{key} {v:g} is outside {name!r}'s documented range [{p.low:g}, {p.high:g}]",
                    path=source,
                    field=f"uncertain.{name}.{key}",
                )
    if spec.method not in INTEGRATORS:
        raise ScenarioError(
            f"unknown integrator {spec.method!r}; choose one of: {', '.join(sorted(INTEGRATORS))}",
            path=source,
            field="method",
        )
    if spec.noise > 0 and spec.seed is None:
        raise ScenarioError("noise > 0 needs a seed", path=source, field="seed")
    if spec.draws > 0 and spec.uncertain and spec.seed is None:
        raise ScenarioError("draws of uncertain parameters need a seed", path=source,
                            field="seed")  # fmt: skip
    steps = spec.months / spec.dt
    if abs(steps - round(steps)) > 1e-9 or abs(1.0 / spec.dt - round(1.0 / spec.dt)) > 1e-9:
        raise ScenarioError(
            f"dt ({spec.dt:g}) must divide one month and months ({spec.months:g}) evenly",
            path=source,
            field="dt",
        )
    if abs(spec.months - round(spec.months)) > 1e-9 or spec.months < MIN_MONTHS:
        raise ScenarioError(
            f"months must be a whole number of months, at least {MIN_MONTHS} (stages are read "
            f"from change over the run); got {spec.months:g}",
            path=source,
            field="months",
        )


def load_scenario(name_or_path: str | Path) -> Scenario:
    """A built-in scenario by name, or a scenario file by path.

    Raises:
        ScenarioError: An unknown name (listing the built-in ones), a file that
            cannot be read, or an invalid scenario.
    """
    text_name = str(name_or_path)
    if text_name in builtin_scenarios():
        resource = _scenario_dir().joinpath(f"{text_name}.yaml")
        return parse_scenario(resource.read_text(encoding="utf-8"), f"builtin:{text_name}")
    path = Path(name_or_path)
    if not path.exists():
        close = difflib.get_close_matches(text_name, builtin_scenarios(), n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        raise ScenarioError(
            f"no built-in scenario or file called {text_name!r}; {hint}built-in scenarios: "
            f"{', '.join(builtin_scenarios())}; or give the path of a scenario file",
            path=text_name,
        )
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ScenarioError(f"cannot read the scenario file: {exc}", path=path) from None
    return parse_scenario(text, str(path))
