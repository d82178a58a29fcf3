"""Krippendorff's alpha against Krippendorff (2011), and the bootstrap interval."""

import math

import numpy as np
import pytest

from relcycle.coding.agreement import bootstrap_alpha, krippendorff_alpha

N = None

# Krippendorff, K. (2011). Computing Krippendorff's alpha-reliability. Annenberg
# School for Communication, University of Pennsylvania, section C ("multiple
# values, missing values"): 4 observers, 12 units, values 1-5. Published:
# nominal .743, ordinal .815, interval .849, ratio .797.
K2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
    [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
]


@pytest.mark.parametrize(
    ("level", "published"),
    [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849), ("ratio", 0.797)],
)
def test_alpha_reproduces_krippendorff_2011(level: str, published: float) -> None:
    assert round(krippendorff_alpha(K2011, level), 3) == published


def test_nominal_alpha_takes_any_hashable_labels() -> None:
    names = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}
    labelled = [[None if v is None else names[v] for v in row] for row in K2011]
    assert round(krippendorff_alpha(labelled), 3) == 0.743


def test_nan_counts_as_missing() -> None:
    with_nan = [[math.nan if v is None else v for v in row] for row in K2011]
    assert round(krippendorff_alpha(with_nan, "interval"), 3) == 0.849


def test_numpy_numbers_are_accepted() -> None:
    data = np.array([[1, 2, 3, 4], [1, 2, 3, 3]], dtype=np.int64)
    assert krippendorff_alpha(data, "interval") == pytest.approx(
        krippendorff_alpha(data.tolist(), "interval")
    )


@pytest.mark.parametrize("level", ["nominal", "ordinal", "interval", "ratio"])
def test_alpha_perfect_agreement_is_one(level: str) -> None:
    assert krippendorff_alpha([[1, 2, 3, None], [1, 2, 3, 4], [1, N, 3, 4]], level) == 1.0


def test_alpha_is_nan_when_all_values_are_one_category() -> None:
    assert math.isnan(krippendorff_alpha([["a", "a", "a"], ["a", "a", None]]))


def test_alpha_is_nan_when_the_other_value_is_in_no_pairable_unit() -> None:
    # "b" is the only value of unit 2, which no second coder valued.
    assert math.isnan(krippendorff_alpha([["a", "a", "b"], ["a", "a", None]]))


def test_alpha_rejects_an_unknown_level() -> None:
    with pytest.raises(ValueError) as info:
        krippendorff_alpha(K2011, "nomnal")
    assert str(info.value) == (
        "krippendorff_alpha: level 'nomnal' unknown; choose one of: "
        "interval, nominal, ordinal, ratio"
    )


def test_alpha_rejects_rows_of_different_lengths() -> None:
    with pytest.raises(ValueError, match=r"rows of different lengths \(coder 0: 3, coder 1: 2\)"):
        krippendorff_alpha([[1, 2, 3], [1, 2]])


def test_alpha_rejects_empty_input() -> None:
    with pytest.raises(ValueError, match="krippendorff_alpha: no data"):
        krippendorff_alpha([])


def test_alpha_rejects_data_without_a_pairable_unit() -> None:
    with pytest.raises(ValueError, match="none of the 3 units has values from two or more coders"):
        krippendorff_alpha([[1, None, None], [None, 2, None]])


def test_alpha_above_nominal_needs_numbers() -> None:
    with pytest.raises(
        ValueError, match=r"level 'ordinal' needs numbers; found 'high' \(str\) for coder 0, unit 1"
    ):
        krippendorff_alpha([[1, "high"], [1, 1]], "ordinal")


def test_ratio_alpha_rejects_negative_values() -> None:
    with pytest.raises(ValueError, match="level 'ratio' needs values of at least 0; found -1"):
        krippendorff_alpha([[1, -1], [1, 2]], "ratio")


def test_bootstrap_interval_brackets_alpha() -> None:
    alpha, low, high = bootstrap_alpha(K2011, "interval", n_boot=300, seed=1)
    assert round(alpha, 3) == 0.849
    assert -1 <= low <= alpha <= high <= 1


def test_bootstrap_is_deterministic_for_a_seed() -> None:
    assert bootstrap_alpha(K2011, "ordinal", n_boot=200, seed=7) == bootstrap_alpha(
        K2011, "ordinal", n_boot=200, seed=7
    )
    assert bootstrap_alpha(K2011, "ordinal", n_boot=200, seed=7) != bootstrap_alpha(
        K2011, "ordinal", n_boot=200, seed=8
    )


def test_bootstrap_resamples_pairable_units_as_documented() -> None:
    # One replicate: the documented draw of unit positions from default_rng(seed),
    # over the 11 pairable units (unit 12 has one value), then alpha on those units.
    pairable = [list(unit) for unit in zip(*K2011, strict=True)][:11]
    draw = np.random.default_rng(3).integers(0, 11, size=11)
    replicate = krippendorff_alpha(
        [list(row) for row in zip(*[pairable[i] for i in draw], strict=True)], "interval"
    )
    alpha, low, high = bootstrap_alpha(K2011, "interval", n_boot=1, seed=3)
    assert low == high == pytest.approx(replicate)
    assert alpha == krippendorff_alpha(K2011, "interval")


def test_bootstrap_of_perfect_agreement_is_one() -> None:
    assert bootstrap_alpha([[1, 2, 1, 2], [1, 2, 1, 2]], "nominal", n_boot=50) == (1.0, 1.0, 1.0)


def test_bootstrap_of_undefined_alpha_is_nan() -> None:
    result = bootstrap_alpha([[1, 1], [1, 1]], "nominal", n_boot=50)
    assert all(math.isnan(v) for v in result)


def test_bootstrap_default_draws_a_thousand_replicates() -> None:
    # Every replicate is defined for this data, so the default interval is stable.
    assert bootstrap_alpha(K2011, "nominal") == bootstrap_alpha(
        K2011, "nominal", n_boot=1000, seed=0, ci=0.95
    )


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"n_boot": 0}, "n_boot must be a whole number of at least 1; found 0"),
        ({"ci": 1.5}, r"ci must be a number between 0 and 1 \(e.g. 0.95\); found 1.5"),
    ],
)
def test_bootstrap_rejects_bad_settings(kwargs: dict[str, float], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        bootstrap_alpha(K2011, "nominal", **kwargs)  # type: ignore[arg-type]
