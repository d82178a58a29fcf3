"""``relcycle simulate``: run a scenario of the relationship model and show its stages."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from relcycle.cli.app import app
from relcycle.services.simulation import SimulationRun, parse_assignments, simulate_scenario

console = Console(highlight=False)


@app.command("simulate")
def simulate(
    scenario: Annotated[
        str,
        typer.Option(
            "--scenario",
            metavar="NAME|FILE",
            help="A built-in scenario (baseline, behaviour-boundary, dialogue, "
            "return-to-contract, all-three) or a scenario YAML file.",
        ),
    ] = "baseline",
    json_out: Annotated[
        Path | None,
        typer.Option("--json", help="Write the run as JSON (schema relcycle.simulation/1)."),
    ] = None,
    plot: Annotated[
        Path | None, typer.Option("--plot", help="Write a PNG of the states and stages.")
    ] = None,
    assignments: Annotated[
        list[str] | None,
        typer.Option(
            "--set",
            metavar="NAME=VALUE",
            help="Set a model parameter (repeatable), e.g. --set dialogue=0.1 "
            "--set dialogue_from=24.",
        ),
    ] = None,
    draws: Annotated[
        int | None,
        typer.Option(
            "--draws", help="Draws of the uncertain parameters (default: the scenario's)."
        ),
    ] = None,
    seed: Annotated[int | None, typer.Option("--seed", help="Seed of the draws.")] = None,
) -> None:
    """Simulate a scenario: its stage sequence, time to symbiosis and risk of breakdown."""
    run = simulate_scenario(
        scenario,
        overrides=parse_assignments(assignments or []),
        draws=draws,
        seed=seed,
        json_out=json_out,
        plot_out=plot,
    )
    _show(run)


def _months(value: float | None) -> str:
    return "never" if value is None else f"month {value:g}"


def _show(run: SimulationRun) -> None:
    result = run.result
    spec = result.scenario.spec
    console.print(
        f"[bold]scenario {escape(spec.name)}[/] ({escape(result.scenario.source)}), "
        f"{spec.months:g} months"
    )
    if result.overrides:
        console.print("set: " + ", ".join(f"{k}={v:g}" for k, v in result.overrides.items()))
    table = Table(title="stages of the central run (model months)")
    table.add_column("stage")
    table.add_column("start", justify="right")
    table.add_column("end", justify="right")
    table.add_column("months", justify="right")
    for st in result.central.stages:
        table.add_row(st.label, f"{st.start:g}", f"{st.end:g}", f"{st.end - st.start:g}")
    console.print(table)
    c = result.central
    console.print(" → ".join(c.sequence))
    console.print(
        f"symbiosis: {_months(c.time_to_symbiosis)}; resistance: {c.time_in_resistance:g} months; "
        f"breakdown: {'yes' if c.breakdown else 'no'}"
    )
    s = result.summary
    if result.trajectory.size > 1:
        t = s.time_to_symbiosis
        when = f"month {t[1]:g} (10-90%: {t[0]:g}-{t[2]:g})" if t else "never"
        console.print(
            f"over {s.runs} draws: P(breakdown) {s.p_breakdown:.2f}, "
            f"P(symbiosis) {s.p_symbiosis:.2f}, symbiosis at {when}, "
            f"mean resistance {s.time_in_resistance:.1f} months"
        )
        for seq, share in s.sequences[:3]:
            console.print(f"  {share:5.0%}  {' → '.join(seq)}")
    for path in (run.json_path, run.plot_path):
        if path is not None:
            console.print(f"wrote {path}")
