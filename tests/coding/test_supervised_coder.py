"""SupervisedCoder: learning, held-out quality, predictions, determinism, errors."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest
from supervised_data import CODES, Labelled, make_set

from relcycle.coding.base import AutoCoding, NotFittedError, make_auto_coder
from relcycle.coding.supervised import SupervisedCoder
from relcycle.domain import Coding, Segment
from relcycle.errors import ConfigError, InputError


@pytest.fixture(scope="module")
def train() -> Labelled:
    return make_set(300, seed=1)


@pytest.fixture(scope="module")
def held_out() -> Labelled:
    return make_set(200, seed=2, label_noise=0.0, source="held")


@pytest.fixture(scope="module")
def coder(train: Labelled) -> SupervisedCoder:
    return SupervisedCoder().fit(train.segments, train.codings)


def micro_f1(truth: list[str | None], predicted: list[set[str]]) -> float:
    tp = sum(1 for t, p in zip(truth, predicted, strict=True) if t in p)
    fp = sum(len(p - {t}) for t, p in zip(truth, predicted, strict=True))
    fn = sum(1 for t, p in zip(truth, predicted, strict=True) if t is not None and t not in p)
    return 2 * tp / (2 * tp + fp + fn)


def test_beats_the_majority_baseline_on_held_out_segments(
    coder: SupervisedCoder, held_out: Labelled
) -> None:
    codings = coder.predict(held_out.segments)
    predicted: list[set[str]] = [set() for _ in held_out.segments]
    row = {(s.source_id, s.index): i for i, s in enumerate(held_out.segments)}
    for c in codings:
        predicted[row[(c.source_id, c.segment_index)]].add(c.code)
    majority = Counter(t for t in held_out.truth if t is not None).most_common(1)[0][0]
    baseline = micro_f1(held_out.truth, [{majority} for _ in held_out.truth])
    learned = micro_f1(held_out.truth, predicted)
    assert baseline < 0.4
    assert learned > baseline + 0.5


def test_top_suggestion_is_the_true_code(coder: SupervisedCoder, held_out: Labelled) -> None:
    coded = [(s, t) for s, t in zip(held_out.segments, held_out.truth, strict=True) if t]
    suggestions = coder.suggest([s for s, _ in coded], top=1)
    hits = sum(1 for (_, t), top in zip(coded, suggestions, strict=True) if top[0][0] == t)
    assert hits / len(coded) > 0.9


def test_learned_state(coder: SupervisedCoder, train: Labelled) -> None:
    assert coder.codes_ == tuple(sorted(CODES))
    assert coder.skipped_codes_ == {}
    assert coder.n_segments_ == len(train.segments)
    assert coder.C_ > 0
    assert coder.not_converged_ == ()
    assert coder.coder_.startswith("auto:supervised@") and len(coder.coder_) == 28


def test_predict_gives_one_coding_per_segment_and_code_over_the_threshold(
    coder: SupervisedCoder, held_out: Labelled
) -> None:
    segments = held_out.segments[:40]
    codings = coder.predict(segments)
    probabilities = coder.predict_proba(segments)
    expected = {
        (segments[i].source_id, segments[i].index, coder.codes_[j])
        for i, j in zip(*np.nonzero(probabilities >= coder.threshold_), strict=True)
    }
    assert {(c.source_id, c.segment_index, c.code) for c in codings} == expected
    by_segment = {(s.source_id, s.index): s for s in segments}
    for c in codings:
        assert isinstance(c, AutoCoding)
        segment = by_segment[(c.source_id, c.segment_index)]
        assert (c.start, c.end) == (segment.start, segment.end)
        assert c.coder == coder.coder_
        assert coder.threshold_ <= c.confidence <= 1.0


def test_suggest_ranks_codes_by_probability(coder: SupervisedCoder, held_out: Labelled) -> None:
    suggestions = coder.suggest(held_out.segments[:5], top=3)
    assert [len(s) for s in suggestions] == [3] * 5
    for ranked in suggestions:
        probabilities = [p for _, p in ranked]
        assert probabilities == sorted(probabilities, reverse=True)
        assert all(0.0 <= p <= 1.0 for p in probabilities)
    assert len(coder.suggest(held_out.segments[:1], top=99)[0]) == len(CODES)


def test_empty_input_gives_empty_output(coder: SupervisedCoder) -> None:
    assert coder.predict([]) == []
    assert coder.suggest([]) == []
    assert coder.next_to_code([]) == []


def test_same_seed_same_model(train: Labelled, held_out: Labelled) -> None:
    a = SupervisedCoder(C=10.0, seed=3).fit(train.segments, train.codings)
    b = SupervisedCoder(C=10.0, seed=3).fit(train.segments, train.codings)
    assert a.coder_ == b.coder_
    assert np.array_equal(a.predict_proba(held_out.segments), b.predict_proba(held_out.segments))
    assert a.cross_validate(k=3) == b.cross_validate(k=3)


def test_provenance_hash_follows_data_and_parameters(train: Labelled) -> None:
    base = SupervisedCoder(C=10.0).fit(train.segments, train.codings).coder_
    other_c = SupervisedCoder(C=3.0).fit(train.segments, train.codings).coder_
    fewer = SupervisedCoder(C=10.0).fit(train.segments, train.codings[:-1]).coder_
    assert len({base, other_c, fewer}) == 3


def test_auto_codings_and_uncoded_sources_are_not_learned_from(train: Labelled) -> None:
    auto = [
        Coding(c.source_id, c.start, c.end, "gov.support.venue", "auto:x@1") for c in train.codings
    ]
    stray = Segment("never-coded.md", 0, 0, 5, "书法班上课")
    coder = SupervisedCoder(C=10.0).fit([*train.segments, stray], [*train.codings, *auto])
    assert "gov.support.venue" not in coder.codes_
    assert coder.auto_codings_ == len(auto)
    assert coder.uncoded_segments_ == 1
    assert coder.n_segments_ == len(train.segments)


def test_rare_codes_are_skipped_and_reported(train: Labelled) -> None:
    first = train.segments[0]
    rare = Coding(first.source_id, first.start, first.end, "gov.support.venue", "ana")
    coder = SupervisedCoder(C=10.0).fit(train.segments, [*train.codings, rare])
    assert "gov.support.venue" not in coder.codes_
    assert coder.skipped_codes_ == {
        "gov.support.venue": "1 coded segment(s), fewer than min_examples=5"
    }


def test_registered_as_an_auto_coder() -> None:
    coder = make_auto_coder("supervised", C=2.0)
    assert isinstance(coder, SupervisedCoder)
    assert coder.get_params() == {
        "features": "char",
        "ngram_range": (1, 3),
        "C": 2.0,
        "min_examples": 5,
        "threshold": None,
        "seed": 0,
        "n_jobs": None,
    }


def test_char_and_word_features(train: Labelled, held_out: Labelled) -> None:
    coder = SupervisedCoder(features="char+word", C=10.0).fit(train.segments, train.codings)
    top = coder.suggest(held_out.segments[:20], top=1)
    truth = held_out.truth[:20]
    assert sum(1 for t, s in zip(truth, top, strict=True) if t == s[0][0]) >= 12


# --- errors -------------------------------------------------------------------------------


def test_fit_without_codings(train: Labelled) -> None:
    with pytest.raises(InputError, match=r"SupervisedCoder\.fit: no codings; .*code some segments"):
        SupervisedCoder().fit(train.segments, [])


def test_fit_without_segments(train: Labelled) -> None:
    with pytest.raises(InputError, match="fit: no segments"):
        SupervisedCoder().fit([], train.codings)


def test_fit_with_codings_of_no_segment(train: Labelled) -> None:
    elsewhere = [Coding("other.md", c.start, c.end, c.code, c.coder) for c in train.codings]
    with pytest.raises(InputError, match=r"none of the \d+ codings overlaps a given segment"):
        SupervisedCoder().fit(train.segments, elsewhere)


def test_fit_with_only_auto_codings(train: Labelled) -> None:
    auto = [Coding(c.source_id, c.start, c.end, c.code, "auto:dictionary@x") for c in train.codings]
    with pytest.raises(InputError, match="are by auto-coders"):
        SupervisedCoder().fit(train.segments, auto)


def test_fit_with_too_few_examples(train: Labelled) -> None:
    with pytest.raises(
        InputError, match=r"no code has at least min_examples=500 .*lower min_examples"
    ):
        SupervisedCoder(min_examples=500).fit(train.segments, train.codings)


def test_fit_with_a_segment_twice(train: Labelled) -> None:
    with pytest.raises(InputError, match="is given twice"):
        SupervisedCoder().fit([*train.segments, train.segments[0]], train.codings)


@pytest.mark.parametrize(
    ("params", "message"),
    [
        (
            {"features": "bert"},
            "unknown features 'bert'; choose one of: char, char\\+word, embeddings",
        ),
        ({"ngram_range": (3, 1)}, "ngram_range must be"),
        ({"C": 0.0}, "C must be positive or None"),
        ({"min_examples": 0}, "min_examples must be at least 1"),
        ({"threshold": 1.0}, "threshold must be between 0 and 1 \\(or None\\)"),
    ],
)
def test_bad_parameters_fail_at_fit(
    train: Labelled, params: dict[str, object], message: str
) -> None:
    coder = SupervisedCoder(**params)  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match=message):
        coder.fit(train.segments, train.codings)


@pytest.mark.parametrize("method", ["predict", "predict_proba", "suggest", "next_to_code"])
def test_use_before_fit(method: str, train: Labelled) -> None:
    with pytest.raises(NotFittedError, match=r"not fitted yet; call fit\(...\)"):
        getattr(SupervisedCoder(), method)(train.segments)


def test_cross_validate_before_fit() -> None:
    with pytest.raises(NotFittedError, match="call fit"):
        SupervisedCoder().cross_validate()


def test_bad_arguments(coder: SupervisedCoder, held_out: Labelled) -> None:
    with pytest.raises(ConfigError, match="top must be at least 1, got 0"):
        coder.suggest(held_out.segments, top=0)
    with pytest.raises(ConfigError, match="n must be at least 1, got 0"):
        coder.next_to_code(held_out.segments, n=0)
    with pytest.raises(
        ConfigError, match="unknown strategy 'random'; choose one of: margin, entropy"
    ):
        coder.next_to_code(held_out.segments, strategy="random")  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match=r"k must be between 2 and the number of training"):
        coder.cross_validate(k=1)


def test_init_only_stores_parameters_and_fit_returns_self(train: Labelled) -> None:
    coder = SupervisedCoder(C=3.0, seed=2)
    assert vars(coder) == coder.get_params()
    assert coder.fit(train.segments, train.codings) is coder
    assert coder.set_params(C=1.0).C == 1.0
    with pytest.raises(ConfigError, match="has no parameter 'alpha'; choose one of: features"):
        coder.set_params(alpha=1.0)


def test_parallel_fit_gives_the_same_model(train: Labelled, held_out: Labelled) -> None:
    one = SupervisedCoder(C=10.0).fit(train.segments, train.codings)
    two = SupervisedCoder(C=10.0, n_jobs=2).fit(train.segments, train.codings)
    assert one.coder_ == two.coder_
    assert np.allclose(one.predict_proba(held_out.segments), two.predict_proba(held_out.segments))


def test_tiny_training_set_without_shared_ngrams() -> None:
    segments = [Segment("t.md", 0, 0, 4, "abcd"), Segment("t.md", 1, 5, 9, "wxyz")]
    codings = [Coding("t.md", 0, 4, "p", "ana")]
    coder = SupervisedCoder(ngram_range=(2, 3), min_examples=1, C=1.0, threshold=0.5)
    coder.fit(segments, codings)
    assert coder.suggest(segments, top=1)[0][0][0] == "p"


def test_non_convergence_is_reported_not_warned(
    train: Labelled, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("relcycle.coding.supervised.learn.MAX_ITER", 1)
    coder = SupervisedCoder(C=100.0, threshold=0.5).fit(train.segments, train.codings)
    assert coder.not_converged_ == coder.codes_
