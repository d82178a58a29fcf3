"""A quote's date is shown as finely as it is known."""

from __future__ import annotations

from datetime import date

from relcycle.report.naming import when


def test_a_year_a_month_and_a_day_read_as_such() -> None:
    assert when(date(2017, 1, 1), date(2017, 12, 31), "year") == "2017"
    assert when(date(2018, 3, 1), date(2018, 3, 31), "month") == "2018-03"
    assert when(date(2018, 3, 5), date(2018, 3, 5), "day") == "2018-03-05"


def test_other_intervals_show_their_first_and_last_day() -> None:
    assert when(date(2018, 1, 1), date(2018, 6, 30), "half-year") == "2018-01-01 – 2018-06-30"
    assert when(date(2017, 10, 1), date(2017, 10, 7), "week") == "2017-10-01 – 2017-10-07"
