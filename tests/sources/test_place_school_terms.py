"""Chinese school terms (驻校社工 cases report and recall by term): see timeexpr.zh_terms."""

from __future__ import annotations

from datetime import date

import pytest

from relcycle.domain import Actor, Case, Contract, Segment, Source
from relcycle.sources.timeexpr import place_segments
from relcycle.sources.timeexpr.zh_terms import shift_term, term_of


def _case() -> Case:
    actors = (Actor("gov", "团区委", "government"), Actor("swo", "同心", "social_org"))
    contract = Contract(terms={}, signed=date(2019, 8, 20), start=date(2019, 9, 1),
                        end=date(2022, 8, 31))  # fmt: skip
    return Case("t", "t", "zh", "month", date(2019, 9, 1), date(2022, 8, 31), actors, contract)


def _placed(*texts: str, day: date, kind: str = "interview") -> list[tuple[date, date, str | None]]:
    body = "\n\n".join(texts)
    source = Source("s.md", kind, day, None, None, body, "s.md", "utf-8", "0" * 64)
    segments, offset = [], 0
    for i, text in enumerate(texts):
        segments.append(Segment("s.md", i, offset, offset + len(text), text))
        offset += len(text) + 2
    return [(a.start, a.end, a.expression) for a in place_segments(segments, source, _case())]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2019年秋季学期，同心在三所学校开展需求调研。", date(2019, 9, 1), date(2020, 1, 31)),
        ("二〇二〇年春季学期因疫情改为线上小组。", date(2020, 2, 1), date(2020, 7, 31)),
        ("2019-2020学年第二学期起，学校要求社工每周报台账。", date(2020, 2, 1), date(2020, 7, 31)),
        ("2020—2021学年度第一学期的中期评估扣了款。", date(2020, 9, 1), date(2021, 1, 31)),
        # counted from the project (begun 2019-09-01)
        ("第一个学期是我做社工以来最开心的一段。", date(2019, 9, 1), date(2020, 1, 31)),
        ("头一个学期大家都在摸。", date(2019, 9, 1), date(2020, 1, 31)),
        ("第三个学期开始要求钉钉打卡。", date(2020, 9, 1), date(2021, 1, 31)),
        # counted from the interview's own term (2022-03-10: the spring term of 2022)
        ("上学期学校让社工站校门。", date(2021, 9, 1), date(2022, 1, 31)),
        ("本学期开始改为月报。", date(2022, 2, 1), date(2022, 7, 31)),
    ],
)
def test_a_term_is_placed_at_its_months(text: str, start: date, end: date) -> None:
    ((placed_start, placed_end, _),) = _placed(text, day=date(2022, 3, 10))
    assert (placed_start, placed_end) == (start, end)


def test_that_term_is_the_term_of_the_time_named_before() -> None:
    placed = _placed(
        "2020年11月学校开始要求预审方案。", "那个学期社工都很累。", day=date(2022, 3, 10)
    )
    assert placed[1] == (date(2020, 9, 1), date(2021, 1, 31), "那个学期")


def test_while_at_school_is_no_term() -> None:
    ((_, _, expression),) = _placed("孩子们上学期间手机要交给老师。", day=date(2022, 3, 10))
    assert expression is None


def test_a_plan_for_next_term_in_minutes_is_evidence_of_now() -> None:
    ((start, _, expression),) = _placed(
        "团区委提出下学期要规范管理、加强台账。", day=date(2019, 12, 20), kind="minutes"
    )
    assert (start, expression) == (date(2019, 12, 20), None)


@pytest.mark.parametrize(
    ("day", "term"),
    [
        (date(2021, 1, 15), (2020, True)),
        (date(2021, 3, 1), (2021, False)),
        (date(2021, 8, 10), (2021, True)),  # the summer holiday: the coming autumn term
        (date(2021, 12, 1), (2021, True)),
    ],
)
def test_the_term_a_day_falls_in(day: date, term: tuple[int, bool]) -> None:
    assert term_of(day) == term
    assert shift_term(shift_term(term, 3), -3) == term
    assert shift_term((2021, True), 1) == (2022, False)
    assert shift_term((2021, False), -1) == (2020, True)
