"""Coding Chinese segments in bulk gives exactly the codings of coding them one by one.

``DictionaryCoder.predict`` codes a run of Chinese segments at once
(:mod:`relcycle.coding.dictionary.batch`, compiled attribution) and returns
columns; ``DictionaryCoder._code`` is the text-by-text path (checked against
the reference ``Matcher`` in ``test_dictionary_devset.py``). Every field of
every coding must agree, on real and generated field notes, with and without
negated hits, at two confidence floors.
"""

from __future__ import annotations

import dataclasses
import random
import re
import sys
from pathlib import Path

import numpy as np
import pytest

from relcycle import read_case
from relcycle.coding.base import AutoCoding
from relcycle.coding.dictionary import DictionaryCoder
from relcycle.coding.dictionary.batch import _CLAUSE_BREAKS, _SENTENCE_ENDS
from relcycle.coding.dictionary.columns import Codings
from relcycle.coding.dictionary.context import CLAUSE_BREAK
from relcycle.coding.dictionary.kernels import boundaries, whitespace
from relcycle.domain import Case, CaseData, Segment
from relcycle.examples import example_path
from relcycle.frameworks import Code, Framework, LocalText, load_framework
from relcycle.frameworks.rules import SENTENCE_END, Rule, compile_rule

ROOT = Path(__file__).resolve().parents[2]
DEVSET = ROOT / "tests" / "data" / "devset"


@pytest.fixture(scope="module")
def framework() -> Framework:
    return load_framework()


def _segments(data: CaseData) -> list[Segment]:
    return [s for source in data.sources for s in source.segments]


def _one_by_one(coder: DictionaryCoder, segments: list[Segment]) -> list[AutoCoding]:
    found = [c for s in segments for c in coder._code(s, coder._lang_of(s, None))]
    extra = coder._after(segments, None, Codings([found]))  # the rules that read the turn
    if not extra:
        return found
    place = {(s.source_id, s.index): n for n, s in enumerate(segments)}
    return sorted(
        found + extra, key=lambda c: (place[c.source_id, c.segment_index], c.start, -c.end, c.code)
    )


def _assert_same(coder: DictionaryCoder, segments: list[Segment]) -> int:
    got = coder.predict(segments)
    expected = _one_by_one(coder, segments)
    assert isinstance(got, Codings)
    assert list(got) == expected
    return len(expected)


@pytest.mark.parametrize(
    "params",
    [{}, {"include_negated": True}, {"include_negated": True, "min_confidence": 0.5}],
)
@pytest.mark.parametrize("case", ["ltown", "devset-zh"])
def test_bulk_codings_equal_one_by_one_on_chinese_cases(
    framework: Framework, case: str, params: dict[str, object]
) -> None:
    data = read_case(example_path(case) if case == "ltown" else DEVSET / case)
    coder = DictionaryCoder(framework=framework, **params).fit(data.case)  # type: ignore[arg-type]
    codings = _assert_same(coder, _segments(data))
    assert codings > 200  # real work: many codings compared


def test_bulk_codings_carry_actors_targets_and_flags(framework: Framework) -> None:
    data = read_case(example_path("ltown"))
    coder = DictionaryCoder(framework=framework, include_negated=True).fit(data.case)
    codings = list(coder.predict(_segments(data)))
    assert sum(c.actor is not None for c in codings) > 100
    assert sum(c.target is not None for c in codings) > 5
    assert sum(c.negated for c in codings) > 3
    assert sum(c.hedged for c in codings) > 3


def _bench() -> object:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import coding_bench  # a script, imported for its generators
    finally:
        sys.path.remove(str(ROOT / "bench"))
    return coding_bench


def test_bulk_codings_equal_one_by_one_on_bench_notes_with_a_large_codebook(
    framework: Framework,
) -> None:
    bench = _bench()
    case: Case = bench.bench_case()  # type: ignore[attr-defined]
    big = bench.big_framework(framework, 5000)  # type: ignore[attr-defined]
    notes = bench.make_segments(0.15, seed=3)  # type: ignore[attr-defined]
    prose = bench.make_segments(0.05, seed=4, generic_share=0.5)  # type: ignore[attr-defined]
    # speakers, so that first- and second-person words and the speaker rule are read
    rng = random.Random(5)
    speakers = [None, None, "gov", "swo", "committee", "someone-else"]
    segments = [
        Segment(s.source_id, s.index, s.start, s.end, s.text, None, rng.choice(speakers))
        for s in notes + prose
    ]
    for params in ({}, {"include_negated": True, "min_confidence": 0.3}):
        coder = DictionaryCoder(framework=big, **params).fit(case)  # type: ignore[arg-type]
        assert _assert_same(coder, segments) > 2000


