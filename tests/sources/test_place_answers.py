"""An interview's answer that names no time is about the time its question asks about.

Found by the outside tester of tanghe-jiating-zh: 问：前年下半年扣款那次，您是怎么想的？
答：生气……扣款那个事，我是坚持要扣的。 — the answer was placed at the interview's day,
outside the studied period, and its evidence lost.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from relcycle.domain import Actor, Case, Source
from relcycle.sources.segmenter import segment_text
from relcycle.sources.timeexpr import place_segments

ACTORS = (Actor("gov", "县民政局", "government", ()), Actor("swo", "同心中心", "social_org", ()))
CASE = Case("c", "c", "zh", "month", date(2021, 3, 1), date(2023, 8, 31), ACTORS, None)
INTERVIEW = (
    "问：前年下半年扣款那次，您是怎么想的？\n\n"
    "答：生气。扣款那个事，我是坚持要扣的。\n\n"
    "问：后来呢？\n\n"
    "答：后来就不提了。\n\n"
    "问：明年还会继续买服务吗？\n\n"
    "答：会的。"
)


def _placed(text: str, kind: str) -> list[tuple[date, str]]:
    source = Source("i.md", kind, date(2024, 5, 22), None, None, text, "i.md", "utf-8",
                    "0" * 64)  # fmt: skip
    anchors = place_segments(segment_text(source.id, text, ACTORS), source, CASE)
    return [(a.start, a.provenance) for a in anchors]


def test_an_answer_naming_no_time_takes_its_questions() -> None:
    placed = _placed(INTERVIEW, "interview")
    assert placed[0] == placed[1] == (date(2022, 7, 1), "text")
    # a question naming no time dates nothing; nor does one asking about a time ahead
    assert placed[3] == (date(2024, 5, 22), "source_date")
    assert placed[5] == (date(2024, 5, 22), "source_date")


def test_minutes_are_not_read_so() -> None:
    placed = _placed(INTERVIEW, "minutes")
    assert placed[1][1] == "source_date"


def test_the_first_months_an_interview_recalls_are_the_contracts() -> None:
    # ashby-vale-housing-en's tester: "the first six months were lovely" sat at the interview's
    # day; 头半年 was already read so
    from relcycle.domain import Contract

    actors = (Actor("gov", "Council", "government", ()), Actor("swo", "Trust", "social_org", ()))
    case = Case("c", "c", "en", "month", date(2020, 10, 1), date(2023, 3, 31), actors,
                Contract({}, start=date(2020, 10, 1), end=date(2022, 9, 30)))  # fmt: skip
    text = "Honestly, the first six months were lovely. Dave treated it as a pilot."
    source = Source("i.md", "interview", date(2023, 5, 17), None, None, text, "i.md", "utf-8",
                    "0" * 64)  # fmt: skip
    (anchor,) = place_segments(segment_text(source.id, text, actors), source, case)
    assert (anchor.start, anchor.end) == (date(2020, 10, 1), date(2021, 3, 31))
    text = "In the first six months of 2021 referrals doubled."
    source = replace(source, text=text)
    (anchor,) = place_segments(segment_text(source.id, text, actors), source, case)
    assert anchor.expression == "2021"


def test_eighteen_months_in_counts_from_the_contracts_start() -> None:
    # ashby-vale-housing-en's tester: "Eighteen months in, roughly" was not read
    from relcycle.sources.timeexpr import TimeContext, find_mentions

    ctx = TimeContext(date(2023, 9, 12), date(2020, 10, 1), date(2023, 3, 31),
                      contract_start=date(2020, 10, 1))  # fmt: skip
    (mention,) = find_mentions("Eighteen months in, roughly, it all blew up.", ctx)
    assert (mention.expression, mention.interval_start) == ("Eighteen months in", date(2022, 4, 1))


def test_that_april_is_the_first_april_after_the_time_named_before() -> None:
    # ashby-vale-housing-en's tester: "Then the new commissioner came in, that April" after
    # "the first six months" was read as the April before the interview
    from relcycle.sources.timeexpr import TimeContext, find_mentions

    ctx = TimeContext(date(2023, 5, 17), date(2020, 10, 1), date(2023, 3, 31),
                      contract_start=date(2020, 10, 1))  # fmt: skip
    text = "The first six months were lovely. Then the commissioner came in, that April."
    assert [(m.expression, m.interval_start) for m in find_mentions(text, ctx)] == [
        ("The first six months", date(2020, 10, 1)),
        ("that April", date(2021, 4, 1)),
    ]
    # with nothing named before, a month alone
    assert find_mentions("That April we signed.", ctx)[0].interval_start == date(2023, 4, 1)
