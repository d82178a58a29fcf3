"""Evidence: codings and events placed in time, spread over periods, kept aside when outside."""

from __future__ import annotations

from datetime import date

import pytest
from test_analysis_builders import item, make_case, make_source

from relcycle.domain import Coding, Event, periods_between
from relcycle.frameworks import load_framework
from relcycle.trajectory.evidence import (
    CodedSpan,
    EvidenceSet,
    TextSpan,
    collect_evidence,
    place_evidence,
    spread,
)
from relcycle.trajectory.quote_text import clip

MONTHS_2018 = periods_between(date(2018, 1, 1), date(2018, 12, 31), "month")


@pytest.fixture(scope="module")
def fw():  # type: ignore[no-untyped-def]
    return load_framework()


def test_an_interval_inside_one_period_counts_there_whole() -> None:
    assert spread(date(2018, 3, 5), date(2018, 3, 9), MONTHS_2018) == [(2, 1.0)]


def test_a_half_year_is_spread_over_its_months_by_days() -> None:
    parts = spread(date(2018, 1, 1), date(2018, 6, 30), MONTHS_2018)
    assert [k for k, _ in parts] == [0, 1, 2, 3, 4, 5]
    assert sum(s for _, s in parts) == pytest.approx(1.0)
    assert parts[1][1] == pytest.approx(28 / 181)
    assert parts[0][1] == pytest.approx(31 / 181)


def test_the_part_outside_the_studied_period_is_set_aside_not_moved_inside() -> None:
    parts = spread(date(2017, 11, 1), date(2018, 1, 31), MONTHS_2018)
    assert parts == [(0, pytest.approx(31 / 92))]


def test_an_interval_wholly_outside_touches_no_period() -> None:
    assert spread(date(2019, 2, 1), date(2019, 2, 5), MONTHS_2018) == []
    assert spread(date(2017, 2, 1), date(2017, 2, 5), MONTHS_2018) == []


def _source():  # type: ignore[no-untyped-def]
    return make_source(
        "note.md",
        date(2018, 9, 1),
        [
            ("The council asked us to sign off every leaflet. We complied.", date(2018, 3, 1),
             date(2018, 3, 31)),
            ("In the first half of the year we met twice.", date(2018, 1, 1), date(2018, 6, 30)),
        ],
    )  # fmt: skip


def test_a_coding_takes_its_segments_anchor_and_quotes_the_coded_words(fw) -> None:  # type: ignore[no-untyped-def]
    parsed = _source()
    text = parsed.source.text
    start = text.index("sign off")
    span = CodedSpan(Coding("note.md", start, start + 8, "gov.control.approval", "ann"))
    ev = collect_evidence(make_case(), [parsed], [span], fw)
    (got,) = ev.items
    assert (got.start, got.end) == (date(2018, 3, 1), date(2018, 3, 31))
    assert got.quote == "sign off"
    assert got.actor == "gov" and got.target == "swo"  # from the code's role
    assert got.origin == "manual" and got.segment == 0 and got.source_date == date(2018, 9, 1)


def test_an_automatic_coding_quotes_its_sentence_and_keeps_its_actor(fw) -> None:  # type: ignore[no-untyped-def]
    parsed = _source()
    start = parsed.source.text.index("complied")
    coding = Coding("note.md", start, start + 8, "swo.comply.follow", "auto:dictionary@x")
    ev = collect_evidence(make_case(), [parsed], [CodedSpan(coding, "auto", "swo", 0.8)], fw)
    (got,) = ev.items
    assert got.quote == "We complied."
    assert got.actor == "swo" and got.confidence == 0.8 and got.mass == pytest.approx(0.8)


def test_an_automatic_coding_that_repeats_a_persons_is_counted_once(fw) -> None:  # type: ignore[no-untyped-def]
    parsed = _source()
    start = parsed.source.text.index("sign off")
    person = CodedSpan(Coding("note.md", 0, 40, "gov.control.approval", "ann"))
    auto = CodedSpan(
        Coding("note.md", start, start + 8, "gov.control.approval", "auto:dictionary@x"), "auto"
    )
    other = CodedSpan(
        Coding("note.md", start, start + 8, "gov.control.leverage", "auto:dictionary@x"), "auto"
    )
    ev = collect_evidence(make_case(), [parsed], [person, auto, other], fw)
    assert sorted(i.code for i in ev.items) == ["gov.control.approval", "gov.control.leverage"]
    assert ev.dropped_duplicates == 1


def test_codes_the_framework_does_not_know_are_left_out(fw) -> None:  # type: ignore[no-untyped-def]
    span = CodedSpan(Coding("note.md", 0, 5, "no.such.code", "ann"))
    assert collect_evidence(make_case(), [_source()], [span], fw).items == ()


