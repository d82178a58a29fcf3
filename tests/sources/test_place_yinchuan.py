"""Placements outsiders found wrong in three Chinese cases (yinchuan, huhehaote, suzhou).

A year dating a document's version (2022年修订的考核细则) lends no year to the
dates after it; in an interview, 今天 and 明天 are the interview's now and give
way to the time recalled (前年冬天); and a yearless date whose latest occurrence
ends before the studied period began is the coming one (a needs survey of June
2021 on 暑假), unless its clause tells it as done.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_place_suva_bexar import _case_of, _placed

from relcycle.domain import Case


def _case() -> Case:
    return _case_of(date(2021, 1, 1), date(2023, 12, 31), "zh")


def test_a_year_dating_a_documents_version_lends_no_year() -> None:
    text = "招标文件完整纳入了2022年修订的考核细则，中心曾于4月25日致函区司法局。"
    start, _, expression = _placed(text, date(2023, 11, 20), "minutes", _case())
    assert (start, expression) == (date(2023, 4, 25), "4月25日")
    # the same year said of an act lends it
    text = "2022年修订考核细则时，中心曾于4月25日致函区司法局。"
    start, _, _ = _placed(text, date(2023, 11, 20), "minutes", _case())
    assert start == date(2022, 4, 25)


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("前年冬天跟他吵过一回。那时候活动报个备就行，我今天想到明天就能做。", "前年冬天"),
        ("今天回头看，前年冬天那次争吵是个转折。", "前年冬天"),
    ],
)
def test_an_interviews_today_gives_way_to_the_time_recalled(text: str, expression: str) -> None:
    start, end, kept = _placed(text, date(2023, 12, 19), "interview", _case())
    assert (start, end, kept) == (date(2021, 12, 1), date(2022, 2, 28), expression)


def test_a_note_of_the_day_keeps_its_today() -> None:
    text = "今天上午开会，讨论了前年冬天的那次争吵。"
    start, _, expression = _placed(text, date(2023, 12, 19), "field_note", _case())
    assert (start, expression) == (date(2023, 12, 19), "今天")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # the summer behind (2020) ends before the project began: the coming one
        ("暑假留守儿童托管需求大，建议开设四周夏令营。", date(2021, 7, 1)),
        # told as done, it stays behind
        ("暑假的时候已经搞过一次摸底了。", date(2020, 7, 1)),
    ],
)
def test_a_yearless_date_before_the_project_began_looks_ahead(text: str, start: date) -> None:
    case = _case_of(date(2021, 4, 1), date(2024, 3, 31), "zh")
    assert _placed(text, date(2021, 6, 7), "report", case)[0] == start
