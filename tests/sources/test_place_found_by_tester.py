"""Placements an outside tester found wrong while writing case folders as a researcher would.

Each test names the text, the source's kind and date, and where the segment
belongs: a weekday (last Thursday), 自…以来 / since … beside 近期 / recently,
a self-correction (last spring, well, the spring of 2022), a plan said with
would, and day-first chat stamps.
"""

from __future__ import annotations

from datetime import date

import pytest

from relcycle.domain import Actor, Case, Segment, Source, TimeAnchor
from relcycle.sources.timeexpr import TimeContext, place_segments
from relcycle.sources.timeexpr.find import scan_text


def _wide_case() -> Case:
    actors = (Actor("gov", "council", "government"), Actor("swo", "centre", "social_org"))
    return Case("c", "c", "en", "month", date(2019, 1, 1), date(2024, 12, 31), actors, None)


def _place(text: str, day: date, kind: str = "field_note", case: Case | None = None
           ) -> tuple[date, date, str | None, str | None]:  # fmt: skip
    source = Source("s.md", kind, day, None, None, text, "s.md", "utf-8", "0" * 64)
    segment = Segment("s.md", 0, 0, len(text), text)
    (anchor,) = place_segments([segment], source, case or _wide_case())
    return anchor.start, anchor.end, anchor.expression, anchor.note


def test_last_thursday_in_a_note() -> None:
    start, end, expression, _ = _place(
        "After last Thursday's incident the centre wrote to the council.", date(2022, 6, 14)
    )
    assert (start, end, expression) == (date(2022, 6, 9), date(2022, 6, 9), "last Thursday")


def test_a_weekday_planned_is_evidence_of_now() -> None:
    start, _, expression, note = _place("We will meet the director on Tuesday.", date(2022, 6, 14))
    assert (start, expression) == (date(2022, 6, 14), None)
    assert note is not None and "'Tuesday' 2022-06-21" in note


def test_since_with_words_between_yields_to_recently() -> None:
    text = "我中心自2019年7月承接项目以来一直配合。近期街道要求我中心参与创文检查。"
    start, end, expression, note = _place(text, date(2020, 7, 22), "document")
    assert (start, end, expression) == (date(2020, 6, 22), date(2020, 7, 22), "近期")
    assert note == "2 time expressions; kept the most specific '近期'"


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Since July 2019 we have worked with the office. Recently they asked us to join the "
         "inspection.", "Recently"),
        ("自从去年三月承接项目以来，最近街道要求我们参加检查。", "最近"),
    ],
)  # fmt: skip
def test_since_a_month_yields_to_recently(text: str, expression: str) -> None:
    start, end, kept, _ = _place(text, date(2020, 7, 22), "document")
    assert (start, end, kept) == (date(2020, 6, 22), date(2020, 7, 22), expression)


def test_since_alone_is_a_range_to_the_source_date() -> None:
    start, end, expression, _ = _place("自2019年7月承接项目以来一直配合。", date(2020, 7, 22))
    assert (start, end, expression) == (
        date(2019, 7, 1),
        date(2020, 7, 22),
        "自2019年7月承接项目以来",
    )
    assert _place("Since July 2019 we have worked together.", date(2020, 7, 22))[:2] == (
        date(2019, 7, 1), date(2020, 7, 22)
    )  # fmt: skip


def test_until_recently_is_no_time() -> None:
    assert _place("Until recently the hall was empty.", date(2020, 7, 22))[2] is None


@pytest.mark.parametrize(
    ("text", "start", "expression"),
    [
        ("Last spring, well, the spring of 2022, the new Head of Service arrived.",
         date(2022, 3, 1), "the spring of 2022"),
        ("去年三月，不对，是2021年三月，新主任来了。", date(2021, 3, 1), "2021年三月"),
    ],
)  # fmt: skip
def test_an_explicit_year_corrects_a_relative_time(text: str, start: date, expression: str) -> None:
    placed = _place(text, date(2023, 6, 27), "interview")
    assert placed[::2] == (start, expression)


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        # other ties keep the first: two relative times, or the explicit one first
        ("Last spring and then the spring before that we met.", "Last spring"),
        ("In spring 2021, and again last spring, we met.", "spring 2021"),
        # no conflict: the relative one overlaps the explicit one
        ("Last spring, the spring of 2023, we met.", "Last spring"),
        # a more specific relative time still wins
        ("Last March, in the spring of 2021, we met.", "Last March"),
        # another time of the year: no correction (one range, or two times)
        ("The pilot ran January 2 to June 30, 2023.", "January 2"),
    ],
)
def test_other_ties_keep_the_first(text: str, expression: str) -> None:
    assert _place(text, date(2023, 6, 27), "interview")[2] == expression