def test_events_become_evidence_with_their_own_dates_and_summary(fw) -> None:  # type: ignore[no-untyped-def]
    events = [
        Event(date(2018, 4, 1), date(2018, 4, 30), "gov", "swo", "Payment withheld",
              ("gov.control.leverage",), 2),
        Event(date(2018, 5, 2), date(2018, 5, 2), "swo", None, "We refused the extra task", (), 3),
        Event(date(2018, 6, 1), date(2018, 6, 1), "swo", None, "Nothing codable", (), 4),
    ]  # fmt: skip
    read = {3: [("swo.resist.refuse", 0.9)]}
    ev = collect_evidence(make_case(), [], [], fw, events, read)
    assert [(i.code, i.source, i.origin, i.confidence) for i in ev.items] == [
        ("gov.control.leverage", "events.csv:2", "event", 1.0),
        ("swo.resist.refuse", "events.csv:3", "event", 0.9),
    ]
    first = ev.items[0]
    assert (first.start, first.end, first.quote, first.target) == (
        date(2018, 4, 1), date(2018, 4, 30), "Payment withheld", "swo",
    )  # fmt: skip
    assert len(ev.texts) == 3  # every summary counts as text, coded or not


def test_placement_spreads_items_and_exposure_and_keeps_outside_items_aside() -> None:
    items = (
        item("gov.control.approval", date(2018, 1, 1), end=date(2018, 6, 30), source="a.md"),
        item("gov.control.approval", date(2018, 3, 3), source="b.md"),
        item("rel.conflict", date(2017, 5, 1), source="c.md"),
        item("rel.conflict", date(2019, 5, 1), source="d.md"),
        item("rel.conflict", date(2019, 7, 1), source="e.md"),
    )
    texts = (
        TextSpan(date(2018, 1, 1), date(2018, 2, 28), 590, "a.md"),
        TextSpan(date(2018, 3, 3), date(2018, 3, 3), 100, "b.md"),
    )
    placed = place_evidence(EvidenceSet(items, texts), MONTHS_2018)
    assert [i.source for i in placed.items] == ["a.md", "b.md"]
    assert [i.source for i in placed.before] == ["c.md"]
    assert [i.source for i in placed.after] == ["d.md", "e.md"]
    assert placed.outside == 3
    assert sum(s for _, s in placed.shares[0]) == pytest.approx(1.0)
    assert placed.exposure[0] == pytest.approx(310) and placed.exposure[1] == pytest.approx(280)
    assert placed.exposure[2] == pytest.approx(100)
    assert placed.sources.tolist()[:4] == [1, 1, 1, 0]
    march = placed.in_range(2, 3)
    assert [(i.source, round(s, 3)) for i, s in march] == [
        ("a.md", round(31 / 181, 3)),
        ("b.md", 1),
    ]


def test_clip_collapses_white_space_and_cuts_long_quotes() -> None:
    assert clip("a\n  b") == "a b"
    long = clip("x" * 500, 20)
    assert len(long) == 20 and long.endswith("…")


def test_an_automatic_sentence_keeps_its_closing_mark_and_the_next_starts_clean(fw) -> None:  # type: ignore[no-untyped-def]
    text = "陈副镇长说：“搞得不错。”说到活动，他只说了一句：“先看看你们怎么做。”然后走了。"
    parsed = make_source("note.md", date(2018, 9, 1), [(text, date(2018, 3, 1), date(2018, 3, 1))])
    at = text.index("先看看")
    coding = Coding("note.md", at, at + 3, "gov.explore.assess", "auto:dictionary@x")
    (got,) = collect_evidence(make_case(), [parsed], [CodedSpan(coding, "auto", "gov")], fw).items
    assert got.quote == "说到活动，他只说了一句：“先看看你们怎么做。”"


def test_an_act_code_belongs_to_its_role_whoever_the_coder_named(fw) -> None:  # type: ignore[no-untyped-def]
    parsed = _source()
    text = parsed.source.text
    start = text.index("complied")
    refuse = Coding("note.md", start, start + 8, "swo.resist.refuse", "auto:dictionary@x")
    assign = Coding("note.md", 0, 10, "gov.control.out_of_scope", "auto:dictionary@x")
    value = Coding("note.md", 0, 10, "value.administrative", "auto:dictionary@x")
    spans = [CodedSpan(refuse, "auto", "gov"), CodedSpan(assign, "auto", "swo"),
             CodedSpan(value, "auto", "swo")]  # fmt: skip
    got = {i.code: i for i in collect_evidence(make_case(), [parsed], spans, fw).items}
    assert (got["swo.resist.refuse"].actor, got["swo.resist.refuse"].target) == ("swo", "gov")
    assert (got["gov.control.out_of_scope"].actor, got["gov.control.out_of_scope"].target) == (
        "gov", "swo",
    )  # fmt: skip
    assert got["value.administrative"].actor == "swo"  # a value logic is anyone's: kept


