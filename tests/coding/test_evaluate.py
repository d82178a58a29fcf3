from __future__ import annotations

import math
import re

import pytest

from relcycle.coding.base import AutoCoding
from relcycle.coding.evaluate import level_of_code, score
from relcycle.domain import Coding, Segment
from relcycle.frameworks import Framework, load_framework


@pytest.fixture(scope="module")
def fw() -> Framework:
    return load_framework()


SEGMENTS = [Segment("s", i, 10 * i, 10 * i + 10, "x" * 10) for i in range(4)]


def gold(start: int, end: int, code: str) -> Coding:
    return Coding("s", start, end, code, "gold")


def auto(start: int, end: int, code: str) -> AutoCoding:
    return AutoCoding(source_id="s", start=start, end=end, code=code, coder="auto", confidence=0.9)


# Gold: approval on segments 0 and 1, reporting on 2, follow on 3.
GOLD = [
    gold(0, 5, "gov.control.approval"),
    gold(12, 15, "gov.control.approval"),
    gold(20, 25, "gov.control.reporting"),
    gold(31, 35, "swo.comply.follow"),
]
# Predicted: approval on 0 and 2, inspection on 1, trust and a resident mention on 3.
PRED = [
    auto(2, 4, "gov.control.approval"),
    auto(21, 22, "gov.control.approval"),
    auto(11, 13, "gov.control.inspection"),
    auto(30, 33, "rel.trust"),
    auto(30, 33, "actor.residents"),
]


def test_leaf_counts(fw: Framework) -> None:
    report = score(GOLD, PRED, SEGMENTS, framework=fw)
    approval = report.score("gov.control.approval")
    assert (approval.tp, approval.fp, approval.fn) == (1, 1, 1)
    assert approval.precision == approval.recall == approval.f1 == 0.5
    reporting = report.score("gov.control.reporting")
    assert (reporting.tp, reporting.fp, reporting.fn, reporting.support) == (0, 0, 1, 1)
    assert math.isnan(reporting.precision) and reporting.recall == 0.0 and reporting.f1 == 0.0
    inspection = report.score("gov.control.inspection")
    assert (inspection.tp, inspection.fp, inspection.fn) == (0, 1, 0)
    assert math.isnan(inspection.recall)


def test_leaf_averages(fw: Framework) -> None:
    report = score(GOLD, PRED, SEGMENTS, framework=fw)
    # micro: TP 1, FP 3 (approval, inspection, trust), FN 3 (approval, reporting, follow)
    assert report.micro.precision == pytest.approx(0.25)
    assert report.micro.recall == pytest.approx(0.25)
    assert report.micro.f1 == pytest.approx(0.25)
    # macro over the supported codes: approval 0.5, reporting 0, follow 0
    assert report.macro.n_codes == 3
    assert report.macro.precision == pytest.approx(1 / 6)
    assert report.macro.recall == pytest.approx(1 / 6)
    assert report.macro.f1 == pytest.approx(1 / 6)
    assert set(report.spurious) == {"rel.trust", "gov.control.inspection"}


def test_actor_codes_are_not_scored_by_default(fw: Framework) -> None:
    report = score(GOLD, PRED, SEGMENTS, framework=fw)
    assert all(not s.code.startswith("actor") for s in report.scores)
    with_actors = score(GOLD, PRED, SEGMENTS, framework=fw, families=["behaviour", "actor"])
    assert with_actors.score("actor.residents").fp == 1
    with pytest.raises(KeyError, match="was not scored"):
        with_actors.score("rel.trust")


def test_family_breakdown_at_leaf_level(fw: Framework) -> None:
    report = score(GOLD, PRED, SEGMENTS, framework=fw)
    micro, macro = report.families["behaviour"]
    # behaviour: TP 1, FP 2, FN 3
    assert micro.precision == pytest.approx(1 / 3)
    assert micro.recall == pytest.approx(1 / 4)
    assert micro.f1 == pytest.approx(2 / 7)
    assert macro.f1 == pytest.approx(1 / 6)
    rel_micro, rel_macro = report.families["relationship"]
    assert rel_micro.precision == 0.0 and math.isnan(rel_micro.recall)
    assert rel_macro.n_codes == 0 and math.isnan(rel_macro.f1)
    assert report.family("behaviour").micro == micro