def _chat(*lines: str, day: date = date(2022, 2, 10)) -> list[tuple[date, str | None]]:
    text = "\n".join(lines)
    source = Source("chat.txt", "message", day, None, None, text, "chat.txt", "utf-8", "0" * 64)
    segments, offset = [], 0
    for index, line in enumerate(lines):
        segments.append(Segment(source.id, index, offset, offset + len(line), line))
        offset += len(line) + 1
    anchors = place_segments(segments, source, _wide_case())
    # each line placed alone (its source's other dates still say the order) is placed alike
    alone = [place_segments([Segment(s.source_id, 0, 0, len(s.text), s.text)], source,
                            _wide_case())[0] for s in segments]  # fmt: skip
    assert [(a.start, a.expression) for a in alone] == [(a.start, a.expression) for a in anchors]
    return [(a.start, a.expression) for a in anchors]


def test_day_first_chat_stamps() -> None:
    assert _chat(
        "03/03/2022, 08:15 - Dev Patel: the hall is booked",
        "[26/05/2022 09:14] Maria Okafor: the council called",
        "[Jan 29, 10:12] Tom: noted",
    ) == [
        (date(2022, 3, 3), "03/03/2022, 08:15"),
        (date(2022, 5, 26), "26/05/2022 09:14"),
        (date(2022, 1, 29), "Jan 29"),
    ]


def test_a_stamp_yields_to_the_time_a_message_speaks_of() -> None:
    assert _chat(
        "[26/9/2018 10:05] 張主任: 第三、四期撥款已於八月底發放",
        "[26/9/2018 10:07] 張主任: 收到",
        "12/10/2018, 09:00 - Dev: the meeting on 14 October 2018 is moved",
        day=date(2018, 9, 26),
    ) == [
        (date(2018, 8, 21), "八月底"),
        (date(2018, 9, 26), "26/9/2018 10:07"),
        (date(2018, 10, 14), "14 October 2018"),
    ]


def test_the_source_decides_the_order_of_an_open_date() -> None:
    day_first = _chat("[03/04/2022 09:14] Maria: booked", "[24/02/2022 10:00] Dev: ok")
    assert day_first == [
        (date(2022, 4, 3), "03/04/2022 09:14"), (date(2022, 2, 24), "24/02/2022 10:00")
    ]  # fmt: skip
    month_first = _chat("[03/04/2022 09:14] Maria: booked", "[2/24/2022 10:00] Dev: ok")
    assert month_first == [
        (date(2022, 3, 4), "03/04/2022 09:14"), (date(2022, 2, 24), "2/24/2022 10:00")
    ]  # fmt: skip


def test_an_open_date_in_a_source_that_does_not_say_is_not_guessed() -> None:
    start, _, expression, note = _place("[03/04/2022 09:14] Maria: booked", date(2022, 2, 10))
    assert (start, expression) == (date(2022, 2, 10), None)
    assert note is not None and "unresolved '03/04/2022 09:14' (day and month order" in note


WOULD = "The Trust would let the contract end in June and not bid again."


@pytest.mark.parametrize("kind", ["minutes", "field_note", "document"])
def test_would_plans_ahead_in_a_source_written_at_the_time(kind: str) -> None:
    # June is the coming one; said as a plan, the segment is evidence of the note's date
    start, _, expression, note = _place(WOULD, date(2022, 12, 12), kind)
    assert (start, expression) == (date(2022, 12, 12), None)
    assert note == "said now of a time ahead: 'June' 2023-06-01..2023-06-30 (would)"


