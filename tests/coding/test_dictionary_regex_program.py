"""The backtracking programs find what ``re`` finds, for the framework's own regexes.

Every regex of the built-in framework (rules of both languages, and the cue
patterns windows and flags search) that :class:`Programs` compiles must give,
in windows of real field notes, the span ``pattern.search(text, lo, hi)``
gives (windows around every match, windows cutting matches short, random
windows), and the same matches one after the other as ``finditer``.
"""

from __future__ import annotations

import random
import re

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from relcycle import read_case
from relcycle.coding.dictionary.regex_program import (
    ALT,
    REPEAT,
    ROW,
    SPLIT,
    Programs,
    Unsupported,
    search,
)
from relcycle.examples import example_path
from relcycle.frameworks import Matcher, load_framework
from relcycle.frameworks.fold import fold


def _patterns(lang: str) -> list[re.Pattern[str]]:
    framework = load_framework()
    matcher = Matcher(framework)
    found = {r.pattern.pattern: r.pattern for c in framework.codes for r in c.rules_for(lang)}
    for name in framework.cues:
        cue = matcher.cue_pattern(name, lang)
        if cue is not None:
            found[cue.pattern] = cue
    return list(found.values())


def _text(case: str) -> str:
    data = read_case(example_path(case))
    return "\n".join(s.text for p in data.sources for s in p.segments)


def test_programs_find_the_spans_re_finds_in_chinese_notes() -> None:
    lang = "zh"  # English terms carry word boundaries: they stay with re
    text = _text("ltown") + "\n" + _text("riverside")
    folded = np.frombuffer(fold(text).encode("utf-32-le"), np.uint32)
    programs = Programs()
    compiled = []
    for pattern in _patterns(lang):
        try:
            compiled.append((pattern, programs.add(pattern.pattern, pattern.flags)))
        except Unsupported:
            continue
    arrays = programs.arrays()
    stack = np.empty(4096, np.int64)
    rng = random.Random(0)
    n = len(text)
    checked = matched = 0
    for pattern, pc in compiled:
        windows = [(lo, min(n, lo + rng.randrange(1, 300))) for lo in rng.sample(range(n), 20)]
        for m in list(pattern.finditer(text))[:15]:
            windows += [
                (max(0, m.start() - 7), min(n, m.end() + 7)),
                (m.start(), m.end()),
                (m.start(), m.end() - 1),
                (m.start() + 1, min(n, m.end() + 30)),
            ]
        for lo, hi in windows:
            expected = pattern.search(text, lo, hi)
            got = search(folded, 0, lo, hi, hi, pc, *arrays, stack)
            assert got == (expected.span() if expected else (-1, -1)), (pattern.pattern, lo, hi)
            checked += 1
            matched += expected is not None
        # and every match in the whole text, one after the other, as finditer finds them
        found, pos = [], 0
        while (span := search(folded, 0, pos, n, n, pc, *arrays, stack))[0] >= 0:
            found.append(span)
            pos = span[1] if span[1] > span[0] else span[1] + 1
        assert found == [m.span() for m in pattern.finditer(text) if m.end() > m.start()]
    assert len(compiled) > 0.9 * len(_patterns(lang))  # almost all compile
    assert matched > 500 and checked > 5000


@pytest.mark.parametrize(
    "source",
    [r"\b台账", r"(?=(?!a)b)c", r"(?<!ab|c)d", r"[A-Z]报", r"(a?)*b", r"(台)\1"],
)
def test_what_the_machine_lacks_is_left_to_re(source: str) -> None:
    with pytest.raises(Unsupported):
        Programs().add(source, re.IGNORECASE)


def test_a_search_deeper_than_the_stack_gives_up_rather_than_guess() -> None:
    programs = Programs()
    pc = programs.add("报[^。]*台账", re.IGNORECASE)
    text = "报" + "台" * 5000 + "台账"  # each 台 may start 台账: a choice kept at each
    folded = np.frombuffer(text.encode("utf-32-le"), np.uint32)
    stack = np.empty(4096, np.int64)
    assert search(folded, 0, 0, len(text), len(text), pc, *programs.arrays(), stack) == (-2, -2)
    short = "报啊啊台账"
    folded = np.frombuffer(short.encode("utf-32-le"), np.uint32)
    assert search(folded, 0, 0, 5, 5, pc, *programs.arrays(), stack) == (0, 5)


def test_a_branch_the_next_character_cannot_start_is_not_kept_as_a_choice() -> None:
    # the gap's choices are kept only where 台 stands: 5,000 others need no stack
    programs = Programs()
    pc = programs.add("报[^。]*台账", re.IGNORECASE)
    text = "报" + "啊" * 5000 + "台账"
    folded = np.frombuffer(text.encode("utf-32-le"), np.uint32)
    stack = np.empty(4096, np.int64)
    found = search(folded, 0, 0, len(text), len(text), pc, *programs.arrays(), stack)
    assert found == (0, len(text))


# regexes of gaps: literals, alternations of words, classes without case, repeats
_GAP_ALPHABET = "报台账。a"
_ATOMS = st.sampled_from(
    [
        "报",
        "台",
        "账",
        "台账",
        "(台|台账)",
        "(账|报台)",
        "a",
        "。",
        "(报台|报|台账报|账)",
        "(账报|账)",
    ]
)
_CLASSES = st.sampled_from(["[^。]", "[^。台]", "[台账]", ".", r"\d", "[^报]"])
_COUNTS = st.sampled_from(["*", "+", "?", "{0,3}", "{1,4}", "{2}", "{0,1}", "{2,5}", "*?"])


@st.composite
def _gap_regexes(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        if draw(st.booleans()):
            parts.append(draw(_ATOMS))
        else:
            parts.append(draw(_CLASSES) + draw(_COUNTS))
    return "".join(parts)


@settings(max_examples=300, deadline=None)
@given(_gap_regexes(), st.text(alphabet=_GAP_ALPHABET, max_size=40), st.data())
def test_repeats_of_one_class_find_what_re_finds(
    source: str, text: str, data: st.DataObject
) -> None:
    pattern = re.compile(source, re.IGNORECASE)
    assume(pattern.match("") is None)  # the coder runs those with re (empty matches)
    programs = Programs()
    pc = programs.add(source, pattern.flags)
    arrays = programs.arrays()
    folded = np.frombuffer(text.encode("utf-32-le"), np.uint32)
    stack = np.empty(4096, np.int64)
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    expected = pattern.search(text, lo, hi)
    got = search(folded, 0, lo, hi, hi, pc, *arrays, stack)
    assert got == (expected.span() if expected else (-1, -1))


def test_a_greedy_repeat_of_one_class_is_one_instruction() -> None:
    programs = Programs()
    programs.add("报[^。！？；\\n]{0,10}台账", re.IGNORECASE)
    assert programs.op.count(REPEAT) == 1
    assert len(programs.op) == 5  # ONE, REPEAT, ONE, ONE, MATCH


def test_an_alternation_of_words_is_one_instruction_and_its_rows() -> None:
    programs = Programs()
    pc = programs.add("(要求|让|要|通知)报", re.IGNORECASE)
    assert programs.op.count(ALT) == 1
    assert programs.op.count(ROW) == 4
    assert programs.op.count(SPLIT) == 0
    text = "通知要报"  # at 要: 要求 fails, 要 goes on (the first word that matches there)
    folded = np.frombuffer(text.encode("utf-32-le"), np.uint32)
    stack = np.empty(4096, np.int64)
    assert search(folded, 0, 0, 4, 4, pc, *programs.arrays(), stack) == (2, 4)
