"""A quality floor for the built-in behaviour rules on labelled sentences.

The sentences (labelled-sentences.yaml) are short, which makes them harder
than real paragraphs; the floor guards against a rule change that quietly
costs precision or recall, it does not estimate accuracy on real cases.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from relcycle.frameworks import Framework, load_framework
from relcycle.frameworks.matching import Matcher

DATA: dict[str, list[list[Any]]] = yaml.safe_load(
    (Path(__file__).parent / "labelled-sentences.yaml").read_text(encoding="utf-8")
)


def _scores(fw: Framework, level: int) -> tuple[float, float, float]:
    """Macro-F1, micro precision and micro recall at a depth of the behaviour tree."""
    matcher = Matcher(fw)
    behaviour = {c.id for c in fw.family("behaviour")}

    def cut(codes: set[str]) -> set[str]:
        return {".".join(c.split(".")[: level + 1]) for c in codes if c.count(".") >= level}

    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for lang, items in DATA.items():
        for text, labels in items:
            found = cut(matcher.codes_in(text, lang) & behaviour)
            wanted = cut(set(labels))
            tp.update(found & wanted)
            fp.update(found - wanted)
            fn.update(wanted - found)
    f1s = []
    for code in set(tp) | set(fp) | set(fn):
        p = tp[code] / (tp[code] + fp[code]) if tp[code] + fp[code] else 0.0
        r = tp[code] / (tp[code] + fn[code]) if tp[code] + fn[code] else 0.0
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
    precision = sum(tp.values()) / (sum(tp.values()) + sum(fp.values()))
    recall = sum(tp.values()) / (sum(tp.values()) + sum(fn.values()))
    return sum(f1s) / len(f1s), precision, recall


@pytest.fixture(scope="module")
def fw() -> Framework:
    return load_framework()


def test_labels_are_behaviour_leaves(fw: Framework) -> None:
    for items in DATA.values():
        for _, labels in items:
            for code in labels:
                assert fw.code(code).family == "behaviour" and not fw.children(code), code


def test_leaf_codes(fw: Framework) -> None:
    macro_f1, precision, recall = _scores(fw, level=2)
    assert macro_f1 >= 0.85
    assert precision >= 0.85
    assert recall >= 0.85


def test_code_families(fw: Framework) -> None:
    macro_f1, _, _ = _scores(fw, level=1)
    assert macro_f1 >= 0.88
