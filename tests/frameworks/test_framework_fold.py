"""Case folding that keeps offsets, as re.IGNORECASE compares characters."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from relcycle.frameworks.fold import (
    EXTRA_EQUIVALENTS,
    TABLE_SIZE,
    fold,
    fold_table,
    is_caseless,
)


def _code_points() -> list[str]:
    return [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]


def test_fold_keeps_every_offset() -> None:
    everything = "".join(_code_points())
    assert len(fold(everything)) == len(everything)


def test_fold_equates_every_pair_re_equates() -> None:
    """Derive the pairs again from `re` itself: cased characters it equates, lower() or not."""
    cased = [c for c in _code_points() if c.lower() != c.upper() or c.lower() != c]
    by_upper: dict[str, list[str]] = {}
    for c in cased:
        by_upper.setdefault(c.upper(), []).append(c)
    missed: dict[str, str] = {}
    for group in by_upper.values():
        for a in group:
            for b in group:
                if a != b and a.lower() != b.lower() and re.fullmatch(re.escape(a), b, re.I):
                    assert fold(a) == fold(b), (a, b)
                    missed.setdefault(a.lower(), b.lower())
    assert set(EXTRA_EQUIVALENTS) <= set(missed) | set(missed.values())
    assert len(missed) >= 20  # the table is needed: lower() alone misses these


def test_extra_equivalents_are_equal_for_re() -> None:
    for char, same in EXTRA_EQUIVALENTS.items():
        assert re.fullmatch(re.escape(char), same, re.I), (char, same)


@given(st.text(min_size=1, max_size=40))
def test_a_literal_matches_case_insensitively_exactly_where_its_fold_occurs(text: str) -> None:
    word = text[: max(1, len(text) // 3)]
    pattern = re.compile(re.escape(word), re.I)
    folded, needle = fold(text), fold(word)
    for m in pattern.finditer(text):
        assert folded[m.start() : m.end()] == needle


def test_dotted_capital_i_keeps_its_place() -> None:
    assert fold("İstanbul council") == "istanbul council"
    assert fold("ſign OFF") == "sign off"


def test_caseless() -> None:
    assert is_caseless("台账，2018")
    assert not is_caseless("L镇")
    assert not is_caseless("ı")


@settings(deadline=None)  # the first example loads the compiled scan
@given(st.text(max_size=40))
def test_the_batch_fold_is_fold_with_its_code_points(text: str) -> None:
    from relcycle.coding.dictionary.batch import _fold

    for sample in (text, text + "ſ", "中文" + text.upper(), "ΟΔΟΣ " + text + "Σ𐐀"):
        folded, chars, raw = _fold(sample)
        assert folded == fold(sample)
        assert chars.tolist() == [ord(c) for c in fold(sample)]
        assert raw.tolist() == [ord(c) for c in sample]


def test_the_batch_fold_maps_every_extra_equivalent() -> None:
    from relcycle.coding.dictionary.batch import _fold

    for extra in EXTRA_EQUIVALENTS:
        text = f"台账{extra}{extra.upper()}İ"
        assert _fold(text)[0] == fold(text)
        assert _fold("台账" + extra)[0] == "台账" + EXTRA_EQUIVALENTS[extra]


def test_the_fold_table_folds_each_character_as_fold_does() -> None:
    table = fold_table()
    assert table.size == TABLE_SIZE
    for c in range(TABLE_SIZE):
        if not 0xD800 <= c <= 0xDFFF:
            assert table[c] == ord(fold(chr(c))), hex(c)


@given(st.text(alphabet=st.sampled_from("ΑΣΟΔσςİIıiſSsK\u212a 台账"), max_size=30))
def test_fold_maps_each_character_on_its_own(text: str) -> None:
    # str.lower reads a context for a final sigma only, and fold equates its two forms
    assert fold(text) == "".join(fold(c) for c in text)
