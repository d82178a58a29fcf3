"""The fast dating path gives the anchors of the straightforward one, on varied corpora.

``place_segments`` finds a source's anchors once in its body, remembers rule
answers per context (:class:`~relcycle.sources.timeexpr.scanner.Memo`) and
reads lower-cased what is mostly English. The reference here is the plain
definition: each segment's text alone, searched whole (no anchors, no memo).
"""

from __future__ import annotations

import random
import sys
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_place import _case
from test_place_equivalence import _reference
from timeexpr_texts import generated_texts

from relcycle.domain import Actor, Segment, Source
from relcycle.sources import segmenter
from relcycle.sources.folder import CaseFolder
from relcycle.sources.timeexpr import place_segments, prescan
from relcycle.sources.timeexpr.find import _memo_for, clear_memos, default_scanner, scan_text
from relcycle.sources.timeexpr.model import TimeContext

ROOT = Path(__file__).resolve().parents[2]
CASE_FOLDERS = sorted(
    [ROOT / "src/relcycle/examples/ltown", ROOT / "src/relcycle/examples/riverside"]
    + [p for p in (ROOT / "tests/data/cases").iterdir() if (p / "case.yaml").is_file()]
)


def _source(body: str, day: date, name: str = "s.md") -> Source:
    return Source(name, "field_note", day, None, None, body, name, "utf-8", "0" * 64)


@pytest.mark.parametrize("folder", CASE_FOLDERS, ids=lambda p: p.name)
def test_bundled_and_test_cases_are_dated_as_the_plain_definition_says(folder: Path) -> None:
    reader = CaseFolder(folder)
    parsed = list(reader.iter_sources())
    assert parsed
    for source in parsed:
        reference = _reference(list(source.segments), source.source, reader.case)
        # the case's events (events.csv) are read after the rules: see test_place_events*
        anchors = place_segments(source.segments, source.source, reader.case)
        assert anchors == reference, source.source.id


def test_benchmark_bodies_are_dated_as_the_plain_definition_says(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from synth import make_corpus
    finally:
        sys.path.remove(str(ROOT / "bench"))
    folder = make_corpus(tmp_path / "case", 0.25, seed=3, source_kb=6)
    reader = CaseFolder(folder)
    dated = 0
    for source in reader.iter_sources():
        reference = _reference(list(source.segments), source.source, reader.case)
        assert list(source.anchors) == reference, source.source.id
        dated += sum(anchor.provenance == "text" for anchor in source.anchors)
    assert dated > 100


def _segments(body: str) -> list[Segment]:
    actors = (Actor("gov", "镇政府", "government", ("镇里",)), Actor("swo", "机构", "social_org"))
    return segmenter.segment_text("s.md", body, actors, "swo")


def test_sources_of_one_date_share_a_memo_and_keep_the_plain_answers() -> None:
    """Many sources of few dates: the memo answers again what it answered in earlier sources."""
    case = _case()
    rng = random.Random(11)
    texts = generated_texts(seed=5, count=400)
    days = [date(2018, 2, 10), date(2019, 12, 10), date(2016, 5, 1)]
    clear_memos()
    for n in range(90):
        body = "\n\n".join(rng.choice(texts).strip() or "无" for _ in range(rng.randint(1, 8)))
        source = _source(body, days[n % 3], f"s{n}.md")
        segments = _segments(body)
        assert place_segments(segments, source, case) == _reference(segments, source, case)
    assert _memo_for.cache_info().hits >= 80  # sources of one date share a memo


#: Words a resolver reads around its match: future cues, 离 / 距离 before 最近, "in" before May.
CUES = ["将于", "计划在", "准备", "预计", "等到", "离中心", "距离这里", "离开以后", "我们", "在",
        "will be ", "is scheduled for ", "next ", "in ", "on ", "by ", "we ", "", "前要完成",
        "之前要交", "要求", "将近", "排", "安排在", "彩排", "听说", "可能", "打算",
        "如果"]  # fmt: skip
AROUND = ["三月", "3月15日", "春节前后", "国庆", "暑假", "最近", "最近的小区", "今天", "May",
          "May 5", "March", "spring", "the summer", "Christmas", "National Day", "去年三月",
          "那年秋天", "两个月后", "当时", "that autumn", "九月份", "自2017年起", "从去年三月以来",
          "明年", "下个月", "since 2017", "next year"]  # fmt: skip


def test_what_rules_read_around_their_match_is_remembered_with_the_answer() -> None:
    """The same expression after and before different words, in one source: each answered right."""
    case = _case()
    rng = random.Random(2)
    for day in (date(2018, 1, 20), date(2018, 10, 2), date(2019, 12, 10)):
        paragraphs = [
            rng.choice(CUES) + rng.choice(AROUND) + rng.choice(["", "，", "。", " ", "要", "前要"])
            for _ in range(300)
        ]
        body = "\n\n".join(paragraphs)
        segments = _segments(body)
        source = _source(body, day)
        assert place_segments(segments, source, case) == _reference(segments, source, case)


def test_segments_not_cut_from_the_body_or_with_other_neighbours_are_read_alone() -> None:
    case = _case()
    body = "abc去年三月\n\nMay 2018x中期评估前后"
    day = date(2019, 12, 10)
    source = _source(body, day)
    cut = [Segment("s.md", 0, 3, 7, "去年三月"), Segment("s.md", 1, 9, 17, "May 2018")]
    elsewhere = [Segment("s.md", 0, 0, 4, "当时很忙"), Segment("s.md", 1, 10, 14, "两个月后")]
    for segments in (cut, elsewhere):
        assert place_segments(segments, source, case) == _reference(segments, source, case)
    assert [a.expression for a in place_segments(cut, source, case)] == ["去年三月", "May 2018"]


def test_a_recalled_sources_day_lines_are_the_now_of_what_follows_them() -> None:
    # a diary looked back on: under its day line, that day is now (ranked after the times
    # its entry tells of), as the source's date is for a segment before any day line
    case = _case()
    body = "\n\n".join(
        ["项目日记回顾", "2018年3月3日", "今天是2018年3月3日，我们回顾了2017年10月的事。",
         "还有2018年3月4日和2017年11月。"]
    )  # fmt: skip
    source = Source("d.md", "report", date(2019, 12, 10), None, None, body, "d.md", "utf-8",
                    "0" * 64)  # fmt: skip
    segments = _segments(body)
    anchors = place_segments(segments, source, case)
    assert anchors == _reference(segments, source, case)
    assert [a.expression for a in anchors] == [None, "2018年3月3日", "2017年10月", "2017年11月"]


_PIECES = [
    "问：", "答：", "Interviewer: ", "**Q:** ", "__A:__ ", "王主任：", "Note: ", "\n", "\n\n",
    " ", "　", "，", "。", ". ", "去年三月", "2018年3月15日", "上个月", "春节前后", "两个月后",
    "当时", "最近", "离中心最近的", "将于三月", "中期评估前后", "１２月", "十二月份", "last spring",
    "in March 2019", "May", "may", "two months later", "that autumn",
    "at the start of the contract", "Q3 2019", "the year before", "社工", "活动", "the council",
    "we met", "in", "2019",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=40),
    st.dates(min_value=date(2016, 1, 1), max_value=date(2020, 12, 31)),
)
def test_any_segmented_text_is_dated_as_the_plain_definition_says(
    pieces: list[str], day: date
) -> None:
    body = unicodedata.normalize("NFC", "".join(pieces))
    segments = _segments(body)
    source = _source(body, day)
    case = _case()
    assert place_segments(segments, source, case) == _reference(segments, source, case)


