import itertools
from datetime import date

import pytest

from relcycle.domain import period_of, periods_between
from relcycle.domain.case import Contract, add_months


def test_month_period_covers_whole_month() -> None:
    p = period_of(date(2018, 2, 14), "month")
    assert (p.start, p.end, p.label) == (date(2018, 2, 1), date(2018, 2, 28), "2018-02")


def test_quarter_period_label_and_bounds() -> None:
    p = period_of(date(2018, 5, 3), "quarter")
    assert (p.start, p.end, p.label) == (date(2018, 4, 1), date(2018, 6, 30), "2018-Q2")


def test_week_uses_iso_weeks_across_year_end() -> None:
    p = period_of(date(2019, 12, 31), "week")
    assert p.label == "2020-W01"
    assert p.start == date(2019, 12, 30)
    assert p.end == date(2020, 1, 5)


def test_periods_between_is_contiguous_and_covers_span() -> None:
    ps = periods_between(date(2017, 9, 15), date(2018, 2, 2), "month")
    assert [p.label for p in ps] == [
        "2017-09",
        "2017-10",
        "2017-11",
        "2017-12",
        "2018-01",
        "2018-02",
    ]
    for a, b in itertools.pairwise(ps):
        assert (b.start - a.end).days == 1


def test_periods_between_empty_when_reversed() -> None:
    assert periods_between(date(2019, 1, 1), date(2018, 1, 1), "quarter") == []


def test_unknown_grain_names_the_choices() -> None:
    with pytest.raises(ValueError, match="choose one of: month, quarter, week"):
        period_of(date(2018, 1, 1), "year")  # type: ignore[arg-type]


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(date(2018, 1, 31), 1) == date(2018, 2, 28)
    assert add_months(date(2018, 11, 15), 3) == date(2019, 2, 15)


def test_contract_end_from_term() -> None:
    assert Contract.derive_end(date(2017, 9, 1), 24) == date(2019, 8, 31)
    assert Contract.derive_end(None, 24) is None
