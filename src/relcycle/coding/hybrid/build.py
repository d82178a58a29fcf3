"""Build the shipped model file of the hybrid coder from the repository's labelled data.

    python -m relcycle.coding.hybrid.build            # rewrite data/gpps-lifecycle.json
    python -m relcycle.coding.hybrid.build --check    # exit 1 if the shipped file differs

Run from a checkout: the examples come from files under ``tests/`` that are
written for training and tuning, never from the held-out data that measures
the coders:

* the *tuning half* of the development cases ``tests/data/devset/devset-zh``
  and ``devset-en`` (each case's sources sorted by id, the 1st, 3rd, 5th …;
  ``bench/coding_quality.py`` scores the other half as held out): every
  segment of those sources, with the behaviour codes of the gold codings
  that overlap it, or none;
* the phrasebook ``tests/data/devset/phrasebook.tsv`` (sentences written from
  the code definitions; code ``-`` = none), except its test rounds
  (:data:`TEST_ROUNDS`), kept out to measure the hybrid coder on sentences
  it has not seen (``bench/coding_quality.py --phrasebook --coder hybrid``);
* ``tests/frameworks/labelled-sentences.yaml`` (short sentences with their
  behaviour leaves);
* the training cases ``tests/data/trainset/*/`` (case folders written for
  training, never scored): every segment of every source, with the behaviour
  codes of the gold codings that overlap it, or none.

The check sets (``checkset-*``) and the held-out half are not read. ``C`` and
the threshold are :data:`C` and :data:`THRESHOLD`, chosen with
``python bench/hybrid_loco.py``: each training case coded by a model fitted
without it, behaviour leaf macro-F1 pooled over the cases. (The supervised
coder's inner cross-validation, used before, scores micro-F1 over examples
that are mostly short sentences; on whole cases it chose a ``C`` ten times
smaller that did worse.) The same data give the same file.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Final

import yaml

from relcycle.coding.hybrid.model import parse_model
from relcycle.frameworks import load_framework

FRAMEWORK: Final = "gpps-lifecycle"
NGRAM_RANGE: Final = (1, 3)
MIN_EXAMPLES: Final = 3
C: Final = 100.0
"""Inverse regularisation strength of the model's logistic regressions."""
THRESHOLD: Final = 0.4
"""Probability from which the hybrid coder applies a learned code."""
TEST_ROUNDS: Final = frozenset({"9", "10", "11", "12", "12b", "37", "38"})
"""Phrasebook rounds the model does not learn from."""
TARGET: Final = Path(__file__).resolve().parent / "data" / f"{FRAMEWORK}.json"
Example = tuple[str, tuple[str, ...], str]


def checkout_root() -> Path:
    """The repository checkout this module sits in (``src/relcycle/coding/hybrid``)."""
    return Path(__file__).resolve().parents[4]


def tuning_half(source_ids: Sequence[str]) -> frozenset[str]:
    """Every other source by sorted id, starting with the first (as bench/coding_quality.py)."""
    return frozenset(sid for n, sid in enumerate(sorted(source_ids)) if n % 2 == 0)


def case_examples(
    folder: Path, behaviour: frozenset[str], tuning_only: bool = False
) -> Iterator[Example]:
    """Segments of a labelled case folder with the behaviour codes of its gold codings.

    Args:
        folder: A case folder whose ``codings.csv`` has coder ``gold`` rows.
        behaviour: The framework's behaviour code ids; other codes are left out.
        tuning_only: Only the sources of the tuning half (:func:`tuning_half`).
    """
    from relcycle import read_case  # the case reader is needed only when building

    data = read_case(folder)
    keep = tuning_half([p.source.id for p in data.sources]) if tuning_only else None
    lang = data.case.language
    gold = [c for c in data.codings if c.coder == "gold" and c.code in behaviour]
    for parsed in data.sources:
        if keep is not None and parsed.source.id not in keep:
            continue
        for s in parsed.segments:
            codes = sorted(
                {
                    c.code
                    for c in gold
                    if c.source_id == s.source_id and c.start < s.end and s.start < c.end
                }
            )
            yield lang, tuple(codes), s.text


