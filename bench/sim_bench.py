"""Simulation bench: parameter-set-steps per second of the core engine, and of Mesa.

The core engine (``relcycle.simulation.engine.simulate``) integrates ``N``
parameter sets at once: with the compiled kernel (``backend="numba"``, the
default for deterministic float64 runs) or with numpy (``backend="numpy"``,
shown for comparison; float32 runs use it). The same model written the way an
agent-based framework would — one Mesa 3.3.1 agent per parameter set,
advancing its own six states by the same RK4 step in plain Python, lever
switches included — runs the same work on fewer sets, and its rate is
extrapolated (the work is linear in ``N``). Before timing, both are run on
random parameter sets drawn over the documented ranges (levers switching
mid-run) and must agree to 1e-9: the same model, not a lookalike.

Everything runs on one pinned core; each figure is the least CPU time of
``--repeat`` runs (the machine is shared: CPU time is less inflated by other
jobs than wall time, and the best run is the least disturbed one).

Note: ``import mesa`` (3.3.1) sets multiprocessing's start method to
``spawn`` for the whole process, so it is imported inside :func:`mesa_rate`
only, and nothing here starts processes.

    python bench/sim_bench.py                        # N = 1e4 and 1e5, 1,000 steps
    python bench/sim_bench.py --sets 10000 --mesa-sets 200 --repeat 3
"""

from __future__ import annotations

import argparse
import math
import os
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from relcycle.simulation.engine import IntegrationError, simulate, step_error
from relcycle.simulation.model import SWITCH_EPS
from relcycle.simulation.params import LEVERS, PARAMETERS, ParameterBatch

STEPS = 1000
DT = 0.25


def random_batch(n: int, seed: int) -> ParameterBatch:
    """``n`` parameter sets drawn over the documented ranges (switches within 60 months)."""
    rng = np.random.default_rng(seed)
    values = {}
    for name, p in PARAMETERS.items():
        high = min(p.high, 60.0) if p.kind == "switch" else p.high
        values[name] = rng.uniform(p.low, high, n)
    # keep the strategy rates modest so RK4 at dt = 0.25 stays inside [0, 1]
    values["rate_gov"] = rng.uniform(0.02, 1.0, n)
    values["rate_swo"] = rng.uniform(0.02, 1.0, n)
    return ParameterBatch.from_mapping(values)


class ScalarRun:
    """One parameter set's model in plain Python floats (relcycle.simulation.model's equations)."""

    def __init__(self, p: dict[str, float]) -> None:
        self.p = p
        self.s = [p["control0"], p["resistance0"], p["trust0"], p["dependence0"],
                  p["information0"], p["legitimacy0"]]  # fmt: skip
        self.levers(0.0)

    def levers(self, t: float) -> None:
        p = self.p
        now = t + SWITCH_EPS  # a switch at month m holds from the start of month ceil(m)
        on = {lv: (p[lv] if now >= math.ceil(p[f"{lv}_from"]) else 0.0) for lv in LEVERS}
        self.b, self.d, self.c = on["boundary"], on["dialogue"], on["contract"]
        self.f = p["funding"] if now >= math.ceil(p["funding_from"]) else p["funding_initial"]

    def rhs(self, s: list[float]) -> list[float]:
        p = self.p
        x, y, tr, dep, info, leg = s
        ex = x * (1.0 - self.b)
        dg = (p["info_pressure"] * (1.0 - info) + p["evaluation"] - p["trust_relief"] * tr
              - p["resistance_cost"] * y - p["contract_weight"] * self.c)  # fmt: skip
        ds = ((p["grievance"] + p["legitimacy_backing"] * leg) * ex - p["dependence_fear"] * dep
              - p["resist_cost"])  # fmt: skip
        mu, eps = p["mutation"], p["erosion"]
        return [
            p["rate_gov"] * x * (1.0 - x) * dg + mu * (0.5 - x),
            p["rate_swo"] * y * (1.0 - y) * ds + mu * (0.5 - y),
            (p["trust_rate"] * info + self.d) * (1.0 - tr) * (1.0 - ex) - eps * tr * x * y,
            p["dependence_rate"] * (self.f * (1.0 - p["diversification"] * leg) - dep),
            (p["info_rate"] + self.d + p["voice"] * y) * (1.0 - info) - eps * info * x * y,
            p["legitimacy_rate"] * ((1.0 - ex) - leg),
        ]

    def step(self, t: float, dt: float) -> None:
        self.levers(t)
        s = self.s
        k1 = self.rhs(s)
        k2 = self.rhs([a + 0.5 * dt * k for a, k in zip(s, k1, strict=True)])
        k3 = self.rhs([a + 0.5 * dt * k for a, k in zip(s, k2, strict=True)])
        k4 = self.rhs([a + dt * k for a, k in zip(s, k3, strict=True)])
        self.s = [
            a + dt / 6.0 * (q1 + 2.0 * (q2 + q3) + q4)
            for a, q1, q2, q3, q4 in zip(s, k1, k2, k3, k4, strict=True)
        ]


