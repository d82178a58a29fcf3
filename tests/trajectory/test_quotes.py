"""Choosing quotes: the surest first, one per source and wording, weak ones last."""

from __future__ import annotations

from datetime import date

import pytest
from test_analysis_builders import item

from relcycle.trajectory.quotes import near_duplicate, pick_quotes, weak_quote


def test_quotes_prefer_people_then_confidence_one_per_source_by_date() -> None:
    items = [
        (item("x", date(2020, 5, 1), source="a.md", origin="auto", confidence=0.9), 1.0),
        (item("x", date(2020, 4, 1), source="a.md", origin="auto", confidence=0.8), 1.0),
        (item("x", date(2020, 6, 1), source="b.md", origin="manual"), 1.0),
        (item("x", date(2020, 1, 1), source="c.md", origin="auto", confidence=0.54), 1.0),
        (item("x", date(2020, 2, 1), source="d.md", origin="event"), 1.0),
    ]
    quotes = pick_quotes(items, 3)
    assert [q.source for q in quotes] == ["d.md", "a.md", "b.md"]
    assert [q.date for q in quotes] == [date(2020, 2, 1), date(2020, 5, 1), date(2020, 6, 1)]
    assert quotes[1].source_date == date(2020, 5, 1)


def test_quotes_say_the_same_words_once_and_avoid_what_was_shown() -> None:
    items = [
        (item("x", date(2020, 1, 1), source="a.md", quote="镇里要求每周报台账。"), 1.0),
        (item("x", date(2020, 1, 2), source="b.md", quote="“镇里要求每周报台账”"), 1.0),
        (item("x", date(2020, 1, 3), source="c.md", quote="Payment came late again."), 1.0),
    ]
    assert near_duplicate("镇里要求每周报台账。", "“镇里要求每周报台账”")
    assert not near_duplicate("镇里要求", "镇里要求每周报台账，还要拍照片留底")
    assert [q.source for q in pick_quotes(items, 3)] == ["a.md", "c.md"]
    assert [q.source for q in pick_quotes(items, 1, avoid=["镇里要求每周报台账"])] == ["c.md"]


@pytest.mark.parametrize(
    ("quote", "weak"),
    [
        ("您说的“边界”是指什么？", True),
        ("二、台账报送。", True),
        ("Premises.", True),
        ("我们基本上都是照办。", False),
        ("四、合同外工作以补充协议方式约定内容和经费；", False),
        ("They pay us, and they can count.", False),
    ],
)
def test_questions_headings_and_scraps_are_weak_quotes(quote: str, weak: bool) -> None:
    assert weak_quote(quote) is weak


def test_a_weak_quote_is_used_only_when_nothing_better_is_there() -> None:
    items = [
        (item("x", date(2020, 1, 1), source="a.md", quote="二、台账报送。"), 1.0),
        (
            item(
                "x",
                date(2020, 1, 2),
                source="b.md",
                origin="auto",
                quote="每周一报台账，还要照片。",
            ),
            1.0,
        ),
    ]
    assert [q.source for q in pick_quotes(items, 1)] == ["b.md"]
    assert [q.source for q in pick_quotes(items[:1], 1)] == ["a.md"]