def test_the_memo_gives_the_answers_of_the_plain_anchored_search() -> None:
    """``Scanner.scan`` without a memo (anchors, every match resolved) answers alike."""
    ctx = TimeContext(date(2019, 12, 10), date(2017, 9, 1), date(2019, 12, 31),
                      date(2017, 9, 1), date(2019, 8, 31), date(2018, 9, 1))  # fmt: skip
    scanner = default_scanner()
    memo = scanner.memo(ctx)
    previous = scan_text("2018年3月15日", ctx)[0][0]
    for text in generated_texts(seed=31, count=600):
        for before in (None, previous):
            plain = scanner.scan(text, ctx, before)
            assert scanner.scan(text, ctx, before, memo=memo) == plain, text


def test_a_memo_answers_only_for_its_context() -> None:
    ctx = TimeContext(date(2019, 12, 10), date(2017, 9, 1), date(2019, 12, 31))
    other = TimeContext(date(2018, 12, 10), date(2017, 9, 1), date(2019, 12, 31))
    memo = default_scanner().memo(ctx)
    assert scan_text("去年三月", ctx, memo=memo) == scan_text("去年三月", ctx)
    with pytest.raises(ValueError, match="memo made for"):
        scan_text("去年三月", other, memo=memo)
    with pytest.raises(ValueError, match="prefilter"):
        scan_text("去年三月", ctx, memo=memo, prefilter=False)


def test_mixed_text_read_lower_cased_finds_the_anchors_read_as_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = generated_texts(seed=17, count=600)
    mixed = [f"{a} 王主任说 {b}" for a, b in zip(texts[::2], texts[1::2], strict=False)]
    mixed += ["MAY 2018 İstanbul", "Kelvin K May 2018 ſpring 去年", "ǅuly 2018 年 Ä March"]
    scanner = default_scanner()
    lowered = [scanner._prescan.hits(text) for text in mixed]
    monkeypatch.setattr(prescan, "_READ_AS_ASCII", prescan.re.compile("[\\s\\S]"))
    assert [scanner._prescan.hits(text) for text in mixed] == lowered


def test_only_four_characters_beyond_ascii_read_differently_lower_cased() -> None:
    """What ``prescan._READ_AS_ASCII`` lists: every other character lower-cases alike."""
    letter = prescan.re.compile(r"(?i:[a-z0-9])")
    odd = [
        chr(cp)
        for cp in range(128, sys.maxunicode + 1)
        if len(low := chr(cp).lower()) != 1 or low.isascii() or letter.fullmatch(chr(cp))
    ]
    assert all(prescan._READ_AS_ASCII.fullmatch(c) for c in odd)
    assert len(odd) == 4


def test_dates_spread_over_years_keep_the_plain_answers() -> None:
    case = _case()
    rng = random.Random(23)
    texts = generated_texts(seed=23, count=300)
    for _ in range(40):
        body = "\n\n".join(rng.choice(texts).strip() or "无" for _ in range(rng.randint(2, 10)))
        source = _source(body, date(2016, 1, 1) + timedelta(days=rng.randint(0, 1800)))
        segments = _segments(body)
        assert place_segments(segments, source, case) == _reference(segments, source, case)
