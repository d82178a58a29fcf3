"""The compiled pre-scan finds the regexes' anchors, and its stretches hold every expression.

:mod:`relcycle.sources.timeexpr.kernel` evaluates each anchor's condition as
a constraint program (:mod:`~relcycle.sources.timeexpr.conditions`) instead of
running the pre-scan's regexes; :meth:`Scanner.scan_parts` then takes its
stretches instead of making them from the anchors. These tests check the
hits against the regexes' on random and generated text, the stretches
against every expression the plain search (no anchors) finds, and the
dating against the plain definition.
"""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_place import _case
from test_place_equivalence import _reference
from test_place_fast import _PIECES, _segments, _source
from timeexpr_context import CTX
from timeexpr_texts import generated_texts

from relcycle.sources.timeexpr import compiled, place_segments
from relcycle.sources.timeexpr.compiled import Compiled
from relcycle.sources.timeexpr.conditions import FOLDING, NO, UNSURE, Programs
from relcycle.sources.timeexpr.find import default_scanner
from relcycle.sources.timeexpr.model import UnresolvedMention
from relcycle.sources.timeexpr.numerals import FULL_WIDTH_DIGITS, normalise_digits
from relcycle.sources.timeexpr.scanner import Found, Scanner

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def kernel() -> Compiled:
    found = default_scanner().compiled()
    assert found is not None, "numba (a dependency) is installed and has a cache folder"
    return found


#: Characters anchors are made of and stand beside: every anchor character, numerals,
#: letters in both cases, spaces (an ideographic one too), punctuation, full-width
#: digits, the four characters read differently in either case, one beyond the BMP.
_CHARS = sorted(
    set("".join(default_scanner()._prescan.rests))
    | set("0123456789〇零○一二两三四五六七八九十个多半上下本这那当同次第前后初底末中")
    | set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    | set(" \n\t\u3000，。、：:.-/'_*")
    | set("期节庆秋假宵旦夕阳天时日近来度手约目同务驻拜星")
)
_ODD = FULL_WIDTH_DIGITS[:3] + FOLDING + "\U0001f600"
_WORDS = [
    *_PIECES, "year", "years ago", "weeks later", "March", "mar", "Mar.", "aug", "Aug.", "sep",
    "national day", "that day", "the day after", "of the contract", "when our project",
    "first quarter", "next quarter", "back then", "by then", "those days", "mid-term",
    "midautumn", "we first came", "2018年", "18年3月", "第二季度", "半年", "自从2017年",
    "从 去年", "签了合同", "项目快要到期", "项目后期", "那个时候", "前一阵", "又过了两周",
    "之后3天", "大年初一", "五一", "劳动节", "儿童节", "过年", "过了两天", "清明", "1999-",
]  # fmt: skip
_TEXT = st.lists(
    st.one_of(
        st.sampled_from(_WORDS),
        st.text(alphabet=_CHARS, max_size=8),
        st.text(alphabet=_ODD, max_size=1),
    ),
    max_size=30,
).map("".join)


def _covered(text: str) -> bool:
    """Whether the compiled pre-scan reads ``text`` (no character it leaves to the regexes)."""
    return not any(c in FOLDING or ord(c) > 0xFFFF for c in text)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_the_kernel_finds_the_regexes_anchors_in_random_text(kernel: Compiled, text: str) -> None:
    found = kernel.hits(text)
    if found is False:
        assert not _covered(text)
    else:
        assert found == default_scanner()._prescan.hits(text)


def test_the_kernel_finds_the_regexes_anchors_in_generated_and_benchmark_text(
    kernel: Compiled, tmp_path: Path
) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from synth import make_corpus
    finally:
        sys.path.remove(str(ROOT / "bench"))
    folder = make_corpus(tmp_path / "case", 0.3, seed=7, source_kb=8)
    texts = generated_texts(seed=23, count=600)
    texts += [p.read_text(encoding="utf-8") for p in sorted((folder / "sources").iterdir())]
    prescan = default_scanner()._prescan
    hits = 0
    for text in texts:
        found = kernel.hits(text)
        assert found == prescan.hits(text)
        hits += len(found or [])
    assert hits > 4000


