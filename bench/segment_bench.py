"""Stage segmentation throughput: 10,000 synthetic cases of 36 months x 10 indicators.

Generates sparse monthly count cases with known stages
(``relcycle.trajectory.synthetic.make_stage_series``: 3-5 stages, 60 % empty
cells), then times the stages step, segmenting every case with the default
settings (exact PELT optimum, Poisson cost, MBIC):

* ``batch``: ``segment_batch`` on all cases in one process (the fast path);
* ``batch x jobs``: the same split over ``--jobs`` processes (joblib, loky);
  measured slower than one process here (worker start-up and imports cost
  more than the ~2 s of work), so the default is one process;
* ``per case``: ``StageSegmenter().fit(x)`` in a loop, on a sample, scaled up;
* ``ruptures Pelt``: ruptures' own ``Pelt`` with the same cost and penalty, on
  a sample, scaled up.

Also reports boundary F1 (within one month) against the true stages.

Usage::

    python bench/segment_bench.py                 # 10,000 cases, one process
    python bench/segment_bench.py --jobs 2        # also over 2 processes
"""

from __future__ import annotations

import argparse
import os
import time

import numpy as np
import ruptures as rpt
from joblib import Parallel, delayed

from relcycle.trajectory.segmentation import (
    StageSegmenter,
    boundary_f1,
    make_cost,
    penalty_value,
    segment_batch,
)
from relcycle.trajectory.synthetic import make_stage_series

N_PERIODS = 36


def make_cases(n_cases: int, n_indicators: int) -> tuple[np.ndarray, list[list[int]]]:
    cases = [
        make_stage_series(N_PERIODS, 3 + s % 3, n_indicators, "counts", 0.6, seed=s)
        for s in range(n_cases)
    ]
    return np.stack([c[0] for c in cases]), [c[1] for c in cases]


def timed(label: str, seconds: float, n: int, note: str = "") -> None:
    print(f"{label:<34} {seconds:8.2f} s  {n / seconds:9.0f} cases/s  {note}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--indicators", type=int, default=10)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--sample", type=int, default=300, help="cases for the slow paths")
    args = parser.parse_args()
    print(
        f"{args.cases} cases x {N_PERIODS} periods x {args.indicators} indicators; "
        f"{os.cpu_count()} CPUs"
    )

    t0 = time.perf_counter()
    X, truth = make_cases(args.cases, args.indicators)
    timed("generate (not part of the step)", time.perf_counter() - t0, args.cases)

    t0 = time.perf_counter()
    found = segment_batch(X)
    timed("stages step: batch, 1 process", time.perf_counter() - t0, args.cases)

    if args.jobs > 1:
        t0 = time.perf_counter()
        parts = np.array_split(np.arange(args.cases), args.jobs)
        pieces = Parallel(n_jobs=args.jobs)(delayed(segment_batch)(X[idx]) for idx in parts)
        parallel = [b for piece in pieces for b in piece]
        seconds = time.perf_counter() - t0
        timed(f"stages step: batch, {args.jobs} processes", seconds, args.cases)
        assert parallel == found

    sample = X[: args.sample]
    t0 = time.perf_counter()
    one_by_one = [StageSegmenter().fit(x).predict() for x in sample]
    per_case = (time.perf_counter() - t0) / len(sample)
    timed(
        "per case StageSegmenter (scaled)",
        per_case * args.cases,
        args.cases,
        f"measured on {len(sample)}",
    )
    assert one_by_one == found[: args.sample]

    beta = penalty_value("mbic", N_PERIODS, args.indicators)
    t0 = time.perf_counter()
    for x in sample[: max(1, args.sample // 5)]:
        cost = make_cost("poisson", length_weight=1.0)
        rpt.Pelt(custom_cost=cost, min_size=2, jump=1).fit(x).predict(pen=beta)
    per_case = (time.perf_counter() - t0) / max(1, args.sample // 5)
    timed(
        "ruptures Pelt, same cost (scaled)",
        per_case * args.cases,
        args.cases,
        f"measured on {max(1, args.sample // 5)}",
    )

    f1 = np.mean([boundary_f1(t, p, margin=1)[0] for t, p in zip(truth, found, strict=True)])
    print(f"boundary F1 within 1 month over the {args.cases} cases: {f1:.3f}")


if __name__ == "__main__":
    main()
