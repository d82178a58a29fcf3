"""Stage accuracy on every labelled case: label accuracy per period and boundary F1.

Runs ``relcycle analyze`` (the service: import, dictionary auto-coding,
analysis) on every case folder that has a ``truth.yaml``: the bundled
examples (``src/relcycle/examples/*``) and ``tests/data/cases/*``. Each case
is analysed at its truth's grain with the default method; nothing is tuned
per case.

    python bench/stage_accuracy.py                 # the table
    python bench/stage_accuracy.py --json out.json # and the per-case detail
    python bench/stage_accuracy.py --sweep         # each global parameter varied alone
    python bench/stage_accuracy.py --text-only     # the sources alone: no events.csv, codings.csv

Metrics per case: share of periods whose label equals the truth's (a period
with no stage counts as wrong), and boundary F1 with a margin of one period
(``relcycle.trajectory.segmentation.boundary_f1``). "overall" is the mean
over cases, and the pooled accuracy over all periods.

``--text-only`` analyses a copy of each case without its ``events.csv`` and
``codings.csv``: the stages as the sources alone and the dictionary coder give
them, as a user who has listed no events and coded nothing gets them.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from relcycle.frameworks import Framework, load_framework
from relcycle.services.analysis import CaseEvidence, analyze, case_evidence
from relcycle.settings import Settings
from relcycle.store import connect
from relcycle.trajectory.analysis import StageMethod, analyse_evidence
from relcycle.trajectory.result import Analysis
from relcycle.trajectory.segmentation import boundary_f1

ROOT = Path(__file__).resolve().parents[1]
CASE_ROOTS = (ROOT / "src" / "relcycle" / "examples", ROOT / "tests" / "data" / "cases")


@dataclass(frozen=True)
class Score:
    case: str
    grain: str
    periods: int
    accuracy: float
    f1: float
    truth: list[str | None]
    found: list[str | None]
    reason: str | None
    stages: tuple[tuple[float, float], ...] = ()
    crises: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    labels: tuple[str, ...] = ()


def labelled_cases() -> list[Path]:
    """Every case folder with a truth.yaml, examples first, by name."""
    out: list[Path] = []
    for root in CASE_ROOTS:
        found = root.glob("*/truth.yaml")
        out += sorted(p.parent for p in found if (p.parent / "case.yaml").exists())
    return out


def truth_labels(folder: Path, analysis: Analysis) -> list[str | None]:
    """The truth's label for each analysed period (None where it says nothing)."""
    truth = yaml.safe_load((folder / "truth.yaml").read_text(encoding="utf-8"))
    index = {p.label: i for i, p in enumerate(analysis.periods)}
    labels: list[str | None] = [None] * len(analysis.periods)
    for stage in truth["stages"]:
        first, last = index[str(stage["start"])], index[str(stage["end"])]
        labels[first : last + 1] = [stage["label"]] * (last - first + 1)
    return labels


def truth_grain(folder: Path) -> str:
    return str(yaml.safe_load((folder / "truth.yaml").read_text(encoding="utf-8"))["period"])


def ends(labels: list[str | None]) -> list[int]:
    """Segment ends of a label sequence (ruptures convention)."""
    return [i for i in range(1, len(labels)) if labels[i] != labels[i - 1]] + [len(labels)]


def score(folder: Path, analysis: Analysis) -> Score:
    truth = truth_labels(folder, analysis)
    found = analysis.labels
    n = len(truth)
    accuracy = sum(t is not None and t == f for t, f in zip(truth, found, strict=True)) / n
    f1 = boundary_f1(ends(truth), analysis.bkps, margin=1)[0]
    stages = tuple(
        (
            s.confidence,
            sum(truth[t] == s.label for t in range(s.first, s.stop)) / (s.stop - s.first),
        )
        for s in analysis.stages
    )
    crises = (truth_crises(folder, analysis), analysis.legitimacy_periods)
    return Score(
        analysis.case.id, analysis.grain, n, accuracy, f1, truth, found, analysis.reason,
        stages, crises, tuple(p.label for p in analysis.periods),
    )  # fmt: skip


def truth_crises(folder: Path, analysis: Analysis) -> tuple[str, ...]:
    """The labels of the periods the truth marks as a legitimacy crisis."""
    truth = yaml.safe_load((folder / "truth.yaml").read_text(encoding="utf-8"))
    index = {p.label: i for i, p in enumerate(analysis.periods)}
    out: list[str] = []
    for crisis in truth.get("legitimacy_crises") or []:
        first, last = index[str(crisis["start"])], index[str(crisis["end"])]
        out += [analysis.periods[i].label for i in range(first, last + 1)]
    return tuple(out)


def calibration(scores: list[Score]) -> str:
    """Stage confidence against the share of the stage's periods the truth agrees with."""
    found = [st for s in scores for st in s.stages]
    if not found:
        return "no stages found"
    lines = [f"{len(found)} stages found; by confidence:"]
    for lo, hi in ((0.0, 0.6), (0.6, 0.8), (0.8, 0.95), (0.95, 1.01)):
        inside = [agree for conf, agree in found if lo <= conf < hi]
        if inside:
            mean = sum(inside) / len(inside)
            lines.append(f"  confidence {lo:.2f}-{min(hi, 1):.2f}: {len(inside)} stages, "
                         f"{mean:.2f} of their periods agree with the truth")  # fmt: skip
    return "\n".join(lines)


def crisis_line(scores: list[Score]) -> str:
    """Legitimacy-crisis periods flagged against the truth's, within one period."""
    hits = flagged = truth_n = 0
    for s in scores:
        truth, found = s.crises
        where = {label: i for i, label in enumerate(s.labels)}
        flagged += len(found)
        truth_n += len(truth)
        hits += sum(any(abs(where[f] - where[t]) <= 1 for t in truth) for f in found)
    return (
        f"legitimacy crises: {truth_n} periods in the truths, {flagged} flagged, "
        f"{hits} of the flagged within one period of a true one"
    )


