"""Running a simulation scenario and writing its JSON and plot.

::

    run = simulate_scenario("dialogue", overrides=parse_assignments(["dialogue_from=24"]),
                            json_out=Path("run.json"), plot_out=Path("run.png"))
    run.result.central.sequence      # ('exploratory', 'control', 'symbiosis')
    run.result.summary.p_breakdown   # over the scenario's draws

Everything is computed, and the plot drawn in memory, before any file is
written; each file is written to a temporary file in its folder and renamed,
so a failure leaves no partial output.
"""

from __future__ import annotations

import io
import json
import math
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from relcycle.errors import ConfigError, InputError
from relcycle.report.outfiles import open_temp
from relcycle.simulation.params import check_value, parameter
from relcycle.simulation.scenarios import ScenarioResult, load_scenario, run_scenario

JSON_SCHEMA = "relcycle.simulation/1"
"""The ``schema`` field of the JSON written."""

STAGE_COLOURS: Mapping[str, str] = {
    "exploratory": "#cfe2f3",
    "control": "#f4cccc",
    "resistance": "#f9cb9c",
    "symbiosis": "#d9ead3",
}
"""Background colour of each stage type in the plot (others: light grey)."""


@dataclass(frozen=True, slots=True)
class SimulationRun:
    """A scenario's result and the files written.

    Attributes:
        result: The scenario's runs, stages and outcomes.
        json_path: Where the JSON went, if asked.
        plot_path: Where the PNG went, if asked.
    """

    result: ScenarioResult
    json_path: Path | None = None
    plot_path: Path | None = None


def parse_assignments(items: Sequence[str]) -> dict[str, float]:
    """``["dialogue=0.1", ...]`` as ``{"dialogue": 0.1}``, each checked against the registry.

    Raises:
        ConfigError: Not ``NAME=VALUE`` or not a number.
        SimulationError: An unknown parameter (listing the valid ones) or a
            value outside its documented range.
    """
    out: dict[str, float] = {}
    for item in items:
        name, sep, raw = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise ConfigError(f"--set {item!r}: expected NAME=VALUE, e.g. --set dialogue=0.1")
        parameter(name)
        try:
            value = float(raw)
        except ValueError:
            raise ConfigError(f"--set {item!r}: {raw.strip()!r} is not a number") from None
        check_value(name, value)
        out[name] = value
    return out


def simulate_scenario(
    scenario: str | Path = "baseline",
    *,
    overrides: Mapping[str, float] | None = None,
    draws: int | None = None,
    seed: int | None = None,
    json_out: Path | None = None,
    plot_out: Path | None = None,
) -> SimulationRun:
    """Run a built-in scenario (by name) or a scenario file; optionally write JSON and a PNG.

    Args:
        scenario: A built-in name or the path of a scenario file.
        overrides: Parameter values replacing the scenario's.
        draws: Draws of the uncertain parameters (the scenario's by default).
        seed: Seed of the draws (the scenario's by default).
        json_out: Where to write the run as JSON (``schema`` relcycle.simulation/1).
        plot_out: Where to write a PNG of the central run's states and stages.

    Raises:
        ScenarioError: An unknown scenario or an invalid scenario file.
        SimulationError: Bad overrides or a diverging run.
        InputError: An output file that cannot be written.
    """
    if draws is not None and draws < 0:
        raise ConfigError(f"--draws must be >= 0; got {draws}")
    result = run_scenario(load_scenario(scenario), overrides, draws=draws, seed=seed)
    document = {"schema": JSON_SCHEMA, **result.as_dict()}
    payloads: list[tuple[Path, bytes]] = []
    if json_out is not None:
        text = json.dumps(_finite(document), ensure_ascii=False, indent=2, allow_nan=False)
        payloads.append((json_out, (text + "\n").encode("utf-8")))
    if plot_out is not None:
        payloads.append((plot_out, render_png(result)))
    _write_all(payloads)
    return SimulationRun(result, json_out, plot_out)


def _finite(value: Any) -> Any:
    """``value`` with non-finite floats as ``None`` (JSON has no NaN)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value


def _write_all(payloads: Sequence[tuple[Path, bytes]]) -> None:
    """Write every file to a temporary name first, then rename them all."""
    temps: list[tuple[Path, Path]] = []
    try:
        for target, data in payloads:
            folder = target.parent if str(target.parent) else Path(".")
            try:
                fd, tmp = open_temp(folder, target.name)
            except OSError as exc:
                raise InputError(
                    f"cannot write the output: {exc.strerror or exc}", path=target
                ) from None
            temps.append((tmp, target))
            with os.fdopen(fd, "wb") as out:
                out.write(data)
        for tmp, target in temps:
            os.replace(tmp, target)
    finally:
        for tmp, _ in temps:
            Path(tmp).unlink(missing_ok=True)


def render_png(result: ScenarioResult) -> bytes:
    """A PNG of the central run's states with its stages shaded, and the draws' spread."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    traj = result.trajectory
    fig = Figure(figsize=(9, 6.5), dpi=110)
    ax, ax2 = fig.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [3, 2]})
    for st in result.central.stages:
        colour = STAGE_COLOURS.get(st.label, "#eeeeee")
        ax.axvspan(st.start, st.end, color=colour, alpha=0.8, lw=0)
        ax.text((st.start + st.end) / 2, 1.02, st.label, ha="center", va="bottom", fontsize=8)
    for j, name in enumerate(traj.state_names):
        ax.plot(traj.time, traj.states[0, :, j], label=name, lw=1.6)
    ax.set_ylim(0, 1.08)
    ax.set_ylabel("share")
    ax.legend(loc="center right", fontsize=8, framealpha=0.9)
    ax.set_title(f"scenario {result.scenario.name}: central run", fontsize=10, pad=14)
    if traj.size > 1:
        for name, colour in (("resistance", "#cc4125"), ("trust", "#3d85c6")):
            band = traj.state(name)[1:]
            lo, mid, hi = np.percentile(band, [10, 50, 90], axis=0)
            ax2.fill_between(traj.time, lo, hi, color=colour, alpha=0.25, lw=0)
            ax2.plot(traj.time, mid, color=colour, lw=1.4, label=f"{name} (median, 10-90%)")
        s = result.summary
        ax2.set_title(
            f"{s.runs} draws: P(breakdown) = {s.p_breakdown:.2f}, "
            f"P(symbiosis by month {traj.time[-1]:g}) = {s.p_symbiosis:.2f}",
            fontsize=9,
        )
        ax2.legend(loc="center right", fontsize=8, framealpha=0.9)
    else:
        ax2.text(0.5, 0.5, "no draws of uncertain parameters", ha="center", va="center",
                 transform=ax2.transAxes)  # fmt: skip
    ax2.set_ylim(0, 1)
    ax2.set_xlabel("month")
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()
