"""``relcycle sweep``, ``sensitivity``, ``calibrate`` and ``whatif``: the model over many runs."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import numpy as np
import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Column, Table

from relcycle.cli.app import app
from relcycle.cli.options import DbOption
from relcycle.errors import ConfigError
from relcycle.services.calibration import calibrate as calibrate_service
from relcycle.services.calibration import whatif as whatif_service
from relcycle.services.simulation_runs import sensitivity as sensitivity_service
from relcycle.services.simulation_runs import sweep as sweep_service
from relcycle.services.whatif import parse_month
from relcycle.settings import Settings

console = Console(highlight=False)

ScenarioOpt = Annotated[
    str,
    typer.Option("--scenario", help="A built-in scenario's name or a scenario file (the base)."),
]
JsonOpt = Annotated[Path | None, typer.Option("--json", help="Write the result as JSON.")]
OutDirOpt = Annotated[
    Path | None,
    typer.Option("--out", help="Folder of stored calibrations (default: the SQLite store's)."),
]


def _months(m: float | None) -> str:
    return "–" if m is None or not np.isfinite(m) else f"{m:.0f}"


@app.command("sweep")
def sweep(
    grid: Annotated[
        list[str],
        typer.Option(
            "--grid", help="NAME=V1,V2,... or NAME=START:STOP:COUNT; repeat for more parameters."
        ),
    ],
    scenario: ScenarioOpt = "baseline",
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Address of a Dask scheduler (default: a local cluster)."),
    ] = None,
    workers: Annotated[int, typer.Option("--workers", help="Workers of the local cluster.")] = 2,
    no_dask: Annotated[
        bool, typer.Option("--no-dask", help="Run in this process, without Dask.")
    ] = False,
    processes: Annotated[
        bool,
        typer.Option(
            "--processes", help="Local workers are processes (large sweeps), not threads."
        ),
    ] = False,
    block: Annotated[
        int | None,
        typer.Option("--block", help="Parameter sets per task (default: a few tasks per worker)."),
    ] = None,
    json_out: JsonOpt = None,
    plot: Annotated[
        Path | None,
        typer.Option("--plot", help="Draw an outcome over the first two swept parameters (PNG)."),
    ] = None,
    plot_output: Annotated[
        str,
        typer.Option(
            "--plot-output",
            help="Outcome drawn: time_to_symbiosis, time_in_resistance, breakdown, final_trust, "
            "... or final_stage (a basin map over starting shares).",
        ),
    ] = "time_to_symbiosis",
) -> None:
    """Run a parameter grid to its outcomes (stage sequence, time to symbiosis ...) on Dask."""
    run = sweep_service(
        grid,
        scenario=scenario,
        scheduler=scheduler,
        local=not no_dask,
        workers=workers,
        processes=processes,
        block=block,
        json_out=json_out,
        plot_out=plot,
        plot_output=plot_output,
    )
    out = run.outputs
    console.print(
        f"sweep of {run.grid.size} points from scenario [bold]{escape(run.scenario)}[/] "
        f"over {run.months} months: {run.seconds:.1f} s on {escape(run.where)}"
    )
    seqs, counts = np.unique(out["sequence"], return_counts=True)
    table = Table("stage sequence", "points", "share", title="outcomes")
    for i in np.argsort(-counts, kind="stable"):
        table.add_row(escape(str(seqs[i])), str(counts[i]), f"{counts[i] / run.grid.size:.0%}")
    console.print(table)
    tts = out["time_to_symbiosis"]
    reached = tts[np.isfinite(tts)]
    console.print(
        f"symbiosis reached in {reached.size / run.grid.size:.0%} of points"
        + (f" (months {reached.min():.0f}–{reached.max():.0f})" if reached.size else "")
        + f"; breakdown in {float(np.mean(out['breakdown'])):.0%}; "
        f"mean time in resistance {float(np.mean(out['time_in_resistance'])):.1f} months"
    )
    if len(run.grid.names) <= 3 and run.grid.size <= 40:
        pts = run.grid.points()
        seq = Column("sequence", overflow="fold")
        detail = Table(*run.grid.names, seq, "symbiosis at", "resistance", "breakdown")
        for i in range(run.grid.size):
            detail.add_row(
                *(f"{pts[n][i]:g}" for n in run.grid.names),
                escape(str(out["sequence"][i]).replace(">", " > ")),
                _months(float(tts[i])),
                f"{float(out['time_in_resistance'][i]):.0f}",
                "yes" if out["breakdown"][i] else "no",
            )
        console.print(detail)
    for label, path in (("json", run.json_path), ("plot", run.plot_path)):
        if path is not None:
            console.print(f"{label}: {path}", soft_wrap=True)


@app.command("sensitivity")
def sensitivity(
    param: Annotated[
        list[str],
        typer.Option("--param", help="NAME (its documented range) or NAME=LOW:HIGH; two or more."),
    ],
    output: Annotated[
        str,
        typer.Option(
            "--output",
            help="time_to_symbiosis (censored at the horizon), time_in_resistance, breakdown, "
            "final_control, final_resistance or final_trust.",
        ),
    ] = "time_to_symbiosis",
    scenario: ScenarioOpt = "baseline",
    samples: Annotated[
        int, typer.Option("--samples", help="Base sample size, a power of two.")
    ] = 256,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the sample.")] = 0,
    json_out: JsonOpt = None,
) -> None:
    """Sobol first- and total-order indices of one outcome (SALib)."""
    run = sensitivity_service(
        param, output=output, scenario=scenario, samples=samples, seed=seed, json_out=json_out
    )
    ix = run.indices
    conf = f"{ix.conf_level:.0%}"
    title = f"Sobol indices of {run.output} ({run.scenario}, {ix.runs} runs, {run.seconds:.1f} s)"
    table = Table("parameter", "range", "S1", f"± ({conf})", "ST", f"± ({conf})", title=title)
    for row in ix.rows():
        table.add_row(
            escape(str(row["parameter"])),
            f"{row['low']:g}–{row['high']:g}",
            f"{row['S1']:.3f}",
            f"{row['S1_conf']:.3f}",
            f"{row['ST']:.3f}",
            f"{row['ST_conf']:.3f}",
        )
    console.print(table)
    if run.json_path is not None:
        console.print(f"json: {run.json_path}", soft_wrap=True)


@app.command("calibrate")
def calibrate(
    case: Annotated[
        str, typer.Argument(metavar="CASE|PATH", help="A stored case's id, or a case folder.")
    ],
    json_out: JsonOpt = None,
    out: OutDirOpt = None,
    budget: Annotated[
        int, typer.Option("--budget", help="Simulations after which no new generation starts.")
    ] = 2000,
    population: Annotated[
        int, typer.Option("--population", help="Particles per ABC-SMC generation.")
    ] = 150,
    draws: Annotated[
        int, typer.Option("--draws", help="Posterior draws kept (predictive check, what-ifs).")
    ] = 200,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the fit.")] = 0,
    whatif_from: Annotated[
        str | None,
        typer.Option(
            "--whatif-from",
            help="Date the stored lever what-ifs start (YYYY-MM or YYYY-MM-DD; default: "
            "the start of the observed control, else resistance, stage).",
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    """Fit the model to a case (ABC-SMC): posterior, predictive check, and the levers' what-ifs."""
    start = parse_month(whatif_from, "--whatif-from") if whatif_from is not None else None
    settings = Settings.from_env(db=db)
    with console.status("analysing") as status:
        run = calibrate_service(
            case,
            settings,
            out_dir=out,
            json_out=json_out,
            budget=budget,
            population=population,
            draws=draws,
            seed=seed,
            whatif_from=start,
            step=lambda name: status.update(name),
        )
    _calibration(run.document)
    _lever_whatifs(run.document)
    console.print(f"stored: {run.path}", soft_wrap=True)
    if run.json_path is not None:
        console.print(f"json: {run.json_path}", soft_wrap=True)


