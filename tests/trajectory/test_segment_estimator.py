"""StageSegmenter: parameters, errors and the contract around fit/predict."""

from __future__ import annotations

import math

import numpy as np
import pytest

from relcycle.trajectory.segmentation import NotFittedError, StageSegmenter


def step(n: int = 20, at: int = 10, d: int = 1) -> np.ndarray:
    noise = np.tile([0.1, -0.1], n // 2 + 1)[:n, None]
    return np.where(np.arange(n)[:, None] < at, 0.0, 5.0) + noise + np.zeros((n, d))


def test_docstring_example() -> None:
    X = np.r_[np.zeros(10), np.full(10, 5.0)] + np.tile([0.1, -0.1], 10)
    assert StageSegmenter().fit(X).predict() == [10, 20]


def test_unknown_method_names_the_choices() -> None:
    with pytest.raises(ValueError) as info:
        StageSegmenter(method="pelt2").fit(step())
    assert str(info.value) == "unknown segmenter 'pelt2'; choose one of: binseg, dynp, pelt"


def test_unknown_cost_names_the_choices() -> None:
    with pytest.raises(
        ValueError,
        match=r"unknown cost 'gauss'; choose one of: auto, l2, multinomial, normal, poisson",
    ):
        StageSegmenter(cost="gauss").fit(step())


@pytest.mark.parametrize("penalty", ["sic", -1.0, math.inf, True])
def test_bad_penalty_is_rejected(penalty: object) -> None:
    with pytest.raises(ValueError, match="penalty"):
        StageSegmenter(penalty=penalty).fit(step())  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "value"), [("min_size", 0), ("jump", 0), ("max_segments", 0), ("min_size", 2.5)]
)
def test_bad_integer_parameters_are_rejected(name: str, value: object) -> None:
    with pytest.raises(ValueError, match=rf"{name} must be an integer >= 1; got {value!r}"):
        StageSegmenter(**{name: value}).fit(step())  # type: ignore[arg-type]


def test_init_only_stores_parameters() -> None:
    est = StageSegmenter(method="nope", cost="nope", penalty="nope", min_size=-3)
    assert est.get_params()["method"] == "nope"


def test_predict_before_fit_says_what_to_do() -> None:
    with pytest.raises(NotFittedError, match=r"not fitted yet; call fit\(X\) first"):
        StageSegmenter().predict()


def test_set_params_rejects_unknown_names() -> None:
    with pytest.raises(ValueError, match="unknown parameter 'alpha' for StageSegmenter"):
        StageSegmenter().set_params(alpha=1)


def test_learned_attributes() -> None:
    est = StageSegmenter().fit(step(d=2))
    assert est.breakpoints_ == [10, 20]
    assert est.cost_ == "l2"
    assert est.penalty_value_ == pytest.approx(4 * math.log(20))  # (p + 2) log n, p = d = 2
    assert est.length_weight_ == 1.0
    assert est.objective_ == pytest.approx(est.cost_value_ + est.penalty_value_)
    assert (est.n_samples_, est.n_features_in_) == (20, 2)


def test_predict_returns_a_copy() -> None:
    est = StageSegmenter().fit(step())
    est.predict().append(99)
    assert est.predict() == [10, 20]


def test_auto_picks_poisson_for_counts_and_l2_for_the_rest() -> None:
    rng = np.random.default_rng(0)
    counts = rng.poisson(1.0, size=(24, 3))
    assert StageSegmenter().fit(counts).cost_ == "poisson"
    assert StageSegmenter().fit(counts + 0.5).cost_ == "l2"
    assert StageSegmenter().fit(rng.poisson(1000.0, size=(24, 1)) * 7).cost_ == "l2"


def test_poisson_rejects_negative_counts() -> None:
    X = np.ones((10, 2))
    X[3, 1] = -2
    with pytest.raises(ValueError, match=r"non-negative counts; found -2 at period 3, indicator 1"):
        StageSegmenter(cost="poisson").fit(X)


def test_multinomial_needs_two_indicators() -> None:
    with pytest.raises(ValueError, match="needs at least 2 columns; got 1"):
        StageSegmenter(cost="multinomial").fit(np.ones(10))


def test_jump_restricts_change_points() -> None:
    bkps = StageSegmenter(jump=4).fit(step(n=24, at=10)).predict()
    assert bkps[:-1] and all(b % 4 == 0 for b in bkps[:-1])


def test_max_segments_caps_the_number_of_stages() -> None:
    X = np.repeat([0.0, 10.0, -10.0, 0.0], 20) + np.tile([0.1, -0.1], 40)
    for method in ("pelt", "binseg", "dynp"):
        assert StageSegmenter(method=method).fit(X).predict() == [20, 40, 60, 80]
        capped = StageSegmenter(method=method, max_segments=2).fit(X).predict()
        assert len(capped) == 2, method


def test_one_dimensional_and_column_inputs_agree() -> None:
    x = step()[:, 0]
    assert StageSegmenter().fit(x).predict() == StageSegmenter().fit(x[:, None]).predict()


def test_non_numeric_input_is_rejected() -> None:
    with pytest.raises(ValueError, match="X must be a numeric array"):
        StageSegmenter().fit([["a", "b"], ["c", "d"]])