def mesa_model(batch: ParameterBatch) -> Any:
    """A Mesa model whose agents are the batch's parameter sets."""
    import mesa  # switches multiprocessing to spawn: imported here only

    class SetAgent(mesa.Agent):  # type: ignore[misc]
        def __init__(self, model: Any, params: dict[str, float]) -> None:
            super().__init__(model)
            self.run = ScalarRun(params)

        def step(self) -> None:
            self.run.step(self.model.t, DT)

    class RelationshipABM(mesa.Model):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__(seed=0)
            self.t = 0.0
            for i in range(batch.size):
                SetAgent(self, batch.row(i))

        def step(self) -> None:
            self.agents.do("step")
            self.t += DT

    return RelationshipABM()


def check_same_model(n: int = 50, steps: int = 200) -> float:
    """Largest difference between the engine and the Mesa model on random sets."""
    batch = random_batch(n, seed=7)
    core = simulate(batch, months=steps * DT, dt=DT, record_every=steps * DT)
    model = mesa_model(batch)
    for _ in range(steps):
        model.step()
    mesa_final = np.array([a.run.s for a in model.agents])
    order = np.argsort([a.unique_id for a in model.agents])
    return float(np.max(np.abs(core.final - mesa_final[order])))


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    """The least CPU time of ``repeat`` runs (other jobs on the machine inflate wall time)."""
    best = math.inf
    for _ in range(repeat):
        t = time.process_time()
        fn()
        best = min(best, time.process_time() - t)
    return best


def core_rate(n: int, method: str, dtype: str, backend: str, repeat: int) -> tuple[float, float]:
    batch = ParameterBatch.defaults(n).replace({"dialogue": 0.1, "dialogue_from": 24.0})
    months = STEPS * DT

    def run() -> object:
        return simulate(
            batch, months=months, dt=DT, method=method, dtype=dtype, backend=backend,
            record_every=1.0,
        )  # fmt: skip

    run()  # warm up (and compile the kernel, or load it from the cache)
    secs = best_of(repeat, run)
    return secs, n * STEPS / secs


def mesa_rate(n: int, steps: int, repeat: int) -> tuple[float, float]:
    batch = ParameterBatch.defaults(n).replace({"dialogue": 0.1, "dialogue_from": 24.0})

    def run() -> object:
        model = mesa_model(batch)
        for _ in range(steps):
            model.step()
        return model

    secs = best_of(repeat, run)
    return secs, n * steps / secs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--mesa-sets", type=int, default=100)
    ap.add_argument("--mesa-steps", type=int, default=STEPS)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--cpu", type=int, default=None, help="Core to pin to (default: the last).")
    args = ap.parse_args()
    cpu = args.cpu if args.cpu is not None else max(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    print(f"pinned to core {cpu}; {STEPS} steps of {DT} month; best of {args.repeat}")
    diff = check_same_model()
    print(f"engine vs Mesa model on 50 random sets, 200 steps: max |difference| = {diff:.2e}")
    if diff > 1e-9:
        raise SystemExit("the two implementations disagree: not the same model")
    errs = random_batch(500, seed=3)
    for method in ("rk4", "heun", "euler"):
        try:
            err = f"{step_error(errs, months=STEPS * DT, dt=DT, method=method):.1e}"
        except IntegrationError:
            err = "diverged"
        print(f"step error at dt {DT} ({method}, 500 random sets, halving dt): {err}")
    rates = {}
    settings = (
        ("rk4", "float64", "numba"),  # what simulate() runs by default (backend auto)
        ("euler", "float64", "numba"),
        ("rk4", "float64", "numpy"),
        ("rk4", "float32", "numpy"),
        ("euler", "float32", "numpy"),
    )
    for n in args.sets:
        for method, dtype, backend in settings:
            secs, rate = core_rate(n, method, dtype, backend, args.repeat)
            rates[(n, method, dtype, backend)] = rate
            print(
                f"core  N={n:>7,} {method:5s} {dtype} {backend:5s}: {secs:7.3f} s "
                f"{rate:14,.0f} set-steps/s"
            )
    secs, mrate = mesa_rate(args.mesa_sets, args.mesa_steps, args.repeat)
    print(f"mesa  N={args.mesa_sets:>7,} rk4   float : {secs:7.3f} s  {mrate:12,.0f} set-steps/s")
    best_default = max(
        r for (_, m, d, b), r in rates.items() if (m, d, b) == ("rk4", "float64", "numba")
    )
    best_any = max(rates.values())
    print(f"core default (rk4 float64, numba kernel) / mesa: {best_default / mrate:,.0f}x")
    print(f"fastest core setting / mesa: {best_any / mrate:,.0f}x")
    for method, dtype, backend in settings:
        best = max(r for (_, m, d, b), r in rates.items() if (m, d, b) == (method, dtype, backend))
        met = "met" if best >= 1e8 else "not met"
        print(f"target 1e8 set-steps/s, {method} {dtype} {backend}: {met} "
              f"({best:.2e}; {best / mrate:,.0f}x mesa)")  # fmt: skip


if __name__ == "__main__":
    main()
