"""Ranges (自2017年起, since 2017) and times ahead said as a rumour or plan (听说明年可能…).

Found while reading the L town report: a 2019 news item's 今年 sentence was
pinned to 2017 by 自2017年起, and a 2018 field note's rumour about 明年 was
counted in 2019.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from test_place import _case
from test_place_equivalence import _reference

from relcycle.domain import Precision, Segment, Source
from relcycle.sources.timeexpr import place_segments
from relcycle.sources.timeexpr.find import scan_text
from relcycle.sources.timeexpr.model import TimeContext
from relcycle.sources.timeexpr.place import YEAR_AHEAD


def _source(text: str, day: date, kind: str = "field_note") -> tuple[Source, list[Segment]]:
    source = Source("s.md", kind, day, None, None, text, "s.md", "utf-8", "0" * 64)
    segments, offset = [], 0
    for index, paragraph in enumerate(text.split("\n\n")):
        segments.append(Segment("s.md", index, offset, offset + len(paragraph), paragraph))
        offset += len(paragraph) + 2
    return source, segments


def _ctx(day: date) -> TimeContext:
    return TimeContext(day, date(2017, 9, 1), date(2019, 12, 31), date(2017, 9, 1),
                       date(2019, 8, 31), date(2018, 9, 1))  # fmt: skip


NEWS = ("据介绍，L镇自2017年起以政府购买服务方式委托社会工作机构运营镇文化中心。"
        "今年，镇里与承接机构建立了月度联席会议制度。")  # fmt: skip


def test_since_year_yields_to_the_year_the_sentence_is_about() -> None:
    # recalled in an interview: the year 今年 names
    source, segments = _source(NEWS, date(2019, 9, 18), "interview")
    (anchor,) = place_segments(segments, source, _case())
    assert (anchor.start, anchor.end, anchor.expression) == (
        date(2019, 1, 1), date(2019, 12, 31), "今年"
    )  # fmt: skip
    assert anchor.note == "2 time expressions; kept the most specific '今年'"
    # written at the time (news): the day it was written, which 今年 holds, says more
    source, segments = _source(NEWS, date(2019, 9, 18), "news")
    (anchor,) = place_segments(segments, source, _case())
    assert (anchor.start, anchor.end, anchor.provenance) == (
        date(2019, 9, 18), date(2019, 9, 18), "source_date"
    )  # fmt: skip
    assert anchor.note == "'今年' 2019-01-01..2019-12-31 holds the day it was written"


@pytest.mark.parametrize(
    ("text", "kind", "day", "first", "last"),
    [
        # this year / this month in a note, minutes or message: the day it was written
        ("本项目是区里今年的试点。", "minutes", "2019-07-15", "2019-07-15", "2019-07-15"),
        (
            "We will not be running the summer holiday programme this year.",
            "message",
            "2022-07-06",
            "2022-07-06",
            "2022-07-06",
        ),
        ("本月台账又改了格式。", "field_note", "2019-07-15", "2019-07-15", "2019-07-15"),
        # recently ends on that day: the stretch before it, as before
        ("近期街道要求我中心参与创文检查。", "document", "2020-07-22", "2020-06-22", "2020-07-22"),
        # a fear, a condition or a guess about next year, said now
        (
            "大家都唔敢同張科長講「唔得」，驚影響尾款同明年續約。",
            "field_note",
            "2020-11-02",
            "2020-11-02",
            "2020-11-02",
        ),
        (
            "仲話如果咁落去，明年可以考慮換機構。",
            "field_note",
            "2021-03-25",
            "2021-03-25",
            "2021-03-25",
        ),
        ("今年下半年续约应该没有问题。", "interview", "2022-05-12", "2022-05-12", "2022-05-12"),
    ],
)
def test_the_time_a_source_is_written_in_is_evidence_of_that_day(
    text: str, kind: str, day: str, first: str, last: str
) -> None:
    source, segments = _source(text, date.fromisoformat(day), kind)
    wide = replace(_case(), start=date(2017, 1, 1), end=date(2023, 12, 31))
    (anchor,) = place_segments(segments, source, wide)
    assert (anchor.start.isoformat(), anchor.end.isoformat()) == (first, last)


def test_a_range_alone_places_its_segment_over_the_whole_range() -> None:
    source, segments = _source("L镇自2017年起委托社会工作机构运营镇文化中心。", date(2019, 9, 18))
    (anchor,) = place_segments(segments, source, _case())
    assert (anchor.start, anchor.end, anchor.precision) == (
        date(2017, 1, 1), date(2019, 9, 18), Precision.YEAR
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expression", "first", "last"),
    [
        ("自2017年起由机构运营", "自2017年起", "2017-01-01", "2019-09-18"),
        ("从2017年开始购买服务", "从2017年开始", "2017-01-01", "2019-09-18"),
        ("自2017年至2019年共两期", "自2017年至2019年", "2017-01-01", "2019-12-31"),
        ("从2017年起到2019年底", "从2017年起到2019年底", "2017-01-01", "2019-12-31"),
        ("从去年三月以来一直如此", "从去年三月以来", "2018-03-01", "2019-09-18"),
        ("自从2018年下半年开始", "自从2018年下半年开始", "2018-07-01", "2019-09-18"),
        ("从明年开始要先报批", "从明年开始", "2020-01-01", "2020-12-31"),
        ("Since 2017 the council has paid", "Since 2017", "2017-01-01", "2019-09-18"),
        ("from 2017 onwards we ran it", "from 2017 onwards", "2017-01-01", "2019-09-18"),
        ("from 2017 to 2019, two terms", "from 2017 to 2019", "2017-01-01", "2019-12-31"),
    ],
)
def test_ranges_run_from_their_start_to_the_end_named_or_the_source_date(
    text: str, expression: str, first: str, last: str
) -> None:
    (mention,) = scan_text(text, _ctx(date(2019, 9, 18)))[0]
    assert mention.expression == expression
    assert (mention.interval_start.isoformat(), mention.interval_end.isoformat()) == (first, last)


def test_a_range_ending_before_it_starts_is_not_a_range() -> None:
    mentions = scan_text("从2019年到2017年", _ctx(date(2019, 9, 18)))[0]
    assert [m.expression for m in mentions] == ["2019年", "2017年"]


def test_hearsay_about_next_year_is_evidence_of_the_source_date() -> None:
    source, segments = _source("会后杨师傅悄悄问我，听说中心明年可能不干了，是真的吗？",
                               date(2018, 8, 24))  # fmt: skip
    (anchor,) = place_segments(segments, source, _case())
    assert (anchor.start, anchor.end, anchor.provenance) == (
        date(2018, 8, 24), date(2018, 8, 24), "source_date"
    )  # fmt: skip
    assert anchor.note == "said now of a time ahead: '明年' 2019-01-01..2019-12-31 (可能)"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("打算明年扩大服务范围。", "打算"),
        ("下个月要迎接区里的检查。", "要"),
        ("据说下半年经费会减少。", "会"),
        ("还有人说中心明年不干了。", "有人说"),
        ("我们要在明年三月前完成方案。", "要在"),
        ("The council will cut the budget next year.", "will"),
        ("Next month we might move out.", "might"),
        # a term set now (tanghe-jiating-zh's tester: an exit threat made in September
        # beside 合同明年2月底到期 was placed in February)
        ("合同明年八月到期。", "到期"),
    ],
)
def test_a_plan_rumour_or_guess_about_a_time_ahead_is_placed_now(text: str, cue: str) -> None:
    source, segments = _source(text, date(2018, 4, 24))
    (anchor,) = place_segments(segments, source, _case())
    assert (anchor.start, anchor.provenance) == (date(2018, 4, 24), "source_date")
    assert anchor.note is not None and anchor.note.endswith(f"({cue})")


@pytest.mark.parametrize(
    "text",
    ["下个月合同续不续还不知道。", "Next month the contract ends.", "去年三月可能是最难的时候。"],
)
def test_a_time_named_without_a_cue_is_placed_where_it_names(text: str) -> None:
    source, segments = _source(text, date(2018, 4, 24))
    (anchor,) = place_segments(segments, source, _case())
    assert anchor.provenance == "text"


@pytest.mark.parametrize(
    "text",
    ["明年合同续不续还不知道。", "Next year the contract ends.", "居委会明年换届。",
     "再这样下去，明年的标不投了。", "下半年的活动还没定。"],
)  # fmt: skip
def test_a_year_ahead_in_a_note_is_told_now(text: str) -> None:
    source, segments = _source(text, date(2018, 4, 24))
    (anchor,) = place_segments(segments, source, _case())
    assert (anchor.start, anchor.provenance) == (date(2018, 4, 24), "source_date")
    assert anchor.note is not None and anchor.note.endswith(f"({YEAR_AHEAD})")
    # recalled in an interview, it is placed where it names
    source = replace(source, kind="interview")
    (anchor,) = place_segments(segments, source, _case())
    assert anchor.provenance == "text"


def test_a_roster_for_the_coming_month_names_this_years_month() -> None:
    source, segments = _source("下午开志愿者小组长会，排九月份的班。", date(2018, 8, 24))
    (anchor,) = place_segments(segments, source, _case())
    assert (anchor.start, anchor.end) == (date(2018, 9, 1), date(2018, 9, 30))


def test_a_national_day_recalled_in_november_is_the_one_just_past() -> None:
    source, segments = _source("国庆合唱，镇里和中心一起弄，我们唱得可带劲了。", date(2019, 11, 26))
    (anchor,) = place_segments(segments, source, _case())
    assert (anchor.start, anchor.end) == (date(2019, 10, 1), date(2019, 10, 7))


@pytest.mark.parametrize("day", [date(2018, 4, 24), date(2018, 8, 24), date(2019, 9, 18)])
def test_the_fast_path_agrees_with_the_plain_one_on_these_cases(day: date) -> None:
    paragraphs = [
        NEWS, "听说中心明年可能不干了。", "那时候大家都很担心。", "排九月份的班。",
        "九月份的班排好了。", "下个月要迎接检查。", "下个月检查。", "Since 2017 the council paid.",
        "we will meet next month", "从去年三月以来", "打算下半年再说", "当时",
        "自2017年至2019年共两期，今年是第三期。",
    ]  # fmt: skip
    text = "\n\n".join(paragraphs * 3)
    source, segments = _source(text, day)
    assert place_segments(segments, source, _case()) == _reference(segments, source, _case())


@pytest.mark.parametrize(
    ("text", "kind", "day", "placed"),
    [
        # a deadline set now (前, by, before) is evidence of the day it is set
        ("第一期款项八月底前拨付。", "minutes", "2019-07-15", "2019-07-15"),
        ("The first report is due by March.", "minutes", "2022-12-01", "2022-12-01"),
        ("Send the plan before March, please.", "message", "2022-12-01", "2022-12-01"),
        # a range around a festival, and a past deadline, are placed as named
        ("三月前我们都没有开展活动。", "interview", "2020-06-05", "2020-03-01"),
    ],
)
def test_a_deadline_ahead_is_set_now(text: str, kind: str, day: str, placed: str) -> None:
    source, segments = _source(text, date.fromisoformat(day), kind)
    wide = replace(_case(), start=date(2017, 1, 1), end=date(2023, 12, 31))
    (anchor,) = place_segments(segments, source, wide)
    assert anchor.start.isoformat() == placed


def test_a_period_said_early_in_it_holds_the_day_and_late_in_it_is_placed_as_named() -> None:
    text = "下半年专业指标要补上来，请镇里支持。"
    early = _source(text, date(2019, 7, 12), "minutes")
    (anchor,) = place_segments(early[1], early[0], _case())
    assert (anchor.start, anchor.end, anchor.provenance) == (
        date(2019, 7, 12), date(2019, 7, 12), "source_date"
    )  # fmt: skip
    assert anchor.note == "'下半年' 2019-07-01..2019-12-31 holds the day it was written"
    late = _source("下半年以来，镇里每周都要台账。", date(2019, 11, 20), "field_note")
    (anchor,) = place_segments(late[1], late[0], _case())
    assert (anchor.start, anchor.end, anchor.expression) == (
        date(2019, 7, 1), date(2019, 12, 31), "下半年"
    )  # fmt: skip
    recalled = _source(text, date(2019, 7, 12), "interview")
    (anchor,) = place_segments(recalled[1], recalled[0], _case())
    assert anchor.provenance == "text"


def test_a_time_ahead_closed_by_a_condition_is_a_warning_given_now() -> None:
    source, segments = _source(
        "局里说，年底终期评估不过的话，钱不好拨。", date(2019, 7, 12), "minutes"
    )
    (anchor,) = place_segments(segments, source, _case())
    assert (anchor.start, anchor.provenance) == (date(2019, 7, 12), "source_date")
    assert anchor.note.startswith("said now of a time ahead: '年底'")
    assert anchor.note.endswith("(的话)")
