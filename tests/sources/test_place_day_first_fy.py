"""Placements an outsider found wrong in an Australian case kept on a charity's desk.

Day-first dates, a financial year from July to June (FY2022-23, Q3 FY23,
EOFY), counts from the contract's start (about six months in), and rates
that look like offsets (two days a week on paperwork).
"""

from __future__ import annotations

from datetime import date

import pytest

from relcycle.domain import Actor, Case, Contract, Segment, Source
from relcycle.sources.timeexpr import place_segments
from relcycle.sources.timeexpr.date_order import case_day_order, first_is_day
from relcycle.sources.timeexpr.model import financial_year_start, is_southern


def _case() -> Case:
    actors = (Actor("gov", "council", "government"), Actor("swo", "charity", "social_org"))
    contract = Contract({"start": "2021-07-01"}, start=date(2021, 7, 1), end=date(2024, 6, 30))
    return Case("c", "c", "en", "quarter", date(2021, 7, 1), date(2024, 3, 31), actors, contract)


def _place(text: str, day: date, kind: str = "interview", case: Case | None = None
           ) -> tuple[date, date, str | None]:  # fmt: skip
    source = Source("s.md", kind, day, None, None, text, "s.md", "utf-8", "0" * 64)
    segment = Segment("s.md", 0, 0, len(text), text)
    (anchor,) = place_segments([segment], source, case or _case())
    return anchor.start, anchor.end, anchor.expression


@pytest.mark.parametrize(
    "text",
    [
        "Tom was spending two days a week on council paperwork.",
        "Our small team has spent around 11 hours a week on reporting.",
        "A volunteer comes in once a week on the bus run.",
        "The coordinator spends a day a week on returns.",
    ],
)
def test_a_rate_a_week_on_something_is_no_time(text: str) -> None:
    day = date(2022, 12, 8)
    assert _place(text, day, "message") == (day, day, None)


def test_a_week_on_said_alone_is_still_a_week_later() -> None:
    text = "A week on, nothing had changed."
    start, _, expression = _place(text, date(2022, 12, 8), "field_note")
    assert (start, expression) == (date(2022, 12, 12), "A week on")


@pytest.mark.parametrize(
    ("text", "first", "expression"),
    [
        ("About six months in. The new template arrived.", date(2022, 1, 1), "six months in"),
        (
            "A year into the contract, we were refusing.",
            date(2022, 7, 1),
            "A year into the contract",
        ),
        ("Three weeks in, Tom rang the council.", date(2021, 7, 19), "Three weeks in"),
    ],
)
def test_a_time_counted_into_the_contract(text: str, first: date, expression: str) -> None:
    start, _, found = _place(text, date(2024, 5, 14))
    assert (start, found) == (first, expression)


@pytest.mark.parametrize(
    "text",
    [
        "She spent six months in hospital.",
        "It rained two weeks in a row.",
        "Book six months in advance.",
    ],
)
def test_months_in_something_else_is_no_time(text: str) -> None:
    day = date(2022, 12, 8)
    assert _place(text, day, "field_note") == (day, day, None)


def _place_all(texts: list[str], day: date) -> list[tuple[date, str | None]]:
    body = "\n\n".join(texts)
    source = Source("s.md", "interview", day, None, None, body, "s.md", "utf-8", "0" * 64)
    segments, at = [], 0
    for index, text in enumerate(texts):
        segments.append(Segment("s.md", index, at, at + len(text), text))
        at += len(text) + 2
    return [(a.start, a.expression) for a in place_segments(segments, source, _case())]


def test_the_following_spring_at_a_sentence_start_is_the_next_spring_after_the_time_before() -> (
    None
):
    placed = _place_all(
        [
            "A: In January 2023 we released the payment.",
            "A: The following spring we won the grant.",
        ],
        date(2024, 6, 4),
    )
    assert placed[1] == (date(2023, 3, 1), "The following spring")


def test_the_following_autumn_after_an_autumn_is_a_year_on() -> None:
    placed = _place_all(
        ["A: In autumn 2021 we met.", "A: The following autumn we signed."], date(2024, 6, 4)
    )
    assert placed[1] == (date(2022, 9, 1), "The following autumn")


def _fy_case(terms: dict[str, object]) -> Case:
    actors = (Actor("gov", "council", "government"), Actor("swo", "charity", "social_org"))
    contract = Contract(terms, start=date(2021, 7, 1), end=date(2024, 6, 30))
    return Case("c", "c", "en", "quarter", date(2021, 7, 1), date(2024, 3, 31), actors, contract)


