from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from relcycle.store.anchoring import relocate


@pytest.mark.parametrize(
    ("text", "quote", "start", "expected"),
    [
        ("aaa gamma bbb", "gamma", 4, (4, 9)),  # still there
        ("NEW aaa gamma bbb", "gamma", 4, (8, 13)),  # moved right
        ("gamma XXXXXXXXXXXX aaa QQ gamma", "gamma", 4, (0, 5)),  # two: the nearer
        ("gamma XXXXXXXXXXXX aaa QQ gamma", "gamma", 20, (26, 31)),
        ("xx gamma x gamma", "gamma", 7, (3, 8)),  # a tie: the earlier
        ("ab ab ab", "ab", 4, (3, 5)),
        ("说明：镇里要求\n每周上报台账。", "镇里要求每周上报", 0, (3, 12)),  # white space
        ("a  b\tc", "a b c", 0, (0, 6)),
        ("abc", "a b", 0, (0, 2)),
        ("nothing here", "gamma", 0, None),
        ("some text", "", 0, None),
        ("some text", " \n ", 0, None),
    ],
)
def test_relocate(text: str, quote: str, start: int, expected: tuple[int, int] | None) -> None:
    assert relocate(text, quote, start) == expected


def test_exact_match_wins_over_a_nearer_loose_one() -> None:
    text = "a b ... ab"
    assert relocate(text, "ab", 0) == (8, 10)


@given(
    before=st.text(max_size=40),
    quote=st.text(min_size=1, max_size=10),
    after=st.text(max_size=40),
    inserted=st.text(max_size=20),
)
def test_a_quote_moves_with_inserted_text(
    before: str, quote: str, after: str, inserted: str
) -> None:
    old_start = len(before)
    text = inserted + before + quote + after
    found = relocate(text, quote, old_start)
    assert found is not None
    start, end = found
    assert text[start:end] == quote
    # Nothing is nearer the shifted position than what was found.
    shifted = old_start + len(inserted)
    assert abs(start - old_start) <= abs(shifted - old_start)


@given(words=st.lists(st.text("abc", min_size=1, max_size=4), min_size=1, max_size=6))
def test_whitespace_changes_are_tolerated(words: list[str]) -> None:
    quote = " ".join(words)
    text = "zz\n" + "\n  ".join(words) + "\nzz"
    found = relocate(text, quote, 3)
    assert found is not None
    start, end = found
    assert "".join(text[start:end].split()) == "".join(words)
    assert not text[start].isspace() and not text[end - 1].isspace()
