"""A yearless date joined to a dated one takes its year (timeexpr/joined.py)."""

from __future__ import annotations

from datetime import date

import pytest
from test_place import _case, _source

from relcycle.sources.timeexpr import place_segments
from relcycle.sources.timeexpr.find import scan_text
from relcycle.sources.timeexpr.model import TimeContext

# minutes of February 2023, day first: a yearless July alone would be July 2023
CTX = TimeContext(date(2023, 2, 15), date(2022, 7, 1), date(2024, 6, 30), prospective=True,
                  day_first=True)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "first", "start"),
    [
        ("DEX - reporting period 1 July - 31 December 2022", "1 July", date(2022, 7, 1)),
        ("from 1 July to 31 December 2022", "1 July", date(2022, 7, 1)),
        ("July 1 to December 31, 2022", "July 1", date(2022, 7, 1)),
        ("1 Jan – 30 Jun 2023", "1 Jan", date(2023, 1, 1)),
        # a start that would fall after the end is the year before's
        ("1 November - 31 January 2023", "1 November", date(2022, 11, 1)),
        ("on 3 March and 5 May 2022", "3 March", date(2022, 3, 3)),
        ("7月1日至2022年12月31日", "7月1日", date(2022, 7, 1)),
        ("3月1日和2022年5月5日", "3月1日", date(2022, 3, 1)),
    ],
)
def test_a_yearless_start_takes_the_dated_ends_year(text: str, first: str, start: date) -> None:
    for prefilter in (True, False):
        found = scan_text(text, CTX, prefilter=prefilter)[0]
        assert (found[0].expression, found[0].interval_start) == (first, start)
        assert not found[0].relative


@pytest.mark.parametrize(
    "text",
    [
        "in March, and in May 2022",  # words between: each its own
        "3 March. 5 May 2022",
    ],
)
def test_a_date_not_joined_keeps_its_own_reading(text: str) -> None:
    found = scan_text(text, CTX)[0]
    assert found[0].interval_start == date(2023, 3, 1 if "March," in text else 3)
    assert found[0].relative


def test_a_segment_about_a_past_reporting_period_is_placed_in_it() -> None:
    source, segments = _source(
        "3. 报告期为7月1日至2018年12月31日，台账按季度报送。", day=date(2019, 2, 15)
    )
    (anchor,) = place_segments(segments, source, _case())
    assert anchor.start == date(2018, 7, 1)
