"""report.figures: the L town timeline and indicator chart as PNG and SVG, Chinese set in CJK."""

from __future__ import annotations

import math
import re
import warnings
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from matplotlib import image

from relcycle.errors import ConfigError, InputError
from relcycle.examples import example_path
from relcycle.frameworks import load_framework
from relcycle.report import figures as figures_module
from relcycle.report import fonts
from relcycle.report.figures import (
    FigureLabels,
    figure_labels,
    figure_paths,
    period_zscores,
    write_figures,
)
from relcycle.report.fonts import CjkFont
from relcycle.report.labels import word
from relcycle.services.analysis import analyze
from relcycle.services.figures import case_figures
from relcycle.settings import Settings
from relcycle.trajectory.export import indicators_json
from relcycle.trajectory.result import Analysis

NAMES = ["timeline.png", "timeline.svg", "indicators.png", "indicators.svg"]


@pytest.fixture(scope="module")
def ltown(tmp_path_factory: pytest.TempPathFactory, cjk_font: CjkFont) -> Analysis:
    """The L town case analysed once for the module (about five seconds).

    Its title is Chinese, so every figure of it needs the CJK font.
    """
    db = tmp_path_factory.mktemp("figures-store") / "store.db"
    return analyze(example_path("ltown"), Settings.from_env({}, db=f"sqlite:///{db}")).analysis


def _labels(analysis: Analysis, lang: str) -> FigureLabels:
    return figure_labels(load_framework(analysis.case.framework), lang)