def test_an_events_code_of_the_other_side_is_that_sides_act_on_the_events_actor(fw) -> None:  # type: ignore[no-untyped-def]
    codes = ("gov.control.out_of_scope", "rel.conflict")
    quit_ = Event(date(2018, 6, 6), date(2018, 6, 6), "swo", "gov", "A worker quit", codes, 16)
    items = collect_evidence(make_case(), [], [], fw, [quit_]).items
    got = {i.code: (i.actor, i.target) for i in items}
    assert got == {"gov.control.out_of_scope": ("gov", "swo"), "rel.conflict": ("swo", "gov")}


def test_an_item_carries_its_anchors_precision(fw) -> None:  # type: ignore[no-untyped-def]
    parsed = _source()
    start = parsed.source.text.index("met twice")
    span = CodedSpan(Coding("note.md", start, start + 9, "rel.dialogue.meeting", "ann"))
    (got,) = collect_evidence(make_case(), [parsed], [span], fw).items
    assert (got.start, got.end, got.precision) == (date(2018, 1, 1), date(2018, 6, 30), "half-year")


def test_an_events_precision_is_its_dates(fw) -> None:  # type: ignore[no-untyped-def]
    # events.csv gives a day or a month; "2018-04" is a month, not 2018-04-01
    events = [
        Event(date(2018, 4, 1), date(2018, 4, 30), "gov", "swo", "New monitoring framework",
              ("gov.control.reporting",), 2),
        Event(date(2018, 5, 2), date(2018, 5, 2), "gov", "swo", "Inspection",
              ("gov.control.inspection",), 3),
    ]  # fmt: skip
    items = collect_evidence(make_case(), [], [], fw, events).items
    assert [(i.source, i.precision) for i in items] == [
        ("events.csv:2", "month"),
        ("events.csv:3", "day"),
    ]


def test_a_coding_in_a_sentence_that_names_another_time_is_evidence_of_that_time(fw) -> None:  # type: ignore[no-untyped-def]
    # a report's paragraph, placed at its most specific time (the autumn of 2018)
    parsed = make_source(
        "report.md",
        date(2019, 5, 31),
        [
            ("Relations were strained in the autumn of 2018. Since March 2019 a monthly joint "
             "review has replaced the weekly return. Staff complied.", date(2018, 9, 1),
             date(2018, 11, 30)),
        ],
    )  # fmt: skip
    text = parsed.source.text

    def coded(words: str, code: str) -> CodedSpan:
        start = text.index(words)
        return CodedSpan(Coding("report.md", start, start + len(words), code, "ann"))

    spans = [coded("joint review", "rel.dialogue"), coded("strained", "rel.conflict"),
             coded("complied", "swo.comply")]  # fmt: skip
    case = make_case()
    items = {i.code: i for i in collect_evidence(case, [parsed], spans, fw).items}
    # its own sentence names March 2019 on (a range): evidence of that, not of the autumn
    assert (items["rel.dialogue"].start, items["rel.dialogue"].end) == (
        date(2019, 3, 1), date(2019, 5, 31)
    )  # fmt: skip
    # the sentence the segment is placed by, and one naming no time: the segment's anchor
    assert (items["rel.conflict"].start, items["rel.conflict"].end) == (
        date(2018, 9, 1), date(2018, 11, 30)
    )  # fmt: skip
    assert items["swo.comply"].start == date(2018, 9, 1)


def test_a_time_ahead_after_the_period_is_evidence_of_the_day_it_was_said(fw) -> None:  # type: ignore[no-untyped-def]
    # the case is studied to 2021-12-31; minutes of 2021-08-24 resolve on the next cycle
    parsed = make_source(
        "minutes.md",
        date(2021, 8, 24),
        [
            ("We will not reapply for the next cycle (from April 2023).", date(2023, 4, 1),
             date(2023, 4, 30)),
            ("The council wants weekly returns from October.", date(2021, 10, 1),
             date(2021, 10, 31)),
        ],
    )  # fmt: skip
    text = parsed.source.text
    spans = [
        CodedSpan(Coding("minutes.md", (s := text.index(word)), s + len(word), code, "ann"))
        for word, code in (
            ("not reapply", "swo.resist.exit"),
            ("weekly returns", "gov.control.reporting"),
        )
    ]
    ev = collect_evidence(make_case(), [parsed], spans, fw)
    got = {i.code: (i.start, i.end) for i in ev.items}
    assert got["swo.resist.exit"] == (date(2021, 8, 24), date(2021, 8, 24))
    assert got["gov.control.reporting"] == (date(2021, 10, 1), date(2021, 10, 31))  # in the period
    assert parsed.anchors[0].start == date(2023, 4, 1)  # the anchor keeps the time it names
