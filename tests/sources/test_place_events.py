"""Times named by the case's own events (events.csv): 换届以后, after the restructure."""

from __future__ import annotations

from datetime import date

import pytest
from test_place import _case

from relcycle.domain import Event, Precision, Segment, Source
from relcycle.sources.timeexpr import place_segments

#: A case studied 2017-09-01 to 2019-12-31 (see test_place._case), with its events.
EVENTS = tuple(
    Event(start, end, "gov", "swo", summary, (), line)
    for line, (start, end, summary) in enumerate(
        [
            (date(2018, 4, 12), date(2018, 4, 12), "镇里换届，王主任调走，陈主任接手文化站"),
            (date(2018, 6, 1), date(2018, 6, 30), "创文检查，社工被抽调到点位值守"),
            (date(2018, 10, 9), date(2018, 10, 9), "周书记要求每周报台账"),
            (date(2019, 1, 15), date(2019, 1, 15), "周书记突击检查文化中心"),
            (date(2018, 5, 3), date(2018, 5, 3),
             "Council restructure moves the contract to Adult Services"),
            (date(2019, 2, 11), date(2019, 2, 11), "Marta Diaz starts as commissioner"),
            (date(2019, 4, 2), date(2019, 4, 2), "The trust declines the re-tender"),
        ],
        start=2,
    )
)  # fmt: skip


def _source(*paragraphs: str, kind: str = "interview",
            day: date = date(2019, 12, 10)) -> tuple[Source, list[Segment]]:  # fmt: skip
    text = "\n\n".join(paragraphs)
    source = Source("s.md", kind, day, None, "swo", text, "s.md", "utf-8", "0" * 64)
    segments, offset = [], 0
    for index, paragraph in enumerate(paragraphs):
        segments.append(Segment(source.id, index, offset, offset + len(paragraph), paragraph))
        offset += len(paragraph) + 2
    return source, segments


def _one(text: str, events: tuple[Event, ...] = EVENTS, **kwargs: object) -> tuple[
    date, date, str, str | None, str | None
]:  # fmt: skip
    source, segments = _source(text, **kwargs)  # type: ignore[arg-type]
    (anchor,) = place_segments(segments, source, _case(), events)
    return anchor.start, anchor.end, anchor.provenance, anchor.expression, anchor.note


@pytest.mark.parametrize(
    ("text", "start", "end", "expression"),
    [
        # after: from the next day for a month, as 中期评估以后
        ("答：换届以后我们每周报台账。", date(2018, 4, 13), date(2018, 5, 12), "换届以后"),
        ("答：换届之后就不一样了。", date(2018, 4, 13), date(2018, 5, 12), "换届之后"),
        ("答：换届以来一直这样。", date(2018, 4, 13), date(2018, 5, 12), "换届以来"),
        ("答：换届后王主任就不管了。", date(2018, 4, 13), date(2018, 5, 12), "换届后"),
        # before: the month before it
        ("答：换届之前关系很好。", date(2018, 3, 12), date(2018, 4, 11), "换届之前"),
        ("答：换届以前关系很好。", date(2018, 3, 12), date(2018, 4, 11), "换届以前"),
        # at: its month
        ("答：换届那会儿很乱。", date(2018, 4, 1), date(2018, 4, 30), "换届那会儿"),
        ("答：换届那时候很乱。", date(2018, 4, 1), date(2018, 4, 30), "换届那时候"),
        ("答：换届的时候很乱。", date(2018, 4, 1), date(2018, 4, 30), "换届的时候"),
        ("答：换届前后很乱。", date(2018, 4, 1), date(2018, 4, 30), "换届前后"),
        # an event of a month: the month, the next, the one before
        ("答：创文那段时间我们天天在点位上。", date(2018, 6, 1), date(2018, 6, 30), "创文那段时间"),
        ("答：创文检查以后才回到中心。", date(2018, 7, 1), date(2018, 7, 31), "创文检查以后"),
        ("答：创文之前还好。", date(2018, 5, 1), date(2018, 5, 31), "创文之前"),
        # words between the event's name and the frame: 陈主任|来了|之后
        ("答：陈主任来了之后，什么都要报批。", date(2018, 4, 13), date(2018, 5, 12),
         "陈主任来了之后"),
    ],
)  # fmt: skip
def test_a_chinese_frame_around_an_events_name_places_the_segment_at_its_time(
    text: str, start: date, end: date, expression: str
) -> None:
    assert _one(text)[:4] == (start, end, "text", expression)


