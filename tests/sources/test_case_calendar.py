"""A case's calendar from its contract's currency, where case.yaml says nothing else."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from relcycle.domain import Actor, Case, Contract, Segment, Source
from relcycle.sources.timeexpr import place_segments
from relcycle.sources.timeexpr.locale import Calendar, currency_calendar
from relcycle.sources.timeexpr.model import case_calendar


def _case(terms: dict[str, Any], extra: dict[str, Any] | None = None) -> Case:
    actors = (Actor("gov", "council", "government"), Actor("swo", "charity", "social_org"))
    contract = Contract(terms, start=date(2021, 7, 1), end=date(2024, 6, 30))
    return Case("c", "c", "en", "quarter", date(2021, 7, 1), date(2024, 3, 31), actors, contract,
                extra=extra or {})  # fmt: skip


def _place(text: str, case: Case, day: date = date(2024, 5, 14)) -> tuple[date, date]:
    source = Source("s.md", "interview", day, None, None, text, "s.md", "utf-8", "0" * 64)
    (anchor,) = place_segments([Segment("s.md", 0, 0, len(text), text)], source, case)
    return anchor.start, anchor.end


@pytest.mark.parametrize(
    ("written", "calendar"),
    [
        ("AUD", Calendar(7, True, True)),
        (" aud ", Calendar(7, True, True)),
        ("A$", Calendar(7, True, True)),
        ("GBP", Calendar(4, False, True)),
        ("£", Calendar(4, False, True)),
        ("HK$", Calendar(4, False, True)),
        ("RMB", Calendar(1, False, None)),
        ("人民币", Calendar(1, False, None)),
        ("USD", Calendar(None, False, False)),
        ("MYR", Calendar(1, False, True)),
        ("KES", Calendar(7, False, True)),
        ("PHP", Calendar(1, False, False)),
        ("XYZ", None),
        (600000, None),
    ],
)
def test_a_currency_as_case_yaml_writes_it(written: object, calendar: Calendar | None) -> None:
    assert currency_calendar({"currency": written}) == calendar


def test_an_australian_contract_reads_fy_seasons_and_dates_as_australians_do() -> None:
    case = _case({"currency": "AUD"})
    assert _place("By Q3 FY23 we had the working group.", case) == (
        date(2023, 1, 1),
        date(2023, 3, 31),
    )
    assert _place("In the autumn of 2023 we planned the bid.", case) == (
        date(2023, 3, 1),
        date(2023, 5, 31),
    )
    assert _place("Then on 3/4/2022 we got a letter.", case) == (date(2022, 4, 3),) * 2


def test_a_british_contract_starts_its_financial_year_in_april() -> None:
    case = _case({"currency": "GBP"})
    assert _place("Through the 2022/23 financial year we reported less.", case) == (
        date(2022, 4, 1),
        date(2023, 3, 31),
    )
    assert _place("In the autumn of 2023 we planned the bid.", case) == (
        date(2023, 9, 1),
        date(2023, 11, 30),
    )


def test_an_american_contract_reads_3_4_2022_as_march_and_leaves_its_fiscal_year_open() -> None:
    case = _case({"currency": "USD"})
    assert _place("Then on 3/4/2022 we got a letter.", case) == (date(2022, 3, 4),) * 2
    assert _place("By Q3 FY23 we had the working group.", case) == (date(2024, 5, 14),) * 2


def test_a_malaysian_contract_reads_6_11_2023_day_first() -> None:
    case = _case({"currency": "MYR"})
    assert (
        _place("The officer came on 6/11/2023 with the checklist.", case)
        == (date(2023, 11, 6),) * 2
    )


def test_what_case_yaml_says_goes_before_the_currency() -> None:
    case = _case(
        {"currency": "AUD", "financial_year_start": "October"},
        {"hemisphere": "north", "date_order": "month-first"},
    )
    assert case_calendar(case) == Calendar(10, False, False)
    assert case_calendar(_case({})) == Calendar(None, False, None)