def _calibration(doc: dict[str, Any]) -> None:
    obs = doc["observed"]
    console.print(
        f"[bold]{escape(doc['case'])}[/]: {len(doc['periods'])} {doc['grain']}s from "
        f"{doc['origin']} (model month 0); observed "
        f"{escape(' > '.join(obs['sequence']))}"
    )
    console.print(
        f"ABC-SMC: {doc['simulations']} simulations, {doc['generations']} generations, "
        f"final epsilon {doc['epsilons'][-1] if doc['epsilons'] else float('nan'):.3f}, "
        f"{doc['seconds']:.1f} s ({doc.get('cpu_seconds', 0.0):.1f} s CPU)"
    )
    table = Table("parameter", "prior", "median", "5–95 %", title="posterior")
    for name, r in doc["ranges"].items():
        table.add_row(
            escape(name),
            f"{r['low']:g}–{r['high']:g}",
            f"{r['median']:.3g}",
            f"{r['q05']:.3g}–{r['q95']:.3g}",
        )
    console.print(table)
    chk = doc["check"]
    console.print(
        f"predictive check over {chk['draws']} posterior draws: "
        f"{chk['sequence_match']:.0%} reproduce the observed stage sequence, "
        f"{chk['period_agreement']:.0%} of periods labelled as observed, "
        f"{chk['coverage']:.0%} of observed indicator points inside the 5–95 % band"
    )
    seqs = Table("simulated stage sequence", "share of draws")
    for seq, share in list(chk["sequences"].items())[:5]:
        seqs.add_row(escape(seq.replace(">", " > ")), f"{share:.0%}")
    console.print(seqs)


