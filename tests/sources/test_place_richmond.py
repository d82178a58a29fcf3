"""Placements an outsider found wrong in a Canadian case (richmond-chinese-seniors-ca-mixed).

A yearless date in brackets glossing the time before it (the end of Q2 (June
30)), an end date a role was extended to in a report, a yearless date in a
clause told as done with "have done", and a weekday after "until" in a clause
in the past.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_place_suva_bexar import _case_of, _placed

from relcycle.sources.timeexpr import TimeContext, find_mentions
from relcycle.sources.timeexpr.joined import moved_into


def _place(text: str, day: date, kind: str) -> tuple[date, date, str | None]:
    return _placed(text, day, kind, _case_of(date(2022, 7, 1), date(2024, 6, 30)))


def _mentions(text: str, day: date, *, prospective: bool) -> dict[str, tuple[date, date]]:
    ctx = TimeContext(day, date(2022, 7, 1), date(2024, 6, 30), prospective=prospective)
    return {m.expression: (m.interval_start, m.interval_end) for m in find_mentions(text, ctx)}


def test_a_date_in_brackets_is_the_one_of_the_time_it_glosses() -> None:
    found = _mentions(
        "Capture must reach 90% by the end of Q2 (June 30).", date(2023, 4, 14), prospective=False
    )
    assert found["June 30"] == (date(2023, 6, 30), date(2023, 6, 30))
    found = _mentions(
        "The first extract is for Q3 2023 (July–September).", date(2023, 1, 14), prospective=False
    )
    assert found["July–September"] == (date(2023, 7, 1), date(2023, 9, 30))


def test_a_date_in_brackets_after_no_time_keeps_its_own_year() -> None:
    found = _mentions("Capture must reach 90% by the deadline (June 30).", date(2024, 4, 14),
                      prospective=False)  # fmt: skip
    assert found["June 30"] == (date(2023, 6, 30), date(2023, 6, 30))


@pytest.mark.parametrize(
    ("inner", "outer", "moved"),
    [
        ((date(2022, 6, 30), date(2022, 6, 30)), (date(2023, 4, 1), date(2023, 6, 30)),
         (date(2023, 6, 30), date(2023, 6, 30))),
        ((date(2024, 1, 16), date(2024, 1, 16)), (date(2023, 1, 1), date(2023, 8, 21)),
         (date(2023, 1, 16), date(2023, 1, 16))),
        # nothing nearer: as it was
        ((date(2023, 2, 1), date(2023, 2, 28)), (date(2023, 8, 1), date(2023, 8, 31)),
         (date(2023, 2, 1), date(2023, 2, 28))),
    ],
)  # fmt: skip
def test_moved_into(
    inner: tuple[date, date], outer: tuple[date, date], moved: tuple[date, date]
) -> None:
    assert moved_into(*inner, *outer) == moved


def test_the_date_a_role_was_extended_to_in_a_report_is_ahead() -> None:
    text = "Winnie Leung's outreach role was extended to September 30 from Society reserves."
    assert _place(text, date(2023, 7, 14), "report")[:2] == (date(2023, 9, 30), date(2023, 9, 30))


def test_have_done_tells_a_yearless_date_as_behind() -> None:
    text = "We have done so in good faith while raising our concerns in writing (January 16)."
    assert _place(text, date(2023, 8, 21), "document")[:2] == (
        date(2023, 1, 16), date(2023, 1, 16)
    )  # fmt: skip


def test_until_or_by_looks_ahead_only_in_a_clause_not_in_the_past() -> None:
    told = "Kelvin stayed until after 10pm on Sunday."
    assert _place(told, date(2023, 1, 31), "field_note")[:2] == (  # a Tuesday
        date(2023, 1, 29), date(2023, 1, 29)
    )  # fmt: skip
    found = _mentions("Please confirm by Friday.", date(2023, 1, 31), prospective=True)
    assert found["Friday"] == (date(2023, 2, 3), date(2023, 2, 3))
