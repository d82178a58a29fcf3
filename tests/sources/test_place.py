"""place_segments: one time anchor per segment, from its text or its source's date."""

from __future__ import annotations

from datetime import date

import pytest

from relcycle.domain import Actor, Case, Contract, Precision, Segment, Source
from relcycle.sources.timeexpr import place_segments


def _case(mid_term: date | None = date(2018, 9, 1)) -> Case:
    contract = Contract(
        terms={"term_months": 24},
        signed=date(2017, 9, 1),
        start=date(2017, 9, 1),
        end=date(2019, 8, 31),
        mid_term=mid_term,
    )
    actors = (Actor("gov", "L镇宣传文化办", "government"), Actor("swo", "启明", "social_org"))
    return Case("ltown", "L town", "zh", "month", date(2017, 9, 1), date(2019, 12, 31), actors,
                contract)  # fmt: skip


def _source(*paragraphs: str, day: date = date(2019, 12, 10)) -> tuple[Source, list[Segment]]:
    text = "\n\n".join(paragraphs)
    source = Source("interview-director.md", "interview", day, None, "swo", text,
                    "interview-director.md", "utf-8", "0" * 64)  # fmt: skip
    segments, offset = [], 0
    for index, paragraph in enumerate(paragraphs):
        segments.append(Segment(source.id, index, offset, offset + len(paragraph), paragraph))
        offset += len(paragraph) + 2
    return source, segments


def test_retrospective_statement_is_placed_at_the_time_it_speaks_of() -> None:
    source, segments = _source("答：去年三月，镇里开始要求我们每周报台账。")
    (anchor,) = place_segments(segments, source, _case())
    assert (anchor.start, anchor.end) == (date(2018, 3, 1), date(2018, 3, 31))
    assert anchor.precision is Precision.MONTH
    assert anchor.provenance == "text"
    assert anchor.expression == "去年三月"
    assert anchor.note is None
    assert anchor.in_period
    assert (anchor.source_id, anchor.segment_index) == ("interview-director.md", 0)


def test_segment_without_expression_is_placed_at_source_date() -> None:
    source, segments = _source("答：我们和镇里的关系总体还可以。")
    (anchor,) = place_segments(segments, source, _case())
    assert (anchor.start, anchor.end) == (date(2019, 12, 10), date(2019, 12, 10))
    assert anchor.precision is Precision.DAY
    assert anchor.provenance == "source_date"
    assert anchor.expression is None
    assert anchor.note is None


def test_one_anchor_per_segment_in_order() -> None:
    source, segments = _source(
        "2018年3月进驻。", "没有时间。", "去年年底换了领导。", "Nothing dated."
    )
    anchors = place_segments(segments, source, _case())
    assert [a.segment_index for a in anchors] == [0, 1, 2, 3]
    assert [a.provenance for a in anchors] == ["text", "source_date", "text", "source_date"]


def test_keeps_most_specific_and_names_conflicts() -> None:
    source, segments = _source("去年的事情了，2018年3月15日那次会上吵得很凶，2017年就有苗头。")
    (anchor,) = place_segments(segments, source, _case())
    assert anchor.expression == "2018年3月15日"
    assert (anchor.start, anchor.precision) == (date(2018, 3, 15), Precision.DAY)
    assert anchor.note == (
        "3 time expressions; kept the most specific '2018年3月15日'; conflicting: '2017年'"
    )


def test_ties_keep_the_first() -> None:
    source, segments = _source("2018年3月和2018年5月各开了一次会。")
    (anchor,) = place_segments(segments, source, _case())
    assert anchor.expression == "2018年3月"
    assert "conflicting: '2018年5月'" in (anchor.note or "")


def test_out_of_period_interval_is_kept_and_flagged() -> None:
    source, segments = _source("2015年文化站还没有建起来。")
    (anchor,) = place_segments(segments, source, _case())
    assert (anchor.start, anchor.end) == (date(2015, 1, 1), date(2015, 12, 31))
    assert anchor.in_period is False
    assert anchor.note == "'2015年' 2015-01-01..2015-12-31 lies outside the studied period " \
        "2017-09-01..2019-12-31"  # fmt: skip


