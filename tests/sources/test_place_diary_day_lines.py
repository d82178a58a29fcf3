"""Field notes kept as a diary: each day line dates the paragraphs below it."""

from __future__ import annotations

from datetime import date

from relcycle.domain import Actor, Case, Source
from relcycle.sources.segmenter import segment_text
from relcycle.sources.timeexpr import place_segments

ACTORS = (Actor("gov", "滨江街道办事处", "government", ("街道", "王科长")),
          Actor("swo", "恒心社工", "social_org", ("机构", "刘总干事")))  # fmt: skip
CASE = Case("c", "c", "zh", "month", date(2019, 7, 1), date(2021, 12, 31), ACTORS, None)


def _placed(text: str, day: date = date(2021, 3, 4)) -> list[tuple[date, date]]:
    source = Source("notes.md", "field_note", day, None, None, text, "notes.md", "utf-8", "0" * 64)
    segments = segment_text(source.id, text, ACTORS)
    return [(a.start, a.end) for a in place_segments(segments, source, CASE)]


NOTES = "\n\n".join(
    [
        "2021年3月4日 星期四 晴",
        "王科长打电话要机构派人去接种点，刘总干事下午明确拒绝。",
        "【反思】我担心街道会卡资金。",
        "2021年5月27日 星期四 阴",
        "刘总干事在理事会上提出机构将不再投标，理事会同意。",
        "## 2021年11月11日（周四）小雨",
        "十一月份联席会议。今天街道同意合并台账。",
    ]
)


def test_each_day_dates_its_own_paragraphs() -> None:
    placed = _placed(NOTES)
    assert placed[1] == placed[2] == (date(2021, 3, 4), date(2021, 3, 4))
    assert placed[4] == (date(2021, 5, 27), date(2021, 5, 27))


def test_a_day_line_is_now_for_the_words_below_it() -> None:
    # 今天 is the day line's day, not the source's date (4 March)
    assert _placed(NOTES)[6] == (date(2021, 11, 11), date(2021, 11, 11))


def test_a_paragraph_that_names_its_own_time_keeps_it() -> None:
    text = "2021年5月27日 星期四\n\n他回忆说，去年三月就报过方案。"
    assert _placed(text)[1] == (date(2020, 3, 1), date(2020, 3, 31))


def test_a_sentence_opening_with_a_date_is_no_day_line() -> None:
    # 2021年5月20日，… says something: the paragraphs after it stay at the source's date
    text = "2021年5月20日，街道来检查台账，要求补齐照片。\n\n下午机构开会商量。"
    assert _placed(text)[1] == (date(2021, 3, 4), date(2021, 3, 4))