@pytest.mark.parametrize(
    ("text", "start", "end", "expression"),
    [
        ("After the restructure we reported monthly.", date(2018, 5, 4), date(2018, 6, 3),
         "After the restructure"),
        ("Since the restructure nobody answers.", date(2018, 5, 4), date(2018, 6, 3),
         "Since the restructure"),
        ("Following the restructure, the team moved.", date(2018, 5, 4), date(2018, 6, 3),
         "Following the restructure"),
        ("Before the restructure it was easy.", date(2018, 4, 3), date(2018, 5, 2),
         "Before the restructure"),
        ("Until the restructure it was easy.", date(2018, 4, 3), date(2018, 5, 2),
         "Until the restructure"),
        ("It was chaos during the restructure.", date(2018, 5, 1), date(2018, 5, 31),
         "during the restructure"),
        ("When the new commissioner started, everything changed.", date(2019, 2, 1),
         date(2019, 2, 28), "When the new commissioner"),
        ("We talked it over before the re-tender.", date(2019, 3, 2), date(2019, 4, 1),
         "before the re-tender"),
    ],
)  # fmt: skip
def test_an_english_frame_around_an_events_name_places_the_segment_at_its_time(
    text: str, start: date, end: date, expression: str
) -> None:
    assert _one(text)[:4] == (start, end, "text", expression)


def test_the_note_names_the_event_its_date_and_its_line() -> None:
    note = _one("答：换届以后我们每周报台账。")[4]
    assert note == (
        "'换届以后' is the event of 2018-04-12: '镇里换届，王主任调走，陈主任接手文化站' "
        "(events.csv line 2)"
    )
    assert _one("答：创文那段时间很忙。")[4] == (
        "'创文那段时间' is the event of 2018-06: '创文检查，社工被抽调到点位值守' "
        "(events.csv line 3)"
    )


def test_a_year_named_before_the_event_gives_way_to_it_when_the_event_falls_in_it() -> None:
    # 去年 of an interview of 2019-12 is 2018, the year of the 换届 (2018-04-12)
    start, end, provenance, expression, note = _one("答：最大的变化是去年换届以后。")
    assert (start, end, provenance, expression) == (
        date(2018, 4, 13), date(2018, 5, 12), "text", "去年换届以后"
    )  # fmt: skip
    assert note is not None and note.startswith("'去年换届以后' is the event of 2018-04-12")


def test_a_year_that_does_not_hold_the_event_is_kept() -> None:
    # 前年 is 2017: the 换届 of 2018 is another one, and the year stands
    start, end, _, expression, _ = _one("答：前年换届以后就这样。")
    assert (start, end, expression) == (date(2017, 1, 1), date(2017, 12, 31), "前年")


def test_a_term_shared_by_several_events_names_none() -> None:
    # 周书记 is in two summaries (2018-10 and 2019-01): left at the interview's date
    assert _one("答：周书记来了之后，什么都要报批。")[:3] == (
        date(2019, 12, 10), date(2019, 12, 10), "source_date"
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "答：书记来了以后变了。",  # a title alone (书记 is common), and in two events
        "答：活动以后大家都走了。",  # 活动: a common word
        "答：检查以后才知道。",  # 检查: a recurring activity, no one event
        "答：春节以后再说。",  # a festival is a time, read by the rules
        "答：开会的时候他没说话。",  # a word of no event
        "We met after the meeting.",  # meeting: common
        "It changed after the new manager arrived.",  # manager: common, new: common
        "Things changed after the reorganisation.",  # in no event
    ],
)
def test_common_words_and_words_of_no_event_leave_the_segment_unplaced(text: str) -> None:
    assert _one(text)[2] == "source_date"


def test_an_offset_from_the_event_is_not_its_time() -> None:
    # 换届三个月后 counts months from it: not the month after the 换届
    assert _one("答：换届三个月后就变了。")[3] != "换届三个月后"


def test_a_frame_that_looks_ahead_is_no_past_event() -> None:
    assert _one("答：创文的时候会不会又抽调我们？")[2] == "source_date"


def test_an_event_after_the_source_is_not_recalled_by_it() -> None:
    # an interview of 2018-03 cannot recall the 换届 of 2018-04
    assert _one("答：换届以后会怎样？", day=date(2018, 3, 20))[2] == "source_date"
    assert _one("答：换届那会儿很乱。", day=date(2018, 3, 20))[2] == "source_date"


