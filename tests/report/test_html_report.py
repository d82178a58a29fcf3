"""The L town report as a reader gets it: one self-contained page naming every finding."""

from __future__ import annotations

import html
import json
import re

from report_page import Written, read_page, text_of

from relcycle.frameworks import load_framework
from relcycle.report.labels import word


def _chart(page: str) -> dict[str, object]:
    found = re.search(r"var figure = (\{.*?\});\n", page, re.S)
    assert found is not None
    figure: dict[str, object] = json.loads(found.group(1))
    return figure


def test_the_report_names_every_stage_with_its_dates(ltown_zh: Written) -> None:
    analysis = ltown_zh.result.run.analysis
    text = text_of(ltown_zh.html)
    assert len(analysis.stages) == 4
    for s in analysis.stages:
        assert f"{s.name}：{s.start} – {s.end}" in text  # Chinese punctuation in a zh report
        assert f"{s.start} – {s.end}（{s.start_period} – {s.end_period}" in text


def test_the_report_names_every_advice_item_with_its_evidence(ltown_zh: Written) -> None:
    analysis = ltown_zh.result.run.analysis
    text = text_of(ltown_zh.html)
    assert analysis.advice
    for a in analysis.advice:
        assert a.title in text
        assert a.text in text
        for q in a.evidence:
            assert " ".join(q.quote.split()) in text


def test_turning_points_say_what_moved_with_quotes(ltown_zh: Written) -> None:
    analysis = ltown_zh.result.run.analysis
    text = text_of(ltown_zh.html)
    fw = load_framework(analysis.framework["source"].removeprefix("builtin:"))
    assert len(analysis.turning_points) == len(analysis.stages) - 1 == 3
    for t in analysis.turning_points:
        for m in t.moved:
            assert fw.indicator(m.indicator).label["zh"] in text
            for q in m.quotes:
                assert " ".join(q.quote.split()) in text


def test_the_legitimacy_crisis_is_shown_with_its_evidence(ltown_zh: Written) -> None:
    analysis = ltown_zh.result.run.analysis
    text = text_of(ltown_zh.html)
    assert analysis.legitimacy_periods  # the case's early crisis (truth.yaml: 2017-10 – 2017-11)
    assert f"出现合法性危机，{analysis.legitimacy_periods[0]} 最为突出" in text
    crisis = analysis.stages[0].diagnosis.legitimacy
    assert crisis is not None
    for q in crisis.quotes:
        assert " ".join(q.quote.split()) in text


def test_each_stage_card_shows_both_sides_goals_and_strategies(ltown_zh: Written) -> None:
    analysis = ltown_zh.result.run.analysis
    page = ltown_zh.html
    cards = re.findall(r'<article class="stage[^"]*" id="stage-\d">(.*?)</article>', page, re.S)
    assert len(cards) == len(analysis.stages)
    for card, stage in zip(cards, analysis.stages, strict=True):
        text = text_of(card)
        assert stage.name in text
        for role in ("government", "social_org"):
            profile = stage.diagnosis.actors[role]
            assert profile.name in text
            for share in (*profile.goals, *profile.strategies):
                assert f"{share.label} {round(100 * share.share)}%" in text


def test_a_retrospective_quote_says_when_it_was_recalled(ltown_zh: Written) -> None:
    # 2019-12-18-interview-town-staff-liu.md looks back at 2017
    assert "2019-12-18 回忆" in text_of(ltown_zh.html)


def test_nothing_is_loaded_from_the_network(ltown_zh: Written) -> None:
    page = read_page(ltown_zh.html)
    external = [u for u in page.urls if not u[2].startswith("#")]
    assert external == []
    assert all("src" not in attrs for attrs in page.scripts)
    assert "<link" not in ltown_zh.html
    assert "@import" not in ltown_zh.html
    assert "url(" not in ltown_zh.html.split("<script>", 1)[0]


def test_plotly_and_the_css_are_inlined(ltown_zh: Written) -> None:
    from plotly.offline import get_plotlyjs

    assert get_plotlyjs()[:2000] in ltown_zh.html
    assert "Plotly.newPlot" in ltown_zh.html
    assert re.search(r"<style>\s*:root", ltown_zh.html)


def test_the_chart_has_a_band_per_stage_and_quotes_on_hover(ltown_zh: Written) -> None:
    analysis = ltown_zh.result.run.analysis
    figure = _chart(ltown_zh.html)
    layout = figure["layout"]
    assert isinstance(layout, dict)
    bands = [s for s in layout["shapes"] if s["type"] == "rect"]
    assert [b["x0"] for b in bands] == [s.start.isoformat() for s in analysis.stages]
    notes = " ".join(a["text"] for a in layout["annotations"])
    for s in analysis.stages:
        assert f"<b>{s.name}</b><br>置信度 {round(100 * s.confidence)}%" in notes
    traces = {t["name"]: t for t in figure["data"]}  # type: ignore[attr-defined]
    hover = " ".join(traces["引文"]["hovertext"])
    first = analysis.stages[0].evidence[0].quote
    assert html.escape(first[:10]) in hover.replace("<br>", "")
    assert len(traces["事件"]["x"]) == len({e.line for s in analysis.stages
                                            for e in s.diagnosis.key_events})  # fmt: skip
    assert {"政府控制", "机构抗争", "信任"} <= set(traces)


def test_the_chart_is_named_and_described_for_screen_readers(ltown_en: Written) -> None:
    assert (
        '<div id="timeline-chart" class="chart" role="figure" aria-label="Timeline"'
        ' aria-describedby="timeline-help"></div>'
    ) in ltown_en.html
    assert '<p class="small" id="timeline-help">Shaded bands are the stages' in ltown_en.html


def test_english_labels_for_the_chinese_case(ltown_en: Written) -> None:
    analysis = ltown_en.result.run.analysis
    text = text_of(ltown_en.html)
    assert ltown_en.result.lang == "en"
    for name in ("Exploratory stage", "Control stage", "Resistance stage", "Symbiosis stage"):
        assert name in text
    assert "What to do" in text and "Turning points" in text
    assert "Build legitimacy with residents early" in text
    assert "对策建议" not in text and "控制期" not in text
    assert '<html lang="en">' in ltown_en.html
    assert len(analysis.stages) == 4


def test_the_methods_appendix_records_how_to_reproduce(ltown_zh: Written) -> None:
    analysis = ltown_zh.result.run.analysis
    text = text_of(ltown_zh.html)
    from relcycle import __version__

    assert f"relcycle 版本 {__version__}" in text
    assert analysis.framework["hash"] in text
    assert "2026-01-02T03:04:05+00:00" in text
    assert f"relcycle report {analysis.case.id} --lang zh" in text
    for key in analysis.params:
        assert f"参数: {key}" in text
    ev = analysis.evidence
    assert f"证据 {ev.items} 条（" in text and f"使用 {ev.used} 条" in text
    for origin, n in ev.by_origin.items():  # named in Chinese, not by its key
        assert f"{word('zh', 'origin', origin)} {n}" in text
        assert f"{origin} {n}" not in text


def test_the_sources_list_names_every_source(ltown_zh: Written) -> None:
    rows = re.findall(r"<tr><td class=\"date\">", ltown_zh.html)
    assert len(rows) == 85
    assert "2018-07-20-interview-swo-director.md" in ltown_zh.html