_JULY = _fy_case({"financial_year": "1 July to 30 June"})


@pytest.mark.parametrize(
    ("text", "first", "last", "expression"),
    [
        ("By Q3 FY23 we had the working group.", date(2023, 1, 1), date(2023, 3, 31), "Q3 FY23"),
        (
            "So through FY2022-23 we reported less.",
            date(2022, 7, 1),
            date(2023, 6, 30),
            "FY2022-23",
        ),
        (
            "The memo came out in the second quarter of FY22.",
            date(2021, 10, 1),
            date(2021, 12, 31),
            "the second quarter of FY22",
        ),
        ("Report for Q1 FY2022-23.", date(2022, 7, 1), date(2022, 9, 30), "Q1 FY2022-23"),
        (
            "The 2021/22 financial year was hard.",
            date(2021, 7, 1),
            date(2022, 6, 30),
            "2021/22 financial year",
        ),
        (
            "At the end of the financial year they held back our instalment.",
            date(2023, 6, 1),
            date(2023, 6, 30),
            "the end of the financial year",
        ),
        ("EOFY was a scramble.", date(2023, 6, 1), date(2023, 6, 30), "EOFY"),
    ],
)
def test_a_financial_year_from_july(text: str, first: date, last: date, expression: str) -> None:
    assert _place(text, date(2024, 5, 14), case=_JULY) == (first, last, expression)


def test_an_april_financial_year_as_in_britain() -> None:
    april = _fy_case({"financial_year_start": "April"})
    placed = _place("Spend fell in Q3 FY2022-23.", date(2024, 5, 14), case=april)
    assert placed == (date(2022, 10, 1), date(2022, 12, 31), "Q3 FY2022-23")


def test_before_the_end_of_the_financial_year_in_a_note_is_the_coming_one() -> None:
    text = "Council will inspect the files before the end of the financial year."
    start, _, _ = _place(text, date(2022, 2, 11), "message", case=_JULY)
    assert start == date(2022, 2, 11)  # a plan said now: evidence of the day it was said


def test_a_financial_year_is_left_open_when_the_case_does_not_say_when_it_starts() -> None:
    source = Source("s.md", "interview", date(2024, 5, 14), None, None, "By Q3 FY23 it turned.",
                    "s.md", "utf-8", "0" * 64)  # fmt: skip
    (anchor,) = place_segments([Segment("s.md", 0, 0, 22, source.text)], source, _case())
    assert (anchor.start, anchor.provenance) == (date(2024, 5, 14), "source_date")
    assert anchor.note is not None and "financial_year_start" in anchor.note


@pytest.mark.parametrize(
    ("value", "month"),
    [(7, 7), ("July", 7), ("1 July to 30 June", 7), ("April-March", 4), ("07-01", 7),
     ("01/10", 10), ("07-16", 7), ("16/07", 7), ("03-04", None), (date(2021, 7, 1), 7),
     ("sometime", None), (13, None)],
)  # fmt: skip
def test_the_financial_year_start_as_a_case_yaml_gives_it(value: object, month: int | None) -> None:
    assert financial_year_start({"financial_year_start": value}) == month


def _ordered_case(order: str) -> Case:
    base = _case()
    return Case(base.id, base.title, "en", "quarter", base.start, base.end, base.actors,
                base.contract, extra={"date_order": order})  # fmt: skip


def test_a_case_that_writes_day_first_reads_3_4_2022_as_3_april() -> None:
    text = "Then on 3/4/2022 we got a letter saying two outings were breaches."
    placed = _place(text, date(2024, 5, 14), case=_ordered_case("day-first"))
    assert placed == (date(2022, 4, 3), date(2022, 4, 3), "3/4/2022")


def test_without_the_case_s_order_3_4_2022_stays_open_and_says_how_to_decide() -> None:
    text = "Then on 3/4/2022 we got a letter."
    source = Source("s.md", "interview", date(2024, 5, 14), None, None, text, "s.md", "utf-8",
                    "0" * 64)  # fmt: skip
    (anchor,) = place_segments([Segment("s.md", 0, 0, len(text), text)], source, _case())
    assert anchor.provenance == "source_date"
    assert anchor.note is not None and "date_order: day-first" in anchor.note


def test_a_source_s_own_dates_go_before_the_case_s_order() -> None:
    text = "The visit was on 3/4/2022 (form signed 02/24/2022)."
    start, _, _ = _place(text, date(2024, 5, 14), case=_ordered_case("day-first"))
    assert start == date(2022, 3, 4)


