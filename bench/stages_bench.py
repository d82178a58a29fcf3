"""Stage bench: 10,000 synthetic cases of 36 months, indicators → stages → labels.

Each case follows the built-in framework's typology: a random sequence of
stage types (consecutive ones differ; exploratory first half the time),
stages of at least three months, each indicator's counts Poisson around the
case's base rate times ``2 ** level`` of the stage's signature (the signature
model's own reading), with exposure varying from month to month and about
60 % of the cells empty. Timed: indicator tables with their priors, the
segmenter's candidate boundaries (``segment_batch``, all cases of a chunk at
once), the signature model and the Viterbi decoder (with its baseline
re-estimation), the stage scores. Not
timed: generating the cases.

    python bench/stages_bench.py                 # 10,000 cases, 2 processes
    python bench/stages_bench.py --cases 1000 --jobs 1
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from typing import Any

import numpy as np

from relcycle.domain import periods_between
from relcycle.frameworks import load_framework
from relcycle.frameworks.levels import LEVEL_CENTRES
from relcycle.trajectory.analysis import StageMethod, decode, stage_channels
from relcycle.trajectory.decoder import runs
from relcycle.trajectory.indicators import IndicatorTable
from relcycle.trajectory.labelling import stage_scores
from relcycle.trajectory.segmentation import boundary_f1, make_cost, penalty_value, segment_batch

N_PERIODS = 36
MIN_STAGE = 3
MONTHS = periods_between(date(2000, 1, 1), date(2002, 12, 31), "month")


def make_cases(
    n_cases: int, seed: int, density: float = 1.0
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(counts (cases, 36, k), exposure (cases, 36), true labels (cases, 36))``."""
    fw = load_framework()
    ids = [i.id for i in fw.indicators]
    stages = fw.stages
    centre = np.array(
        [[LEVEL_CENTRES.get(s.signature.get(i, ""), 0.0) for i in ids] for s in stages]
    )
    rng = np.random.default_rng(seed)
    counts = np.zeros((n_cases, N_PERIODS, len(ids)))
    exposure = np.zeros((n_cases, N_PERIODS))
    labels = np.zeros((n_cases, N_PERIODS), dtype=np.int64)
    for c in range(n_cases):
        n_stages = int(rng.integers(3, 6))
        seq = [0 if rng.random() < 0.5 else int(rng.integers(len(stages)))]
        while len(seq) < n_stages:
            nxt = int(rng.integers(len(stages)))
            if nxt != seq[-1]:
                seq.append(nxt)
        spare = N_PERIODS - n_stages * MIN_STAGE
        lengths = MIN_STAGE + np.floor(rng.dirichlet(np.full(n_stages, 2.0)) * spare).astype(int)
        lengths[-1] += N_PERIODS - lengths.sum()
        per = np.repeat(seq, lengths)
        base = rng.gamma(2.0, 0.25 * density, size=len(ids))  # counts per unit exposure
        expo = rng.lognormal(0.0, 0.5, size=N_PERIODS)
        rates = base[None, :] * 2.0 ** centre[per] * expo[:, None]
        counts[c] = rng.poisson(rates)
        exposure[c] = expo
        labels[c] = per
    return counts, exposure, labels


def label_chunk(args: tuple[np.ndarray, np.ndarray]) -> list[list[int]]:
    """Indicators → candidates → decoded labels for a chunk of cases (one process)."""
    counts, exposure = args
    fw = load_framework()
    ids = [i.id for i in fw.indicators]
    method = StageMethod()
    tables = [
        IndicatorTable.from_counts(x, ids, MONTHS, e) for x, e in zip(counts, exposure, strict=True)
    ]
    channels = [stage_channels(t, fw.stages) for t in tables]
    by_width: dict[int, list[int]] = {}
    for i, X in enumerate(channels):
        by_width.setdefault(X.shape[1], []).append(i)
    cands: list[list[int]] = [[] for _ in tables]
    for d, idx in by_width.items():
        beta = penalty_value(method.penalty, N_PERIODS, make_cost(method.cost).n_params(d))
        found = segment_batch(
            np.stack([channels[i] for i in idx]),
            cost=method.cost,
            penalty=beta * method.candidate_scale,
            min_size=1,
        )
        for i, bkps in zip(idx, found, strict=True):
            cands[i] = bkps
    size = method.min_size("month")
    out = []
    for table, bkps in zip(tables, cands, strict=True):
        found = decode(table, fw.stages, method, size, bkps)
        for _, a, b in runs(found.labels):
            stage_scores(found.loglik, a, b, found.model.stages, found.posterior)
        out.append(found.labels)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--density", type=float, default=1.0, help="base-rate multiplier")
    args = parser.parse_args(argv)
    counts, exposure, truth = make_cases(args.cases, args.seed, args.density)
    empty = float((counts == 0).mean())
    chunks = max(args.jobs * 4, 1)
    parts = [
        (counts[i::chunks], exposure[i::chunks]) for i in range(chunks)
    ]  # interleaved, then put back in order
    start = time.perf_counter()
    if args.jobs > 1:
        with ProcessPoolExecutor(args.jobs) as pool:
            results = list(pool.map(label_chunk, parts))
    else:
        results = [label_chunk(p) for p in parts]
    took = time.perf_counter() - start
    labels: list[Any] = [None] * args.cases
    for i, chunk in enumerate(results):
        for j, lab in enumerate(chunk):
            labels[i + j * chunks] = lab
    acc = float(
        np.mean([np.mean(np.array(lab) == t) for lab, t in zip(labels, truth, strict=True)])
    )
    f1s = []
    for lab, t in zip(labels, truth, strict=True):
        true_ends = [stop for _, _, stop in runs(t.tolist())]
        f1s.append(boundary_f1(true_ends, [stop for _, _, stop in runs(lab)], margin=1)[0])
    cpus = os.cpu_count()
    print(
        f"{args.cases:,} cases x {N_PERIODS} months x 12 indicators ({empty:.0%} empty cells), "
        f"{args.jobs} process(es) on {cpus} CPUs: {took:.1f} s "
        f"({1e3 * took / args.cases:.2f} ms per case); "
        f"label accuracy {acc:.3f}, boundary F1 (±1) {float(np.mean(f1s)):.3f}"
    )
    return 0 if math.isfinite(took) else 1


if __name__ == "__main__":
    sys.exit(main())
