"""simulation.whatif: a lever switched on over posterior draws, against the baseline."""

from __future__ import annotations

import math

import numpy as np
import pytest

from relcycle.errors import SimulationError
from relcycle.simulation.forward import OutcomeRun
from relcycle.simulation.whatif import WhatIf, what_if

DRAWS = {
    "grievance": np.array([1.2, 1.5, 1.8, 1.4]),
    "trust_rate": np.array([0.12, 0.2, 0.15, 0.25]),
}


@pytest.fixture(scope="module")
def dialogue() -> WhatIf:
    return what_if(DRAWS, "dialogue", 0.3, 6.0, months=48)


def test_a_dialogue_mechanism_brings_symbiosis_earlier_and_cuts_resistance(
    dialogue: WhatIf,
) -> None:
    base, lever = dialogue.baseline, dialogue.switched
    assert base.p_symbiosis == 1.0 and lever.p_symbiosis == 1.0
    assert (dialogue.earlier > 0).all()
    assert lever.time_in_resistance.sum() < base.time_in_resistance.sum()
    assert any("resistance" in s for s in base.sequences)


def test_a_lever_from_after_symbiosis_changes_nothing_before_it(dialogue: WhatIf) -> None:
    late = what_if(DRAWS, "dialogue", 0.3, 47.0, months=48)
    assert np.array_equal(late.baseline.time_to_symbiosis, dialogue.baseline.time_to_symbiosis)
    assert np.array_equal(late.switched.time_to_symbiosis[:1], late.baseline.time_to_symbiosis[:1])


def test_summaries(dialogue: WhatIf) -> None:
    q = dialogue.switched.quantiles()
    assert q is not None and q[0] <= q[1] <= q[2]
    shares = dialogue.baseline.sequence_shares()
    assert sum(shares.values()) == pytest.approx(1.0)
    assert list(shares.values()) == sorted(shares.values(), reverse=True)


def test_the_lever_replaces_a_drawn_value() -> None:
    drawn = {**DRAWS, "dialogue": np.array([0.0, 0.0, 0.0, 0.0])}
    w = what_if(drawn, "dialogue", 0.3, 6.0, months=48)
    assert np.array_equal(
        w.switched.time_to_symbiosis,
        what_if(DRAWS, "dialogue", 0.3, 6.0, months=48).switched.time_to_symbiosis,
    )


@pytest.mark.parametrize(
    ("lever", "value", "month", "message"),
    [
        ("dialog", 0.3, 6.0, "not a lever; choose one of: boundary, dialogue, contract, funding"),
        ("grievance", 1.0, 6.0, "a parameter but not a lever"),
        ("dialogue", 0.9, 6.0, r"outside its documented range \[0, 0.5\]"),
        ("dialogue", 0.3, 48.0, r"outside the horizon \[0, 48\)"),
        ("dialogue", 0.3, -1.0, "outside the horizon"),
    ],
)
def test_bad_what_ifs_are_one_clear_error(
    lever: str, value: float, month: float, message: str
) -> None:
    with pytest.raises(SimulationError, match=message):
        what_if(DRAWS, lever, value, month, months=48)


def test_no_draws_is_refused() -> None:
    with pytest.raises(SimulationError, match="calibrate the case first"):
        what_if({}, "dialogue", 0.3, 6.0, months=48)


# --- a lever does not change the past (issue #6: what-ifs moved labels before t0) ---

SPREAD = {
    k: np.random.default_rng(7).uniform(lo, hi, 12)
    for k, lo, hi in (
        ("grievance", 0.5, 3.0),
        ("trust_rate", 0.05, 0.5),
        ("erosion", 0.05, 1.0),
        ("dependence_fear", 0.05, 3.0),
        ("evaluation", 0.05, 2.0),
    )
}


@pytest.mark.parametrize(
    ("lever", "value", "t0"),
    [("dialogue", 0.3, 8.5), ("contract", 0.5, 15.0), ("boundary", 0.8, 8.5)],
)
def test_labels_before_the_lever_are_the_baselines(lever: str, value: float, t0: float) -> None:
    w = what_if(SPREAD, lever, value, t0, months=36)
    acts = math.ceil(t0)
    assert len(w.switched_months) == len(w.baseline_months) == 12
    for base, lever_on in zip(w.baseline_months, w.switched_months, strict=True):
        assert len(base) == len(lever_on) == 36
        assert lever_on[:acts] == base[:acts]
    # symbiosis before t0 with the lever only where the baseline had it then
    before = np.nan_to_num(w.switched.time_to_symbiosis, nan=np.inf) < t0
    assert not (before & ~(np.nan_to_num(w.baseline.time_to_symbiosis, nan=np.inf) < t0)).any()
    # the lever run is decoded after t0: the months from then on are not all copied
    assert any(b != s for b, s in zip(w.baseline_months, w.switched_months, strict=True))


def test_read_against_its_own_average_a_lever_run_would_move_earlier_labels() -> None:
    """The defect the fixed reading removes: the same draws read as real cases are."""
    run = OutcomeRun(months=36, reference="own")
    n = len(SPREAD["grievance"])
    _, own = run.read({**SPREAD, "dialogue": np.full(n, 0.3), "dialogue_from": np.full(n, 8.5)})
    w = what_if(SPREAD, "dialogue", 0.3, 8.5, months=36)
    moved = [tuple(r.labels[:9]) != b[:9] for r, b in zip(own, w.baseline_months, strict=True)]
    assert sum(moved) >= 3
