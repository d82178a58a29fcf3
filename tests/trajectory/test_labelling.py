"""Labelling and decoding: signature model, Viterbi, posteriors, scores, synthetic recovery."""

from __future__ import annotations

import itertools
import math
from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np
import pytest
import yaml
from test_analysis_builders import tiny_framework

from relcycle.domain import periods_between
from relcycle.frameworks import Framework, load_framework
from relcycle.trajectory.analysis import StageMethod, candidates, decode
from relcycle.trajectory.decoder import posterior, runs, transition_logprior, viterbi
from relcycle.trajectory.indicators import GammaPrior, IndicatorTable
from relcycle.trajectory.labelling import (
    SignatureModel,
    has_stages,
    profiles,
    softmax,
    stage_scores,
)
from relcycle.trajectory.segmentation import boundary_f1
from relcycle.trajectory.synthetic import STAGE_TYPES, make_stage_series

MONTHS = periods_between(date(2020, 1, 1), date(2020, 12, 31), "month")


@pytest.fixture
def tiny(tmp_path: Path) -> Framework:
    return tiny_framework(tmp_path)


def _table(counts: list[list[float]]) -> IndicatorTable:
    return IndicatorTable.from_counts(
        np.array(counts), ["squeeze", "pushback", "warmth"], MONTHS[: len(counts)]
    )


def test_signature_shares_follow_the_levels(tiny: Framework) -> None:
    table = _table([[2, 2, 2], [2, 2, 2]])  # equal average rates
    model = SignatureModel.fit(table, tiny.stages)
    assert model.stages == ("honeymoon", "grip", "standoff")
    assert model.channels == (("squeeze", 1), ("pushback", 1), ("warmth", 1))
    share = np.exp(model.log_share)
    assert share.sum(axis=1) == pytest.approx([1, 1, 1])
    # honeymoon: warmth very_high (x4), squeeze low (x0.5), pushback unnamed (x1)
    assert share[0] == pytest.approx(np.array([0.5, 1, 4]) / 5.5)


def test_negatively_weighted_evidence_is_a_channel_with_the_opposite_level(
    tmp_path: Path,
) -> None:
    fw = tiny_framework(tmp_path)
    table = IndicatorTable.from_counts(
        np.ones((2, 3)), ["squeeze", "pushback", "warmth"], MONTHS[:2]
    )
    priors = list(table.priors)
    priors[2] = (priors[2][0], GammaPrior(1.0, 1.0, 1.0))
    negative = np.array([[0, 0, 1.0], [0, 0, 1.0]])
    table = IndicatorTable(
        table.periods, table.ids, table.scopes, table.positive, negative, table.exposure,
        table.sources, tuple(priors),
    )  # fmt: skip
    model = SignatureModel.fit(table, fw.stages)
    assert ("warmth", -1) in model.channels
    c = model.channels.index(("warmth", -1))
    share = np.exp(model.log_share[:, c])
    assert share[0] < share[2]  # honeymoon expects little of it, stand-off (warmth low) more


def test_a_period_scores_best_under_the_type_its_mix_matches(tiny: Framework) -> None:
    table = _table([[6, 0, 0], [0, 6, 0], [0, 0, 6], [0, 0, 0]])
    ll = SignatureModel.fit(table, tiny.stages).loglik(table)
    assert [int(np.argmax(r)) for r in ll[:3]] == [1, 2, 0]
    assert ll[3].tolist() == [0.0, 0.0, 0.0]  # no evidence, no preference


def test_viterbi_keeps_the_minimum_stage_length() -> None:
    ll = np.array([[5.0, 0], [0, 5], [5, 0], [5, 0], [5, 0], [0, 5], [0, 5], [0, 5]])
    assert viterbi(ll, 1, 0.0) == [0, 1, 0, 0, 0, 1, 1, 1]
    assert viterbi(ll, 3, 0.0) == [0, 0, 0, 0, 0, 1, 1, 1]


def test_viterbi_changes_only_at_allowed_periods_and_pays_for_changes() -> None:
    ll = np.array([[3.0, 0], [3, 0], [0, 3], [0, 3], [0, 3]])
    assert viterbi(ll, 1, 0.0, allowed={3}) == [0, 0, 0, 1, 1]
    assert viterbi(ll, 1, 10.0) == [1, 1, 1, 1, 1]  # one change would cost more than it gains
    assert viterbi(np.zeros((0, 2))) == []


