"""The days practitioners date by: 七一, 三八节, 教师节, 年前 / 年后, 正月十五, 腊月.

Found by an outside case (liangtian-wenhua-zh, a township's cultural station):
an interview of December 2024 said 腊月那次机构发函 and 年前年后事情最多 …
正月十五前后灯会布展, and none of them was read; 年前年后 was even read as 前年 (the
year before last), so a refusal of January 2024 was placed in March 2023. Minutes
said 七一当天, a field note 七一前街道党建办材料多: 七一 was no time either.

A lunar month belongs to its lunar year: said in 2019, 去年腊月 is the twelfth month
of the lunar year 2018, January to February 2019.
"""

from __future__ import annotations

from datetime import date

import pytest
from timeexpr_context import CTX  # an interview recorded on 2019-12-10

from relcycle.sources.timeexpr import find_mentions


@pytest.mark.parametrize(
    ("text", "expression", "start", "end", "precision"),
    [
        ("七一前夕", "七一前夕", date(2019, 6, 17), date(2019, 6, 30), "week"),
        ("七一当天", "七一", date(2019, 7, 1), date(2019, 7, 1), "day"),
        ("建党节前后", "建党节前后", date(2019, 6, 24), date(2019, 7, 8), "week"),
        ("八一前夕", "八一前夕", date(2019, 7, 18), date(2019, 7, 31), "week"),
        ("十一期间", "十一", date(2019, 10, 1), date(2019, 10, 7), "week"),
        ("三八节", "三八节", date(2019, 3, 8), date(2019, 3, 8), "day"),
        ("妇女节", "妇女节", date(2019, 3, 8), date(2019, 3, 8), "day"),
        ("五四青年节", "五四青年节", date(2019, 5, 4), date(2019, 5, 4), "day"),
        ("教师节", "教师节", date(2019, 9, 10), date(2019, 9, 10), "day"),
        ("植树节", "植树节", date(2019, 3, 12), date(2019, 3, 12), "day"),
        ("七夕", "七夕", date(2019, 8, 7), date(2019, 8, 7), "day"),
        ("小年", "小年", date(2019, 1, 28), date(2019, 1, 28), "day"),
        ("六月六", "六月六", date(2019, 7, 8), date(2019, 7, 8), "day"),  # the sixth lunar month's
        ("六月六日", "六月六日", date(2019, 6, 6), date(2019, 6, 6), "day"),  # a day of June
        ("正月十五", "正月十五", date(2019, 2, 19), date(2019, 2, 19), "day"),
        ("正月初八", "正月初八", date(2019, 2, 12), date(2019, 2, 12), "day"),
        ("正月里", "正月里", date(2019, 2, 5), date(2019, 3, 6), "month"),
        ("腊月二十三", "腊月二十三", date(2019, 1, 28), date(2019, 1, 28), "day"),
        ("腊月", "腊月", date(2019, 1, 6), date(2019, 2, 4), "month"),
        ("腊月底", "腊月底", date(2019, 1, 26), date(2019, 2, 4), "week"),
        ("去年腊月", "去年腊月", date(2019, 1, 6), date(2019, 2, 4), "month"),
        ("2018年腊月", "2018年腊月", date(2019, 1, 6), date(2019, 2, 4), "month"),
        ("年前", "年前", date(2019, 1, 15), date(2019, 1, 28), "week"),
        ("年后", "年后", date(2019, 2, 13), date(2019, 2, 26), "week"),
        ("过完年", "过完年", date(2019, 2, 13), date(2019, 2, 26), "week"),
        ("年前年后", "年前年后", date(2019, 1, 29), date(2019, 2, 12), "week"),
    ],
)
def test_a_day_named_by_custom(
    text: str, expression: str, start: date, end: date, precision: str
) -> None:
    m = find_mentions(f"{text}那次，我们去了镇里。", CTX)[0]
    assert (m.expression, m.interval_start, m.interval_end, m.precision.value) == (
        expression,
        start,
        end,
        precision,
    )


@pytest.mark.parametrize(
    "text",
    ["成年后", "小年轻", "七一广场", "八一路", "十一个人", "第十一期间", "真正月", "二十一前后"],
)
def test_no_day_in_words_and_numbers_that_look_alike(text: str) -> None:
    assert find_mentions(f"{text}那边，我们去了。", CTX) == []


@pytest.mark.parametrize(
    ("text", "expression"),
    [("三年前", "三年前"), ("两年后", "两年后"), ("今年前三季度", "今年")],
)
def test_years_before_and_after_stay_years(text: str, expression: str) -> None:
    assert find_mentions(text, CTX)[0].expression == expression


def test_around_the_new_year_is_not_the_year_before_last() -> None:
    mentions = find_mentions("说实话有点生气。年前年后事情最多。", CTX)
    assert [(m.expression, m.interval_start) for m in mentions] == [("年前年后", date(2019, 1, 29))]