def devset_examples(root: Path, behaviour: frozenset[str]) -> Iterator[Example]:
    """Segments of the development cases' tuning half, with their gold behaviour codes."""
    for lang in ("zh", "en"):
        folder = root / "tests" / "data" / "devset" / f"devset-{lang}"
        yield from case_examples(folder, behaviour, tuning_only=True)


def trainset_examples(root: Path, behaviour: frozenset[str]) -> Iterator[Example]:
    """Every segment of the training cases under ``tests/data/trainset``, by folder name."""
    folders = sorted((root / "tests" / "data" / "trainset").glob("*/case.yaml"))
    for case_file in folders:
        yield from case_examples(case_file.parent, behaviour)


def phrasebook_examples(root: Path, behaviour: frozenset[str]) -> Iterator[Example]:
    """The phrasebook's sentences, each with its code (none for ``-``)."""
    path = root / "tests" / "data" / "devset" / "phrasebook.tsv"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln[:1] != "#"]
    for line in lines[1:]:
        round_, lang, code, text = line.split("\t")
        if round_ in TEST_ROUNDS:
            continue
        if code != "-" and code not in behaviour:
            raise ValueError(f"{path}: {code!r} is not a behaviour code of {FRAMEWORK}")
        yield lang, (() if code == "-" else (code,)), text


def sentence_examples(root: Path, behaviour: frozenset[str]) -> Iterator[Example]:
    """The labelled sentences of the framework tests, with their behaviour leaves."""
    path = root / "tests" / "frameworks" / "labelled-sentences.yaml"
    data: dict[str, list[list[Any]]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    for lang, rows in data.items():
        for text, codes in rows:
            unknown = sorted(set(codes) - behaviour)
            if unknown:
                raise ValueError(f"{path}: {unknown} are not behaviour codes of {FRAMEWORK}")
            yield lang, tuple(sorted(codes)), text


def example_parts(root: Path, behaviour: frozenset[str]) -> dict[str, list[Example]]:
    """The model's examples under ``root``, by where they come from (as the file lists them)."""
    return {
        "devset tuning half": list(devset_examples(root, behaviour)),
        "phrasebook": list(phrasebook_examples(root, behaviour)),
        "labelled sentences": list(sentence_examples(root, behaviour)),
        "training cases": list(trainset_examples(root, behaviour)),
    }


def build(root: Path) -> str:
    """The model file's JSON text, built from the labelled data under ``root``."""
    framework = load_framework(FRAMEWORK)
    behaviour = frozenset(c.id for c in framework.codes if c.family == "behaviour")
    parts = example_parts(root, behaviour)
    examples = [e for part in parts.values() for e in part]
    draft: dict[str, Any] = {
        "framework": FRAMEWORK,
        "made_by": "python -m relcycle.coding.hybrid.build (see its docstring)",
        "C": C,
        "threshold": THRESHOLD,
        "ngram_range": list(NGRAM_RANGE),
        "min_examples": MIN_EXAMPLES,
        "sources": {name: len(part) for name, part in parts.items()},
        "examples": [[lang, list(codes), text] for lang, codes, text in examples],
    }
    return _dumps(draft)


def _dumps(content: dict[str, Any]) -> str:
    """JSON with one key, and one example, a line: small diffs when the data change."""
    lines = [
        f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},"
        for key, value in content.items()
        if key != "examples"
    ]
    rows = [json.dumps(e, ensure_ascii=False) for e in content["examples"]]
    return "{\n" + "\n".join(lines) + '\n"examples": [\n' + ",\n".join(rows) + "\n]}\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Write (or with ``--check`` compare) the shipped model file."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=checkout_root(), help="the checkout")
    parser.add_argument("--check", action="store_true", help="compare with the shipped file")
    args = parser.parse_args(argv)
    text = build(args.root)
    if args.check:
        if TARGET.read_text(encoding="utf-8") != text:
            sys.stderr.write(
                f"{TARGET} is out of date; run python -m relcycle.coding.hybrid.build\n"
            )
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    model = parse_model(text)
    print(
        f"{TARGET}: {len(model.examples)} examples {model.sources},"
        f" C={model.C}, threshold={model.threshold}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