def test_typical_next_tilts_the_decoder(tiny: Framework) -> None:
    trans = transition_logprior(tiny.stages, 1.0)
    assert np.isneginf(np.diag(trans)).all()
    grip, standoff, honeymoon = 1, 2, 0
    assert trans[grip, standoff] > trans[grip, honeymoon]
    assert np.exp(trans[grip][[honeymoon, standoff]]).sum() == pytest.approx(1.0)
    assert transition_logprior(tiny.stages, 0.0)[grip, honeymoon] == pytest.approx(math.log(0.5))
    ll = np.array([[4.0, 0, 0], [4, 0, 0], [0, 0.2, 0.2], [0, 0.2, 0.2]])
    ll = ll[:, [1, 0, 2]]  # grip first, then a tie between honeymoon and stand-off
    path = viterbi(ll, 1, 0.0, trans)
    assert path[:2] == [grip, grip] and path[2:] == [standoff, standoff]


def test_a_first_only_type_is_never_changed_into(tiny: Framework) -> None:
    honeymoon, grip, standoff = 0, 1, 2
    opening = [replace(s, first_only=True) if s.id == "honeymoon" else s for s in tiny.stages]
    trans = transition_logprior(opening, 1.0)
    assert np.isneginf(trans[:, honeymoon]).all()
    assert np.exp(trans[grip][[standoff]]).sum() == pytest.approx(1.0)
    # honeymoon's evidence after the grip: without the rule the path returns to it
    ll = np.array([[4.0, 0, 0], [4, 0, 0], [0, 4, 0], [0, 4, 0], [3, 0, 1], [3, 0, 1]])
    free = viterbi(ll, 1, 0.0, transition_logprior(tiny.stages, 1.0))
    assert free[4:] == [honeymoon, honeymoon]
    path = viterbi(ll, 1, 0.0, trans)
    assert path[:2] == [honeymoon, honeymoon] and path[4:] == [standoff, standoff]
    # only a path in honeymoon throughout keeps it there at the end
    free_post = posterior(ll, 1, 0.0, transition_logprior(tiny.stages, 1.0))
    assert posterior(ll, 1, 0.0, trans)[4:, honeymoon].max() < free_post[4:, honeymoon].min() / 10


def test_the_built_in_exploratory_stage_opens_only() -> None:
    stages = {s.id: s for s in load_framework("gpps-lifecycle").stages}
    assert stages["exploratory"].first_only
    assert not any(s.first_only for sid, s in stages.items() if sid != "exploratory")


def test_runs_and_stage_scores() -> None:
    assert runs([2, 2, 0, 0, 0, 2]) == [(2, 0, 2), (0, 2, 5), (2, 5, 6)]
    ll = np.array([[1.0, 0.0], [3.0, 0.0]])
    plain = stage_scores(ll, 0, 2, ("a", "b"))
    assert plain.loglik.tolist() == [4.0, 0.0]
    assert plain.ranked()[0] == ("a", pytest.approx(1 / (1 + math.exp(-4))))
    post = np.array([[0.9, 0.1], [0.5, 0.5]])
    mixed = stage_scores(ll, 0, 2, ("a", "b"), post)
    assert mixed.probability.tolist() == pytest.approx([0.7, 0.3])
    assert softmax(np.array([1000.0, 1000.0])).tolist() == [0.5, 0.5]


def test_posteriors_sum_to_one_and_follow_the_evidence() -> None:
    ll = np.array([[4.0, 0], [4, 0], [0.1, 0], [0, 4], [0, 4]])
    post = posterior(ll, 1, 1.0)
    assert post.sum(axis=1) == pytest.approx(np.ones(5))
    assert post[0, 0] > 0.95 and post[4, 1] > 0.95
    assert 0.05 < post[2, 0] < 0.95  # the uncertain period between
    assert posterior(ll, 1, 1.0, dispersion=4.0)[0, 0] < post[0, 0]  # tempered
    fixed = posterior(ll, 1, 1.0, allowed={3})
    assert fixed[2, 0] > 0.99  # no change allowed before period 3


