"""The stage analysis end to end on built evidence: stages, turning points, advice, bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from test_analysis_builders import (
    LTOWN_PLAN,
    NO_STAGES_FRAMEWORK,
    item,
    make_case,
    staged_evidence,
    tiny_framework,
)

from relcycle.frameworks import load_framework
from relcycle.trajectory.analysis import StageMethod, analyse_evidence
from relcycle.trajectory.evidence import EvidenceSet, TextSpan
from relcycle.trajectory.export import SCHEMA, to_json
from relcycle.trajectory.result import Analysis

START = date(2020, 1, 1)
END = date(2021, 12, 31)


@pytest.fixture(scope="module")
def arc() -> Analysis:
    """A clean exploratory -> control -> resistance -> symbiosis arc over 24 months."""
    evidence = staged_evidence(START, LTOWN_PLAN)
    return analyse_evidence(make_case(START, END), evidence, load_framework())


def test_the_arc_is_found_with_its_dates(arc: Analysis) -> None:
    assert arc.reason is None
    got = [(s.label, s.start_period, s.end_period) for s in arc.stages]
    assert got == [
        ("exploratory", "2020-01", "2020-05"),
        ("control", "2020-06", "2020-12"),
        ("resistance", "2021-01", "2021-06"),
        ("symbiosis", "2021-07", "2021-12"),
    ]
    assert arc.stages[0].start == date(2020, 1, 1) and arc.stages[-1].end == date(2021, 12, 31)
    assert arc.stages[1].start == date(2020, 6, 1) and arc.stages[0].end == date(2020, 5, 31)


def test_stages_are_contiguous_and_cover_the_studied_period(arc: Analysis) -> None:
    assert arc.stages[0].first == 0 and arc.stages[-1].stop == len(arc.periods)
    for a, b in zip(arc.stages, arc.stages[1:], strict=False):
        assert a.stop == b.first and a.label != b.label
    assert None not in arc.labels


def test_each_stage_has_a_confidence_a_runner_up_and_scores(arc: Analysis) -> None:
    for s in arc.stages:
        assert 0.5 < s.confidence <= 1.0
        assert s.runner_up is not None and s.runner_up != s.label
        assert sum(s.probabilities.values()) == pytest.approx(1.0)
        assert max(s.probabilities, key=lambda k: s.probabilities[k]) == s.label


def test_stage_profiles_and_diagnoses_read_like_their_stage(arc: Analysis) -> None:
    control, resistance = arc.stages[1], arc.stages[2]
    assert (control.z["control"] or 0) > 0.5 and (control.z["resistance"] or 0) < 0
    assert (resistance.z["resistance"] or 0) > 0.5
    gov = control.diagnosis.actors["government"]
    assert {c.code for c in gov.strategies} == {"gov.control.approval", "gov.control.reporting"}
    assert all(len(c.quotes) >= 2 for c in gov.strategies)
    assert control.evidence and all(q.code for q in control.evidence)
    assert resistance.diagnosis.previous_stage == "control"


def test_turning_points_at_each_boundary(arc: Analysis) -> None:
    assert [(t.period, t.before, t.after) for t in arc.turning_points] == [
        ("2020-06", "exploratory", "control"),
        ("2021-01", "control", "resistance"),
        ("2021-07", "resistance", "symbiosis"),
    ]
    first = arc.turning_points[0]
    assert 0 <= first.stability <= 1
    assert first.moved[0].indicator in {"exploring", "control", "compliance"}
    assert any(m.quotes for m in first.moved)


def test_the_seed_studys_three_recommendations_apply_with_evidence(arc: Analysis) -> None:
    advice = {a.id: a for a in arc.advice}
    for key in ("behaviour_boundary", "inclusive_dialogue", "policy_and_contract"):
        assert key in advice
        assert advice[key].evidence, key
    fw = load_framework()
    for a in arc.advice:
        cite = set(fw.advice[[x.id for x in fw.advice].index(a.id)].cite_codes)
        for q in a.evidence:
            lineage = {q.code, *(c.id for c in fw.ancestors(q.code))}
            assert lineage & cite
    assert {arc.stages[i].label for i in advice["policy_and_contract"].stages} >= {"resistance"}


def test_a_stage_type_may_recur() -> None:
    plan = [LTOWN_PLAN[1], LTOWN_PLAN[2], LTOWN_PLAN[1], LTOWN_PLAN[3]]
    result = analyse_evidence(
        make_case(START, date(2022, 2, 28)), staged_evidence(START, plan), load_framework()
    )
    assert [s.label for s in result.stages] == ["control", "resistance", "control", "symbiosis"]


def test_a_users_framework_with_other_stage_types_works(tmp_path: Path) -> None:
    fw = tiny_framework(tmp_path)
    plan = [(4, ["warmth"]), (5, ["squeeze"]), (5, ["pushback"])]
    case = make_case(START, date(2021, 2, 28))
    result = analyse_evidence(case, staged_evidence(START, plan), fw)
    assert [s.label for s in result.stages] == ["honeymoon", "grip", "standoff"]
    assert [s.name for s in result.stages] == ["Honeymoon", "Grip", "Stand-off"]
    assert [a.id for a in result.advice] == ["talk"]
    assert result.stages[1].diagnosis.actors["government"].strategies[0].code == "squeeze"


def test_a_coarser_grain_can_be_asked_for(arc: Analysis) -> None:
    evidence = staged_evidence(START, LTOWN_PLAN)
    result = analyse_evidence(make_case(START, END), evidence, load_framework(), grain="quarter")
    assert result.grain == "quarter" and len(result.periods) == 8
    assert [s.label for s in result.stages][:2] == ["exploratory", "control"]


def _json_ok(result: Analysis) -> dict[str, object]:
    doc = to_json(result)
    text = json.dumps(doc, allow_nan=False, ensure_ascii=False)
    back: dict[str, object] = json.loads(text)
    assert back["schema"] == SCHEMA
    return back


def _no_stages(result: Analysis, fragment: str) -> None:
    assert result.stages == () and result.turning_points == () and result.advice == ()
    assert result.reason is not None and fragment in result.reason
    doc = _json_ok(result)
    assert doc["stages"] == [] and doc["reason"] == result.reason


def test_no_evidence_gives_a_reason_and_no_stages() -> None:
    _no_stages(analyse_evidence(make_case(), EvidenceSet((), ()), load_framework()), "no evidence")


def test_a_single_period_gives_a_reason() -> None:
    case = make_case(date(2020, 1, 1), date(2020, 1, 31))
    ev = EvidenceSet((item("rel.conflict", date(2020, 1, 5)),), ())
    _no_stages(analyse_evidence(case, ev, load_framework()), "single month")


def test_evidence_only_outside_the_studied_period_gives_a_reason() -> None:
    ev = EvidenceSet(
        (item("rel.conflict", date(2019, 1, 5)), item("rel.trust", date(2023, 1, 5))), ()
    )
    result = analyse_evidence(make_case(), ev, load_framework())
    _no_stages(result, "all 2 evidence items lie outside")
    assert (result.evidence.before, result.evidence.after, result.evidence.used) == (1, 1, 0)


def test_a_framework_without_stage_types_gives_a_reason_but_indicators(tmp_path: Path) -> None:
    fw = tiny_framework(tmp_path, NO_STAGES_FRAMEWORK)
    ev = EvidenceSet((item("squeeze", date(2020, 3, 5)),), (TextSpan(START, START, 100, "a"),))
    result = analyse_evidence(make_case(), ev, fw)
    _no_stages(result, "defines no stage types")
    doc = _json_ok(result)
    assert doc["indicators"]["scopes"]["government"]["squeeze"]["count"][2] == 1.0  # type: ignore[index]


def test_a_case_that_never_changes_is_not_given_invented_stages() -> None:
    plan = [(24, ["gov.control.approval", "swo.comply.follow"])]
    result = analyse_evidence(make_case(), staged_evidence(START, plan), load_framework())
    _no_stages(result, "no change of stage")


def test_a_change_the_segmenter_sees_is_decoded_even_when_its_cost_outweighs_it() -> None:
    plan = [(6, LTOWN_PLAN[1][1]), (6, LTOWN_PLAN[3][1])]
    case = make_case(START, date(2020, 12, 31))
    evidence = staged_evidence(START, plan, per_month=1)
    dear = StageMethod(switch_cost=200.0)  # no split can pay this: one stage at first
    result = analyse_evidence(case, evidence, load_framework(), method=dear)
    assert [s.label for s in result.stages] == ["control", "symbiosis"]
    assert result.stages[1].start_period == "2020-07"
    assert result.params["switch_cost"] == 0.0  # the JSON says how it was decoded
    usual = analyse_evidence(case, evidence, load_framework())
    assert usual.params["switch_cost"] == 1.0
    assert [s.label for s in usual.stages] == ["control", "symbiosis"]


def test_codes_no_indicator_counts_give_a_reason() -> None:
    ev = EvidenceSet((item("actor.residents", date(2020, 3, 5)),), ())
    _no_stages(analyse_evidence(make_case(), ev, load_framework()), "none of the evidence")


def test_json_document(arc: Analysis) -> None:
    doc = _json_ok(arc)
    assert doc["case"] == {
        "id": "t-case", "title": "Test case", "language": "en", "period": "month",
        "start": "2020-01-01", "end": "2021-12-31",
    }  # fmt: skip
    periods = doc["periods"]
    assert isinstance(periods, list) and len(periods) == 24
    assert periods[0] | {} == {
        "label": "2020-01", "start": "2020-01-01", "end": "2020-01-31", "characters": 800,
        "sources": 1, "empty": False, "stage": "exploratory",
    }  # fmt: skip
    stages = doc["stages"]
    assert isinstance(stages, list)
    first = stages[0]
    for key in ("label", "start", "end", "start_period", "end_period", "confidence", "runner_up",
                "actors", "evidence", "indicators", "key_events", "legitimacy_crisis"):  # fmt: skip
        assert key in first
    assert first["start"] == "2020-01-01" and first["end"] == "2020-05-31"
    assert {"source", "date", "quote"} <= set(first["evidence"][0])
    scopes = doc["indicators"]["scopes"]  # type: ignore[index]
    assert set(scopes) == {"government", "social_org", "relationship"}
    assert len(scopes["government"]["control"]["rate"]) == 24
    assert doc["turning_points"] and doc["advice"]
    assert doc["method"]["decoder"] == "viterbi"  # type: ignore[index]


def test_empty_periods_have_no_rate_and_wide_uncertainty() -> None:
    plan = [(5, LTOWN_PLAN[0][1]), (7, LTOWN_PLAN[1][1])]
    ev = staged_evidence(START, plan)
    case = make_case(START, date(2021, 6, 30))  # the last six months have no text at all
    doc = _json_ok(analyse_evidence(case, ev, load_framework()))
    control = doc["indicators"]["scopes"]["government"]["control"]  # type: ignore[index]
    assert control["rate"][-1] is None and control["z"][-1] is None
    assert control["sd"][-1] > control["sd"][6]
    assert doc["periods"][-1]["empty"] is True  # type: ignore[index]


def test_the_method_is_recorded_and_can_be_changed() -> None:
    evidence = staged_evidence(START, LTOWN_PLAN)
    segments = StageMethod(decoder="segments")
    result = analyse_evidence(make_case(START, END), evidence, load_framework(), method=segments)
    assert result.params["decoder"] == "segments" and result.params["min_size"] == 1
    with pytest.raises(ValueError, match="unknown decoder 'hmm'; choose one of: segments, viterbi"):
        analyse_evidence(
            make_case(START, END), evidence, load_framework(), method=StageMethod(decoder="hmm")
        )


def test_the_json_records_the_candidates_penalty_and_dispersion(arc: Analysis) -> None:
    method = _json_ok(arc)["method"]
    assert isinstance(method, dict)
    assert method["candidate_ends"][-1] == 24
    assert method["penalty"] > 0 and method["dispersion"] >= 1.0
