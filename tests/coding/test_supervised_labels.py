"""Which segments are training examples, and with which codes."""

from __future__ import annotations

import pytest

from relcycle.coding.supervised.labels import overlapping_codes, training_set
from relcycle.domain import Coding, Segment

SEGMENTS = [
    Segment("a.md", 0, 0, 10, "x" * 10),
    Segment("a.md", 1, 12, 20, "y" * 8),
    Segment("a.md", 2, 22, 30, "z" * 8),
    Segment("b.md", 0, 0, 10, "w" * 10),
]


def coding(source: str, start: int, end: int, code: str, coder: str = "ana") -> Coding:
    return Coding(source, start, end, code, coder)


def test_a_coding_labels_every_segment_it_overlaps() -> None:
    codings = [coding("a.md", 9, 13, "p"), coding("a.md", 25, 26, "q"), coding("b.md", 0, 1, "p")]
    assert overlapping_codes(SEGMENTS, codings) == [{"p"}, {"p"}, {"q"}, {"p"}]


def test_touching_is_not_overlapping() -> None:
    codings = [coding("a.md", 10, 12, "p"), coding("a.md", 20, 22, "q")]
    assert overlapping_codes(SEGMENTS, codings) == [set(), set(), set(), set()]


def test_segments_in_any_order() -> None:
    shuffled = [SEGMENTS[2], SEGMENTS[0], SEGMENTS[3], SEGMENTS[1]]
    assert overlapping_codes(shuffled, [coding("a.md", 0, 25, "p")]) == [{"p"}, {"p"}, set(), {"p"}]


def test_training_set() -> None:
    codings = [
        coding("a.md", 0, 5, "p"),
        coding("a.md", 22, 24, "p"),
        coding("a.md", 12, 14, "q"),
        coding("a.md", 0, 30, "r", coder="auto:dictionary@abc"),
    ]
    data = training_set(SEGMENTS, codings, min_examples=1)
    assert data.segments == tuple(SEGMENTS[:3])  # b.md was not coded
    assert data.codes == ("p", "q")
    assert data.y.tolist() == [[True, False], [False, True], [True, False]]
    assert data.uncoded_segments == 1
    assert data.auto_codings == 1
    assert data.skipped == {}


def test_codes_with_too_few_positives_or_negatives_are_skipped() -> None:
    codings = [
        coding("a.md", 0, 30, "all"),
        coding("a.md", 0, 5, "one"),
        coding("a.md", 0, 15, "two"),
    ]
    data = training_set(SEGMENTS, codings, min_examples=1)
    assert data.codes == ("one", "two")
    assert data.skipped == {"all": "only 0 segment(s) without it, fewer than min_examples=1"}


@pytest.mark.parametrize(
    ("segments", "codings", "message"),
    [
        ([], [coding("a.md", 0, 1, "p")], "fit: no segments; pass the segments of the sources"),
        (SEGMENTS, [], "fit: no codings; .* code some segments first"),
        (
            SEGMENTS,
            [coding("c.md", 0, 5, "p"), coding("d.md", 0, 5, "p")],
            r"none of the 2 codings overlaps a given segment \(codings are of sources 'c.md', "
            r"'d.md'; segments of 'a.md', 'b.md'\)",
        ),
        (
            SEGMENTS,
            [coding("a.md", 0, 5, "p", coder="auto:x@1")],
            r"all 1 codings are by auto-coders \(auto:...\)",
        ),
        (
            SEGMENTS,
            [coding("a.md", 0, 5, "p")],
            r"no code has at least min_examples=2 coded segments \(most: 'p' with 1\) among 3",
        ),
        (
            [SEGMENTS[0], SEGMENTS[0]],
            [coding("a.md", 0, 5, "p")],
            "segment 0 of source 'a.md' is given twice",
        ),
    ],
)
def test_errors(segments: list[Segment], codings: list[Coding], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        training_set(segments, codings, min_examples=2)
