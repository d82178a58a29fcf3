"""Readings an outsider found wrong in a Singapore case and a Chinese one.

Singapore names a financial year written with one year by the year it starts
in (FY2024 runs from 1 April 2024) and keeps its National Day on 9 August;
British usage names FY2022 by the year it ends in. In Chinese, a yearless month
told as "that time" (4月防疫那次) is behind the source, and 刚开始买服务的时候 is
the contract's start. A periodic report's 本季度 is the quarter its title names,
and a last day or a deadline (last day 31 Dec) leans ahead.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from relcycle.domain import Actor, Case, Contract, Segment, Source
from relcycle.sources.timeexpr import place_segments


def _case(currency: str, language: str = "en") -> Case:
    actors = (Actor("gov", "ministry", "government"), Actor("swo", "centre", "social_org"))
    contract = Contract({"currency": currency}, start=date(2022, 1, 1), end=date(2025, 3, 31))
    return Case("c", "c", language, "month", date(2022, 1, 1), date(2024, 8, 31), actors, contract)


def _source(
    texts: list[str], day: date, kind: str, title: str | None = None, sep: str = "\n\n"
) -> tuple[Source, list[Segment]]:
    """A source of ``texts`` joined by ``sep``, one segment each (a turn's label its speaker)."""
    body = sep.join(texts)
    source = Source("s.md", kind, day, title, None, body, "s.md", "utf-8", "0" * 64)
    segments, at = [], 0
    for index, text in enumerate(texts):
        speaker = text.split(":", 1)[0] if kind == "interview" and ":" in text[:3] else None
        segments.append(Segment("s.md", index, at, at + len(text), text, speaker=speaker))
        at += len(text) + len(sep)
    return source, segments


def _place(text: str, day: date, case: Case, kind: str = "minutes") -> tuple[date, date]:
    source, segments = _source([text], day, kind)
    (anchor,) = place_segments(segments, source, case)
    return anchor.start, anchor.end


@pytest.mark.parametrize(
    ("currency", "first", "last"),
    [
        ("SGD", date(2022, 4, 1), date(2023, 3, 31)),  # Singapore: from April 2022
        ("S$", date(2022, 4, 1), date(2023, 3, 31)),
        ("JPY", date(2022, 4, 1), date(2023, 3, 31)),
        ("GBP", date(2021, 4, 1), date(2022, 3, 31)),  # Britain: the year ending March 2022
        ("AUD", date(2021, 7, 1), date(2022, 6, 30)),
    ],
)
def test_a_financial_year_written_with_one_year_follows_the_country(
    currency: str, first: date, last: date
) -> None:
    text = "Tranche 1 of FY2022 was received in full."
    assert _place(text, date(2022, 6, 21), _case(currency)) == (first, last)


def test_a_split_financial_year_is_the_same_everywhere() -> None:
    text = "The next funding cycle covers FY2024-25 only."
    for currency in ("SGD", "GBP"):  # (recalled: minutes would tell the year ahead now)
        assert _place(text, date(2023, 12, 4), _case(currency), "interview") == (
            date(2024, 4, 1),
            date(2025, 3, 31),
        )


def test_singapore_national_day_is_in_august() -> None:
    text = "Before National Day 2022 the officers sat in on two sessions."
    start, end = _place(text, date(2022, 11, 1), _case("SGD"))
    assert (start, end) == (date(2022, 7, 26), date(2022, 8, 8))  # the two weeks before 9 August
    start, _ = _place(text, date(2022, 11, 1), _case("GBP"))
    assert start.month == 9  # elsewhere China's: the two weeks before 1 October


@pytest.mark.parametrize(
    "text",
    ["罗主任：4月防疫那次双方都有情绪，这个我理解。", "4月检查那回大家都很紧张。"],
)
def test_a_yearless_month_told_as_that_time_is_behind(text: str) -> None:
    case = _case("CNY", "zh")
    assert _place(text, date(2022, 12, 28), case) == (date(2022, 4, 1), date(2022, 4, 30))


def test_a_yearless_month_without_it_in_minutes_may_still_be_the_coming_one() -> None:
    case = _case("CNY", "zh")
    text = "4月开展防疫宣传。"
    assert _place(text, date(2022, 12, 28), case) == (date(2023, 4, 1), date(2023, 4, 30))


@pytest.mark.parametrize(
    "text",
    ["刚开始买服务的时候，我们也不知道社工能干什么。", "一开始合作那会儿，双方都在摸索。"],
)
def test_when_the_two_sides_began_is_the_contracts_start(text: str) -> None:
    case = _case("CNY", "zh")
    assert _place(text, date(2023, 12, 5), case, "interview") == (
        date(2022, 1, 1),
        date(2022, 1, 31),
    )


@pytest.mark.parametrize(
    ("title", "day", "text", "first", "last"),
    [
        ("2021年第四季度工作报告", date(2022, 1, 11), "本季度新开案7个，结案5个。",
         date(2021, 10, 1), date(2021, 12, 31)),
        ("2021年第四季度工作报告", date(2022, 1, 11), "上季度遗留的台账已补齐。",
         date(2021, 7, 1), date(2021, 9, 30)),
        ("十月份工作月报（2021年10月）", date(2021, 11, 3), "本月走访社区康复人员42人次。",
         date(2021, 10, 1), date(2021, 10, 31)),
        ("Quarterly return Q4 2021", date(2022, 1, 11), "This quarter we opened seven cases.",
         date(2021, 10, 1), date(2021, 12, 31)),
    ],
)  # fmt: skip
def test_a_periodic_reports_this_quarter_is_the_quarter_its_title_names(
    title: str, day: date, text: str, first: date, last: date
) -> None:
    case = _case("CNY", "zh")
    source, segments = _source([text], day, "report", title)
    (anchor,) = place_segments(segments, source, case)
    assert (anchor.start, anchor.end) == (first, last)


def test_a_report_without_a_period_in_its_title_counts_from_its_date() -> None:
    case = _case("CNY", "zh")
    source, segments = _source(["本季度新开案7个。"], date(2022, 1, 11), "report", "季度工作报告")
    (anchor,) = place_segments(segments, source, case)
    assert (anchor.start, anchor.end) == (date(2022, 1, 1), date(2022, 3, 31))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Benjamin tendered his resignation (last day 31 Dec).", date(2022, 12, 31)),
        ("EOI for the next funding cycle closes 30 Nov.", date(2022, 11, 30)),
        ("Deadline: 15 January for the revised plan.", date(2023, 1, 15)),
    ],
)
def test_a_date_said_as_a_last_day_or_deadline_is_the_coming_one(text: str, day: date) -> None:
    assert _place(text, date(2022, 11, 8), _case("SGD"), "field_note") == (day, day)


