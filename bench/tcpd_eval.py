"""TCPD evaluation: our default segmenter against TCPDBench's published defaults.

The Turing Change Point Dataset (van den Burg & Williams 2020, "An Evaluation
of Change Point Detection Algorithms") pairs real series with change points
marked by five annotators each. TCPDBench scores a method's change points on a
series by

* **F1** (margin 5): precision is the share of predicted points within 5 of a
  point *any* annotator marked, each annotated point matched at most once;
  recall is the share of each annotator's points found, averaged over the
  annotators; index 0 counts as a change point in every set;
* **cover**: the segmentation covering (Arbelaez et al. 2011) of each
  annotator's segmentation by the predicted one, averaged over annotators.

The metric code below is written from those definitions. Published defaults
(``abed_conf.py``, ``execs/R/cpdbench_changepoint.R`` in TCPDBench):

* default PELT = ``cpt.mean(scale(x), penalty="MBIC", method="PELT",
  test.stat="Normal")`` (R changepoint; minseglen 1), multivariate series
  skipped; locations reported as ``cpts - 1`` (0-based);
* default binary segmentation = the same with ``method="BinSeg", Q=5``.

Data: 13 univariate TCPD series in ``bench/data/tcpd`` (see its README for
sources and licences), their annotations, and TCPDBench's published
per-dataset default scores for pelt, binseg and zero (no change point).

Usage::

    python bench/tcpd_eval.py              # markdown table to stdout
    python bench/tcpd_eval.py --per-dataset
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np

from relcycle.trajectory.segmentation import StageSegmenter

DATA = Path(__file__).parent / "data" / "tcpd"
MARGIN = 5

# Published aggregates over the whole benchmark, univariate series, default
# experiment (TCPDBench analysis/output/tables): (cover, F1).
PUBLISHED_ALL = {
    "aggregate_table_wide.tex (38 univariate incl. 5 quality-control series)": {
        "pelt": (0.689, 0.710),
        "binseg": (0.706, 0.744),
        "zero": (0.583, 0.669),
    },
    "aggregate_scores_wide.tex (33 univariate, quality-control series excluded)": {
        "pelt": (0.652, 0.674),
        "binseg": (0.672, 0.698),
        "zero": (0.566, 0.645),
    },
}


def matched(reference: Iterable[int], predicted: Iterable[int], margin: int) -> int:
    """How many reference points have a distinct prediction within ``margin``."""
    free = set(predicted)
    hits = 0
    for r in sorted(set(reference)):
        near = [p for p in free if abs(p - r) <= margin]
        if near:
            free.remove(min(near, key=lambda p: (abs(p - r), p)))
            hits += 1
    return hits


def tcpd_f1(annotations: dict[str, list[int]], locations: list[int], margin: int = MARGIN) -> float:
    """TCPDBench's F1 over annotators (0 counted as a change point everywhere)."""
    predicted = set(locations) | {0}
    per_user = [set(points) | {0} for points in annotations.values()]
    union = set().union(*per_user)
    precision = matched(union, predicted, margin) / len(predicted)
    recall = float(np.mean([matched(u, predicted, margin) / len(u) for u in per_user]))
    if precision + recall == 0:
        return 0.0
    return 2 * precision * recall / (precision + recall)


def partition(locations: Iterable[int], n: int) -> list[range]:
    """Segments of ``range(n)`` that start at 0 and at every location."""
    starts = sorted({0, *(c for c in locations if 0 < c < n)})
    return [range(a, b) for a, b in zip(starts, [*starts[1:], n], strict=True)]


def tcpd_cover(annotations: dict[str, list[int]], locations: list[int], n: int) -> float:
    """TCPDBench's covering of each annotator's segmentation, averaged."""
    predicted = partition(locations, n)

    def jaccard(a: range, b: range) -> float:
        inter = max(0, min(a.stop, b.stop) - max(a.start, b.start))
        return inter / (len(a) + len(b) - inter)

    scores = []
    for points in annotations.values():
        truth = partition(points, n)
        scores.append(sum(len(t) * max(jaccard(t, p) for p in predicted) for t in truth) / n)
    return float(np.mean(scores))


