"""What an error suggests for a date written otherwise than in ISO."""

from __future__ import annotations

import pytest

from relcycle.sources.datehints import iso_readings, name_date_hint, suggest_iso


@pytest.mark.parametrize(
    ("written", "readings", "note"),
    [
        ("民國108年3月15日", ("2019-03-15",), "ROC year 108 is 2019"),
        ("中華民國 108 年 3 月", ("2019-03",), "ROC year 108 is 2019"),
        ("108年3月15號", ("2019-03-15",), "ROC year 108 is 2019"),
        ("108/03/15", ("2019-03-15",), "ROC year 108 is 2019"),
        ("108.3.5", ("2019-03-05",), "ROC year 108 is 2019"),
        ("1080315", ("2019-03-15",), "ROC year 108 is 2019"),
        ("１０８年３月", ("2019-03",), "ROC year 108 is 2019"),  # full-width digits
        ("2019年3月15日", ("2019-03-15",), ""),
        ("2019/3/5", ("2019-03-05",), ""),
        ("2019-3", ("2019-03",), ""),
        ("20190315", ("2019-03-15",), ""),
        ("15/03/2019", ("2019-03-15",), ""),
        ("03/15/2019", ("2019-03-15",), ""),
        ("04.03.2019", ("2019-03-04", "2019-04-03"), ""),
        ("March 15, 2019", ("2019-03-15",), ""),
        ("15th Sept 2019", ("2019-09-15",), ""),
        ("Mar 2019", ("2019-03",), ""),
        ("19/03/15", (), ""),  # a two-digit year: no guess
        ("民國108年2月30日", (), ""),  # no such day
        ("next spring", (), ""),
    ],
)
def test_readings(written: str, readings: tuple[str, ...], note: str) -> None:
    assert iso_readings(written) == (readings, note)


def test_the_message_names_the_iso_form_and_why() -> None:
    assert suggest_iso("108/03/15") == (
        "'108/03/15' is not an ISO date; write it as 2019-03-15 (ROC year 108 is 2019)"
    )
    assert suggest_iso(20190315) == "20190315 is not an ISO date; write it as 2019-03-15"


def test_no_message_for_what_has_no_reading_or_where_a_month_will_not_do() -> None:
    assert suggest_iso("soon") is None
    assert suggest_iso(["2019-03-15"]) is None
    assert suggest_iso("108年3月", months=False) is None


def test_a_file_name_starting_with_an_roc_date() -> None:
    assert name_date_hint("1080410-會議紀錄.txt") == (
        "its name seems to start with the date 2019-04-10 (ROC year 108 is 2019): "
        "name it 2019-04-10-..."
    )
    assert name_date_hint("108.04.10 協調會.txt") is not None
    assert name_date_hint("interview-director.md") is None
    assert name_date_hint("108年3月-紀錄.txt") is None  # a month is no day to name


@pytest.mark.parametrize(
    ("name", "renamed"),
    [
        ("Board minutes 15 March 2022.md", "2022-03-15 Board minutes.md"),
        ("Interview Dan 18.01.2023.docx", "2023-01-18 Interview Dan.docx"),
        ("Minutes 15 March 2022 (draft).md", "2022-03-15 Minutes (draft).md"),
        ("會議紀錄 2019年3月15日.md", "2019-03-15 會議紀錄.md"),
        ("fieldnote-20190920.md", "2019-09-20-fieldnote.md"),
    ],
)
def test_a_file_name_holding_a_day_further_on_says_how_to_rename_it(
    name: str, renamed: str
) -> None:
    day = renamed[:10]
    assert name_date_hint(name) == f"its name holds the date {day}: rename it {renamed!r}"


@pytest.mark.parametrize(
    "name",
    [
        "board-minutes-2021-06.md",  # a month is no day
        "emails-autumn-2021.txt",
        "report v2.1.2021.md",  # 2 January or 1 February
        "notes March 15, 2022 and April 2, 2022.md",  # two days
        "wechat-街道工作群-2020Q1.txt",
        "會議紀錄2019年3月15日.md",  # not a word of its own
    ],
)
def test_no_rename_without_one_clear_day_in_the_name(name: str) -> None:
    assert name_date_hint(name) is None
