"""unitise and agreement_report on a hand-built case with hand-computed answers.

The case: source s1 has four segments of ten code points, s2 two segments, s3
one segment that nobody coded. Coder A codes s1 and s2, coder B only s1, coder
C (used in the three-coder tests) s1 and s2.

    s1 segments  [0,10)  [10,20)  [20,30)  [30,40)      s2  [0,5)  [5,15)
    A            X       Y        Y        -                X      -
    B            X       Y        X        X                (not coded)
    C            X       X        X        X                -      Y
"""

import math

import pytest

from relcycle.coding.agreement import (
    agreement_report,
    bootstrap_alpha,
    krippendorff_alpha,
    unitise,
)
from relcycle.domain import Coding, Segment

SEGMENTS = [
    # given out of order on purpose: units are ordered by source, then index
    Segment("s2.txt", 1, 5, 15, "x" * 10),
    Segment("s1.txt", 0, 0, 10, "x" * 10),
    Segment("s1.txt", 1, 10, 20, "x" * 10),
    Segment("s1.txt", 2, 20, 30, "x" * 10),
    Segment("s1.txt", 3, 30, 40, "x" * 10),
    Segment("s2.txt", 0, 0, 5, "x" * 5),
    Segment("s3.txt", 0, 0, 10, "x" * 10),
]
AB = [
    Coding("s1.txt", 2, 8, "X", "A"),
    Coding("s1.txt", 12, 25, "Y", "A"),
    Coding("s2.txt", 0, 5, "X", "A"),
    Coding("s1.txt", 0, 10, "X", "B"),
    Coding("s1.txt", 28, 32, "X", "B"),  # touches segments 2 and 3
    Coding("s1.txt", 10, 20, "Y", "B"),  # ends where segment 2 starts: no overlap
]
C = [Coding("s1.txt", 0, 40, "X", "C"), Coding("s2.txt", 5, 15, "Y", "C")]


def test_unitise_one_code_gives_present_absent_or_missing() -> None:
    units = unitise(AB, SEGMENTS, code="X")
    assert units.coders == ("A", "B")
    assert [(s.source_id, s.index) for s in units.segments] == [
        ("s1.txt", 0),
        ("s1.txt", 1),
        ("s1.txt", 2),
        ("s1.txt", 3),
        ("s2.txt", 0),
        ("s2.txt", 1),
        ("s3.txt", 0),
    ]
    assert units.of("A") == (1, 0, 0, 0, 1, 0, None)
    assert units.of("B") == (1, 0, 1, 1, None, None, None)


def test_unitise_without_a_code_gives_sets_of_codes() -> None:
    units = unitise(AB, SEGMENTS)
    f = frozenset
    assert units.code is None
    assert units.of("A") == (f("X"), f("Y"), f("Y"), f(), f("X"), f(), None)
    assert units.of("B") == (f("X"), f("Y"), f("X"), f("X"), None, None, None)


def test_sets_can_be_given_to_nominal_alpha() -> None:
    # Pairable: s1's four segments; A and B agree on two of them exactly.
    sets = unitise(AB, SEGMENTS).values
    assert krippendorff_alpha(sets) == pytest.approx(
        krippendorff_alpha([["X", "Y", "Y", "-"], ["X", "Y", "X", "X"]])
    )


def test_unitise_keeps_the_coders_in_the_order_given() -> None:
    units = unitise(AB + C, SEGMENTS, code="Y", coders=["C", "A"])
    assert units.coders == ("C", "A")
    assert units.of("C") == (0, 0, 0, 0, 0, 1, None)


def test_unitise_rejects_a_coder_without_codings() -> None:
    with pytest.raises(ValueError) as info:
        unitise(AB, SEGMENTS, coders=["A", "Z"])
    assert str(info.value) == "unitise: coder 'Z' has no codings; coders with codings: A, B"


def test_unitise_needs_two_coders() -> None:
    with pytest.raises(ValueError, match=r"at least two coders; found 1 \(A\)"):
        unitise(AB, SEGMENTS, coders=["A"])


def test_unitise_rejects_a_code_nobody_applied() -> None:
    with pytest.raises(ValueError, match="code 'Q' was applied by none of the coders"):
        unitise(AB, SEGMENTS, code="Q")


def test_unitise_rejects_a_segment_given_twice() -> None:
    with pytest.raises(ValueError, match=r"segment 0 of source 's3\.txt' is given twice"):
        unitise(AB, [*SEGMENTS, SEGMENTS[-1]])


def test_unitise_rejects_no_segments() -> None:
    with pytest.raises(ValueError, match="unitise: no segments"):
        unitise(AB, [])


def test_unit_of_an_unknown_coder_is_a_key_error() -> None:
    with pytest.raises(KeyError, match="no coder 'Z'; coders: A, B"):
        unitise(AB, SEGMENTS).of("Z")


def test_report_two_coders_per_code() -> None:
    report = agreement_report(AB, SEGMENTS, n_boot=200)
    assert report.coders == ("A", "B")
    assert list(report.per_code) == ["X", "Y"]
    x, y = report.per_code["X"], report.per_code["Y"]
    # X over s1: A 1,0,0,0 / B 1,0,1,1. p_o = .5, p_e = .375, kappa = .2; in the
    # coincidence matrix n_0 = n_1 = 4 and 4 of 8 values disagree: alpha = 1 - .5/(32/56).
    assert (x.n_units, x.n_coders, x.kappa_method) == (4, 2, "cohen")
    assert x.percent_agreement == 0.5
    # positive agreement: both gave X to 1 segment, A to 1 and B to 3: 2 * 1 / 4
    assert x.positive_agreement == 0.5
    assert x.kappa == pytest.approx(0.2)
    assert x.alpha == pytest.approx(1 / 8)
    # Y over s1: A 0,1,1,0 / B 0,1,0,0. p_o = .75, p_e = .5, kappa = .5; n_0 = 5,
    # n_1 = 3, 2 of 8 values disagree: alpha = 1 - .25/(30/56) = 8/15.
    assert y.percent_agreement == 0.75
    assert y.positive_agreement == pytest.approx(2 * 1 / (2 + 1))
    assert y.kappa == pytest.approx(0.5)
    assert y.alpha == pytest.approx(8 / 15)


