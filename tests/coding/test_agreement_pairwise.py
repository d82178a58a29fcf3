"""Percent agreement and Cohen's kappa against published figures."""

import math
from collections.abc import Sequence

import pytest

from relcycle.coding.agreement import WEIGHTS, Weights, cohen_kappa, percent_agreement


def expand(table: Sequence[Sequence[int]], labels: Sequence[str]) -> tuple[list[str], list[str]]:
    """Two coders' label lists from a rater-1-rows × rater-2-columns table of counts."""
    a: list[str] = []
    b: list[str] = []
    for i, row in enumerate(table):
        for j, count in enumerate(row):
            a += [labels[i]] * count
            b += [labels[j]] * count
    return a, b


# SAS/STAT User's Guide, The FREQ Procedure, "Getting Started: Agreement Study"
# (Table "Skin Condition Data"): two dermatologists rate 88 patients. SAS prints
# simple kappa 0.3449 and weighted kappa 0.5082 (its default Cicchetti-Allison,
# i.e. linear, weights).
SKIN = [[10, 4, 1, 0], [5, 10, 12, 2], [2, 4, 12, 5], [0, 2, 6, 13]]
SKIN_LEVELS = ["terrible", "poor", "marginal", "clear"]

# Two radiologists classify 85 xeromammograms (Boyd et al. 1982, J Natl Cancer
# Inst 68:357-363), as discussed in Altman (1991) Practical Statistics for Medical
# Research, pp. 403-405 (kappa 0.47) and in the Stata Base Reference Manual,
# [R] kappa, dataset rate2: kappa 0.4728, wgt(w) 0.5684, wgt(w2) 0.6714, where
# w = 1 - |i-j|/(k-1) (linear) and w2 = 1 - ((i-j)/(k-1))^2 (quadratic).
XERO = [[21, 12, 0, 0], [4, 17, 1, 0], [3, 9, 15, 2], [0, 0, 0, 1]]
XERO_LEVELS = ["normal", "benign", "suspect", "cancer"]


def test_percent_agreement_counts_equal_labels() -> None:
    assert percent_agreement(["a", "b", "c", "a"], ["a", "b", "a", "b"]) == 0.5


def test_percent_agreement_drops_pairs_with_a_missing_label() -> None:
    assert percent_agreement(["a", None, "b", "c"], ["a", "b", None, "d"]) == 0.5


def test_percent_agreement_rejects_lengths_that_differ() -> None:
    with pytest.raises(ValueError, match="a has 3 labels but b has 2"):
        percent_agreement(["a", "b", "c"], ["a", "b"])


def test_percent_agreement_rejects_empty_input() -> None:
    with pytest.raises(ValueError, match="percent_agreement: no units"):
        percent_agreement([], [])


def test_percent_agreement_rejects_when_nothing_is_left() -> None:
    with pytest.raises(ValueError, match="none of the 2 units has a label from both coders"):
        percent_agreement(["a", None], [None, "b"])


def test_cohen_kappa_two_by_two_textbook_example() -> None:
    # 50 applications read by two readers: yes/yes 20, yes/no 5, no/yes 10, no/no 15;
    # p_o = 0.70, p_e = 0.50, kappa = 0.40 (the worked example in Wikipedia's
    # "Cohen's kappa" article).
    a, b = expand([[20, 5], [10, 15]], ["yes", "no"])
    assert cohen_kappa(a, b) == pytest.approx(0.40)


def test_cohen_kappa_sas_skin_condition_unweighted() -> None:
    a, b = expand(SKIN, SKIN_LEVELS)
    assert round(cohen_kappa(a, b, labels=SKIN_LEVELS), 4) == 0.3449


def test_cohen_kappa_sas_skin_condition_linear() -> None:
    a, b = expand(SKIN, SKIN_LEVELS)
    assert round(cohen_kappa(a, b, weights="linear", labels=SKIN_LEVELS), 4) == 0.5082


def test_cohen_kappa_xeromammograms_unweighted() -> None:
    a, b = expand(XERO, XERO_LEVELS)
    assert round(cohen_kappa(a, b, labels=XERO_LEVELS), 4) == 0.4728


def test_cohen_kappa_xeromammograms_linear() -> None:
    a, b = expand(XERO, XERO_LEVELS)
    assert round(cohen_kappa(a, b, weights="linear", labels=XERO_LEVELS), 4) == 0.5684


def test_cohen_kappa_xeromammograms_quadratic() -> None:
    a, b = expand(XERO, XERO_LEVELS)
    assert round(cohen_kappa(a, b, weights="quadratic", labels=XERO_LEVELS), 4) == 0.6714


@pytest.mark.parametrize("weights", [None, *WEIGHTS])
def test_cohen_kappa_matches_scikit_learn(weights: Weights | None) -> None:
    # A second opinion where scikit-learn is installed (it is not a dependency).
    metrics = pytest.importorskip("sklearn.metrics")
    for table, levels in [(SKIN, SKIN_LEVELS), (XERO, XERO_LEVELS)]:
        a, b = expand(table, levels)
        ranks = {label: i for i, label in enumerate(levels)}
        expected = metrics.cohen_kappa_score(
            [ranks[x] for x in a], [ranks[y] for y in b], weights=weights
        )
        assert cohen_kappa(a, b, weights=weights, labels=levels) == pytest.approx(expected)


def test_cohen_kappa_orders_numbers_when_no_labels_are_given() -> None:
    a, b = expand(XERO, ["1", "2", "3", "4"])
    assert round(cohen_kappa([int(x) for x in a], [int(y) for y in b], "quadratic"), 4) == 0.6714


def test_cohen_kappa_perfect_agreement_is_one() -> None:
    labels = ["a", "b", "c", "a", "b"]
    for weights in (None, *WEIGHTS):
        assert cohen_kappa(labels, labels, weights=weights) == 1.0


def test_cohen_kappa_is_nan_when_both_coders_use_one_category() -> None:
    assert math.isnan(cohen_kappa(["x", "x", "x"], ["x", "x", "x"]))


def test_cohen_kappa_rejects_unknown_weights() -> None:
    with pytest.raises(ValueError) as info:
        cohen_kappa(["a"], ["a"], weights="cubic")  # type: ignore[arg-type]  # on purpose
    assert str(info.value) == (
        "cohen_kappa: weights 'cubic' unknown; choose one of: None, linear, quadratic"
    )


def test_cohen_kappa_rejects_lengths_that_differ() -> None:
    with pytest.raises(ValueError, match="cohen_kappa: a has 2 labels but b has 1"):
        cohen_kappa(["a", "b"], ["a"])


def test_cohen_kappa_rejects_empty_input() -> None:
    with pytest.raises(ValueError, match="cohen_kappa: no units"):
        cohen_kappa([], [])


def test_cohen_kappa_rejects_labels_that_miss_an_observed_label() -> None:
    with pytest.raises(ValueError, match=r"labels that are not in labels: \['c'\]"):
        cohen_kappa(["a", "b", "c"], ["a", "b", "b"], labels=["a", "b"])


def test_weighted_kappa_needs_an_order_for_unsortable_labels() -> None:
    with pytest.raises(ValueError, match="need ordered categories"):
        cohen_kappa([1, "a", 1], ["a", 1, 1], weights="linear")


def test_unweighted_kappa_accepts_unsortable_labels() -> None:
    assert cohen_kappa([1, "a", 1, "a"], [1, "a", 1, "a"]) == 1.0