def _lever_whatifs(doc: dict[str, Any]) -> None:
    stored = doc.get("whatifs")
    if not stored:
        return
    table = Table(
        "lever",
        "reach symbiosis",
        "symbiosis: date (median)",
        "months resisting",
        "earlier by (median)",
        title=f"what-if: each lever from {stored['from']} ({stored['from_rule']})",
    )
    base = stored["levers"][0]["baseline"]
    t = base["time_to_symbiosis"]
    table.add_row(
        "none (as calibrated)",
        f"{base['p_symbiosis']:.0%}",
        "–" if t is None else t["median_date"],
        f"{base['time_in_resistance']['mean']:.1f}",
        "",
    )
    for w in stored["levers"]:
        arm, e = w["lever_on"], w["earlier"]
        t = arm["time_to_symbiosis"]
        table.add_row(
            f"{escape(w['lever'])}={w['value']:g}",
            f"{arm['p_symbiosis']:.0%}",
            "–" if t is None else t["median_date"],
            f"{arm['time_in_resistance']['mean']:.1f}",
            _months(e["median"]),
        )
    console.print(table)


def _lever(text: str) -> tuple[str, float]:
    name, sep, value = text.partition("=")
    try:
        if not sep:
            raise ValueError
        return name.strip(), float(value)
    except ValueError:
        raise ConfigError(f"--lever {text!r}: write NAME=VALUE (e.g. dialogue=0.3)") from None


@app.command("whatif")
def whatif(
    case: Annotated[str, typer.Argument(metavar="CASE", help="A calibrated case's id.")],
    lever: Annotated[
        str,
        typer.Option(
            "--lever",
            help="NAME=VALUE: boundary, dialogue, contract or funding, e.g. dialogue=0.3.",
        ),
    ],
    from_: Annotated[
        str, typer.Option("--from", help="The date the lever holds from: YYYY-MM or YYYY-MM-DD.")
    ],
    months: Annotated[
        int | None, typer.Option("--months", help="Horizon in months (default: the case's).")
    ] = None,
    json_out: JsonOpt = None,
    out: OutDirOpt = None,
    db: DbOption = None,
) -> None:
    """When symbiosis would have come had a lever held from a date (over the posterior draws)."""
    name, value = _lever(lever)
    start = parse_month(from_)
    settings = Settings.from_env(db=db)
    with console.status("running the posterior draws"):
        run = whatif_service(
            case,
            settings,
            lever=name,
            value=value,
            from_date=start,
            months=months,
            out_dir=out,
            json_out=json_out,
        )
    doc = run.document
    obs = doc["observed"]
    console.print(
        f"[bold]{escape(case)}[/]: {escape(name)}={value:g} from {doc['from']} "
        f"(model month {doc['from_month']:.1f}) over {doc['draws']} posterior draws, "
        f"{doc['months']} months"
    )
    console.print(
        f"observed: {escape(' > '.join(obs['sequence']))}; symbiosis from "
        f"{obs['symbiosis_start'] or '–'}; {obs['time_in_resistance']:.0f} months in resistance"
    )
    table = Table(
        "",
        "reach symbiosis",
        "symbiosis: month (5–95 %)",
        "date",
        "months resisting",
        title="what-if (medians over the draws)",
    )
    for label, arm in (("as calibrated", doc["baseline"]), ("with the lever", doc["lever_on"])):
        t = arm["time_to_symbiosis"]
        table.add_row(
            label,
            f"{arm['p_symbiosis']:.0%}",
            "–" if t is None else f"{t['median']:.0f} ({t['q05']:.0f}–{t['q95']:.0f})",
            "–" if t is None else t["median_date"],
            f"{arm['time_in_resistance']['mean']:.1f}",
        )
    console.print(table)
    for label, arm in (("as calibrated", doc["baseline"]), ("with the lever", doc["lever_on"])):
        shares = ", ".join(
            f"{seq.replace('>', ' > ')} {share:.0%}"
            for seq, share in list(arm["sequences"].items())[:3]
        )
        console.print(f"{label}: {escape(shares)}")
    e = doc["earlier"]
    if e["median"] is not None:
        console.print(
            f"symbiosis earlier by {e['median']:.0f} months (median; 5–95 %: "
            f"{e['q05']:.0f} to {e['q95']:.0f}); earlier in {e['share_earlier']:.0%} of draws"
        )
    if run.json_path is not None:
        console.print(f"json: {run.json_path}", soft_wrap=True)