def test_a_mixed_case_codes_each_language_run_in_order(framework: Framework) -> None:
    zh = _segments(read_case(example_path("ltown")))[:30]
    en = _segments(read_case(example_path("riverside")))[:30]
    case = read_case(example_path("ltown")).case
    mixed = dataclasses.replace(case, language="mixed")
    coder = DictionaryCoder(framework=framework).fit(mixed)
    segments = zh[:10] + en[:10] + zh[10:] + en[10:]
    got = coder.predict(segments)
    assert list(got) == _one_by_one(coder, segments)
    assert {c.source_id for c in got} & {s.source_id for s in en}


def test_codings_behave_as_a_read_only_list(framework: Framework) -> None:
    data = read_case(example_path("ltown"))
    coder = DictionaryCoder(framework=framework).fit(data.case)
    segments = _segments(data)[:40]
    got = coder.predict(segments)
    expected = _one_by_one(coder, segments)
    assert len(got) == len(expected) > 10
    assert got[0] == expected[0] and got[-1] == expected[-1] and got[3] == expected[3]
    assert got[2:7] == expected[2:7]
    assert got == expected and got == coder.predict(segments)
    assert got != expected[:-1]
    assert [row[3] for row in got.rows()] == [c.code for c in expected]
    with pytest.raises(IndexError, match="out of range"):
        got[len(expected)]
    assert coder.predict([]) == [] and len(coder.predict([])) == 0


def test_the_white_space_table_is_what_re_reads_as_white_space() -> None:
    expected = [c for c in range(0x110000) if re.match(r"\s", chr(c))]
    assert whitespace().tolist() == expected


@pytest.mark.parametrize(
    "text",
    [
        "镇里要求。我们，只好；照做！",
        "He left. Then a.b, c.\nNext: x.",
        "末尾.",
        "a. b.\u3000c",
        "",
    ],
)
def test_boundaries_are_where_the_sentence_and_clause_patterns_find_them(text: str) -> None:
    chars = np.frombuffer(text.encode("utf-32-le"), np.uint32)
    ends, breaks = boundaries(chars, _SENTENCE_ENDS, _CLAUSE_BREAKS, whitespace())
    assert ends.tolist() == [m.start() for m in SENTENCE_END.finditer(text)]
    assert breaks.tolist() == [m.start() for m in CLAUSE_BREAK.finditer(text)]


def _test_code(code_id: str, rules: tuple[Rule, ...]) -> Code:
    """A behaviour code of no role with these Chinese rules, added to a framework by a test."""
    return Code(
        id=code_id,
        parent=None,
        label=LocalText({"zh": code_id, "en": code_id}),
        definition=LocalText(),
        include=LocalText(),
        exclude=LocalText(),
        examples=(),
        applies_to="any",
        family="behaviour",
        rules={"zh": rules},
    )


def test_a_rule_the_machine_gives_up_on_is_run_by_re(framework: Framework) -> None:
    names = frozenset(framework.cues)
    deep = _test_code("test.deep", (compile_rule("re:报[^。]*台账", "zh", names),))
    extended = dataclasses.replace(framework, codes=(*framework.codes, deep), hash="deep")
    data = read_case(example_path("ltown"))
    coder = DictionaryCoder(framework=extended).fit(data.case)
    text = "镇里让我们报" + "台" * 3000 + "台账。"  # deeper than the machine's stack
    segments = [Segment("deep.md", 0, 0, len(text), text), *_segments(data)[:5]]
    got = list(coder.predict(segments))
    assert got == _one_by_one(coder, segments)
    assert any(c.code == "test.deep" and c.end - c.start > 3000 for c in got)