@pytest.mark.parametrize(
    ("value", "day_first"),
    [("day-first", True), ("DD/MM/YYYY", True), ("dmy", True), ("month-first", False),
     ("MM/DD/YYYY", False), ("sometimes", None), (1, None)],
)  # fmt: skip
def test_the_case_s_date_order_as_case_yaml_says_it(value: object, day_first: bool | None) -> None:
    assert case_day_order({"date_order": value}) == day_first


def test_the_end_of_the_financial_year_continues_the_year_an_interview_last_named() -> None:
    texts = [
        "A: Then on 3/4/2022 we got a letter.",
        "A: At the end of the financial year they held back our last instalment.",
    ]
    body = "\n\n".join(texts)
    case = Case("c", "c", "en", "quarter", date(2021, 7, 1), date(2024, 3, 31), _JULY.actors,
                _JULY.contract, extra={"date_order": "day-first"})  # fmt: skip
    source = Source("s.md", "interview", date(2024, 5, 14), None, None, body, "s.md", "utf-8",
                    "0" * 64)  # fmt: skip
    segments = [Segment("s.md", 0, 0, len(texts[0]), texts[0]),
                Segment("s.md", 1, len(texts[0]) + 2, len(body), texts[1])]  # fmt: skip
    anchors = place_segments(segments, source, case)
    assert (anchors[1].start, anchors[1].end) == (date(2022, 6, 1), date(2022, 6, 30))


def test_christmas_after_a_financial_year_is_the_christmas_inside_it() -> None:
    texts = [
        "A: So through FY2022-23 we reported less.",
        "A: Over the Christmas break the councillor rang me.",
    ]
    body = "\n\n".join(texts)
    source = Source("s.md", "interview", date(2024, 5, 14), None, None, body, "s.md", "utf-8",
                    "0" * 64)  # fmt: skip
    segments = [Segment("s.md", 0, 0, len(texts[0]), texts[0]),
                Segment("s.md", 1, len(texts[0]) + 2, len(body), texts[1])]  # fmt: skip
    anchors = place_segments(segments, source, _JULY)
    assert anchors[1].start == date(2022, 12, 24)
    assert anchors[1].note is not None and "FY2022-23" in anchors[1].note


def test_a_report_s_planned_field_looks_ahead() -> None:
    text = "Planned: Christmas lunch and a members' forum on transport."
    start, _, expression = _place(text, date(2022, 10, 20), "report")
    assert (start, expression) == (date(2022, 12, 24), "Christmas")


def _southern_case() -> Case:
    base = _case()
    return Case(base.id, base.title, "en", "quarter", base.start, base.end, base.actors,
                base.contract, extra={"hemisphere": "south"})  # fmt: skip


@pytest.mark.parametrize(
    ("text", "day", "first", "last"),
    [
        ("In the autumn of 2023 we planned the bid.", date(2024, 5, 14), date(2023, 3, 1),
         date(2023, 5, 31)),
        ("Last winter the bus broke down.", date(2023, 9, 20), date(2023, 6, 1),
         date(2023, 8, 31)),
        ("Spring 2022 was busy.", date(2024, 5, 14), date(2022, 9, 1), date(2022, 11, 30)),
    ],
)  # fmt: skip
def test_seasons_in_a_southern_case(text: str, day: date, first: date, last: date) -> None:
    start, end, _ = _place(text, day, case=_southern_case())
    assert (start, end) == (first, last)


def test_the_following_autumn_in_the_south_after_january() -> None:
    texts = ["A: In January 2023 we released the payment.", "A: The following autumn we won."]
    body = "\n\n".join(texts)
    source = Source("s.md", "interview", date(2024, 5, 14), None, None, body, "s.md", "utf-8",
                    "0" * 64)  # fmt: skip
    segments = [Segment("s.md", 0, 0, len(texts[0]), texts[0]),
                Segment("s.md", 1, len(texts[0]) + 2, len(body), texts[1])]  # fmt: skip
    anchors = place_segments(segments, source, _southern_case())
    assert (anchors[1].start, anchors[1].end) == (date(2023, 3, 1), date(2023, 5, 31))


def test_hemisphere_as_case_yaml_says_it() -> None:
    assert is_southern({"hemisphere": "South"}) and is_southern({"hemisphere": "southern"})
    assert not is_southern({}) and not is_southern({"hemisphere": "north"})


