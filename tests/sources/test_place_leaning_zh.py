"""A yearless month after 到/至 or before a deadline's 前, in a source written at the time.

Found by the outsider case hexi-rehab-exit-zh: minutes of 2021-04-20 asking for
a report "6月底前" were placed in June 2020 (outside the studied period), and
minutes of 2023-03-02 agreeing a handover "到5月底" in May 2022.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_place import _case

from relcycle.domain import Segment, Source
from relcycle.sources.timeexpr import place_segments
from relcycle.sources.timeexpr.zh_calendar import leaning_ahead_zh


def _place(text: str, day: date, kind: str) -> tuple[date, date, str | None, str | None]:
    source = Source("s.md", kind, day, None, None, text, "s.md", "utf-8", "0" * 64)
    (anchor,) = place_segments([Segment("s.md", 0, 0, len(text), text)], source, _case())
    return anchor.start, anchor.end, anchor.expression, anchor.note


@pytest.mark.parametrize("kind", ["minutes", "field_note", "document"])
def test_until_a_month_two_to_six_months_ahead_is_the_coming_one(kind: str) -> None:
    start, end, expression, note = _place("合同延至5月底，机构照常服务。", date(2023, 3, 2), kind)
    if expression is None:  # a term set now (至): on the source's date, naming the coming May
        assert start == date(2023, 3, 2)
        assert "2023-05-21..2023-05-31" in (note or "")
    else:
        assert (start, end) == (date(2023, 5, 21), date(2023, 5, 31))


def test_a_deadline_months_ahead_is_set_now_not_a_year_back() -> None:
    start, _, _, note = _place("机构6月底前提交需求评估报告。", date(2021, 4, 20), "minutes")
    assert start == date(2021, 4, 20)  # a deadline set now: on the source's date
    assert "2021-06-21..2021-06-30" in (note or "")


def test_an_interview_still_recalls_the_past_one() -> None:
    start, end, _, _ = _place("到5月底把档案都交了。", date(2023, 9, 14), "interview")
    assert (start, end) == (date(2023, 5, 21), date(2023, 5, 31))
    start, _, _, _ = _place("到5月底把档案都交了。", date(2023, 3, 2), "interview")
    assert start.year == 2022  # said after the fact: the latest May


def test_as_of_looks_back() -> None:
    assert not leaning_ahead_zh("截至4月中旬，已入户112户。", 2, 7)
    assert not leaning_ahead_zh("直至4月，已入户112户。", 2, 4)
    assert leaning_ahead_zh("延长至5月，", 3, 5)
    assert leaning_ahead_zh("5月之前完成", 0, 2)
    assert not leaning_ahead_zh("5月前后", 0, 2)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("头几个月其实挺难的，就是一户一户地走。", date(2017, 9, 1), date(2017, 11, 30)),
        ("项目的头两个月主要是入户。", date(2017, 9, 1), date(2017, 10, 31)),
        ("最初的几个月街道在观望。", date(2017, 9, 1), date(2017, 11, 30)),
        ("合同头半年没怎么管。", date(2017, 9, 1), date(2018, 2, 28)),
    ],
)  # fmt: skip
def test_the_first_months_are_the_contracts(text: str, start: date, end: date) -> None:
    # found by hexi-rehab-exit-zh: 头几个月 in an interview after the project was left
    # at the interview's date, outside the studied period
    assert _place(text, date(2019, 8, 20), "interview")[:2] == (start, end)


@pytest.mark.parametrize(
    "text",
    ["我们头几个人都走了。", "年头几个月", "上头两个月没来检查。", "新服务头三年最要紧是续约。"],
)
def test_other_heads_are_not_the_first_months(text: str) -> None:
    assert _place(text, date(2018, 8, 20), "interview")[2] in (None, "年头")


@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        ("机构同意过渡三个月，到5月底把档案移交给街道。", "2023-05-21..2023-05-31 (到)"),
        ("议定：合同延长至5月31日作为过渡期。", "2023-05-31..2023-05-31 (至)"),
    ],
)  # fmt: skip
def test_a_term_agreed_in_minutes_is_said_at_the_meeting(text: str, ahead: str) -> None:
    start, _, _, note = _place(text, date(2023, 3, 2), "minutes")
    assert start == date(2023, 3, 2)
    assert ahead in (note or "")


def test_as_of_a_time_ahead_is_not_a_term_set_now() -> None:
    start, _, _, _ = _place("截至2023年5月31日，共服务58户。", date(2023, 3, 2), "minutes")
    assert start == date(2023, 5, 31)


def test_the_project_has_ended_said_in_a_note_after_the_contract_is_now() -> None:
    # found by hexi-rehab-exit-zh: 陈主任只说项目结束了 in a note of the handover, three months
    # after the contract's end, was placed at that end and shown as recalled
    after = date(2019, 11, 26)  # the test case's contract ends 2019-08-31
    start, _, expression, _ = _place("家属问以后怎么办，主任说项目结束了。", after, "field_note")
    assert (start, expression) == (after, None)
    start, _, expression, _ = _place("项目结束的时候家属都来了。", after, "field_note")
    assert expression == "项目结束的时候" and start == date(2019, 8, 1)
    start, _, expression, _ = _place("陈主任只说项目结束了。", after, "interview")
    assert expression == "项目结束"