def test_a_due_date_just_past_stays_past() -> None:
    text = "Tranche 2 not in. Due 2 Oct."
    assert _place(text, date(2023, 10, 3), _case("SGD"), "message") == (date(2023, 10, 2),) * 2


def test_a_periodic_reports_lines_naming_no_time_are_the_period_its_title_names() -> None:
    case = _case("CNY", "zh")
    texts = ["四、存在问题", "台账填写耗时大，每名社工每周约需6小时。", "12月底一名社工离职。"]
    source, segments = _source(texts, date(2022, 1, 11), "report", "2021年第四季度工作報告")
    first, second, third = place_segments(segments, source, case)
    assert (second.start, second.end) == (date(2021, 10, 1), date(2021, 12, 31))
    assert second.provenance == "text" and second.expression == "2021年第四季度"
    assert second.note is not None and "title" in second.note
    assert first.start == date(2021, 10, 1)
    assert third.start == date(2021, 12, 21)  # a line naming its own time keeps it
    # not a periodic report (an evaluation): its date
    evaluation = replace(source, title="2021年第四季度评估报告（年度）")
    assert place_segments(segments, evaluation, case)[1].start == date(2022, 1, 11)


def test_a_chat_exports_yearless_stamps_run_forward_to_its_date() -> None:
    case = _case("CNY", "zh")
    lines = [
        "[1月10日 上午9:02] 林主任: 建个群，项目上的事大家直接在这里说",
        "[2月17日 上午9:20] 周科长: 纪要发群里了，助浴拍照从三月一号起取消",
        "[3月3日 上午11:00] 林主任: 指标工作组第一次碰头",
        "[8月30日 下午3:00] 何佳: 收到",
    ]
    source, segments = _source(lines, date(2022, 8, 31), "message", sep="\n")
    starts = [a.start for a in place_segments(segments, source, case)]
    assert starts == [date(2022, 1, 10), date(2022, 2, 17), date(2022, 3, 3), date(2022, 8, 30)]
    # a log of three months dated at its first message keeps the months after it
    first = replace(source, date=date(2022, 1, 10), text=source.text[: segments[2].end])
    starts = [a.start for a in place_segments(segments[:3], first, case)]
    assert starts == [date(2022, 1, 10), date(2022, 2, 17), date(2022, 3, 3)]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("The second year, definitely. That was the worst.", date(2023, 1, 1)),
        ("The first year was hard for everyone.", date(2022, 1, 1)),
        ("项目刚落地那会儿，我们什么都不懂。", date(2022, 1, 1)),
    ],
)
def test_an_answers_contract_year_and_the_projects_landing(text: str, first: date) -> None:
    case = _case("CNY", "zh")
    assert _place(text, date(2024, 6, 18), case, "interview")[0] == first


