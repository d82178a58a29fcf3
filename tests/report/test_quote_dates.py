"""A quote's date is shown as finely as it is known."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from relcycle.report.naming import Namer, when
from relcycle.trajectory.result import Quote


def test_a_year_a_month_and_a_day_read_as_such() -> None:
    assert when(date(2017, 1, 1), date(2017, 12, 31), "year") == "2017"
    assert when(date(2018, 3, 1), date(2018, 3, 31), "month") == "2018-03"
    assert when(date(2018, 3, 5), date(2018, 3, 5), "day") == "2018-03-05"


def test_other_intervals_show_their_first_and_last_day() -> None:
    assert when(date(2018, 1, 1), date(2018, 6, 30), "half-year") == "2018-01-01 – 2018-06-30"
    assert when(date(2017, 10, 1), date(2017, 10, 7), "week") == "2017-10-01 – 2017-10-07"


def _names() -> Namer:
    from relcycle.domain import Actor, Case
    from relcycle.frameworks import load_framework

    case = Case(
        id="c",
        title="c",
        language="en",
        period="month",
        start=date(2021, 4, 1),
        end=date(2023, 9, 30),
        actors=(Actor("swo", "Hearthside", "social_org", ()),),
    )
    return Namer(case, load_framework(), [], "en")


def _recalled(first: date, last: date, told: date, precision: str) -> str | None:
    quote = Quote("i.md", first, "q", "swo.resist.refuse", "swo", "auto", told, last, precision)
    return _names().quote(quote).recalled


def test_a_quote_about_a_time_well_before_its_source_says_when_it_was_recalled() -> None:
    told = date(2023, 1, 18)
    assert _recalled(date(2022, 3, 1), date(2022, 5, 31), told, "season") == "2023-01-18"
    # "in the second year" (April 2022 - March 2023) told in January 2023: recalled too
    assert _recalled(date(2022, 4, 1), date(2023, 3, 31), told, "year") == "2023-01-18"


def test_a_quote_about_its_own_time_is_not_a_recollection() -> None:
    # "this year" in a letter of 6 July 2022; "since December" told on 18 January
    assert _recalled(date(2022, 1, 1), date(2022, 12, 31), date(2022, 7, 6), "year") is None
    assert _recalled(date(2022, 12, 1), date(2022, 12, 31), date(2023, 1, 18), "month") is None
    assert _recalled(date(2022, 7, 6), date(2022, 7, 6), date(2022, 7, 6), "day") is None


def test_a_chat_message_is_no_recollection_of_its_export() -> None:
    # tanghe-jiating-zh's tester: a QQ export of 2021-11-22 showed its September messages as
    # "recalled on 2021-11-22"
    from relcycle.domain import Actor, Case, Source
    from relcycle.frameworks import load_framework

    case = Case("c", "c", "zh", "month", date(2021, 3, 1), date(2023, 8, 31),
                (Actor("swo", "同心", "social_org", ()),))  # fmt: skip
    chat = Source("qq.txt", "message", date(2021, 11, 22), None, None, "x", "qq.txt", "utf-8",
                  "0" * 64)  # fmt: skip
    names = Namer(case, load_framework(), [chat], "zh")
    told = date(2021, 11, 22)
    quote = Quote("qq.txt", date(2021, 9, 6), "q", "swo.comply", "swo", "auto", told,
                  date(2021, 9, 6), "day")  # fmt: skip
    assert names.quote(quote).recalled is None
    assert names.quote(replace(quote, source="i.md")).recalled == "2021-11-22"
