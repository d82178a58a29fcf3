"""The learned half of the hybrid coder: labelled sentences shipped with the package.

The model is stored as what it is learned from, not as weights: a JSON file
per framework (``data/<framework id>.json``) holding the labelled examples
and the parameters chosen for them when the file was built
(:mod:`relcycle.coding.hybrid.build`). :func:`learned_model` fits a
:class:`~relcycle.coding.supervised.SupervisedCoder` on them (character
n-grams, the stored ``C`` and threshold). The file is small, readable and
diffable, and a model never goes stale against the installed scikit-learn.

Fitting takes about ten seconds, so the fitted coder is kept on disk
(:func:`fitted_model`), in the user's cache folder or in ``RELCYCLE_CACHE_DIR``
(``off``: none is kept), under a name made of the model file's digest and the
versions of relcycle, its fitting code, scikit-learn, SciPy and NumPy: a
change to any of them fits anew. Loading it takes a fifth of a second. A
kept file that cannot be read is fitted anew and replaced; a folder that
cannot be written to only costs the fitting each time.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any, Final

import joblib  # type: ignore[import-untyped]
import numpy as np
import platformdirs
import scipy  # type: ignore[import-untyped]
import sklearn  # type: ignore[import-untyped]

import relcycle
from relcycle.coding import supervised
from relcycle.coding.supervised import SupervisedCoder
from relcycle.domain import Coding, Segment
from relcycle.errors import ConfigError

log = logging.getLogger(__name__)

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


CACHE_ENV: Final = "RELCYCLE_CACHE_DIR"
"""Where fitted models are kept between runs; ``off`` keeps none."""


def cache_dir() -> Path | None:
    """The folder fitted models are kept in, or ``None`` when ``RELCYCLE_CACHE_DIR=off``."""
    given = os.environ.get(CACHE_ENV, "").strip()
    if given.casefold() == "off":
        return None
    return Path(given) if given else platformdirs.user_cache_path("relcycle")


def _fitting_key() -> str:
    """A digest of what fitting depends on besides the model file: versions and code."""
    digest = hashlib.sha256()
    for version in (relcycle.__version__, sklearn.__version__, scipy.__version__, np.__version__):
        digest.update(f"{version}\n".encode())
    for part in sorted(files(supervised).iterdir(), key=lambda p: p.name):
        if part.name.endswith(".py"):
            digest.update(part.read_bytes())
    return digest.hexdigest()[:12]


def kept_file(model: ModelFile, folder: Path) -> Path:
    """Where the coder fitted on ``model`` is kept under ``folder``."""
    return folder / "hybrid" / f"{model.framework}-{model.digest}-{_fitting_key()}.joblib"


def fitted_model(model: ModelFile) -> SupervisedCoder:
    """:func:`fit_model`, kept on disk between runs (see the module docstring)."""
    folder = cache_dir()
    if folder is None:
        return fit_model(model)
    path = kept_file(model, folder)
    if path.is_file():
        try:
            kept = joblib.load(path)
        except Exception as err:  # any file that cannot be read is fitted anew
            log.warning("%s: cannot be read (%s); fitting the model anew", path, err)
        else:
            if isinstance(kept, SupervisedCoder):
                return kept
            log.warning("%s: holds no fitted coder; fitting the model anew", path)
    coder = fit_model(model)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        joblib.dump(coder, temporary)
        os.replace(temporary, path)
    except OSError as err:
        log.warning("%s: cannot keep the fitted model (%s)", path, err)
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
    return coder


@lru_cache(maxsize=4)
def learned_model(framework_id: str) -> tuple[ModelFile, SupervisedCoder]:
    """The shipped model file of ``framework_id`` and the coder fitted on it.

    The fitted coder is kept in memory for the process and on disk between runs
    (:func:`fitted_model`).

    Raises:
        ConfigError: No model is shipped for that framework, or its file is malformed.
    """
    model = parse_model(model_text(framework_id))
    return model, fitted_model(model)