def test_segments_coded_in_several_batches_give_the_same_codings(
    framework: Framework, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = read_case(example_path("ltown"))
    segments = _segments(data)[:60]
    coder = DictionaryCoder(framework=framework, include_negated=True).fit(data.case)
    whole = list(coder.predict(segments))
    chars = sum(len(s.text) for s in segments)
    monkeypatch.setattr("relcycle.coding.dictionary.coder.BATCH", chars // 8)  # characters
    parts = coder.predict(segments)
    assert 5 < len(parts._parts) < len(segments)  # really split, several segments a batch
    assert list(parts) == whole == _one_by_one(coder, segments)


def test_batches_hold_about_batch_characters_and_every_segment_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from relcycle.coding.dictionary.coder import _batches

    monkeypatch.setattr("relcycle.coding.dictionary.coder.BATCH", 10)
    segments = [Segment("a.md", i, 0, n, "字" * n) for i, n in enumerate([4, 4, 4, 30, 1, 2])]
    batches = list(_batches(segments))
    assert [[s.index for s in b] for b in batches] == [[0, 1, 2], [3], [4, 5]]
    assert list(_batches([])) == []


@pytest.mark.parametrize("far", [False, True])
def test_spans_are_ordered_by_start_longest_code_and_rule(framework: Framework, far: bool) -> None:
    coder = DictionaryCoder(framework=framework).fit(read_case(example_path("ltown")).case)
    batch = coder._batches["zh"][0]
    rng = np.random.default_rng(7)
    n = 3000
    start = rng.integers(0, 400, n) + (1 << 28 if far else 0)  # far: past the packed key
    end = start + rng.integers(1, 6, n)
    order = rng.integers(0, batch.code_rank.size, n)
    code = batch.code_rank[order]
    by = batch._by_place(start, end, order, code)
    columns = (start[by], -end[by], code[by], order[by])
    keys = list(zip(*(c.tolist() for c in columns), strict=True))
    assert keys == sorted(keys)
    assert sorted(by.tolist()) == list(range(n))


def test_windows_the_programs_cannot_settle_are_searched_with_re(framework: Framework) -> None:
    names = frozenset(framework.cues)
    raw: list[str | dict[str, object]] = [
        {"term": "镇里", "near": {"any": ["re:报[^。]*台账"]}},  # gives up on a long sentence
        {"term": "我们", "near": {"any": ["re:[A-Z]+号"]}},  # a class with case: no program
        {"term": "台账", "not": {"any": ["re:[a-z]+"], "within": 3}},
        {"term": "材料", "near": [{"any": ["报"]}, {"any": ["交", "re:[A-Z]+"]}]},
    ]
    code = _test_code("test.windows", tuple(compile_rule(r, "zh", names) for r in raw))
    extended = dataclasses.replace(framework, codes=(*framework.codes, code), hash="windows")
    data = read_case(example_path("ltown"))
    coder = DictionaryCoder(framework=extended).fit(data.case)
    texts = [
        "镇里让我们报" + "台" * 3000 + "台账。",
        "我们收到B号通知，台账abc已经交了。材料要报，也要交。",
        "材料要报上去。我们的台账xyz。",
    ]
    segments = [Segment("w.md", i, 0, len(t), t) for i, t in enumerate(texts)]
    segments += _segments(data)[:5]
    got = list(coder.predict(segments))
    assert got == _one_by_one(coder, segments)
    found = {(c.segment_index, c.rule) for c in got if c.code == "test.windows"}
    assert (0, "镇里") in found and (1, "我们") in found and (1, "材料") in found
    assert (1, "台账") not in found and (2, "材料") not in found


def test_texts_scanned_in_several_calls_give_the_same_hits(framework: Framework) -> None:
    data = read_case(example_path("ltown"))
    coder = DictionaryCoder(framework=framework).fit(data.case)
    batch = coder._batches["zh"][0]
    texts = [s.text for s in _segments(data)[:40]]
    assert batch.chunk >= len(texts)  # one call
    whole = batch.scan(texts)
    batch.chunk = 3  # this coder's own index: nothing else reads it
    parts = batch.scan(texts)
    assert whole[1].size > 100
    for a, b in zip(whole, parts, strict=True):
        assert a.tolist() == b.tolist()
    batch.split = None  # the path for literals holding the separator: the automaton alone
    for a, b in zip(whole, batch.scan(texts), strict=True):
        assert a.tolist() == b.tolist()