def load() -> tuple[dict[str, np.ndarray], dict[str, dict[str, list[int]]], dict[str, dict]]:
    annotations = json.loads((DATA / "annotations.json").read_text())
    published = json.loads((DATA / "published_default_scores.json").read_text())
    series = {}
    for name in sorted(annotations):
        raw = json.loads((DATA / f"{name}.json").read_text())
        series[name] = np.array([s["raw"] for s in raw["series"]], dtype=float).T
    return series, annotations, published


Detector = Callable[[np.ndarray], list[int]]


def detectors() -> dict[str, Detector]:
    """Segment ends (ruptures convention) from each configuration we score."""
    return {
        "relcycle default (pelt, auto->l2, mbic, min_size 2)": lambda x: (
            StageSegmenter().fit(x).predict()
        ),
        "relcycle binseg (defaults otherwise)": lambda x: (
            StageSegmenter(method="binseg").fit(x).predict()
        ),
        "relcycle binseg, max 6 segments (R BinSeg Q=5)": lambda x: (
            StageSegmenter(method="binseg", max_segments=6).fit(x).predict()
        ),
        "R default PELT re-run (l2, mbic, min_size 1)": lambda x: (
            StageSegmenter(cost="l2", min_size=1).fit(x).predict()
        ),
        "relcycle cost='normal' (mean and variance)": lambda x: (
            StageSegmenter(cost="normal").fit(x).predict()
        ),
        "zero (no change point)": lambda x: [len(x)],
    }


def evaluate(per_dataset: bool) -> str:
    series, annotations, published = load()
    names = sorted(series)
    lines = [
        f"TCPD, {len(names)} univariate series: mean F1 (margin {MARGIN}) and cover.",
        "",
        "| detector | F1, loc = end-1 | cover, loc = end-1 | F1, loc = end | cover, loc = end |",
        "|---|---|---|---|---|",
    ]
    rows: dict[str, dict[str, tuple[float, float]]] = {}
    for label, detect in detectors().items():
        scores = {off: ([], []) for off in (1, 0)}
        for name in names:
            x, ann = series[name], annotations[name]
            ends = detect(x)
            for off in (1, 0):
                locs = [e - off for e in ends[:-1]]
                scores[off][0].append(tcpd_f1(ann, locs))
                scores[off][1].append(tcpd_cover(ann, locs, len(x)))
                if off == 1:
                    rows.setdefault(name, {})[label] = (scores[1][0][-1], scores[1][1][-1])
        f1a, cva = np.mean(scores[1][0]), np.mean(scores[1][1])
        f1b, cvb = np.mean(scores[0][0]), np.mean(scores[0][1])
        lines.append(f"| {label} | {f1a:.3f} | {cva:.3f} | {f1b:.3f} | {cvb:.3f} |")
    for method in ("pelt", "binseg", "zero"):
        f1 = np.mean([published["f1"][n][method] for n in names])
        cv = np.mean([published["cover"][n][method] for n in names])
        lines.append(f"| published TCPDBench default {method} | {f1:.3f} | {cv:.3f} | | |")
    rerun = "R default PELT re-run (l2, mbic, min_size 1)"
    same = sum(
        abs(rows[n][rerun][0] - published["f1"][n]["pelt"]) < 1e-9
        and abs(rows[n][rerun][1] - published["cover"][n]["pelt"]) < 1e-9
        for n in names
    )
    lines += [
        "",
        f"The R default re-run matches the published per-dataset pelt F1 and cover on "
        f"{same} of {len(names)} series (location = end - 1, as TCPDBench's R wrapper).",
        "",
        "Published aggregates over the whole benchmark (cover, F1), for context:",
    ]
    for table, values in PUBLISHED_ALL.items():
        shown = ", ".join(f"{m} {c:.3f} / {f:.3f}" for m, (c, f) in values.items())
        lines.append(f"- {table}: {shown}")
    if per_dataset:
        lines += ["", "| series | " + " | ".join(rows[names[0]]) + " | published pelt |"]
        lines.append("|---" * (len(rows[names[0]]) + 2) + "|")
        for n in names:
            cells = " | ".join(f"{f:.2f}/{c:.2f}" for f, c in rows[n].values())
            pub = f"{published['f1'][n]['pelt']:.2f}/{published['cover'][n]['pelt']:.2f}"
            lines.append(f"| {n} | {cells} | {pub} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-dataset", action="store_true", help="also print F1/cover per series")
    args = parser.parse_args()
    print(evaluate(args.per_dataset))


if __name__ == "__main__":
    main()