def test_anaphora_resolves_against_previous_segment_of_same_source() -> None:
    source, segments = _source(
        "2018年9月镇里换了分管领导。", "当时大家心里都没底。", "那年冬天经费停了。"
    )
    anchors = place_segments(segments, source, _case())
    assert (anchors[1].start, anchors[1].end) == (date(2018, 9, 1), date(2018, 9, 30))
    assert anchors[1].expression == "当时"
    assert (anchors[2].start, anchors[2].end) == (date(2018, 12, 1), date(2019, 2, 28))


def test_anaphora_does_not_cross_sources() -> None:
    first, first_segments = _source("2018年9月镇里换了分管领导。")
    place_segments(first_segments, first, _case())
    source, segments = _source("当时大家心里都没底。")
    (anchor,) = place_segments(segments, source, _case())
    assert anchor.provenance == "source_date"
    assert anchor.note is not None and "unresolved '当时'" in anchor.note


def test_unresolvable_expression_is_noted_when_falling_back() -> None:
    source, segments = _source("中期评估前后，关系很紧张。")
    (anchor,) = place_segments(segments, source, _case(mid_term=None))
    assert anchor.provenance == "source_date"
    assert anchor.note is not None
    assert anchor.note.startswith("unresolved '中期评估前后'")


def test_mid_term_is_used_when_the_case_gives_it() -> None:
    source, segments = _source("中期评估前后，关系很紧张。")
    (anchor,) = place_segments(segments, source, _case())
    assert (anchor.start, anchor.end) == (date(2018, 9, 1), date(2018, 9, 30))


def test_future_looking_expression_is_resolved_as_named() -> None:
    source, segments = _source("明年合同续不续还不知道。", "下个月检查的结果出来了吗？")
    anchors = place_segments(segments, source, _case())
    assert (anchors[0].start, anchors[0].end) == (date(2020, 1, 1), date(2020, 12, 31))
    assert anchors[0].in_period is False
    assert (anchors[1].start, anchors[1].end) == (date(2020, 1, 1), date(2020, 1, 31))


def test_a_plan_for_next_month_is_evidence_of_the_source_date() -> None:
    source, segments = _source("下个月要迎接检查。")
    (anchor,) = place_segments(segments, source, _case())
    assert (anchor.start, anchor.end, anchor.provenance) == (date(2019, 12, 10),) * 2 + (
        "source_date",
    )
    assert anchor.note == "said now of a time ahead: '下个月' 2020-01-01..2020-01-31 (要)"


def test_source_date_outside_period_is_flagged() -> None:
    source, segments = _source("后来的情况我不清楚。", day=date(2020, 6, 1))
    (anchor,) = place_segments(segments, source, _case())
    assert anchor.in_period is False
    assert anchor.note is not None and "outside the studied period" in anchor.note


@pytest.mark.parametrize(
    ("paragraph", "expression", "first", "last"),
    [
        ("Interviewer: What changed in spring 2018?", "spring 2018", "2018-03-01", "2018-05-31"),
        ("Director: Last March they asked for weekly reports.", "Last March", "2019-03-01",
         "2019-03-31"),
    ],
)  # fmt: skip
def test_english_turns(paragraph: str, expression: str, first: str, last: str) -> None:
    source, segments = _source(paragraph)
    (anchor,) = place_segments(segments, source, _case())
    assert anchor.expression == expression
    assert (anchor.start.isoformat(), anchor.end.isoformat()) == (first, last)


def test_empty_input() -> None:
    source, _ = _source("x")
    assert place_segments([], source, _case()) == []


def test_closest_place_is_not_a_time() -> None:
    source, segments = _source("答：离中心最近的小区最积极，最近还办了书法班。")
    (anchor,) = place_segments(segments, source, _case())
    assert anchor.expression == "最近"
    assert (anchor.start, anchor.end) == (date(2019, 11, 10), date(2019, 12, 10))
