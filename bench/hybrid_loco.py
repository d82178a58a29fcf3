"""The hybrid coder on training cases it did not learn from: leave one case out.

    python bench/hybrid_loco.py                        # C 10 and 100, thresholds 0.25-0.50
    python bench/hybrid_loco.py --C 100 --thresholds 0.4

For each case folder in ``tests/data/trainset`` in turn, the hybrid coder's
model is fitted on every example the build uses except that case's segments
(:mod:`relcycle.coding.hybrid.build`: the development set's tuning half, the
phrasebook, the labelled sentences and the *other* training cases), with the
given ``C``, and the case is coded by the rules plus that model. The learned
codes' probabilities are kept, so one fit per case serves every threshold.
Printed: behaviour leaf macro-F1 and micro P / R / F1 over the pooled cases
(:func:`relcycle.coding.evaluate.score`, unit = segment), zh, en and both, for
each ``C`` and threshold. This is how well the shipped model does on a case
nobody trained it on, and what the build's ``C`` and threshold are chosen by.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from coding_quality import Run, coded, fmt, report
from relcycle import read_case
from relcycle.coding.hybrid import build, coder, model
from relcycle.frameworks import Framework, load_framework

ROOT = Path(__file__).resolve().parents[1]
TRAINSET = ROOT / "tests" / "data" / "trainset"
THRESHOLDS = (0.25, 0.3, 0.35, 0.4, 0.45, 0.5)


def loco(framework: Framework, c: float, thresholds: Sequence[float]) -> dict[float, list[Run]]:
    """Threshold → one run per training case, each coded by a model that never saw it."""
    behaviour = frozenset(x.id for x in framework.codes if x.family == "behaviour")
    parts = build.example_parts(ROOT, behaviour)
    base = [e for name, part in parts.items() if name != "training cases" for e in part]
    folders = sorted(p.parent for p in TRAINSET.glob("*/case.yaml"))
    own = {f: list(build.case_examples(f, behaviour)) for f in folders}
    shipped = model.parse_model(model.model_text(build.FRAMEWORK))
    runs: dict[float, list[Run]] = {t: [] for t in thresholds}
    for folder in folders:
        examples = base + [e for other in folders if other != folder for e in own[other]]
        low = min(thresholds)
        fold = dataclasses.replace(shipped, examples=tuple(examples), C=c, threshold=low)
        hybrid = coder.HybridCoder(framework, model=fold)
        run = coded(read_case(folder), framework, hybrid, f"{folder.name}/", tuning=False)
        for t in thresholds:
            kept = tuple(
                x for x in run.predicted if x.rule != coder.LEARNED_RULE or x.confidence >= t
            )
            runs[t].append(dataclasses.replace(run, predicted=kept))
    return runs


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--C", default="10,100", help="comma-separated C values")
    parser.add_argument(
        "--thresholds", default=",".join(map(str, THRESHOLDS)), help="comma-separated"
    )
    args = parser.parse_args(argv)
    framework = load_framework(build.FRAMEWORK)
    thresholds = [float(t) for t in args.thresholds.split(",")]
    cases = len(list(TRAINSET.glob("*/case.yaml")))
    print(f"{cases} training cases, each left out in turn\n")
    print("| C | threshold | leaf macro-F1 | micro P / R / F1 | zh macro-F1 | en macro-F1 |")
    print("|---|---|---|---|---|---|")
    for c in (float(x) for x in args.C.split(",")):
        started = time.perf_counter()
        runs = loco(framework, c, thresholds)
        for t in thresholds:
            both = report(runs[t], "all", "leaf", framework).family("behaviour")
            by_lang = [
                report([r for r in runs[t] if r.lang == lang], "all", "leaf", framework)
                .family("behaviour")
                .macro.f1
                for lang in ("zh", "en")
            ]
            micro = f"{fmt(both.micro.precision)} / {fmt(both.micro.recall)} / {fmt(both.micro.f1)}"
            print(
                f"| {c:g} | {t:g} | {fmt(both.macro.f1)} | {micro} | {fmt(by_lang[0])}"
                f" | {fmt(by_lang[1])} |"
            )
        print(f"<!-- C={c:g}: {time.perf_counter() - started:.0f} s -->", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
