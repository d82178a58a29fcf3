"""Diagnosis: code shares, each side's profile with quotes, events, crises, turning points."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from test_analysis_builders import item, make_case

from relcycle.domain import Event, periods_between
from relcycle.frameworks import Diagnosis, load_framework
from relcycle.trajectory.diagnosis import (
    CodeTree,
    actor_profiles,
    code_shares,
    diagnose,
    key_events,
    supporting,
    turning_point,
)
from relcycle.trajectory.evidence import EvidenceSet, TextSpan, place_evidence
from relcycle.trajectory.indicators import build_indicators
from relcycle.trajectory.labelling import profiles

D = date(2020, 3, 3)


@pytest.fixture(scope="module")
def tree() -> CodeTree:
    return CodeTree(load_framework(), "en")


def test_code_shares_count_units_and_reach_up_the_tree(tree: CodeTree) -> None:
    items = [
        (item("gov.control.approval", D, source="a.md", segment=0), 1.0),
        (item("gov.control.reporting", D, source="a.md", segment=0), 1.0),
        (item("rel.conflict", D, source="b.md", segment=2), 1.0),
        (item("gov.control.inspection", D, source="c.md", segment=1), 0.5),
    ]
    shares = code_shares(items, tree)
    assert shares["gov.control"] == pytest.approx(1.5 / 2.5)  # a unit counts once
    assert shares["gov.control.approval"] == pytest.approx(1 / 2.5)
    assert shares["rel.conflict"] == pytest.approx(1 / 2.5)
    assert code_shares([], tree) == {}


def test_each_side_gets_its_goals_values_and_strategies(tree: CodeTree) -> None:
    items = [
        (item("gov.control.approval", D, source="a.md", actor="gov", quote="Plans first."), 1.0),
        (item("gov.control.approval", D, source="b.md", actor="gov", quote="Send it to us."), 1.0),
        (item("gov.control.reporting", D, source="c.md", actor="gov"), 1.0),
        (item("goal.gov.performance", D, source="d.md"), 1.0),
        (item("value.administrative", D, source="e.md", actor="gov"), 1.0),
        (item("swo.comply.follow", D, source="f.md", actor="swo"), 1.0),
        (item("value.professional", D, source="g.md", actor="swo"), 1.0),
        (item("value.professional", D, source="h.md"), 1.0),  # nobody's: left out
    ]
    profiles_ = actor_profiles(items, tree, make_case())
    gov, swo = profiles_["government"], profiles_["social_org"]
    assert (gov.actor, gov.name) == ("gov", "Council")
    assert [(c.code, round(c.share, 2)) for c in gov.strategies] == [
        ("gov.control.approval", 0.67),
        ("gov.control.reporting", 0.33),
    ]
    assert [c.code for c in gov.goals] == ["goal.gov.performance"]
    assert [c.code for c in gov.values] == ["value.administrative"]
    assert [c.code for c in swo.strategies] == ["swo.comply.follow"]
    assert [c.code for c in swo.values] == ["value.professional"]
    assert swo.values[0].mass == 1.0
    assert [q.source for q in gov.strategies[0].quotes] == ["a.md", "b.md"]
    assert gov.strategies[0].label == "Pre-approval of plans"


def test_key_events_are_those_overlapping_the_stage() -> None:
    events = [
        Event(date(2020, 1, 5), date(2020, 1, 5), "gov", "swo", "before", (), 2),
        Event(date(2020, 2, 20), date(2020, 3, 10), "gov", "swo", "straddles", (), 3),
        Event(date(2020, 3, 5), date(2020, 3, 5), "swo", None, "inside", ("rel.conflict",), 4),
    ]
    got = key_events(events, date(2020, 3, 1), date(2020, 3, 31))
    assert [(e.summary, e.line, e.codes) for e in got] == [
        ("straddles", 3, ()),
        ("inside", 4, ("rel.conflict",)),
    ]


def _placed(plan: list[tuple[int, list[str]]]):  # type: ignore[no-untyped-def]
    months = periods_between(date(2020, 1, 1), date(2020, 12, 31), "month")
    items, texts = [], []
    k = 0
    for n, codes in plan:
        for _ in range(n):
            day = months[k].start.replace(day=10)
            for c, code in enumerate(codes):
                items.append(item(code, day, source=f"{k}-{c}.md", quote=f"{code} {k}"))
            texts.append(TextSpan(day, day, 1000, f"{k}.md"))
            k += 1
    placed = place_evidence(EvidenceSet(tuple(items), tuple(texts)), months)
    return placed, build_indicators(placed, load_framework())


def test_a_stage_with_crisis_evidence_is_flagged(tree: CodeTree) -> None:
    placed, table = _placed(
        [(2, ["legit.crisis", "swo.explore.needs"]), (10, ["gov.control.approval", "legit.gain"])]
    )
    first, second = profiles(table, [2, 12])
    d1 = diagnose("exploratory", None, first, placed, table, tree, make_case())
    d2 = diagnose("control", "exploratory", second, placed, table, tree, make_case())
    assert isinstance(d1, Diagnosis)
    assert d1.legitimacy is not None and d1.legitimacy.flagged
    assert d1.legitimacy.periods == ("2020-01", "2020-02")  # very high there
    assert d1.legitimacy.quotes and d1.legitimacy.quotes[0].code == "legit.crisis"
    assert d2.legitimacy is not None and not d2.legitimacy.flagged
    assert d2.previous_stage == "exploratory"
    assert d2.code_shares["gov.control"] == pytest.approx(0.5)
    assert d2.legitimacy.periods == ()
    assert d1.indicators["legitimacy_crisis"] > 0 > d2.indicators["legitimacy_crisis"]


def test_a_turning_point_names_the_indicators_that_moved_with_evidence() -> None:
    placed, table = _placed(
        [(6, ["gov.control.approval", "swo.comply.follow"]), (6, ["swo.resist.refuse"])]
    )
    before, after = profiles(table, [6, 12])
    weights = load_framework().indicator_weights()
    tp = turning_point(("control", before), ("resistance", after), placed, table, weights, 0.75)
    assert (tp.period, tp.date, tp.before, tp.after, tp.stability) == (
        "2020-07", date(2020, 7, 1), "control", "resistance", 0.75,
    )  # fmt: skip
    moved = {m.indicator: m for m in tp.moved}
    assert {"resistance", "control"} <= set(moved) or {"resistance", "compliance"} <= set(moved)
    rise = moved["resistance"]
    assert rise.delta > 0 and rise.quotes
    assert all(q.date >= date(2020, 7, 1) for q in rise.quotes)  # from the new stage
    fall = next(m for m in tp.moved if m.delta < 0)
    assert all(q.date < date(2020, 7, 1) for q in fall.quotes)  # from the old stage


def test_a_sides_profile_holds_only_codes_of_its_role(tree: CodeTree) -> None:
    items = [
        (item("swo.resist.refuse", D, source="a.md", actor="gov"), 1.0),  # the wrong side named
        (item("gov.control.out_of_scope", D, source="b.md", actor="swo"), 1.0),
        (item("goal.gov.public_service", D, source="c.md", actor="swo"), 1.0),
        (item("value.administrative", D, source="d.md", actor="swo"), 1.0),  # anyone's: by actor
    ]
    got = actor_profiles(items, tree, make_case())
    gov, swo = got["government"], got["social_org"]
    assert [c.code for c in gov.strategies] == ["gov.control.out_of_scope"]
    assert [c.code for c in swo.strategies] == ["swo.resist.refuse"]
    assert [c.code for c in gov.goals] == ["goal.gov.public_service"] and swo.goals == ()
    assert gov.values == () and [c.code for c in swo.values] == ["value.administrative"]


def test_key_quotes_show_each_raised_indicator_first() -> None:
    weights = load_framework().indicator_weights()
    items = [
        (
            item("gov.control.approval", date(2020, 1, k), source=f"c{k}.md", quote=f"approve {k}"),
            1.0,
        )
        for k in range(1, 6)
    ] + [(item("swo.comply.follow", date(2020, 2, 1), source="f.md", quote="we did it"), 1.0)]
    quotes = supporting(items, ["control", "compliance"], weights, 3, {"control": 2.0})
    assert len(quotes) == 3
    assert [q.code for q in quotes].count("swo.comply.follow") == 1  # the high one is shown too
    assert [q.date for q in quotes] == sorted(q.date for q in quotes)


def test_a_move_without_evidence_near_the_boundary_is_not_claimed() -> None:
    # control is high through the first stage; its evidence stops two months before the boundary,
    # so the fall is shown with quotes from earlier in the old stage
    placed, table = _placed(
        [
            (4, ["gov.control.approval"]),
            (2, ["rel.dialogue.meeting"]),
            (6, ["swo.cooperate.assist"]),
        ]
    )
    before, after = profiles(table, [6, 12])
    weights = load_framework().indicator_weights()
    tp = turning_point(("control", before), ("symbiosis", after), placed, table, weights, 0.5)
    assert tp.moved and all(m.quotes for m in tp.moved)
    moved = {m.indicator: m for m in tp.moved}
    fall = moved["control"]
    assert fall.delta < 0 and all(q.date < date(2020, 5, 1) for q in fall.quotes)
    assert all(abs(m.delta) >= 0.5 for m in tp.moved)
    shown = [q.quote for m in tp.moved for q in m.quotes]
    assert len(shown) == len(set(shown))  # one boundary does not repeat a quote


def test_a_fall_shown_by_evidence_against_it_in_the_new_stage() -> None:
    placed, table = _placed(
        [(6, ["gov.control.approval"]), (6, ["swo.resist.refuse", "rel.info_asymmetry"])]
    )
    before, after = profiles(table, [6, 12])
    weights = load_framework().indicator_weights()
    tp = turning_point(("control", before), ("resistance", after), placed, table, weights, 0.5, 5)
    dialogue = next(m for m in tp.moved if m.indicator == "dialogue")
    assert dialogue.delta < 0 and dialogue.quotes
    assert {q.code for q in dialogue.quotes} == {"rel.info_asymmetry"}  # it lowers dialogue
    assert all(q.date >= date(2020, 7, 1) for q in dialogue.quotes)


def test_a_turning_point_lists_no_move_it_cannot_quote() -> None:
    placed, table = _placed([(6, ["gov.control.approval"]), (6, ["swo.resist.refuse"])])
    before, after = profiles(table, [6, 12])
    weights = load_framework().indicator_weights()
    silent = replace(placed, items=(), shares=())  # the rates moved; no words are left to show it
    tp = turning_point(("control", before), ("resistance", after), silent, table, weights, 0.5)
    assert tp.moved == ()
    tp = turning_point(("control", before), ("resistance", after), placed, table, weights, 0.5)
    assert tp.moved and all(m.quotes for m in tp.moved)


def test_far_evidence_against_an_indicator_does_not_show_its_move() -> None:
    # the crisis indicator rises only because gains early in the old stage stop: a gain
    # months before the boundary is no evidence of a crisis after it
    placed, table = _placed(
        [
            (2, ["gov.control.approval", "legit.gain"]),
            (4, ["gov.control.approval"]),
            (6, ["swo.resist.refuse"]),
        ]
    )
    before, after = profiles(table, [6, 12])
    j = table.ids.index("legitimacy_crisis")
    assert after.z[j] - before.z[j] >= 0.5  # it did move
    weights = load_framework().indicator_weights()
    tp = turning_point(("control", before), ("resistance", after), placed, table, weights, 0.5, 9)
    assert "legitimacy_crisis" not in {m.indicator for m in tp.moved}
    assert tp.moved and all(m.quotes for m in tp.moved)


def test_evidence_straddling_the_boundary_does_not_show_a_move() -> None:
    placed, table = _placed(
        [(6, ["gov.control.approval"]), (2, ["rel.dialogue.meeting"]), (4, ["swo.resist.refuse"])]
    )
    across = item("swo.resist.refuse", date(2020, 5, 1), end=date(2020, 8, 31), source="y.md",
                  quote="That year they kept saying no.")  # fmt: skip
    texts = (TextSpan(date(2020, 5, 1), date(2020, 8, 31), 1000, "y.md"),)
    both = place_evidence(EvidenceSet((*placed.items, across), texts), placed.periods)
    before, after = profiles(table, [6, 12])
    weights = load_framework().indicator_weights()
    tp = turning_point(("control", before), ("resistance", after), both, table, weights, 0.5)
    rise = next(m for m in tp.moved if m.indicator == "resistance")
    assert rise.quotes and all(q.source != "y.md" for q in rise.quotes)


def test_a_rise_is_not_shown_by_evidence_against_it_before_the_boundary() -> None:
    # legitimacy won right up to the boundary, then no longer reported: the crisis indicator
    # rises, but no words tell of a crisis (found by songxi-shequ-zhili-zh's tester)
    placed, table = _placed(
        [
            (4, ["gov.control.approval"]),
            (2, ["gov.control.approval", "legit.gain"]),
            (6, ["swo.resist.refuse"]),
        ]
    )
    before, after = profiles(table, [6, 12])
    j = table.ids.index("legitimacy_crisis")
    assert after.z[j] - before.z[j] >= 0.5  # it did move
    weights = load_framework().indicator_weights()
    tp = turning_point(("control", before), ("resistance", after), placed, table, weights, 0.5, 9)
    assert "legitimacy_crisis" not in {m.indicator for m in tp.moved}
    assert tp.moved and all(m.quotes for m in tp.moved)