def test_a_yearless_may_after_years_ago_takes_that_year() -> None:
    text = "Relief, mostly. Two years ago in May we restarted the girls' group."
    assert _place(text, date(2024, 6, 18), _case("GBP"), "interview") == (
        date(2022, 5, 1),
        date(2022, 5, 31),
    )


def test_a_yearless_month_after_the_time_just_named_goes_on_to_the_next_year() -> None:
    case = _case("GBP")
    texts = [
        "Q: Was there a moment that stands out from those first months?",
        "A: At Christmas 2022 the kids organised the party themselves.",
        "Q: And then?",
        "A: Then January came and the officer put 38 indicators on the table.",
    ]
    source, segments = _source(texts, date(2024, 6, 5), "interview")
    anchors = place_segments(segments, source, case)
    assert anchors[3].start == date(2023, 1, 1)  # the January after that Christmas
    assert anchors[3].note is not None and "follows" in anchors[3].note


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("4.24 周六 研学。上午红石岭，下午湿地公园。", date(2021, 4, 24)),
        ("9.18 周五 入户累计31户。", date(2020, 9, 18)),  # 18 September 2021 is a Saturday
        ("12.3（星期四）镇里开会。", date(2020, 12, 3)),
    ],
)
def test_a_diarys_dotted_day_is_told_by_its_weekday(text: str, day: date) -> None:
    case = _case("CNY", "zh")
    assert _place(text, date(2021, 5, 20), case, "field_note") == (day, day)


@pytest.mark.parametrize("text", ["2.1 会议议定事项（周五前完成）", "第3.5 周三完成。"])
def test_a_numbered_item_or_a_count_is_no_dotted_day(text: str) -> None:
    case = _case("CNY", "zh")
    assert _place(text, date(2021, 5, 20), case, "field_note")[0] != date(2021, 2, 1)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("That first December the circular came with 46 indicators.", date(2022, 12, 1)),
        ("Our first Christmas was lovely.", date(2022, 12, 24)),
        ("That first May we met the parents.", date(2022, 5, 1)),
    ],
)
def test_that_first_month_is_the_first_the_contract_saw(text: str, first: date) -> None:
    assert _place(text, date(2024, 6, 18), _case("GBP"), "interview")[0] == first