def test_subfamily_level(fw: Framework) -> None:
    report = score(GOLD, PRED, SEGMENTS, level="subfamily", framework=fw)
    control = report.score("gov.control")
    assert (control.tp, control.fp, control.fn) == (3, 0, 0)
    comply = report.score("swo.comply")
    assert (comply.tp, comply.fp, comply.fn) == (0, 0, 1)
    assert report.score("rel.trust").fp == 1
    assert report.micro.f1 == pytest.approx(0.75)
    assert report.macro.f1 == pytest.approx(0.5)


def test_family_level(fw: Framework) -> None:
    report = score(GOLD, PRED, SEGMENTS, level="family", framework=fw)
    behaviour = report.score("behaviour")
    assert (behaviour.tp, behaviour.fp, behaviour.fn) == (3, 0, 1)
    assert behaviour.f1 == pytest.approx(6 / 7)
    assert report.score("relationship").fp == 1
    assert report.macro.f1 == pytest.approx(6 / 7)
    assert report.micro.f1 == pytest.approx(0.75)


def test_codes_restrict_the_scoring(fw: Framework) -> None:
    report = score(GOLD, PRED, SEGMENTS, codes=["gov.control.approval"], framework=fw)
    assert [s.code for s in report.scores] == ["gov.control.approval"]
    assert report.micro.f1 == 0.5
    subset = score(GOLD, PRED, SEGMENTS, framework=fw).subset(["gov.control.approval"])
    assert subset.micro == report.micro


def test_a_parent_code_is_its_own_code_at_leaf_level(fw: Framework) -> None:
    report = score([gold(0, 3, "gov.control")], [auto(0, 3, "gov.control.approval")], SEGMENTS)
    assert report.score("gov.control").fn == 1
    assert report.score("gov.control.approval").fp == 1
    sub = score(
        [gold(0, 3, "gov.control")],
        [auto(0, 3, "gov.control.approval")],
        SEGMENTS,
        level="subfamily",
    )
    assert sub.score("gov.control").tp == 1


def test_a_coding_across_segments_counts_in_each(fw: Framework) -> None:
    report = score([gold(5, 25, "rel.trust")], [auto(19, 20, "rel.trust")], SEGMENTS, framework=fw)
    trust = report.score("rel.trust")
    assert (trust.tp, trust.fp, trust.fn) == (1, 0, 2)


def test_touching_is_not_overlapping(fw: Framework) -> None:
    report = score(
        [gold(10, 20, "rel.trust")], [auto(20, 21, "rel.trust")], SEGMENTS[:2], framework=fw
    )
    trust = report.score("rel.trust")
    assert (trust.tp, trust.fp, trust.fn) == (0, 0, 1)


def test_codings_on_other_sources_are_ignored(fw: Framework) -> None:
    other = Coding("t", 0, 5, "rel.trust", "gold")
    report = score([other], [], SEGMENTS, framework=fw)
    assert report.score("rel.trust").support == 0


def test_level_of_code(fw: Framework) -> None:
    assert level_of_code(fw, "gov.control.approval", "subfamily") == "gov.control"
    assert level_of_code(fw, "gov.control", "subfamily") == "gov.control"
    assert level_of_code(fw, "gov", "subfamily") == "gov"
    assert level_of_code(fw, "res.funding", "subfamily") == "res.funding"
    assert level_of_code(fw, "goal.gov.performance", "subfamily") == "goal.gov"
    assert level_of_code(fw, "swo.resist.exit", "family") == "behaviour"


def test_unknown_level(fw: Framework) -> None:
    with pytest.raises(ValueError, match="choose one of: leaf, subfamily, family"):
        score(GOLD, PRED, SEGMENTS, level="code", framework=fw)  # type: ignore[arg-type]


def test_code_at_the_wrong_level(fw: Framework) -> None:
    with pytest.raises(
        ValueError, match=re.escape("'gov.control.approval' not a code id at level")
    ):
        score(GOLD, PRED, SEGMENTS, codes=["gov.control.approval"], level="subfamily", framework=fw)


def test_unknown_code_in_codings(fw: Framework) -> None:
    with pytest.raises(
        ValueError, match=re.escape("codes not in framework 'gpps-lifecycle': gov.nope")
    ):
        score([gold(0, 1, "gov.nope")], [], SEGMENTS, framework=fw)


def test_segments_are_required_and_distinct(fw: Framework) -> None:
    with pytest.raises(ValueError, match="no segments"):
        score(GOLD, PRED, [], framework=fw)
    with pytest.raises(ValueError, match="segment 0 of source 's' is given twice"):
        score(GOLD, PRED, [SEGMENTS[0], SEGMENTS[0]], framework=fw)