def test_before_council_s_february_meeting_in_a_letter_of_december_is_a_plan_said_then() -> None:
    text = "I write to ask for a meeting before council's February meeting."
    start, _, _ = _place(text, date(2022, 12, 8), "message")
    assert start == date(2022, 12, 8)  # the coming February, asked for now: not February 2022


def test_a_question_opening_with_can_looks_ahead_to_the_weekday() -> None:
    text = "Can we talk before Wednesday?"
    source = Source("s.md", "message", date(2022, 2, 14), None, None, text, "s.md", "utf-8",
                    "0" * 64)  # fmt: skip
    (anchor,) = place_segments([Segment("s.md", 0, 0, len(text), text)], source, _case())
    # the coming Wednesday (16 February), asked for now: evidence of the day it was asked
    assert anchor.start == date(2022, 2, 14)
    assert anchor.note is not None and "2022-02-16" in anchor.note


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("In the first quarter of the contract we made it up.", date(2021, 7, 1),
         date(2021, 9, 30)),
        ("During the second month of the project the bus broke down.", date(2021, 8, 1),
         date(2021, 8, 31)),
        ("In the final six months of the contract we planned the extension.", date(2024, 1, 1),
         date(2024, 6, 30)),
    ],
)  # fmt: skip
def test_a_part_of_the_contract(text: str, first: date, last: date) -> None:
    start, end, _ = _place(text, date(2024, 5, 14))
    assert (start, end) == (first, last)


def test_the_summer_holidays_in_the_south_run_across_the_new_year() -> None:
    text = "Over the summer holidays the centre closed for three weeks."
    start, end, _ = _place(text, date(2023, 3, 10), "field_note", case=_southern_case())
    assert (start, end) == (date(2022, 12, 15), date(2023, 1, 31))


@pytest.mark.parametrize(
    ("text", "first", "last", "expression"),
    [
        ("Quarterly Progress Report (July - September 2022)", date(2022, 7, 1),
         date(2022, 9, 30), "July - September 2022"),
        ("Reports for the period January to June 2021 came late.", date(2021, 1, 1),
         date(2021, 6, 30), "January to June 2021"),
        ("November to February 2023 was quiet.", date(2022, 11, 1), date(2023, 2, 28),
         "November to February 2023"),
    ],
)  # fmt: skip
def test_a_span_of_months_with_the_year_on_the_last(
    text: str, first: date, last: date, expression: str
) -> None:
    assert _place(text, date(2024, 5, 14)) == (first, last, expression)


def test_a_lower_case_may_before_a_span_is_no_month() -> None:
    _, _, expression = _place("We may to June 2022 hold it.", date(2024, 5, 14))
    assert expression == "June 2022"


def test_a_span_with_one_year_goes_before_a_bare_quarter_it_explains() -> None:
    text = "3. Outlook for Q2 (October - December 2022)"
    start, end, expression = _place(text, date(2022, 10, 20), "report")
    assert (start, end, expression) == (date(2022, 10, 1), date(2022, 12, 31),
                                        "October - December 2022")  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b", "day_first", "expected"),
    [
        (26, 5, None, True),  # 26/05: only the day can be over 12
        (5, 26, None, False),  # 5/26
        (7, 7, None, True),  # 07/07 reads alike either way
        (3, 4, None, None),  # 03/04 with no order known: undecided
        (3, 4, True, True),
        (3, 4, False, False),
        (26, 5, False, True),  # the numbers outrank the case's order
    ],
)
def test_which_number_is_the_day(
    a: int, b: int, day_first: bool | None, expected: bool | None
) -> None:
    assert first_is_day(a, b, day_first) is expected


def test_a_year_of_another_calendar_gives_way_to_the_gregorian_date_beside_it() -> None:
    # Nepal's Bikram Sambat: 2077/08/04 is 19 November 2020, "since 2078" since April 2021
    first, second = "2077/08/04 (19 Nov 2020), 11 am.", "Referrals have doubled since 2078."
    text = f"{first}\n\n{second}"
    source = Source("m.md", "minutes", date(2020, 11, 19), None, None, text, "m.md", "utf-8",
                    "0" * 64)  # fmt: skip
    segments = [
        Segment("m.md", 0, 0, len(first), first),
        Segment("m.md", 1, len(first) + 2, len(text), second),
    ]
    dated, undated = place_segments(segments, source, _case())
    assert (dated.start, dated.expression) == (date(2020, 11, 19), "19 Nov 2020")
    assert (undated.start, undated.provenance) == (date(2020, 11, 19), "source_date")
    assert undated.note is not None and "another calendar" in undated.note