def test_texts_the_kernel_leaves_to_the_regexes_are_named() -> None:
    prescan = default_scanner()._prescan
    kernel = default_scanner().compiled()
    assert kernel is not None
    assert kernel.hits("2018年 Kelvin \u212a") is False  # read differently ignoring case
    assert kernel.hits("2018年 \U0001f600") is False  # beyond the BMP: offsets would shift
    assert kernel.hits("２０１８年") is None is prescan.hits("２０１８年")  # rewrite first


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES + _WORDS[len(_PIECES) :]), max_size=40),
    st.dates(min_value=date(2016, 1, 1), max_value=date(2020, 12, 31)),
)
def test_random_segmented_text_is_dated_as_the_plain_definition_says_with_the_kernel(
    kernel: Compiled, pieces: list[str], day: date
) -> None:
    body = unicodedata.normalize("NFC", "".join(pieces))
    segments = _segments(body)
    source = _source(body, day)
    case = _case()
    reference = _reference(segments, source, case)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(compiled, "MIN_CHARS", 0)
        assert place_segments(segments, source, case) == reference


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXT, min_size=1, max_size=6))
def test_the_stretches_hold_every_expression_the_plain_search_finds(
    kernel: Compiled, paragraphs: list[str]
) -> None:
    """Each expression a rule accepts anywhere starts in a stretch that tries its rule."""
    body = "\n\n".join(paragraphs)
    parts, at = [], 0
    for paragraph in paragraphs:
        parts.append((at, at + len(paragraph)))
        at += len(paragraph) + 2
    plan = kernel.plan(body, parts)
    if plan is None:
        assert not _covered(body)
        return
    read, states, bounds, stretches = plan
    scanner = default_scanner()
    for number, (start, end) in enumerate(parts):
        if states[number] == compiled.ALONE:
            continue
        for first, _, family, rule, _, _ in scanner._everywhere(read[start:end], CTX):
            assert any(
                lo <= first <= hi and rule in rules
                for lo, hi, rules in _tried(stretches, bounds, number, family)
            ), (read[start:end], first, family, rule)


def _tried(
    stretches: list[tuple[int, int, frozenset[int]]], bounds: list[int], part: int, family: int
) -> list[tuple[int, int, frozenset[int]]]:
    """A part's stretches of one family in a plan (two families: Chinese, English)."""
    k = part * 2 + family
    return stretches[bounds[k] : bounds[k + 1]]


def test_many_expressions_lie_in_the_stretches_of_generated_text(kernel: Compiled) -> None:
    """The check above on texts full of expressions (it must not pass by finding none)."""
    paragraphs = generated_texts(seed=41, count=300)
    body = "\n\n".join(paragraphs)
    parts, at = [], 0
    for paragraph in paragraphs:
        parts.append((at, at + len(paragraph)))
        at += len(paragraph) + 2
    plan = kernel.plan(body, parts)
    assert plan is not None
    read, states, bounds, stretches = plan
    checked = 0
    for number, (start, end) in enumerate(parts):
        assert states[number] != compiled.ALONE
        for first, _, family, rule, _, _ in default_scanner()._everywhere(read[start:end], CTX):
            tried = _tried(stretches, bounds, number, family)
            assert any(lo <= first <= hi and rule in r for lo, hi, r in tried)
            checked += 1
    assert checked > 300


def test_a_part_whose_neighbours_may_hide_an_anchor_is_searched_alone(kernel: Compiled) -> None:
    plan = kernel.plan("去年三月x2018年 去年", [(0, 4), (5, 10), (11, 13)])
    assert plan is not None
    assert plan[1] == [compiled.ALONE, compiled.ALONE, compiled.FOUND]