@pytest.mark.parametrize("seed", range(15))
def test_posterior_matches_enumeration(seed: int) -> None:
    rng = np.random.default_rng(100 + seed)
    n, s = int(rng.integers(2, 6)), 3
    ll = rng.normal(size=(n, s))
    trans = np.log(rng.dirichlet(np.ones(s), size=s))
    np.fill_diagonal(trans, -np.inf)
    size = int(rng.integers(1, 3))
    allowed = {t for t in range(1, n) if rng.random() < 0.8}
    first = np.log(rng.dirichlet(np.ones(s)))
    weights = np.zeros((n, s))
    for path in itertools.product(range(s), repeat=n):
        lengths = [b - a for _, a, b in runs(list(path))]
        starts = [a for _, a, _ in runs(list(path))][1:]
        if min(lengths) < min(size, n) or not set(starts) <= allowed:
            continue
        w = math.exp(_path_score(list(path), ll, 0.5, trans) + first[path[0]])
        for t, lab in enumerate(path):
            weights[t, lab] += w
    expected = weights / weights.sum(axis=1, keepdims=True)
    got = posterior(ll, size, 0.5, trans, allowed, first)
    assert got == pytest.approx(expected)


def test_overdispersion_is_at_least_one_and_grows_with_bursts(tiny: Framework) -> None:
    calm = _table([[2, 0, 0], [2, 0, 0], [0, 2, 0], [0, 2, 0]])
    bursty = _table([[9, 0, 3], [0, 0, 0], [0, 9, 0], [3, 0, 9]])
    for table in (calm, bursty):
        model = SignatureModel.fit(table, tiny.stages)
        assert model.dispersion(table, [1, 1, 2, 2]) >= 1.0
    model = SignatureModel.fit(bursty, tiny.stages)
    assert model.dispersion(bursty, [1, 1, 2, 2]) > 1.5


def test_profiles_are_z_scores_against_the_case(tiny: Framework) -> None:
    table = _table([[5, 0, 0]] * 4 + [[0, 0, 5]] * 4)
    first, second = profiles(table, [4, 8])
    assert (first.first, first.stop, second.first, second.stop) == (0, 4, 4, 8)
    assert first.z[0] > 0.9 and second.z[0] < -0.9
    assert np.isnan(first.z[1])  # pushback never occurs


def test_has_stages(tiny: Framework, tmp_path: Path) -> None:
    from test_analysis_builders import NO_STAGES_FRAMEWORK

    assert has_stages(tiny) and has_stages(load_framework())
    assert not has_stages(tiny_framework(tmp_path, NO_STAGES_FRAMEWORK))


def _synthetic_framework(tmp_path: Path, raised: np.ndarray) -> Framework:
    """The generator's stage types as a framework: each raises its indicators very high."""
    d = raised.shape[1]
    doc = {
        "id": "synthetic", "version": "1", "title": {"en": "Synthetic"}, "languages": ["en"],
        "codes": [
            {"id": f"c{j}", "label": {"en": f"c{j}"}, "family": "behaviour"} for j in range(d)
        ],
        "indicators": [
            {"id": f"i{j}", "label": {"en": f"i{j}"}, "scope": "relationship",
             "codes": {f"c{j}": 1}}
            for j in range(d)
        ],
        "stages": [
            {"id": name, "label": {"en": name},
             "signature": {f"i{j}": "very_high" for j in range(d) if raised[s, j]}}
            for s, name in enumerate(STAGE_TYPES)
        ],
    }  # fmt: skip
    path = tmp_path / "synthetic.yaml"
    path.write_text(yaml.safe_dump(doc), encoding="utf-8")
    return load_framework(path)


def test_synthetic_stages_are_recovered_through_indicators_segments_and_labels(
    tmp_path: Path,
) -> None:
    """Seeded series with known stages -> candidates -> decoder -> the stages back."""
    from relcycle.trajectory.synthetic import _signatures  # the generator's own types

    months = periods_between(date(2000, 1, 1), date(2002, 12, 31), "month")
    method = StageMethod()
    accuracy, f1 = [], []
    for seed in range(20):
        X, bkps, ids = make_stage_series(36, 4, 6, seed=seed)
        fw = _synthetic_framework(tmp_path, _signatures(np.random.default_rng(seed), 4, 6))
        table = IndicatorTable.from_counts(X, [f"i{j}" for j in range(6)], months)
        size = method.min_size("month")
        cands, path, beta = candidates(table, fw.stages, method)
        labels = decode(table, fw.stages, method, size, cands, path, beta).labels
        truth = np.repeat(ids, np.diff([0, *bkps]))
        hits = [fw.stages[a].id == STAGE_TYPES[b] for a, b in zip(labels, truth, strict=True)]
        accuracy.append(np.mean(hits))
        f1.append(boundary_f1(bkps, [stop for _, _, stop in runs(labels)], margin=1)[0])
    assert np.mean(accuracy) >= 0.9
    assert np.mean(f1) >= 0.8


