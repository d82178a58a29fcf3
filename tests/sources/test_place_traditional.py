"""Traditional Chinese sources are dated as their Simplified reading, expressions as written."""

from __future__ import annotations

from datetime import date

import pytest

from relcycle.domain import Actor, Case, Segment, Source
from relcycle.sources.segmenter import segment_text
from relcycle.sources.timeexpr import place_segments
from relcycle.sources.timeexpr.traditional import SAMPLE_CHARS, as_simplified

ACTORS = (Actor("gov", "社會局", "government"), Actor("swo", "協會", "social_org"))
CASE = Case("c", "c", "zh", "month", date(2019, 7, 1), date(2022, 6, 30), ACTORS, None)


def _placed(text: str, kind: str = "interview") -> list[tuple[date, date, str | None, str | None]]:
    source = Source("s.md", kind, date(2021, 1, 12), None, None, text, "s.md", "utf-8", "0" * 64)
    segments = segment_text(source.id, text, ACTORS)
    anchors = place_segments(segments, source, CASE)
    alone = [Segment(s.source_id, s.index, 0, len(s.text), s.text) for s in segments]
    assert place_segments(alone, source, CASE) == anchors
    return [(a.start, a.end, a.expression, a.note) for a in anchors]


def test_relative_expressions_in_traditional_characters() -> None:
    placed = _placed(
        "上個月社會局來查核，兩個月後又要求補件。\n\n當時大家都很緊張。\n\n"
        "上週的會議改期了。\n\n聽說下個月可能要再來。"
    )
    assert [p[:3] for p in placed] == [
        (date(2020, 12, 1), date(2020, 12, 31), "上個月"),
        (date(2020, 12, 1), date(2020, 12, 31), "當時"),
        (date(2021, 1, 4), date(2021, 1, 10), "上週"),
        (date(2021, 1, 12), date(2021, 1, 12), None),  # a rumour of a time ahead: now
    ]
    assert (
        placed[0][3]
        == "2 time expressions; kept the most specific '上個月'; conflicting: '兩個月後'"
    )
    assert placed[3][3] == "said now of a time ahead: '下個月' 2021-02-01..2021-02-28 (可能)"


def test_a_borrowed_year_is_named_as_written() -> None:
    (placed,) = _placed("民國107年3月開始，重陽節前後社會局來訪。", kind="field_note")
    assert placed[2] == "重陽節前後"
    assert placed[3] is not None and "of '民國107年3月'" in placed[3]


@pytest.mark.parametrize(
    ("text", "converted"),
    [
        ("去年三月镇里来检查。", False),  # Simplified: the same object back
        ("Last spring the council came.", False),
        ("上個月社會局來查核。", True),
        ("去年三月镇里来检查。" * (SAMPLE_CHARS // 10) + "上個月來查核", False),  # sampled
    ],
)
def test_which_texts_are_read_as_simplified(text: str, converted: bool) -> None:
    read = as_simplified(text)
    assert len(read) == len(text)
    assert (read is not text) is converted