def test_conditions_the_parser_does_not_follow_are_unsure_and_capitals_need_upper_case() -> None:
    programs = Programs.build(
        {"x": [("a{9}", 3, False), ("b", 4, False)], "y": [("ear", 5, True), ("es", 6, False)]}
    )
    slots = {chr(c): programs.slot_of[c] - 1 for c in map(ord, "xyY")}
    rests = programs.slot_rests
    assert programs.rest_key[rests[slots["x"]] : rests[slots["x"] + 1]].tolist() == [UNSURE, 4]
    assert programs.rest_key[rests[slots["y"]] : rests[slots["y"] + 1]].tolist() == [NO, 6]
    assert programs.rest_key[rests[slots["Y"]] : rests[slots["Y"] + 1]].tolist() == [5, 6]


def test_spaces_and_digits_do_not_change_with_case() -> None:
    """Reading an ASCII anchor's sets in either case is exact beyond ASCII (conditions.py)."""
    for code in range(0x10000):
        char = chr(code)
        for other in (char.lower(), char.upper()):
            if len(other) == 1:
                assert other.isspace() == char.isspace(), hex(code)
                assert other.isdecimal() == char.isdecimal(), hex(code)


def test_a_small_text_or_case_does_not_import_numba() -> None:
    code = (
        "import sys; import relcycle; from relcycle.sources.timeexpr import find_mentions\n"
        "from datetime import date; from relcycle.sources.timeexpr import TimeContext\n"
        "from relcycle.sources.folder import CaseFolder\n"
        "ctx = TimeContext(date(2019, 12, 10), date(2017, 9, 1), date(2019, 12, 31))\n"
        "assert find_mentions('去年三月' * 3000, ctx)\n"
        f"assert list(CaseFolder({str(ROOT / 'src/relcycle/examples/ltown')!r}).iter_sources())\n"
        "print('numba' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_the_kernel_stops_at_a_character_to_rewrite() -> None:
    kernel = default_scanner().compiled()
    assert kernel is not None
    codes = np.frombuffer("去年１月".encode("utf-16-le"), dtype=np.uint16)
    count, _, _ = kernel._anchors(codes)
    assert count == kernel._kernel.STOPPED


def test_a_reader_of_many_bytes_loads_the_kernel_for_the_first_long_body(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(compiled, "AFTER_CHARS", 10**9)
    monkeypatch.setattr(compiled, "MIN_CHARS", 4000)
    scanner = default_scanner()
    fresh = Scanner(scanner.families, unread=FULL_WIDTH_DIGITS, rewrite=normalise_digits)
    body = "去年三月，活动很多。\n\n" * 400  # 4,800 characters: a long body
    parts = [(0, 9), (12, 21)]

    def scan() -> list[tuple[list[Found], list[UnresolvedMention], Found | None]]:
        return fresh.scan_parts(body, parts, fresh.memo(CTX), lambda found: found[-1])

    regexes = scan()
    fresh.expect_bytes(compiled.AT_ONCE_BYTES - 1)
    scan()
    assert fresh._compiled is None  # a few bytes: not loaded
    fresh.expect_bytes(compiled.AT_ONCE_BYTES)
    assert scan() == regexes
    assert fresh._compiled, "loaded for the first long body after many bytes are announced"


def test_without_numba_the_regexes_date_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    def unavailable(*args: object) -> None:
        raise ImportError("No module named 'numba'")

    monkeypatch.setattr(compiled, "Compiled", unavailable)
    monkeypatch.setattr(compiled, "AFTER_CHARS", 0)
    scanner = default_scanner()
    fresh = Scanner(scanner.families, unread=FULL_WIDTH_DIGITS, rewrite=normalise_digits)
    assert fresh.compiled() is None
    body = "去年三月，活动很多。\n\n" * 400
    found = fresh.scan_parts(body, [(0, 9)], fresh.memo(CTX), lambda found: found[-1])
    assert found[0][0][0][2] == "去年三月"
