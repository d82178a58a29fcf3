"""Fleiss' kappa against Fleiss (1971) and its input checks."""

import math

import pytest

from relcycle.coding.agreement import fleiss_kappa

# Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters.
# Psychological Bulletin 76(5), 378-382, Table 1: 30 patients, each diagnosed by
# 6 of the psychiatrists, as depression, personality disorder, schizophrenia,
# neurosis or other. Cells count the psychiatrists per diagnosis. The same data
# ship (one column per rater) as `diagnoses` in R's irr package and in
# statsmodels' test suite (statsmodels/stats/tests/test_inter_rater.py), which
# this table was checked against. Fleiss reports p_j = .144, .144, .167, .306,
# .239, mean agreement .556, chance agreement .220 and kappa = .430.
FLEISS_1971 = [
    [0, 0, 0, 6, 0],
    [0, 3, 0, 0, 3],
    [0, 1, 4, 0, 1],
    [0, 0, 0, 0, 6],
    [0, 3, 0, 3, 0],
    [2, 0, 4, 0, 0],
    [0, 0, 4, 0, 2],
    [2, 0, 3, 1, 0],
    [2, 0, 0, 4, 0],
    [0, 0, 0, 0, 6],
    [1, 0, 0, 5, 0],
    [1, 1, 0, 4, 0],
    [0, 3, 3, 0, 0],
    [1, 0, 0, 5, 0],
    [0, 2, 0, 3, 1],
    [0, 0, 5, 0, 1],
    [3, 0, 0, 1, 2],
    [5, 1, 0, 0, 0],
    [0, 2, 0, 4, 0],
    [1, 0, 2, 0, 3],
    [0, 0, 0, 0, 6],
    [0, 1, 0, 5, 0],
    [0, 2, 0, 1, 3],
    [2, 0, 0, 4, 0],
    [1, 0, 0, 4, 1],
    [0, 5, 0, 1, 0],
    [4, 0, 0, 0, 2],
    [0, 2, 0, 4, 0],
    [1, 0, 5, 0, 0],
    [0, 0, 0, 0, 6],
]


def test_fleiss_1971_table_has_the_published_margins() -> None:
    totals = [sum(column) for column in zip(*FLEISS_1971, strict=True)]
    assert [round(t / 180, 3) for t in totals] == [0.144, 0.144, 0.167, 0.306, 0.239]


def test_fleiss_kappa_reproduces_fleiss_1971() -> None:
    assert round(fleiss_kappa(FLEISS_1971), 3) == 0.430


def test_fleiss_kappa_perfect_agreement_is_one() -> None:
    assert fleiss_kappa([[3, 0, 0], [0, 3, 0], [0, 0, 3]]) == 1.0


def test_fleiss_kappa_is_nan_when_every_rating_is_one_category() -> None:
    assert math.isnan(fleiss_kappa([[0, 4], [0, 4]]))


def test_fleiss_kappa_rejects_rows_with_different_totals() -> None:
    with pytest.raises(ValueError) as info:
        fleiss_kappa([[3, 3], [2, 3]])
    assert str(info.value) == (
        "fleiss_kappa: every subject needs the same number of ratings; "
        "subject 0 has 6 but subject 1 has 5"
    )


def test_fleiss_kappa_rejects_ragged_rows() -> None:
    with pytest.raises(ValueError, match="found rows of different lengths"):
        fleiss_kappa([[3, 3], [6]])


def test_fleiss_kappa_rejects_a_flat_list() -> None:
    with pytest.raises(ValueError, match=r"found an array of shape \(3,\)"):
        fleiss_kappa([1, 2, 3])


def test_fleiss_kappa_rejects_empty_input() -> None:
    with pytest.raises(ValueError, match="at least one subject"):
        fleiss_kappa([[]])


def test_fleiss_kappa_rejects_negative_counts() -> None:
    with pytest.raises(ValueError, match="found -1 at subject 1, category 0"):
        fleiss_kappa([[2, 0], [-1, 3]])


def test_fleiss_kappa_rejects_fractions() -> None:
    with pytest.raises(ValueError, match="whole numbers"):
        fleiss_kappa([[1.5, 0.5], [1.0, 1.0]])


def test_fleiss_kappa_needs_two_ratings_per_subject() -> None:
    with pytest.raises(ValueError, match="at least two ratings; found 1"):
        fleiss_kappa([[1, 0], [0, 1]])