def test_would_in_an_interview_recalls() -> None:
    # "we would meet in March" is more often a habit of the past when recalled
    assert _place(WOULD, date(2022, 12, 12), "interview")[:3] == (
        date(2022, 6, 1), date(2022, 6, 30), "June"
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("They'd start again in March.", date(2023, 3, 1)),
        ("We would not meet in March.", date(2022, 3, 1)),
        ("It would have been in March.", date(2022, 3, 1)),
        ("The committee would meet again in the spring.", date(2023, 3, 1)),
        # will (shall, 'll, going to) and a verb: the coming one too
        ("She said the day-services review will start in the autumn.", date(2023, 9, 1)),
        ("We'll restart the lunch club in March.", date(2023, 3, 1)),
        ("The council is going to retender it in the spring.", date(2023, 3, 1)),
        # no plan, but nothing told as done: the nearer March, the coming one (a note of
        # December; the last March ended nine months before)
        ("It will not happen in March.", date(2023, 3, 1)),
        ("It did not happen in March.", date(2022, 3, 1)),
        ("The review started in the autumn.", date(2022, 9, 1)),
    ],
)
def test_would_and_a_verb(text: str, start: date) -> None:
    ctx = TimeContext(date(2022, 12, 12), date(2019, 1, 1), date(2024, 12, 31), prospective=True)
    (mention,) = scan_text(text, ctx)[0]
    assert mention.interval_start == start


@pytest.mark.parametrize(
    ("text", "kind", "day", "first", "expression"),
    [
        # a yearless month or holiday after from, by, over, to the ... in a source written at
        # the time: the coming one when it comes within half a year and the last is long past
        (
            "Action: CEO to invite the commissioner to the September family day.",
            "minutes",
            date(2021, 6, 17),
            date(2021, 9, 1),
            "September",
        ),
        (
            "She mentioned that from November the council would like a weekly KPI return.",
            "field_note",
            date(2021, 9, 14),
            date(2021, 11, 1),
            "November",
        ),
        (
            "Committed to a holiday activity programme over Christmas.",
            "message",
            date(2021, 11, 1),
            date(2021, 12, 24),
            "over Christmas",
        ),
        # a report's deadline ("Due May 31.") is its plan: the coming one
        (
            "4. Performance Improvement Plan\nDue May 31. I intend to submit by the end of April.",
            "report",
            date(2024, 3, 19),
            date(2024, 5, 31),
            "May 31",
        ),
        # ... but not when its clause tells it as done, nor when the last one is recent,
        # nor in an interview
        (
            "SLIDE 3 – Where it went wrong (Gary) From May I added things.",
            "field_note",
            date(2023, 2, 10),
            date(2022, 5, 1),
            "May",
        ),
        (
            "From March the council asked for weekly returns.",
            "field_note",
            date(2021, 6, 14),
            date(2021, 3, 1),
            "March",
        ),
        (
            "She said that from November the council wanted weekly returns.",
            "interview",
            date(2021, 9, 14),
            date(2020, 11, 1),
            "November",
        ),
        # when the contract was first let (won, awarded): its start (here the case's)
        (
            "When we first let the contract we were cautious.",
            "interview",
            date(2023, 7, 4),
            date(2019, 1, 1),
            "When we first let the contract",
        ),
        # that first autumn: the first the contract saw (here the case's start, 2019-01)
        (
            "That first autumn, the weekly return came in.",
            "interview",
            date(2023, 1, 18),
            date(2019, 9, 1),
            "That first autumn",
        ),
        (
            "The first fall of snow closed the centre.",
            "field_note",
            date(2023, 1, 18),
            date(2023, 1, 18),
            None,
        ),
        # over / during the summer, as in the summer
        (
            "Over the summer we finally said no.",
            "interview",
            date(2023, 1, 18),
            date(2022, 6, 1),
            "summer",
        ),
        # a quarter without 度 after a year (Hong Kong: 第二季)
        (
            "自2021年第二季建立聯席會議制度以後，溝通順了。",
            "interview",
            date(2022, 5, 10),
            date(2021, 4, 1),
            "2021年第二季",
        ),
        # Cantonese: 項目啱啱開始嗰陣 is when the project had just started
        (
            "項目啱啱開始嗰陣，我哋都係觀望。",
            "interview",
            date(2022, 5, 10),
            date(2019, 1, 1),
            "項目啱啱開始嗰陣",
        ),
        # "N months on the X" is no later time; "six months on," is
        (
            "Extending the contract for a further 18 months on the current specification.",
            "report",
            date(2023, 5, 31),
            date(2023, 5, 31),
            None,
        ),
        (
            "Staff are spending roughly a day a week on the council's weekly returns.",
            "minutes",
            date(2022, 3, 15),
            date(2022, 3, 15),
            None,
        ),
        (
            "Six months on, the council came back.",
            "interview",
            date(2022, 3, 15),
            date(2022, 9, 1),
            "Six months on",
        ),
    ],
)
def test_placements_a_second_tester_found(
    text: str, kind: str, day: date, first: date, expression: str | None
) -> None:
    start, _, found, _ = _place(text, day, kind)
    assert (start, found) == (first, expression)


