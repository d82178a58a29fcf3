"""Uncertainty sampling: the measures, and the coder picking the ambiguous segments."""

from __future__ import annotations

import numpy as np
import pytest
from supervised_data import TEMPLATES, make_set

from relcycle.coding.supervised import SupervisedCoder
from relcycle.coding.supervised.uncertainty import entropies, margins, most_uncertain
from relcycle.domain import Segment

P = np.array(
    [
        [0.95, 0.02],  # sure: one code, not the other
        [0.55, 0.05],  # one coin toss
        [0.40, 0.40],  # two near-tosses
        [0.01, 0.03],  # sure: neither
    ]
)


def test_margins_are_the_least_certain_decisions_scaled_distance() -> None:
    assert margins(P, 0.5) == pytest.approx([0.9, 0.1, 0.2, 0.94])
    # With threshold 0.2, 0.40 is (0.40 - 0.2) / 0.8 = 0.25 above it.
    assert margins(P, 0.2)[2] == pytest.approx(0.25)


def test_entropies_sum_binary_entropy_over_codes() -> None:
    h = entropies(P)
    assert h[2] == pytest.approx(2 * -(0.4 * np.log2(0.4) + 0.6 * np.log2(0.6)))
    assert list(np.argsort(-h)) == [2, 1, 0, 3]


def test_most_uncertain_by_strategy() -> None:
    assert most_uncertain(P, 2, "margin", 0.5) == [1, 2]
    assert most_uncertain(P, 2, "entropy", 0.5) == [2, 1]
    assert most_uncertain(P, 10, "margin", 0.5) == [1, 2, 0, 3]


def test_ties_go_to_the_earlier_segment() -> None:
    same = np.full((4, 2), 0.3)
    assert most_uncertain(same, 4, "margin", 0.5) == [0, 1, 2, 3]
    assert most_uncertain(same, 4, "entropy", 0.5) == [0, 1, 2, 3]


@pytest.mark.parametrize("strategy", ["margin", "entropy"])
def test_the_coder_asks_about_the_ambiguous_segments(strategy: str) -> None:
    train = make_set(300, seed=11, label_noise=0.0)
    coder = SupervisedCoder(C=10.0, threshold=0.5).fit(train.segments, train.codings)
    clear = [
        TEMPLATES["gov.support.funds"]["zh"][0].format(g="镇里"),
        TEMPLATES["swo.resist.refuse"]["en"][0].format(g="the council"),
        TEMPLATES["actor.volunteers"]["zh"][1],
        TEMPLATES["rel.dialogue.meeting"]["en"][1].format(g="Dev"),
        TEMPLATES["gov.control.reporting"]["zh"][0].format(g="街道"),
        TEMPLATES["gov.support.funds"]["en"][1].format(g="the officer"),
    ]
    # Half of one code's sentence and half of another's: the model cannot be sure of either.
    ambiguous = [
        "经费按时到账，我们拒绝了",
        "We refused the grant paid on time.",
        "志愿者开了联席会议",
    ]
    texts = [
        clear[0],
        ambiguous[0],
        clear[1],
        clear[2],
        ambiguous[1],
        clear[3],
        clear[4],
        ambiguous[2],
        clear[5],
    ]
    segments = [Segment("new.md", i, 100 * i, 100 * i + len(t), t) for i, t in enumerate(texts)]
    picked = coder.next_to_code(segments, n=3, strategy=strategy)  # type: ignore[arg-type]
    assert sorted(picked) == [1, 4, 7]
