"""The L town report read closely: counts, dates and words as a reader expects them."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import replace

from report_page import Written, text_of

from relcycle.frameworks import load_framework
from relcycle.report.findings import stage_card
from relcycle.report.labels import period_count
from relcycle.report.naming import Namer


def _chart(page: str) -> dict[str, object]:
    found = re.search(r"var figure = (\{.*?\});\n", page, re.S)
    assert found is not None
    figure: dict[str, object] = json.loads(found.group(1))
    return figure


def test_a_stage_counts_its_periods_in_the_grains_words(ltown_en: Written) -> None:
    text = text_of(ltown_en.html)
    for s in ltown_en.result.run.analysis.stages:
        n = s.stop - s.first
        periods = s.start_period if n == 1 else f"{s.start_period} – {s.end_period}"
        assert f"({periods}, {n} month{'s' if n > 1 else ''})" in text
    assert " periods)" not in text


def test_period_counts_are_singular_for_one() -> None:
    assert period_count("en", "quarter", 1) == "1 quarter"
    assert period_count("en", "week", 3) == "3 weeks"
    assert period_count("zh", "quarter", 2) == "2 个季度"
    assert period_count("zh", "month", 6) == "6 个月"


def test_one_more_quote_is_singular(ltown_en: Written) -> None:
    text = text_of(ltown_en.html)
    assert "1 more quote " in text + " "
    assert "1 more quotes" not in text


def test_a_quote_names_its_sources_kind_in_the_singular(ltown_en: Written) -> None:
    text = text_of(ltown_en.html)
    assert "· interview ·" in text and "· field note ·" in text
    assert "· interviews ·" not in text and "· field notes ·" not in text
    assert "Interviews" not in text  # the sources by kind keep the plural, in lower case
    assert "interviews" in text


def test_the_advice_source_is_in_the_reports_language(ltown_en: Written) -> None:
    # the analysis holds the advice in the case's language (Chinese); the English
    # report takes each source from the framework, as it does titles and texts
    fw = load_framework()
    text = text_of(ltown_en.html)
    shown = [a.id for a in ltown_en.result.run.analysis.advice]
    assert shown
    for advice in fw.advice:
        if advice.id in shown and advice.source is not None:
            assert f"Source: {advice.source.text('en')}" in text
            assert advice.source.text("zh") not in text


def test_a_month_only_event_reads_as_its_month(ltown_zh: Written) -> None:
    # events.csv line 13 is dated 2018-03: a month, not its first day nor 2018-03-01 – 31
    stages = ltown_zh.result.run.analysis.stages
    assert any(e.line == 13 for s in stages for e in s.diagnosis.key_events)
    assert '<span class="date">2018-03</span>' in ltown_zh.html
    assert "2018-03-01 – 2018-03-31" not in text_of(ltown_zh.html)


def test_the_evidence_counts_say_what_was_counted(ltown_en: Written, ltown_zh: Written) -> None:
    ev = ltown_en.result.run.analysis.evidence
    en, zh = text_of(ltown_en.html), text_of(ltown_zh.html)
    assert f"{ev.by_origin['auto']} automatic codings" in en
    assert f"{ev.by_origin['event']} codes of listed events" in en
    assert f"自动编码 {ev.by_origin['auto']} 条、" in zh
    assert "自动编码," not in zh and f"{ev.by_origin['auto']} 自动编码" not in zh


def test_the_methods_name_candidate_boundaries_by_period(ltown_en: Written) -> None:
    analysis = ltown_en.result.run.analysis
    text = text_of(ltown_en.html)
    ends = analysis.segmentation["candidates"]
    starts = ", ".join(analysis.periods[i].label for i in ends if i < len(analysis.periods))
    assert f"Candidate boundaries (periods a new stage could start in) {starts} " in text
    assert "Parameters: per_unit yes" in text and "True" not in text


def test_the_chart_dates_a_recalled_quote_by_what_it_speaks_of(ltown_en: Written) -> None:
    figure = _chart(ltown_en.html)
    traces = {t["name"]: t for t in figure["data"]}  # type: ignore[attr-defined]
    hover = " ".join(traces["quotes"]["hovertext"])
    assert re.search(r"\(about \d{4}-\d{2}[^)]* · recalled on \d{4}-\d{2}-\d{2}\)", hover)


def test_the_charts_legend_lists_the_sides_top_to_bottom(ltown_en: Written) -> None:
    figure = _chart(ltown_en.html)
    groups = [t.get("legendgroup") for t in figure["data"]]  # type: ignore[attr-defined]
    shown = [g for i, g in enumerate(groups) if g and g not in groups[:i]]
    assert shown == ["government", "social_org", "relationship"]


def test_a_chinese_report_uses_chinese_punctuation(ltown_zh: Written, ltown_en: Written) -> None:
    zh, en = text_of(ltown_zh.html), text_of(ltown_en.html)
    for label in ("起止日期", "置信度", "次可能阶段", "对象", "适用阶段", "出处", "说明", "目录"):
        assert f"{label}：" in zh, label
        assert f"{label}:" not in zh, label
    assert "Dates: " in en and "Applies to: " in en
    assert re.search(r"（\d{4}-\d{2}(-\d{2})? – \d{4}-\d{2}(-\d{2})?）；", zh)  # advice's stages


def test_a_turning_point_is_said_in_plain_words(ltown_en: Written) -> None:
    text = text_of(ltown_en.html)
    for tp in ltown_en.result.run.analysis.turning_points:
        before, after = (load_framework().stage(x).label.text("en") for x in (tp.before, tp.after))
        assert f"From {tp.date} ({tp.period}) the {before} gives way to the {after};" in text
    assert "penalty path" not in text
    assert "Time unit month" in text


def test_the_coverage_table_says_its_numbers_are_per_cent(ltown_en: Written) -> None:
    assert "Per cent of each stage's coded passages" in text_of(ltown_en.html)


def test_the_charts_time_axis_spans_the_studied_period(ltown_en: Written) -> None:
    periods = ltown_en.result.run.analysis.periods
    xaxis = _chart(ltown_en.html)["layout"]["xaxis"]  # type: ignore[index]
    assert xaxis["range"] == [periods[0].start.isoformat(), "2020-03-01"]
    assert periods[-1].end.isoformat() == "2020-02-29"


def test_a_stage_is_dated_within_the_studied_period(ltown_en: Written) -> None:
    # a week case's first week runs from the Monday before the case starts
    analysis = ltown_en.result.run.analysis
    case = analysis.case
    names = Namer(case, load_framework(), [], "en")
    first = replace(analysis.stages[0], start=case.start - dt.timedelta(days=4))
    last = replace(analysis.stages[-1], end=case.end + dt.timedelta(days=2))
    assert stage_card(names, first, 1, "week").start == case.start.isoformat()
    assert stage_card(names, last, 4, "week").end == case.end.isoformat()