def case_id(folder: Path) -> str:
    return str(yaml.safe_load((folder / "case.yaml").read_text(encoding="utf-8"))["id"])


def run_all(
    db: str,
    method: StageMethod | None = None,
    text_only: Path | None = None,
    coder: str = "dictionary",
) -> list[Score]:
    """Analyse every labelled case with ``relcycle analyze`` (import, auto-code, analyse).

    With ``text_only`` (a scratch folder), each case is analysed from a copy
    there without its events.csv and codings.csv. ``coder`` names the auto-coder.
    """
    settings = Settings.from_env(db=db)
    scores = []
    for folder in labelled_cases():
        grain = truth_grain(folder)
        source = folder
        if text_only is not None:
            source = text_only / folder.name
            shutil.copytree(folder, source, ignore=shutil.ignore_patterns(*HAND_MADE))
        run = analyze(source, settings, grain=grain, method=method, coder=coder)  # type: ignore[arg-type]
        scores.append(score(folder, run.analysis))
    return scores


HAND_MADE = ("events.csv", "codings.csv")
"""What ``--text-only`` leaves out of each case: the researcher's own events and codes."""


def stored_evidence(db: str) -> list[tuple[Path, CaseEvidence, Framework]]:
    """Each labelled case's evidence from a store the cases were analysed into."""
    settings = Settings.from_env(db=db)
    out = []
    for folder in labelled_cases():
        with connect(db) as store:
            case = store.case(case_id(folder))
        fw = load_framework(case.framework)
        out.append((folder, case_evidence(case.id, settings, fw), fw))
    return out


def table(scores: list[Score]) -> str:
    lines = [
        "| case | grain | periods | label accuracy | boundary F1 (±1) |",
        "|---|---|---|---|---|",
    ]
    for s in scores:
        lines.append(f"| {s.case} | {s.grain} | {s.periods} | {s.accuracy:.3f} | {s.f1:.3f} |")
    mean_acc = sum(s.accuracy for s in scores) / len(scores)
    mean_f1 = sum(s.f1 for s in scores) / len(scores)
    pooled = sum(s.accuracy * s.periods for s in scores) / sum(s.periods for s in scores)
    lines.append(f"| **overall (mean)** | | {sum(s.periods for s in scores)} | "
                 f"**{mean_acc:.3f}** (pooled {pooled:.3f}) | **{mean_f1:.3f}** |")  # fmt: skip
    return "\n".join(lines)


def strip(labels: list[str | None]) -> str:
    return " ".join((x or "-")[:3] for x in labels)


SWEEP: dict[str, list[Any]] = {
    "decoder": ["viterbi", "segments"],
    "candidate_scale": [0.1, 0.25, 0.5, 1.0],
    "min_stage_days": [1, 21, 28, 45],
    "switch_cost": [0.0, 1.0, 2.0, 4.0],
    "transition_strength": [0.0, 1.0, 2.0],
    "level_ratio": [1.5, 2.0, 3.0],
    "per_unit": [True, False],
    "refit_rounds": [0, 3],
    "initial_strength": [0.0, 1.0, 2.0],
}
"""Values of each global parameter tried by ``--sweep`` (one at a time)."""


def sweep(db: str) -> None:
    """Each global parameter in :data:`SWEEP` varied alone, the others at their defaults."""
    cases = stored_evidence(db)
    default = StageMethod()
    print("| parameter | value | label accuracy | boundary F1 | worst case (acc / F1) |")
    print("|---|---|---|---|---|")
    for key, values in SWEEP.items():
        for value in values:
            method = replace(default, **{key: value})
            scores = []
            for folder, ev, fw in cases:
                grain: Any = truth_grain(folder)
                found = analyse_evidence(ev.case, ev.evidence, fw, ev.events, grain, method)
                scores.append(score(folder, found))
            acc = sum(s.accuracy for s in scores) / len(scores)
            f1 = sum(s.f1 for s in scores) / len(scores)
            mark = " (default)" if getattr(default, key) == value else ""
            worst = f"{min(s.accuracy for s in scores):.2f} / {min(s.f1 for s in scores):.2f}"
            print(f"| {key} | {value}{mark} | {acc:.3f} | {f1:.3f} | {worst} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="store URL (default: a temporary SQLite file)")
    parser.add_argument("--json", type=Path, help="write per-case detail here")
    parser.add_argument("--sweep", action="store_true", help="sweep the global parameters")
    parser.add_argument(
        "--text-only", action="store_true", help="analyse the cases without events.csv, codings.csv"
    )
    parser.add_argument(
        "--coder", default="dictionary", help="the auto-coder: dictionary (default) or hybrid"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or f"sqlite:///{Path(tmp) / 'bench.db'}"
        start = time.perf_counter()
        scores = run_all(db, text_only=Path(tmp) if args.text_only else None, coder=args.coder)
        took = time.perf_counter() - start
        print(table(scores))
        print(f"\n{len(scores)} cases analysed (import, auto-coding, analysis) in {took:.1f} s")
        print(calibration(scores))
        print(crisis_line(scores))
        for s in scores:
            print(f"\n{s.case}\n  truth {strip(s.truth)}\n  found {strip(s.found)}")
            if s.reason:
                print(f"  reason: {s.reason}")
        if args.json:
            detail = json.dumps([s.__dict__ for s in scores], indent=1)
            args.json.write_text(detail, encoding="utf-8")
        if args.sweep:
            sweep(db)
    return 0


if __name__ == "__main__":
    sys.exit(main())
