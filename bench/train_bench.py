"""Training time and quality of the supervised coder.

    python bench/train_bench.py                       # everything below, char features
    python bench/train_bench.py --only synthetic      # 10,000 generated segments only
    python bench/train_bench.py --features char,char+word,embeddings

Three measurements:

``synthetic``
    :func:`~relcycle.coding.supervised.labelled_segments` makes ``--n``
    segments (zh and en sources, 15 codes, 30 % neutral, 10 % with two codes,
    5 % label noise). Reports the seconds :meth:`SupervisedCoder.fit` takes (C
    and threshold chosen by inner CV; target: under 30 s for 10,000), the
    5-fold cross-validated macro-F1 and its seconds, and micro/macro-F1 against
    the true codes of 2,000 further generated segments. Templates make this
    easy: it measures speed and plumbing, not accuracy on real notes.

``sentences``
    The 468 labelled sentences of ``tests/frameworks/labelled-sentences.yaml``
    (zh and en, 36 leaf codes with 5 to 17 sentences each): 5-fold nested CV
    macro-F1, per language and pooled. Few labels per code, as a researcher
    has after coding a few documents.

``devset``
    The labelled development cases in ``tests/data/devset``: trained on the
    *tuning* half of each case's sources (every other source by sorted id,
    starting with the first, as ``bench/coding_quality.py`` splits them) and
    scored on the *held-out* half with :func:`relcycle.coding.evaluate.score`
    (unit = segment, behaviour codes at leaf level), comparable with the
    dictionary coder's figures there. Codes with fewer than 5 coded segments
    in the tuning half are not learned, and count as misses.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import yaml

from relcycle.coding.evaluate import score
from relcycle.coding.supervised import SupervisedCoder, labelled_segments, synthetic_codes
from relcycle.coding.supervised.scores import code_scores
from relcycle.domain import Coding, Segment
from relcycle.sources.folder import read_case

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = ROOT / "tests" / "frameworks" / "labelled-sentences.yaml"
DEVSET = ROOT / "tests" / "data" / "devset"
PARTS = ("synthetic", "sentences", "devset")


def synthetic(n: int, k: int, features: str) -> None:
    data = labelled_segments(n, seed=0)
    print(f"## synthetic: {n} segments, {len(synthetic_codes())} codes, features={features}")
    started, cpu = time.perf_counter(), time.process_time()
    coder = SupervisedCoder(features=features).fit(data.segments, data.codings)  # type: ignore[arg-type]
    fit_s, fit_cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"fit: {fit_s:.1f} s ({fit_cpu:.1f} s CPU); C_={coder.C_}, threshold_={coder.threshold_}")
    started, cpu = time.perf_counter(), time.process_time()
    cv = coder.cross_validate(k=k)
    cv_s, cv_cpu = time.perf_counter() - started, time.process_time() - cpu
    print(
        f"{k}-fold CV: macro-F1 {cv.macro.f1:.3f}, micro-F1 {cv.micro.f1:.3f} "
        f"({cv_s:.1f} s, {cv_cpu:.1f} s CPU)"
    )
    held = labelled_segments(2000, seed=1, label_noise=0.0)
    truth = np.array([[c in t for c in coder.codes_] for t in held.truth])
    predicted = coder.predict_proba(held.segments) >= coder.threshold_
    s = code_scores(coder.codes_, truth, predicted, k=1)
    print(f"held-out 2,000 vs true codes: macro-F1 {s.macro.f1:.3f}, micro-F1 {s.micro.f1:.3f}")
    print()


def _sentences(langs: Sequence[str]) -> tuple[list[Segment], list[Coding]]:
    with SENTENCES.open(encoding="utf-8") as f:
        table = yaml.safe_load(f)
    segments: list[Segment] = []
    codings: list[Coding] = []
    for lang in langs:
        offset = 0
        for i, (text, codes) in enumerate(table[lang]):
            end = offset + len(text)
            segments.append(Segment(f"{lang}.md", i, offset, end, text))
            codings.extend(Coding(f"{lang}.md", offset, end, c, "gold") for c in codes)
            offset += len(text) + 1
    return segments, codings


def sentences(features: str) -> None:
    print(f"## labelled sentences, 5-fold nested CV, features={features}")
    print("| set | segments | codes | macro-F1 | micro P/R/F1 | fit + CV s |")
    print("|---|---|---|---|---|---|")
    for langs in (["zh"], ["en"], ["zh", "en"]):
        segments, codings = _sentences(langs)
        started = time.perf_counter()
        coder = SupervisedCoder(features=features).fit(segments, codings)  # type: ignore[arg-type]
        cv = coder.cross_validate(k=5)
        seconds = time.perf_counter() - started
        m = cv.micro
        print(
            f"| {'+'.join(langs)} | {cv.n_segments} | {len(coder.codes_)} | {cv.macro.f1:.3f} | "
            f"{m.precision:.2f}/{m.recall:.2f}/{m.f1:.2f} | {seconds:.0f} |"
        )
    print()


def devset(features: str) -> None:
    print(f"## devset: train on the tuning half, score the held-out half, features={features}")
    print("| case | train segments | codes learned | behaviour leaf macro-F1 | micro P/R/F1 |")
    print("|---|---|---|---|---|")
    for lang in ("zh", "en"):
        case = read_case(DEVSET / f"devset-{lang}")
        ids = sorted(p.source.id for p in case.sources)
        tuning = set(ids[0::2])
        segments = [s for p in case.sources for s in p.segments]
        train = [s for s in segments if s.source_id in tuning]
        held = [s for s in segments if s.source_id not in tuning]
        coder = SupervisedCoder(features=features).fit(train, case.codings)  # type: ignore[arg-type]
        predicted = coder.predict(held)
        gold = [c for c in case.codings if c.source_id not in tuning]
        report = score(gold, predicted, held).family("behaviour")
        m = report.micro
        print(
            f"| devset-{lang} | {coder.n_segments_} | {len(coder.codes_)} | "
            f"{report.macro.f1:.3f} | {m.precision:.2f}/{m.recall:.2f}/{m.f1:.2f} |"
        )
    print()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="generated segments")
    parser.add_argument("--k", type=int, default=5, help="folds for the synthetic CV")
    parser.add_argument("--features", default="char", help="comma-separated feature sets")
    parser.add_argument("--only", choices=PARTS, action="append", help="run only these parts")
    args = parser.parse_args(argv)
    parts = args.only or PARTS
    for features in args.features.split(","):
        if "synthetic" in parts:
            synthetic(args.n, args.k, features)
        if "sentences" in parts:
            sentences(features)
        if "devset" in parts:
            devset(features)
    return 0


if __name__ == "__main__":
    sys.exit(main())