@pytest.fixture(scope="module")
def zh_files(ltown: Analysis, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    out = tmp_path_factory.mktemp("figures-zh")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a missing glyph warns: it must not
        return write_figures(ltown, _labels(ltown, "zh"), out)


def _glyph_ids_after(svg: str, words: str) -> list[str]:
    """The glyphs drawn for the text element whose comment starts with ``words``."""
    start = svg.index(f"<!-- {words}")
    end = svg.index("<!--", start + 4) if "<!--" in svg[start + 4 :] else len(svg)
    return re.findall(r'xlink:href="#([^"]+)"', svg[start:end])


def test_every_figure_is_written_as_png_and_svg(zh_files: list[Path]) -> None:
    assert [p.name for p in zh_files] == NAMES
    assert zh_files == list(figure_paths(zh_files[0].parent))
    for path in zh_files:
        assert path.stat().st_size > 10_000
    assert sorted(p.name for p in zh_files[0].parent.iterdir()) == sorted(NAMES)


@pytest.mark.parametrize("name", ["timeline.png", "indicators.png"])
def test_the_pngs_are_not_blank(zh_files: list[Path], name: str) -> None:
    pixels = np.asarray(image.imread(zh_files[0].parent / name))
    assert pixels.shape[0] > 600 and pixels.shape[1] > 1500
    assert float(pixels[..., :3].std()) > 0.05
    # the stage bands' colours are there, not just black lines on white
    rgb = (pixels[..., :3] * 255).astype(np.uint32)
    assert len(np.unique(rgb[..., 0] << 16 | rgb[..., 1] << 8 | rgb[..., 2])) > 50


@pytest.mark.browser
def test_stage_names_are_drawn_with_the_cjk_fonts_glyphs(
    ltown: Analysis, zh_files: list[Path], cjk_font: CjkFont
) -> None:
    names = [s.name for s in ltown.stages]
    assert len(names) == 4 and all(fonts.has_cjk(n) for n in names)
    prefix = cjk_font.postscript_name()
    glyphs = cjk_font.glyphs()
    for svg_name in ("timeline.svg", "indicators.svg"):
        svg = (zh_files[0].parent / svg_name).read_text(encoding="utf-8")
        for name in names:
            assert cjk_font.covers(name)
            drawn = _glyph_ids_after(svg, name)
            # each character is the CJK font's own glyph for it
            expected = [f"{prefix}-{glyphs[ord(ch)]:x}" for ch in name]
            assert drawn[: len(name)] == expected


def test_the_timeline_shows_confidence_and_the_legend(
    ltown: Analysis, zh_files: list[Path]
) -> None:
    svg = (zh_files[0].parent / "timeline.svg").read_text(encoding="utf-8")
    for stage in ltown.stages:
        assert f"<!-- 置信度 {stage.confidence:.0%} -->" in svg
    assert "<!-- 转折点 -->" in svg and "<!-- 合法性危机 -->" in svg
    assert "<!-- 政府 -->" in svg and "<!-- 社会组织 -->" in svg


def test_the_indicator_chart_names_every_indicator(ltown: Analysis, zh_files: list[Path]) -> None:
    svg = (zh_files[0].parent / "indicators.svg").read_text(encoding="utf-8")
    framework = load_framework(ltown.case.framework)
    for indicator in framework.indicators:
        assert f"<!-- {indicator.label.text('zh')} -->" in svg


def test_english_labels(ltown: Analysis, tmp_path: Path) -> None:
    write_figures(ltown, _labels(ltown, "en"), tmp_path)
    svg = (tmp_path / "timeline.svg").read_text(encoding="utf-8")
    for stage in load_framework().stages:
        if stage.id in {s.label for s in ltown.stages}:
            assert stage.label.text("en").split()[0] in svg
    assert "<!-- Turning point -->" in svg and "置信度" not in svg


def test_the_svg_is_the_same_each_time(
    ltown: Analysis, zh_files: list[Path], tmp_path: Path
) -> None:
    write_figures(ltown, _labels(ltown, "zh"), tmp_path)
    for name in ("timeline.svg", "indicators.svg"):
        assert (tmp_path / name).read_bytes() == (zh_files[0].parent / name).read_bytes()


def test_period_zscores_read_like_the_analysis_json(ltown: Analysis) -> None:
    z = period_zscores(ltown)
    doc = indicators_json(ltown.table)
    for j, (name, scope) in enumerate(zip(ltown.table.ids, ltown.table.scopes, strict=True)):
        expected = doc["scopes"][scope][name]["z"]
        for t, value in enumerate(expected):
            if value is None:
                assert math.isnan(z[t][j])
            else:
                assert z[t][j] == pytest.approx(value, abs=5e-4)  # the JSON keeps 3 decimals


def test_chinese_labels_without_a_cjk_font_is_a_one_line_error(
    ltown: Analysis, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fonts, "find_cjk_font", lambda: None)
    with pytest.raises(ConfigError) as err:
        write_figures(ltown, _labels(ltown, "zh"), tmp_path / "out")
    assert str(err.value) == (
        "the figure has Chinese text but no CJK font is installed; "
        "install one with: apt-get install fonts-noto-cjk"
    )
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_folder_is_named_and_nothing_is_written(
    ltown: Analysis, tmp_path: Path
) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(InputError) as err:
        write_figures(ltown, _labels(ltown, "en"), blocker / "figures")
    assert str(err.value).startswith(f"{blocker / 'figures'}: cannot create the folder")
    assert "\n" not in str(err.value)
    assert [p.name for p in tmp_path.iterdir()] == ["file.txt"]


def test_a_failure_while_drawing_leaves_the_old_figures_and_no_temporary_file(
    ltown: Analysis, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "timeline.png").write_bytes(b"old")

    def broken(*_: object) -> None:
        raise RuntimeError("drawing failed")

    monkeypatch.setattr(figures_module, "indicator_figure", broken)
    with pytest.raises(RuntimeError, match="drawing failed"):
        write_figures(ltown, _labels(ltown, "en"), tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["timeline.png"]
    assert (tmp_path / "timeline.png").read_bytes() == b"old"


def test_a_case_without_stages_still_gets_its_figures(
    make_case: Callable[..., Path], tmp_path: Path
) -> None:
    settings = Settings.from_env({}, db=f"sqlite:///{tmp_path / 'store.db'}")
    analysis = analyze(make_case(), settings).analysis
    assert analysis.stages == () and analysis.reason
    files = write_figures(analysis, _labels(analysis, "en"), tmp_path / "figs")
    assert [p.name for p in files] == NAMES
    assert "<!-- no stages could be told apart -->" in files[1].read_text(encoding="utf-8")
    assert float(np.asarray(image.imread(files[2]))[..., :3].std()) > 0.01


@pytest.mark.usefixtures("cjk_font")  # the timeline, drawn first, has Chinese text
def test_a_failed_drawing_leaves_no_new_output_folder(
    make_case: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings.from_env({}, db=f"sqlite:///{tmp_path / 'store.db'}")
    case = make_case()

    def broken(*_: object) -> None:
        raise RuntimeError("drawing failed")

    monkeypatch.setattr(figures_module, "indicator_figure", broken)
    with pytest.raises(RuntimeError, match="drawing failed"):
        case_figures(case, settings, out_dir=tmp_path / "new" / "figs")
    assert not (tmp_path / "new").exists()


def test_write_figures_draws_before_it_makes_the_folder(
    ltown: Analysis, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object) -> None:
        raise RuntimeError("drawing failed")

    monkeypatch.setattr(figures_module, "timeline_figure", broken)
    with pytest.raises(RuntimeError, match="drawing failed"):
        write_figures(ltown, _labels(ltown, "en"), tmp_path / "figs")
    assert list(tmp_path.iterdir()) == []


def test_the_sides_are_named_as_the_report_names_them(
    ltown: Analysis, zh_files: list[Path], tmp_path: Path
) -> None:
    zh_timeline = (zh_files[0].parent / "timeline.svg").read_text(encoding="utf-8")
    zh_indicators = (zh_files[0].parent / "indicators.svg").read_text(encoding="utf-8")
    for side in ("government", "social_org"):
        assert f"<!-- {word('zh', 'role', side)} -->" in zh_timeline
        assert f"<!-- {word('zh', 'scope', side)} -->" in zh_indicators
    assert "社工机构" not in zh_timeline + zh_indicators
    write_figures(ltown, _labels(ltown, "en"), tmp_path)
    en_timeline = (tmp_path / "timeline.svg").read_text(encoding="utf-8")
    en_indicators = (tmp_path / "indicators.svg").read_text(encoding="utf-8")
    # the lane is the report's role word, capitalised as its scope word is
    assert word("en", "role", "social_org") == "social-work organisation"
    assert "<!-- Social-work organisation -->" in en_timeline
    assert f"<!-- {word('en', 'scope', 'social_org')} -->" in en_indicators
    assert "Social work org." not in en_timeline + en_indicators


def test_a_one_quarter_stage_label_stays_inside_its_band(tmp_path: Path, cjk_font: CjkFont) -> None:
    from matplotlib import rc_context

    from relcycle.report.figures import _rc, _x, timeline_figure

    case = Path(__file__).resolve().parents[1] / "data" / "cases" / "nansha-homecare-hk-ngo"
    settings = Settings.from_env({}, db=f"sqlite:///{tmp_path / 'store.db'}")
    analysis = analyze(case, settings).analysis
    days = [(s.end - s.start).days for s in analysis.stages]
    assert min(days) < 100  # the resistance stage is one quarter of twelve
    with rc_context(_rc(cjk_font)):  # as draw_figures draws it: the title is Chinese
        fig = timeline_figure(analysis, _labels(analysis, "en"))
        fig.draw_without_rendering()
        renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
        ax = fig.axes[0]
        labels = [t for t in ax.texts if "confidence" in t.get_text()]
        assert len(labels) == len(analysis.stages)
        for text, stage in zip(labels, analysis.stages, strict=True):
            box = text.get_window_extent(renderer)
            (left, _), (right, _) = ax.transData.transform(
                [(_x(stage.start), 0.0), (_x(stage.end), 0.0)]
            )
            assert left <= box.x0 and box.x1 <= right + 0.02 * (right - left), text.get_text()
