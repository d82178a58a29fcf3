"""Sweeps and sensitivity of the model: grids on Dask, Sobol indices; JSON and PNG atomically.

``sweep(["dialogue=0,0.1,0.2", "boundary=0:1:5"])`` runs every point of the
grid from a scenario's values (``baseline`` by default) to its outcomes
(:class:`~relcycle.simulation.forward.OutcomeRun`), in vectorised blocks on
Dask (a ``LocalCluster`` unless a scheduler address is given), and can draw
one outcome over two of the swept parameters. ``sensitivity(["grievance",
"trust_rate=0.1:0.4"], output="time_to_symbiosis")`` estimates Sobol indices
of one outcome over the parameters' ranges.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from relcycle.errors import ConfigError
from relcycle.services.analysis import write_json
from relcycle.services.files import write_bytes_atomically
from relcycle.simulation.forward import OutcomeRun
from relcycle.simulation.params import check_value, parameter
from relcycle.simulation.scenarios import load_scenario
from relcycle.simulation.sensitivity import SobolIndices, sobol_indices
from relcycle.simulation.sweep import (
    Grid,
    auto_block,
    make_grid,
    parse_axis,
    plot_map,
    run_blocks,
)

SWEEP_SCHEMA = "relcycle.sweep/1"
SENSITIVITY_SCHEMA = "relcycle.sensitivity/1"

NUMERIC_OUTCOMES: tuple[str, ...] = (
    "time_to_symbiosis",
    "time_in_resistance",
    "breakdown",
    "final_control",
    "final_resistance",
    "final_trust",
)
"""Outcomes that are numbers (sensitivity, heat maps); ``time_to_symbiosis`` is
censored at the horizon where symbiosis never comes."""


def check_grid_values(name: str, values: npt.NDArray[np.float64]) -> None:
    """Check a swept parameter against the registry.

    Raises:
        SimulationError: Unknown name (listing the valid ones) or a value out of range.
    """
    parameter(name)
    for v in values:
        check_value(name, float(v))


def _scenario_run(scenario: str) -> tuple[OutcomeRun, str, int]:
    sc = load_scenario(scenario)
    spec = sc.spec
    run = OutcomeRun(
        base=sc.central(),
        months=round(spec.months),
        dt=spec.dt,
        method=spec.method,
        noise=spec.noise,
    )
    return run, sc.name, spec.seed or 0


def _json_value(v: Any) -> Any:
    if isinstance(v, np.bool_ | bool):
        return bool(v)
    if isinstance(v, np.floating | float):
        return float(v) if math.isfinite(v) else None
    return str(v)


@dataclass(frozen=True, slots=True)
class SweepRun:
    """What ``sweep`` found.

    Attributes:
        scenario: The scenario the points start from.
        grid: The grid.
        outputs: Each outcome per point, ``(grid.size,)``, in the grid's order.
        months: The horizon.
        seconds: Wall time of the runs.
        where: ``local cluster (N workers)``, the scheduler's address, or ``in process``.
        json_path: Where the JSON was written, if asked.
        plot_path: Where the PNG was written, if asked.
    """

    scenario: str
    grid: Grid
    outputs: dict[str, npt.NDArray[Any]]
    months: int
    seconds: float
    where: str
    json_path: Path | None = None
    plot_path: Path | None = None

    def document(self) -> dict[str, Any]:
        """The JSON document (schema ``relcycle.sweep/1``)."""
        points = self.grid.points()
        rows = []
        for i in range(self.grid.size):
            row: dict[str, Any] = {name: float(points[name][i]) for name in self.grid.names}
            row.update({k: _json_value(v[i]) for k, v in self.outputs.items()})
            rows.append(row)
        return {
            "schema": SWEEP_SCHEMA,
            "scenario": self.scenario,
            "months": self.months,
            "grid": {name: list(values) for name, values in self.grid.axes},
            "outputs": list(self.outputs),
            "points": rows,
        }


def numeric(
    outputs: dict[str, npt.NDArray[Any]], name: str, months: int
) -> npt.NDArray[np.float64]:
    """An outcome as numbers: breakdown as 0/1, time to symbiosis censored at the horizon."""
    values = np.asarray(outputs[name], dtype=np.float64)
    if name == "time_to_symbiosis":
        values = np.where(np.isfinite(values), values, float(months))
    return values


def sweep(
    axes: Sequence[str],
    *,
    scenario: str = "baseline",
    scheduler: str | None = None,
    local: bool = True,
    workers: int = 2,
    processes: bool = False,
    block: int | None = None,
    seed: int | None = None,
    json_out: str | Path | None = None,
    plot_out: str | Path | None = None,
    plot_output: str = "time_to_symbiosis",
    plot_axes: tuple[str, str] | None = None,
) -> SweepRun:
    """Run a parameter grid from a scenario to its outcomes.

    Args:
        axes: ``NAME=V1,V2,...`` or ``NAME=START:STOP:COUNT`` per swept parameter.
        scenario: A built-in scenario's name or a scenario file.
        scheduler: Address of an existing Dask scheduler (else a local cluster).
        local: Run on Dask (``False``: in this process, no Dask).
        workers: Workers of the local cluster.
        processes: Local workers are processes rather than threads.
        block: Parameter sets per task (by default a few tasks per worker, at
            most 512 sets each).
        seed: Seed of the noise (the scenario's by default).
        json_out: Write every point's outcomes here.
        plot_out: Draw ``plot_output`` over two swept parameters here (PNG).
        plot_output: The outcome drawn: a number as a heat map, ``final_stage``
            as regions (a basin map when the axes are starting shares).
        plot_axes: The plot's ``(x, y)`` parameters (the first two swept by default).

    Raises:
        ConfigError: A malformed axis, a bad plot choice, an unreachable scheduler.
        SimulationError: Unknown parameters or values out of range; a diverging run.
        ScenarioError: An unknown or invalid scenario.
        InputError: An output file cannot be written.
    """
    grid = make_grid([parse_axis(a) for a in axes], check_grid_values)
    drawable = (*NUMERIC_OUTCOMES, "final_stage")
    if plot_out is not None:
        if plot_output not in drawable:
            raise ConfigError(
                f"--plot-output {plot_output!r} is unknown; choose one of: {', '.join(drawable)}"
            )
        x, y = plot_axes or (grid.names[:2] if len(grid.names) >= 2 else (grid.names[0], ""))
        for axis in (x, y):
            if axis not in grid.names or grid.shape[grid.names.index(axis)] < 2:
                raise ConfigError(
                    "--plot needs two swept parameters with at least two values each"
                    f" (swept: {', '.join(grid.names)})"
                )
    run, name, scenario_seed = _scenario_run(scenario)
    start = time.perf_counter()
    outputs = run_blocks(
        run,
        grid.points(),
        seed=scenario_seed if seed is None else seed,
        block=auto_block(grid.size, workers) if block is None else block,
        dask=local or scheduler is not None,
        scheduler=scheduler,
        workers=workers,
        processes=processes,
    )
    seconds = time.perf_counter() - start
    where = (
        scheduler
        if scheduler is not None
        else (
            f"local Dask cluster ({workers} {'processes' if processes else 'threads'})"
            if local
            else "in process"
        )
    )
    result = SweepRun(name, grid, outputs, run.months, seconds, where)
    plot_path = json_path = None
    if plot_out is not None:
        values = (
            outputs["final_stage"]
            if plot_output == "final_stage"
            else numeric(outputs, plot_output, run.months)
        )
        png = plot_map(
            grid,
            values,
            x=x,
            y=y,
            title=f"{plot_output} ({name}, {run.months} months)",
            label=plot_output,
            order=("exploratory", "control", "resistance", "symbiosis"),
        )
        plot_path = write_bytes_atomically(plot_out, png, what="the plot")
    if json_out is not None:
        json_path = write_json(result.document(), json_out)
    return SweepRun(name, grid, outputs, run.months, seconds, where, json_path, plot_path)


def parse_range(text: str) -> tuple[str, tuple[float, float]]:
    """``NAME`` (its documented range) or ``NAME=LOW:HIGH``.

    Raises:
        ConfigError: Malformed.
        SimulationError: Unknown parameter or a bound out of its documented range.
    """
    name, sep, rest = text.partition("=")
    name = name.strip()
    p = parameter(name)
    if not sep:
        return name, (p.low, p.high)
    try:
        low, high = (float(v) for v in rest.split(":"))
    except ValueError:
        raise ConfigError(f"--param {text!r}: write NAME or NAME=LOW:HIGH") from None
    check_value(name, low)
    check_value(name, high)
    return name, (low, high)


@dataclass(frozen=True, slots=True)
class SensitivityRun:
    """What ``sensitivity`` found.

    Attributes:
        scenario: The scenario the other parameters come from.
        output: The outcome analysed.
        indices: The Sobol indices.
        months: The horizon.
        seconds: Wall time.
        json_path: Where the JSON was written, if asked.
    """

    scenario: str
    output: str
    indices: SobolIndices
    months: int
    seconds: float
    json_path: Path | None = None

    def document(self) -> dict[str, Any]:
        """The JSON document (schema ``relcycle.sensitivity/1``)."""
        return {
            "schema": SENSITIVITY_SCHEMA,
            "scenario": self.scenario,
            "output": self.output,
            "months": self.months,
            "runs": self.indices.runs,
            "conf_level": self.indices.conf_level,
            "seed": self.indices.seed,
            "indices": self.indices.rows(),
        }


def sensitivity(
    params: Sequence[str],
    *,
    output: str = "time_to_symbiosis",
    scenario: str = "baseline",
    samples: int = 256,
    seed: int = 0,
    json_out: str | Path | None = None,
) -> SensitivityRun:
    """Sobol first- and total-order indices of one outcome over parameters' ranges.

    Args:
        params: ``NAME`` (its documented range) or ``NAME=LOW:HIGH``, two or more.
        output: The outcome (:data:`NUMERIC_OUTCOMES`).
        scenario: Where the other parameters' values come from.
        samples: Base sample size, a power of two (``samples · (k + 2)`` runs).
        seed: Seed of the sample and the bootstrap.
        json_out: Write the indices here.

    Raises:
        ConfigError: An unknown output, a malformed range, too few parameters.
        SimulationError: Unknown parameters, bounds out of range, a diverging run.
    """
    if output not in NUMERIC_OUTCOMES:
        raise ConfigError(
            f"--output {output!r} is unknown; choose one of: {', '.join(NUMERIC_OUTCOMES)}"
        )
    ranges = [parse_range(p) for p in params]
    bounds = dict(ranges)
    if len(bounds) != len(ranges):
        twice = sorted({n for n, _ in ranges if [m for m, _ in ranges].count(n) > 1})
        raise ConfigError(f"--param {', '.join(twice)}: the parameter is given twice; give it once")
    run, name, _ = _scenario_run(scenario)
    start = time.perf_counter()

    def fn(batch: dict[str, npt.NDArray[np.float64]]) -> npt.NDArray[np.float64]:
        out = run_blocks(run, batch, seed=seed, dask=False)
        return numeric(out, output, run.months)

    indices = sobol_indices(fn, bounds, n=samples, seed=seed)
    result = SensitivityRun(name, output, indices, run.months, time.perf_counter() - start)
    path = write_json(result.document(), json_out) if json_out is not None else None
    return SensitivityRun(name, output, indices, run.months, result.seconds, path)