def test_report_overall_is_the_mean_of_the_codes() -> None:
    overall = agreement_report(AB, SEGMENTS, n_boot=200).overall
    assert overall.code is None
    assert overall.n_units == 4
    assert overall.percent_agreement == pytest.approx(0.625)
    assert overall.positive_agreement == pytest.approx((1 / 2 + 2 / 3) / 2)
    assert overall.kappa == pytest.approx(0.35)
    assert overall.alpha == pytest.approx((1 / 8 + 8 / 15) / 2)
    assert -1 <= overall.alpha_low <= overall.alpha_high <= 1


def test_report_interval_is_bootstrap_alpha_of_the_code() -> None:
    report = agreement_report(AB, SEGMENTS, n_boot=200, seed=5, ci=0.9)
    expected = bootstrap_alpha(unitise(AB, SEGMENTS, code="Y").values, n_boot=200, seed=5, ci=0.9)
    y = report.per_code["Y"]
    assert (y.alpha, y.alpha_low, y.alpha_high) == pytest.approx(tuple(expected))


def test_report_three_coders_uses_fleiss_over_complete_units() -> None:
    x = agreement_report(AB + C, SEGMENTS, code="X", n_boot=100).per_code["X"]
    # Pairable: s1 (A, B, C) and s2 (A, C): 6 segments.
    assert (x.n_units, x.n_coders, x.kappa_method) == (6, 3, "fleiss")
    # Pairs: A-B 2/4, A-C 2/6, B-C 3/4.
    assert x.percent_agreement == pytest.approx((1 / 2 + 1 / 3 + 3 / 4) / 3)
    # A-B 2*1/(1+3), A-C 2*1/(2+4), B-C 2*3/(3+4)
    assert x.positive_agreement == pytest.approx((1 / 2 + 1 / 3 + 6 / 7) / 3)
    # Fleiss over s1 only (all three coded it): mean agreement .5, chance 5/9.
    assert x.kappa == pytest.approx(-1 / 8)
    # n_0 = 7, n_1 = 9, 8 of 16 values disagree: alpha = 1 - .5/(126/240) = 1/21.
    assert x.alpha == pytest.approx(1 / 21)


def test_report_for_one_code_has_it_as_overall() -> None:
    report = agreement_report(AB, SEGMENTS, code="Y", n_boot=50)
    assert list(report.per_code) == ["Y"]
    assert report.overall.alpha == report.per_code["Y"].alpha


def test_report_leaves_undefined_codes_out_of_the_means() -> None:
    # Z is applied only on s2, which B did not code: on the pairable segments
    # every value is 0, so kappa and alpha are undefined for Z.
    codings = [*AB, Coding("s2.txt", 0, 5, "Z", "A")]
    report = agreement_report(codings, SEGMENTS, n_boot=50)
    z = report.per_code["Z"]
    assert z.percent_agreement == 1.0
    assert math.isnan(z.positive_agreement)  # nobody gave it to a segment both coded
    assert math.isnan(z.kappa) and math.isnan(z.alpha) and math.isnan(z.alpha_low)
    assert report.overall.positive_agreement == pytest.approx((1 / 2 + 2 / 3) / 2)
    assert report.overall.alpha == pytest.approx((1 / 8 + 8 / 15) / 2)
    assert report.overall.kappa == pytest.approx(0.35)


def test_report_needs_a_source_two_coders_coded() -> None:
    codings = [Coding("s1.txt", 0, 5, "X", "A"), Coding("s2.txt", 0, 5, "X", "B")]
    with pytest.raises(ValueError) as info:
        agreement_report(codings, SEGMENTS)
    assert str(info.value) == (
        "agreement_report: no source with segments was coded by two or more of the coders "
        "(A, B); agreement needs sources that at least two coders coded"
    )


def test_report_rejects_a_code_nobody_applied() -> None:
    with pytest.raises(ValueError, match="code 'Q' was applied by none of the coders"):
        agreement_report(AB, SEGMENTS, code="Q")


def test_report_rejects_bad_bootstrap_settings() -> None:
    with pytest.raises(ValueError, match="agreement_report: n_boot must be"):
        agreement_report(AB, SEGMENTS, n_boot=0)


AUTO = [
    Coding("s1.txt", 0, 40, "X", "auto:dictionary@abc"),
    Coding("s2.txt", 0, 15, "Y", "auto:dictionary@abc"),
]


def test_auto_coders_are_left_out_unless_named() -> None:
    default = agreement_report([*AB, *AUTO], SEGMENTS, n_boot=10)
    assert default.coders == ("A", "B")
    named = agreement_report([*AB, *AUTO], SEGMENTS, ["A", "auto:dictionary@abc"], n_boot=10)
    assert named.coders == ("A", "auto:dictionary@abc")


def test_one_person_and_an_auto_coder_asks_for_the_coders_by_name() -> None:
    with pytest.raises(ValueError, match=r"found 1 person \(A\); auto-coders .* only when named"):
        agreement_report([*AB[:3], *AUTO], SEGMENTS, n_boot=10)
