"""Short literals found by look-up give exactly the automaton's hits, in its order."""

from __future__ import annotations

from itertools import chain

import ahocorasick_rs
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from relcycle.coding.dictionary.short import SplitScan

# CJK, ASCII and an astral character (two UTF-16 units, one code point here)
ALPHABET = "我们台账社工下周要求ab c𠮶"
_literals = st.lists(
    st.text(alphabet=ALPHABET, min_size=1, max_size=6), min_size=1, max_size=40, unique=True
)


def _automaton(literals: list[str], text: str) -> list[tuple[int, int, int]]:
    found = ahocorasick_rs.AhoCorasick(literals).find_matches_as_indexes(text, overlapping=True)
    return sorted(((s, e, i) for i, s, e in found), key=lambda h: (h[0], h[1]))


def _split(literals: list[str], text: str, runs: list[int]) -> list[tuple[int, int, int]]:
    chars = np.frombuffer(text.encode("utf-32-le"), np.uint32)
    start, end, lit = SplitScan(literals).find(text, chars, runs)
    return list(zip(start.tolist(), end.tolist(), lit.tolist(), strict=True))


@settings(max_examples=300, deadline=None)
@given(_literals, st.text(alphabet=ALPHABET, max_size=300))
def test_every_hit_of_every_literal_as_the_automaton_finds_it(
    literals: list[str], text: str
) -> None:
    assert _split(literals, text, [0]) == _automaton(literals, text)


@settings(max_examples=100, deadline=None)
@given(_literals, st.lists(st.text(alphabet=ALPHABET, max_size=40), min_size=1, max_size=8))
def test_texts_joined_by_a_newline_are_read_run_by_run(
    literals: list[str], texts: list[str]
) -> None:
    joined = "\n".join(texts)
    firsts = list(chain([0], np.cumsum([len(t) + 1 for t in texts[:-1]]).tolist()))
    runs = firsts[::3]  # several texts a call of the automaton
    assert _split(literals, joined, runs) == _automaton(literals, joined)


def test_chinese_words_of_one_two_three_and_more_characters() -> None:
    literals = ["我", "我们", "台账", "报台账", "每周报台账", "下周"]
    text = "我们下周每周报台账，我也报台账"
    hits = _split(literals, text, [0])
    assert hits == _automaton(literals, text)
    assert [text[s:e] for s, e, _ in hits] == [
        "我", "我们", "下周", "每周报台账", "报台账", "台账", "我", "报台账", "台账",
    ]  # fmt: skip