def test_a_whatsapp_export_from_a_us_phone() -> None:
    # two-digit years and AM/PM; the order is the source's (7/16/22: month first)
    assert _chat(
        "7/16/22, 9:02 AM - Sarah: Can you confirm the holiday programme?",
        "7/6/22, 5:48 PM - Dan Price: We will not run the summer programme.",
        day=date(2022, 7, 1),
    ) == [
        (date(2022, 7, 16), "7/16/22, 9:02 AM"),
        (date(2022, 7, 6), "7/6/22, 5:48 PM"),
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("In March 2023 the audit came. Back then we complied.", True),
        ("In March 2023 the audit came. We were small back then.", True),
        ("In March 2023 the audit came. Did you push back then?", False),
        ("In March 2023 the audit came. We pushed back then, hard.", False),
        ("In March 2023 the audit came. She wrote back then and there.", False),
    ],
)
def test_back_then_is_no_time_after_a_verb_taking_back(text: str, found: bool) -> None:
    _, _, expression, note = _place(text, date(2024, 11, 5), "interview")
    assert expression == "March 2023"
    assert (note is not None and "2 time expressions" in note) is found


@pytest.mark.parametrize(
    ("text", "day", "kind", "expected"),
    [
        # a year counted back to this month: that month of that year, not this month
        ("Two years ago this month we sent the travel-training bid off.", date(2024, 3, 12),
         "interview", (date(2022, 3, 1), date(2022, 3, 31), "Two years ago this month")),
        ("A year ago around this time the council wrote.", date(2023, 6, 2), "interview",
         (date(2022, 6, 1), date(2022, 6, 30), "A year ago around this time")),
        # the first lockdown: spring 2020
        ("In the first lockdown we leaned on them.", date(2024, 3, 12), "interview",
         (date(2020, 3, 16), date(2020, 6, 15), "the first lockdown")),
        ("When the pandemic hit, we closed the centre.", date(2024, 3, 12), "interview",
         (date(2020, 3, 16), date(2020, 6, 15), "When the pandemic hit")),
        # 本周前两天: the week's first days, not two days ago (a note's own week: its date)
        ("热线本周前两天共接了128个电话。", date(2022, 3, 22), "field_note",
         (date(2022, 3, 22), date(2022, 3, 22), None)),
        ("前两天街道来检查。", date(2022, 3, 22), "field_note",
         (date(2022, 3, 20), date(2022, 3, 20), "前两天")),
        # 每日…当日: a standing rule's day, no time of its own
        ("根据清明前检查的意见，各社会组织须于每日17:00前报送当日服务台账。", date(2022, 4, 7),
         "document", (date(2022, 3, 21), date(2022, 4, 3), "清明前")),
    ],
)  # fmt: skip
def test_found_by_the_testers_of_this_session(
    text: str, day: date, kind: str, expected: tuple[date, date, str]
) -> None:
    assert _place(text, day, kind)[:3] == expected


@pytest.mark.parametrize(
    "text",
    [
        "同意以议事会方式重新理顺关系，请社事办4月份拿出方案。机构对2020年的做法有反思。",
        "评估组要求机构5月底前补齐台账，2020年的问题不能再出现。",
    ],
)
def test_a_request_a_report_records_is_of_the_month_coming(text: str) -> None:
    # an evaluation of 2022-03-25: what it asks for comes after it; the request is evidence
    # of now, not of April 2021 (the latest April) nor of 2020 (the year named beside it)
    start, end, expression, note = _place(text, date(2022, 3, 25), "report")
    assert (start, end, expression) == (date(2022, 3, 25), date(2022, 3, 25), None)
    assert note is not None and "said now of a time ahead" in note and "2022-0" in note


def test_a_report_s_april_told_as_past_is_still_the_latest_april() -> None:
    start, _, expression, _ = _place("4月份街道召开了协调会。", date(2022, 3, 25), "report")
    assert (start, expression) == (date(2021, 4, 1), "4月份")


def _recalled_case() -> Case:
    actors = (Actor("gov", "街道", "government"), Actor("swo", "众和", "social_org"))
    return Case("c", "c", "zh", "quarter", date(2020, 1, 1), date(2022, 12, 31), actors, None)


