"""The learned half of the hybrid coder: labelled sentences shipped with the package.

The model is stored as what it is learned from, not as weights: a JSON file
per framework (``data/<framework id>.json``) holding the labelled examples
and the parameters chosen for them when the file was built
(:mod:`relcycle.coding.hybrid.build`). :func:`learned_model` fits a
:class:`~relcycle.coding.supervised.SupervisedCoder` on them once per process
(character n-grams, the stored ``C`` and threshold: well under a second).
The file is small, readable and diffable, and a model never goes stale
against the installed scikit-learn.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any, Final

from relcycle.coding.supervised import SupervisedCoder
from relcycle.domain import Coding, Segment
from relcycle.errors import ConfigError

SOURCE_ID: Final = "learned-examples"
"""The source id the examples are laid out in, one segment each, for fitting."""


@dataclass(frozen=True, slots=True)
class ModelFile:
    """The contents of a shipped model file.

    Attributes:
        framework: Id of the framework whose codes the examples carry.
        C: Inverse regularisation strength chosen when the file was built.
        threshold: Probability from which a learned code is applied.
        ngram_range: Smallest and largest character n-gram.
        min_examples: A code is learned only with at least this many examples.
        examples: ``(lang, codes, text)``; ``codes`` empty for a sentence with none.
        sources: Where the examples come from → how many.
        digest: First 12 hex digits of the file's SHA-256 (the model's provenance).
    """

    framework: str
    C: float
    threshold: float
    ngram_range: tuple[int, int]
    min_examples: int
    examples: tuple[tuple[str, tuple[str, ...], str], ...]
    sources: dict[str, int]
    digest: str


def parse_model(text: str) -> ModelFile:
    """Read a model file's JSON text.

    Raises:
        ConfigError: A key is missing or has the wrong type.
    """
    try:
        raw: dict[str, Any] = json.loads(text)
        lo, hi = raw["ngram_range"]
        return ModelFile(
            framework=str(raw["framework"]),
            C=float(raw["C"]),
            threshold=float(raw["threshold"]),
            ngram_range=(int(lo), int(hi)),
            min_examples=int(raw["min_examples"]),
            examples=tuple(
                (str(lang), tuple(str(c) for c in codes), str(t))
                for lang, codes, t in raw["examples"]
            ),
            sources={str(k): int(v) for k, v in raw["sources"].items()},
            digest=hashlib.sha256(text.encode("utf-8")).hexdigest()[:12],
        )
    except (KeyError, TypeError, ValueError) as err:
        raise ConfigError(f"learned model file is malformed: {err!r}") from None


def model_text(framework_id: str) -> str:
    """The shipped model file of ``framework_id``, as text.

    Raises:
        ConfigError: No model is shipped for that framework.
    """
    resource = files("relcycle.coding.hybrid").joinpath("data", f"{framework_id}.json")
    if not resource.is_file():
        raise ConfigError(
            f"no learned model is shipped for framework {framework_id!r}; the hybrid coder"
            f" knows {', '.join(shipped_frameworks()) or 'none'}: use the dictionary coder"
        )
    return resource.read_text(encoding="utf-8")


def shipped_frameworks() -> tuple[str, ...]:
    """Ids of the frameworks a model file is shipped for."""
    folder = files("relcycle.coding.hybrid").joinpath("data")
    return tuple(sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".json")))


def training_data(
    examples: Sequence[tuple[str, tuple[str, ...], str]],
) -> tuple[list[Segment], list[Coding]]:
    """The examples laid out as one source: a segment each, codings spanning them."""
    segments: list[Segment] = []
    codings: list[Coding] = []
    at = 0
    for i, (_, codes, text) in enumerate(examples):
        segment = Segment(SOURCE_ID, i, at, at + len(text), text)
        segments.append(segment)
        codings.extend(Coding(SOURCE_ID, segment.start, segment.end, c, "gold") for c in codes)
        at = segment.end + 1
    return segments, codings


def fit_model(model: ModelFile) -> SupervisedCoder:
    """A supervised coder fitted on the file's examples with its stored parameters."""
    coder = SupervisedCoder(
        ngram_range=model.ngram_range,
        C=model.C,
        threshold=model.threshold,
        min_examples=model.min_examples,
    )
    return coder.fit(*training_data(model.examples))


@lru_cache(maxsize=4)
def learned_model(framework_id: str) -> tuple[ModelFile, SupervisedCoder]:
    """The shipped model file of ``framework_id`` and the coder fitted on it (cached).

    Raises:
        ConfigError: No model is shipped for that framework, or its file is malformed.
    """
    model = parse_model(model_text(framework_id))
    return model, fit_model(model)
