"""English time expressions in field notes, interviews and minutes.

Resolved against an interview recorded on 2019-12-10 (a Tuesday), in a case
studied from 2017-09-01 to 2019-12-31 whose 24-month contract starts on
2017-09-01 (ends 2019-08-31) with its mid-term review on 2018-09-01.
"""

from __future__ import annotations

from datetime import date

import pytest
from timeexpr_context import CTX

from relcycle.domain import Precision
from relcycle.sources.timeexpr import find_mentions
from relcycle.sources.timeexpr.en_project import GENERIC_DAY
from relcycle.sources.timeexpr.find import scan_text

D, W, M, S, Q, H, Y = (Precision.DAY, Precision.WEEK, Precision.MONTH, Precision.SEASON,
                       Precision.QUARTER, Precision.HALF_YEAR, Precision.YEAR)  # fmt: skip

CASES = [
    ("In March 2018 the new director arrived.", "March 2018", "2018-03-01", "2018-03-31", M),
    ("The meeting on 15 March 2018 was tense.", "15 March 2018", "2018-03-15", "2018-03-15", D),
    ("On March 15, 2018, the town office called.", "March 15, 2018", "2018-03-15", "2018-03-15", D),
    ("We met the deputy mayor again on March 15.", "March 15", "2019-03-15", "2019-03-15", D),
    ("The contract was signed in September 2017.", "September 2017", "2017-09-01", "2017-09-30", M),
    ("Funding slowed down in Q2 2018.", "Q2 2018", "2018-04-01", "2018-06-30", Q),
    ("In the second quarter of 2018 the indicators changed.", "the second quarter of 2018",
     "2018-04-01", "2018-06-30", Q),
    ("By spring 2019 the volunteers ran most events.", "spring 2019",
     "2019-03-01", "2019-05-31", S),
    ("In early 2018 the office demanded weekly reports.", "early 2018",
     "2018-01-01", "2018-03-31", S),
    ("In late 2018 they hired a third-party evaluator.", "late 2018",
     "2018-10-01", "2018-12-31", S),
    ("Things calmed down by mid-2018.", "mid-2018", "2018-05-01", "2018-08-31", S),
    ("During the first half of 2018 we mostly listened.", "the first half of 2018",
     "2018-01-01", "2018-06-30", H),
    ("The centre opened in 2017.", "2017", "2017-01-01", "2017-12-31", Y),
    ("Volunteers have come every week since 2018.", "since 2018", "2018-01-01", "2019-12-10", Y),
    ("From 2017 onwards the council paid.", "From 2017 onwards", "2017-01-01", "2019-12-10", Y),
    ("The first term ran from 2017 to 2019.", "from 2017 to 2019", "2017-01-01", "2019-12-31", Y),
    ("Last spring the residents formed a dance team.", "Last spring",
     "2019-03-01", "2019-05-31", S),
    ("Last year we ran forty events.", "Last year", "2018-01-01", "2018-12-31", Y),
    ("Last month the director resigned.", "Last month", "2019-11-01", "2019-11-30", M),
    ("Earlier this year the budget was cut.", "Earlier this year", "2019-01-01", "2019-12-10", Y),
    ("At the end of last year we submitted the report.", "the end of last year",
     "2018-10-01", "2018-12-31", S),
    ("At the start of the contract, trust was low.", "At the start of the contract",
     "2017-09-01", "2017-09-30", M),
    ("That first month we didn't know what we could ask.", "That first month",
     "2017-09-01", "2017-09-30", M),
    ("The first few weeks were awkward.", "The first few weeks", "2017-09-01", "2017-09-21", S),
    ("An officer came along the first week.", "the first week", "2017-09-01", "2017-09-07", W),
    ("She drove him over the first week and stayed.", "the first week",
     "2017-09-01", "2017-09-07", W),
    ("In the second year we had a new liaison officer.", "In the second year",
     "2018-09-01", "2019-08-31", Y),
    ("Before the mid-term review everyone was nervous.", "Before the mid-term review",
     "2018-08-01", "2018-08-31", M),
    ("After the mid-term review the office relaxed.", "After the mid-term review",
     "2018-09-02", "2018-10-01", M),
    ("The year before last there was no centre at all.", "The year before last",
     "2017-01-01", "2017-12-31", Y),
    ("Next month we will hold a craft fair.", "Next month", "2020-01-01", "2020-01-31", M),
    ("This year the town doubled the funding.", "This year", "2019-01-01", "2019-12-31", Y),
    ("Last week we visited ten households.", "Last week", "2019-12-02", "2019-12-08", W),
    ("Three months ago the office changed its rules.", "Three months ago",
     "2019-09-01", "2019-09-30", M),
    ("A year ago nobody knew us.", "A year ago", "2018-01-01", "2018-12-31", Y),
    ("The Q3 2019 figures were the best so far.", "Q3 2019", "2019-07-01", "2019-09-30", Q),
    ("Attendance dropped in 2018 Q4.", "2018 Q4", "2018-10-01", "2018-12-31", Q),
    ("Towards the end of the contract staff started leaving.", "Towards the end of the contract",
     "2019-06-01", "2019-08-31", S),
    ("When the contract was signed, the budget seemed generous.", "When the contract was signed",
     "2017-09-01", "2017-09-30", M),
    ("In the spring we repainted the hall.", "spring", "2019-03-01", "2019-05-31", S),
    ("In the autumn of 2018 the office froze payments.", "the autumn of 2018",
     "2018-09-01", "2018-11-30", S),
    ("Enrolment opened in fall 2018.", "fall 2018", "2018-09-01", "2018-11-30", S),
    ("The heating failed in winter 2018.", "winter 2018", "2018-12-01", "2019-02-28", S),
    ("By the end of 2018 the team had doubled.", "the end of 2018", "2018-10-01", "2018-12-31", S),
    ("At the beginning of this year the rules changed.", "the beginning of this year",
     "2019-01-01", "2019-03-31", S),
    ("Reports for January 2019 were late.", "January 2019", "2019-01-01", "2019-01-31", M),
    ("See the minutes of Dec 2018.", "Dec 2018", "2018-12-01", "2018-12-31", M),
    ("The workshop on 3 Jan 2019 was cancelled.", "3 Jan 2019", "2019-01-03", "2019-01-03", D),
    ("In early March 2018 the first survey went out.", "early March 2018",
     "2018-03-01", "2018-03-10", W),
    ("The dance group started in mid-March.", "mid-March", "2019-03-11", "2019-03-20", W),
    ("On the 15th of March 2018 the board met.", "the 15th of March 2018",
     "2018-03-15", "2018-03-15", D),
    ("The new rules came in May 2018.", "May 2018", "2018-05-01", "2018-05-31", M),
    ("In May the community garden opened.", "May", "2019-05-01", "2019-05-31", M),
    ("We held a party for Spring Festival 2019.", "Spring Festival 2019",
     "2019-01-29", "2019-02-12", W),
    ("Everything stopped before Chinese New Year.", "before Chinese New Year",
     "2019-01-15", "2019-01-28", W),
    ("The flag ceremony on National Day 2018 drew a crowd.", "National Day 2018",
     "2018-10-01", "2018-10-07", W),
    ("We will review it in two months' time.", "in two months' time",
     "2020-02-01", "2020-02-29", M),
    ("Over the past year participation grew.", "the past year", "2018-12-10", "2019-12-10", Y),
    ("In the second half of 2019 funding recovered.", "the second half of 2019",
     "2019-07-01", "2019-12-31", H),
    ("In the third quarter the numbers fell.", "the third quarter", "2019-07-01", "2019-09-30", Q),
    ("Trust grew in late 2017.", "late 2017", "2017-10-01", "2017-12-31", S),
    ("This spring we planted the garden.", "This spring", "2019-03-01", "2019-05-31", S),
    ("Next spring we plan a festival.", "Next spring", "2020-03-01", "2020-05-31", S),
    ("Minutes dated 2019-06-30 list the decisions.", "2019-06-30", "2019-06-30", "2019-06-30", D),
    ("Attendance in June 2019 was the highest.", "June 2019", "2019-06-01", "2019-06-30", M),
    ("The survey closed on 1 June 2019.", "1 June 2019", "2019-06-01", "2019-06-01", D),
    ("At the beginning of the project nobody came.", "At the beginning of the project",
     "2017-09-01", "2017-09-30", M),
    ("In the first year of the contract we built trust.", "In the first year of the contract",
     "2017-09-01", "2018-08-31", Y),
    ("That first year we were trialling it.", "That first year", "2017-09-01", "2018-08-31", Y),
    ("In the final year of the project staff left.", "In the final year of the project",
     "2018-09-01", "2019-08-31", Y),
    ("When the contract expired we had no income.", "When the contract expired",
     "2019-08-01", "2019-08-31", M),
    ("By the end of the year we must report.", "the end of the year",
     "2019-10-01", "2019-12-31", S),
    ("The party at Christmas 2018 was small.", "Christmas 2018", "2018-12-24", "2018-12-26", W),
    ("It began before the Christmas break in 2018.", "before the Christmas break in 2018",
     "2018-12-10", "2018-12-23", W),
    ("The review is set for October 1, 2019.", "October 1, 2019", "2019-10-01", "2019-10-01", D),
    # Easter moves (Good Friday to Easter Monday); a weekday or week within a month
    ("At Easter 2019 the café was closed.", "Easter 2019", "2019-04-19", "2019-04-22", W),
    ("Kwame did the sitreps on Good Friday.", "Good Friday", "2019-04-19", "2019-04-19", D),
    ("Over the Easter holidays it was quiet.", "Over the Easter holidays",
     "2019-04-12", "2019-04-29", W),
    ("End of March. Criteria, the sitreps.", "End of March", "2019-03-21", "2019-03-31", W),
    ("The last Saturday in June was awful.", "The last Saturday in June",
     "2019-06-29", "2019-06-29", D),
    ("On the first Monday in July we restarted.", "the first Monday in July",
     "2019-07-01", "2019-07-01", D),
    ("The second week of July was better.", "The second week of July",
     "2019-07-08", "2019-07-14", W),
    ("The last weekend of July 2018 it rained.", "The last weekend of July 2018",
     "2018-07-28", "2018-07-29", W),
    # Kenya's public holidays; "those first months" are the contract's
    ("Around Jamhuri we did everything they asked.", "Around Jamhuri",
     "2019-12-05", "2019-12-19", W),
    ("On Mashujaa Day 2018 the officer visited.", "Mashujaa Day 2018",
     "2018-10-20", "2018-10-20", D),
    # Anzac Day, 25 April, Australia's and New Zealand's
    ("The week of Anzac Day we went to the march.", "Anzac Day", "2019-04-25", "2019-04-25", D),
    # what a letter does on its own day, whatever it looks back on
    ("With effect from today, we will no longer submit posts.", "With effect from today",
     "2019-12-10", "2019-12-10", D),
    ("Honestly, those first months we felt like partners.", "those first months",
     "2017-09-01", "2017-11-30", S),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expression", "first", "last", "precision"), CASES)
def test_resolves_expression(
    sentence: str, expression: str, first: str, last: str, precision: Precision
) -> None:
    mentions = find_mentions(sentence, CTX)
    shown = [
        (m.expression, m.interval_start.isoformat(), m.interval_end.isoformat(), m.precision)
        for m in mentions
    ]
    assert shown == [(expression, first, last, precision)]


NEGATIVES = [
    "They may come back next time.",
    "May I ask about the budget?",
    "We served 2018 people in the first round.",
    "His first month in the job was hard; the first month's report was late.",
    "Since the first week; how the first month and a half had gone.",
    "The spring roll stall was popular.",
    "They march to the square every Sunday.",
    "We worked together for a year.",
    "The fall of the old director surprised everyone.",
    "Jan, the volunteer coordinator, left early.",
    "The project took two years.",
    "Room 2018 is the office.",
    "In 3 months we trained 50 volunteers.",
    "It was time to change the plan.",
    "The contract covers cultural activities.",
    "Have a restful Easter, all.",
    "Merry Christmas everyone.",
    "It felt like Christmas.",
    "We met at Jamhuri Park.",
    "Great to see this. Reminds me of the first months.",
]


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_finds_no_mention(sentence: str) -> None:
    assert find_mentions(sentence, CTX) == []


@pytest.mark.parametrize(
    ("text", "first", "last", "precision"),
    [
        ("Two months later the town froze the budget.", "2018-05-01", "2018-05-31", M),
        ("That autumn the office stopped paying.", "2018-09-01", "2018-11-30", S),
        ("At the time nobody complained.", "2018-03-01", "2018-03-31", M),
        ("Back then the hall was empty.", "2018-03-01", "2018-03-31", M),
        ("The following year was calmer.", "2019-01-01", "2019-12-31", Y),
        ("The year before had been worse.", "2017-01-01", "2017-12-31", Y),
        ("That year the centre expanded.", "2018-01-01", "2018-12-31", Y),
    ],
)
def test_anaphora_uses_previous_argument(
    text: str, first: str, last: str, precision: Precision
) -> None:
    previous = find_mentions("March 2018", CTX)[0]
    (mention,) = find_mentions(text, CTX, previous)
    assert (mention.interval_start.isoformat(), mention.interval_end.isoformat()) == (first, last)
    assert mention.precision is precision


def test_the_next_day() -> None:
    previous = find_mentions("15 March 2018", CTX)[0]
    (mention,) = find_mentions("The next day the office called back.", CTX, previous)
    assert mention.interval_start == date(2018, 3, 16)


@pytest.mark.parametrize(
    "text",
    [
        "Any threat a mentor learns of will be reported to the PO the same day.",
        "Minutes must go out the next day.",
        "We always ring the family back the same day.",
    ],
)
def test_a_day_of_a_rule_for_any_day_is_no_day(text: str) -> None:
    previous = find_mentions("15 March 2018", CTX)[0]
    mentions, unresolved = scan_text(text, CTX, previous)
    assert mentions == []
    assert [u.reason for u in unresolved] == [GENERIC_DAY]


def test_that_day_after_a_rule_in_another_clause_is_still_that_day() -> None:
    previous = find_mentions("15 March 2018", CTX)[0]
    (mention,) = find_mentions("They will say so. That day the office called.", CTX, previous)
    assert mention.interval_start == date(2018, 3, 15)


def test_anaphora_without_previous_is_unresolved() -> None:
    mentions, unresolved = scan_text("That autumn the office stopped paying.", CTX)
    assert mentions == []
    assert [u.expression for u in unresolved] == ["That autumn"]


def test_prefilter_loses_nothing() -> None:
    for text in [case[0] for case in CASES] + NEGATIVES:
        assert scan_text(text, CTX) == scan_text(text, CTX, prefilter=False), text


def test_many_cases() -> None:
    assert len(CASES) >= 50