@pytest.mark.parametrize(
    ("text", "start", "expression"),
    [
        # an interview of January 2023 recalls: the year's end is the one behind it
        ("合同是年底签的，大家都松了口气。", date(2022, 10, 1), "年底"),
        # beside a year named before it, it is that year's; and 元旦 after it the next year's
        ("项目是2019年下半年街道找的我们。合同是年底签的。", date(2019, 10, 1), "年底"),
        ("这个项目是2019年下半年街道找的我们。合同是年底签的，元旦过了一礼拜我们就进驻了。",
         date(2020, 1, 1), "元旦"),
    ],
)  # fmt: skip
def test_a_part_of_the_year_recalled_is_behind_the_interview(
    text: str, start: date, expression: str
) -> None:
    placed = _place(text, date(2023, 1, 6), "interview", _recalled_case())
    assert (placed[0], placed[2]) == (start, expression)


def test_a_part_of_the_year_ahead_in_an_interview_stays_ahead() -> None:
    _, _, expression, note = _place(
        "年底合同就要到期了。", date(2023, 1, 6), "interview", _recalled_case()
    )
    assert expression is None and note is not None and "'年底' 2023-10-01" in note


def test_back_then_after_a_time_of_the_interview_s_own_year_names_no_year() -> None:
    source_day = date(2023, 2, 15)

    def placed(first: str) -> TimeAnchor:
        texts = [first, "当年厂里收的钱，移交以后找不着人了。"]
        body = "\n\n".join(texts)
        source = Source("s.md", "interview", source_day, None, None, body, "s.md", "utf-8",
                        "0" * 64)  # fmt: skip
        segments = [Segment("s.md", 0, 0, len(texts[0]), texts[0]),
                    Segment("s.md", 1, len(texts[0]) + 2, len(body), texts[1])]  # fmt: skip
        return place_segments(segments, source, _recalled_case())[1]

    anchor = placed("今年过年我还去信访办了。")
    assert anchor.expression is None and anchor.start == source_day
    assert anchor.note is not None and "'back then'" in anchor.note
    # after a time of another year, 当年 is that year
    anchor = placed("2021年我还去信访办了。")
    assert (anchor.expression, anchor.start) == ("当年", date(2021, 1, 1))


def test_a_story_goes_on_to_the_next_new_year_seven_months_after_the_time_named() -> None:
    # auckland-chinese-community-nz-mixed: an interview of 2023-07-19; the answer after the
    # start's tells of the next change, after the following Spring Festival (2021)
    case = Case("c", "c", "mixed", "month", date(2020, 7, 1), date(2023, 6, 30),
                _recalled_case().actors, None)  # fmt: skip
    texts = [
        "2020年7月刚进驻的时候真的什么都没有。",
        "Sarah 走了以后，大概过完年吧，来了一个新的 team leader。",
    ]
    body = "\n\n".join(texts)
    source = Source("s.md", "interview", date(2023, 7, 19), None, None, body, "s.md", "utf-8",
                    "0" * 64)  # fmt: skip
    segments = [Segment("s.md", 0, 0, len(texts[0]), texts[0]),
                Segment("s.md", 1, len(texts[0]) + 2, len(body), texts[1])]  # fmt: skip
    anchor = place_segments(segments, source, case)[1]
    assert (anchor.expression, anchor.start.year, anchor.start.month) == ("过完年", 2021, 2)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # lanzhou-qingshaonian-zh: 头一年 is the project's first year, as 第一年 is
        ("头一年说实话我们也不懂。那时候书记想先看看。", date(2020, 1, 1), date(2020, 12, 31)),
        ("项目头一年下半年，街道开始要求报台账。", date(2020, 7, 1), date(2020, 12, 31)),
        # a wharf's or an opening's 头 is no first
        ("码头一年到头都很忙。", date(2023, 1, 6), date(2023, 1, 6)),
    ],
)  # fmt: skip
def test_the_first_year_said_as_tou(text: str, start: date, end: date) -> None:
    placed = _place(text, date(2023, 1, 6), "interview", _recalled_case())
    assert placed[:2] == (start, end)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # auckland-chinese-community-nz-mixed: the floods' night, in a Cantonese interview
        ("然后就系水浸。27/1 嗰晚，我揸车去接两个阿婆。", date(2023, 1, 27)),
        ("3/15下午街道来检查。", date(2023, 3, 15)),
    ],
)
def test_a_slash_day_before_a_part_of_the_day(text: str, start: date) -> None:
    placed = _place(text, date(2023, 8, 16), "interview", _recalled_case())
    assert placed[0] == start


def test_a_slash_fraction_is_no_day() -> None:
    assert _place("3/5 的人没来。", date(2023, 8, 16), "interview", _recalled_case())[2] is None