def test_a_note_written_at_the_time_keeps_its_date() -> None:
    # a field note's 换届以后 is background to what it records that day
    result = _one("换届以后，中心每周报台账。", kind="field_note", day=date(2018, 9, 3))
    assert result[:3] == (date(2018, 9, 3), date(2018, 9, 3), "source_date")


def test_a_time_named_in_the_segment_is_kept() -> None:
    # 2018年5月 names the time: the event does not move it
    assert _one("答：换届以后，2018年5月开始每周报台账。")[3] == "2018年5月"


def test_without_events_nothing_changes() -> None:
    text = ("答：最大的变化是去年换届以后。", "答：换届那会儿很乱。", "After the restructure, yes.")
    source, segments = _source(*text)
    without = place_segments(segments, source, _case())
    assert place_segments(segments, source, _case(), ()) == without
    assert [a.provenance for a in without] == ["text", "source_date", "source_date"]
    assert without[0].expression == "去年"
    placed = place_segments(segments, source, _case(), EVENTS)
    assert [a.expression for a in placed] == ["去年换届以后", "换届那会儿", "After the restructure"]


def test_an_event_outside_the_studied_period_is_kept_and_flagged() -> None:
    outside = (Event(date(2016, 3, 8), date(2016, 3, 8), "gov", None, "街道撤并，成立新镇", (), 2),)
    source, segments = _source("答：撤并以后文化站就归镇里了。")
    (anchor,) = place_segments(segments, source, _case(), outside)
    assert (anchor.start, anchor.end) == (date(2016, 3, 9), date(2016, 4, 8))
    assert anchor.precision is Precision.MONTH
    assert not anchor.in_period
    assert anchor.note is not None
    assert anchor.note.endswith("lies outside the studied period 2017-09-01..2019-12-31")


def test_a_reference_to_an_event_not_listed_leaves_the_segment_unplaced() -> None:
    source, segments = _source("答：撤并以后文化站就归镇里了。")
    (anchor,) = place_segments(segments, source, _case(), EVENTS)
    assert anchor.provenance == "source_date"


def test_the_event_named_replaces_the_unresolved_note_of_its_own_time() -> None:
    # 换届那会儿 alone is unresolved ("names its own event"); with events.csv it is placed
    source, segments = _source("答：换届那会儿很乱。")
    (before,) = place_segments(segments, source, _case())
    assert before.note is not None and "unresolved '那会儿'" in before.note
    (after,) = place_segments(segments, source, _case(), EVENTS)
    assert after.note is not None and "unresolved" not in after.note


def test_of_several_events_of_someone_who_arrived_the_arrival_is_named() -> None:
    events = tuple(
        Event(start, start, "gov", "swo", summary, (), line)
        for line, (start, summary) in enumerate(
            [
                (date(2018, 7, 20), "王书记调离，刘书记到任"),
                (date(2018, 8, 12), "刘书记要求每周报台账"),
                (date(2018, 9, 3), "Ann Lee starts as commissioner"),
                (date(2018, 11, 5), "Commissioner Lee cuts the grant"),
            ],
            start=2,
        )
    )
    assert _one("答：刘书记来了之后什么都要报批。", events)[:4] == (
        date(2018, 7, 21), date(2018, 8, 20), "text", "刘书记来了之后"
    )  # fmt: skip
    assert _one("When the new commissioner started, we lost a day.", events)[:4] == (
        date(2018, 9, 1), date(2018, 9, 30), "text", "When the new commissioner"
    )  # fmt: skip
    # 刘书记 without an arrival after it: two events, none named
    assert _one("答：刘书记那会儿什么都要报批。", events)[2] == "source_date"
    assert _one("It changed after the commissioner's letter.", events)[2] == "source_date"


def test_someones_arrival_told_by_their_name_is_the_arrival() -> None:
    # events.csv names Marta Diaz's start; an interview says when she took over
    assert _one("When Marta took over. Within three months we had KPIs.")[:4] == (
        date(2019, 2, 1), date(2019, 2, 28), "text", "When Marta"
    )  # fmt: skip
    assert _one("Since Marta Diaz arrived we report monthly.")[:4] == (
        date(2019, 2, 12), date(2019, 3, 11), "text", "Since Marta Diaz"
    )  # fmt: skip
    # a name in no event, a common word, or no verb of arriving: nothing named
    assert _one("When Priya took over, things calmed down.")[2] == "source_date"
    assert _one("When Council started the review, we worried.")[2] == "source_date"
    assert _one("When Marta phoned, we were out.")[2] == "source_date"