def _path_score(path: list[int], ll: np.ndarray, cost: float, trans: np.ndarray) -> float:
    total = float(sum(ll[t, s] for t, s in enumerate(path)))
    for a, b in itertools.pairwise(path):
        if a != b:
            total += trans[a, b] - cost
    return total


@pytest.mark.parametrize("seed", range(25))
def test_viterbi_is_the_exact_optimum_under_its_constraints(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n, s = int(rng.integers(2, 7)), 3
    ll = rng.normal(size=(n, s)) * 2
    trans = np.log(rng.dirichlet(np.ones(s), size=s))
    np.fill_diagonal(trans, -np.inf)
    size = int(rng.integers(1, 4))
    cost = float(rng.uniform(0, 2))
    allowed = {t for t in range(1, n) if rng.random() < 0.7}
    best = -np.inf
    for path in itertools.product(range(s), repeat=n):
        lengths = [b - a for _, a, b in runs(list(path))]
        starts = [a for _, a, _ in runs(list(path))][1:]
        if min(lengths) < min(size, n) or not set(starts) <= allowed:
            continue
        best = max(best, _path_score(list(path), ll, cost, trans))
    got = viterbi(ll, size, cost, trans, allowed)
    assert _path_score(got, ll, cost, trans) == pytest.approx(best)


# Monthly indicator counts, in tenths, of a real-looking case (one row per
# indicator, one column per month) on which re-estimating the baselines from a
# first labelling used to pull every month into a single stage.
_COLLAPSING = [
    "9 18 1 9 0 0 0 14 13 14 25 17 26 27 8 51 9 26 27 10 1 18 18 1 1 1 1 18",
    "0 0 0 8 0 0 4 12 3 3 0 4 9 0 0 0 0 0 8 0 4 0 9 0 8 0 8 0",
    "0 0 0 0 0 0 0 0 0 0 0 8 0 0 0 0 0 0 8 0 0 0 0 0 0 0 0 0",
    "1 1 1 1 0 4 0 8 0 0 0 0 8 0 0 0 0 9 2 14 0 0 0 0 0 0 0 8",
    "0 0 0 0 8 0 0 0 0 9 0 18 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
    "0 0 0 0 0 0 0 0 0 0 0 0 8 0 0 0 0 9 0 0 0 0 0 0 0 0 0 0",
    "0 0 0 0 0 0 0 0 0 0 0 9 0 0 0 0 0 9 9 0 0 0 0 0 0 0 0 0",
    "0 0 0 0 0 0 0 0 0 0 0 0 4 0 0 0 0 5 1 7 0 0 0 0 9 0 0 4",
    "9 0 18 0 0 0 0 0 0 0 9 0 4 0 0 9 0 5 0 0 0 0 9 0 18 0 0 9",
    "1 1 1 1 0 0 0 0 0 0 0 0 0 8 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
    "9 0 0 9 9 0 0 0 0 5 0 0 0 9 18 0 0 0 0 18 9 27 27 9 0 0 0 0",
    "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 9 0 0 0 0 0 0 0 0",
]
_COLLAPSING_IDS = (
    "control", "support", "exploring", "resistance", "compliance", "negotiation",
    "cooperation", "conflict", "dialogue", "trust", "dependence", "legitimacy_crisis",
)  # fmt: skip


def test_refitting_the_baselines_never_collapses_the_labels_to_one_stage() -> None:
    fw = load_framework()
    months = periods_between(date(2022, 9, 1), date(2024, 12, 31), "month")
    table = IndicatorTable.from_counts(
        np.array([r.split() for r in _COLLAPSING], float).T / 10, _COLLAPSING_IDS, months
    )
    method = StageMethod()
    cands, path, beta = candidates(table, fw.stages, method)
    first = decode(table, fw.stages, replace(method, refit_rounds=0), 1, cands, path, beta)
    refitted = decode(table, fw.stages, method, 1, cands, path, beta)
    assert len(set(first.labels)) >= 2
    assert len(set(refitted.labels)) >= 2
