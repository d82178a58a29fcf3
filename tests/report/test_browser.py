"""The L town report as a reader gets it: opened in headless Chromium, and printed to PDF.

Debian's Chromium, driven by Playwright with ``executable_path``. Opening the
HTML must make no request but for the file itself, log no console error, and
draw a page that is not blank; the PDF's text layer must hold the stages'
Chinese names as written.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from matplotlib import image
from pypdf import PdfReader

from relcycle.report.pdf import CHROMIUM_ARGS
from relcycle.report.pdf_text import RADICALS
from relcycle.services.report import ReportResult, write_report
from relcycle.settings import Settings

pytestmark = pytest.mark.browser

CHARTS_DRAWN = """() => document.querySelectorAll('.js-plotly-plot').length > 0 &&
    Array.from(document.querySelectorAll('.js-plotly-plot'))
        .every(d => d.querySelector('.main-svg') !== null)"""


class Visit:
    """What happened while the report was open."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.screenshot = b""
        self.chart_shot = b""
        self.bands = 0
        self.annotations: list[str] = []


@pytest.fixture(scope="module")
def browser(chromium: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=chromium, args=list(CHROMIUM_ARGS))
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture(scope="module")
def visit(browser: Any, ltown_zh: Any) -> Visit:
    """Open the Chinese L town report once and record what the page did."""
    seen = Visit()
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.on("request", lambda r: seen.requests.append(r.url))
    page.on("console", lambda m: seen.console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: seen.page_errors.append(str(e)))
    html: Path = ltown_zh.result.html
    page.goto(html.resolve().as_uri(), wait_until="load")
    page.wait_for_function(CHARTS_DRAWN, timeout=60_000)
    seen.bands = int(page.locator(".main-svg .shapelayer path").count())
    seen.annotations = [str(t) for t in page.locator(".annotation-text").all_text_contents()]
    seen.screenshot = page.screenshot()
    chart = page.locator(".js-plotly-plot").first
    chart.scroll_into_view_if_needed()
    seen.chart_shot = chart.screenshot()
    page.close()
    return seen


def _pixels(png: bytes) -> np.ndarray[Any, Any]:
    return np.asarray(image.imread(io.BytesIO(png), format="png"))[..., :3]


def _colours(pixels: np.ndarray[Any, Any]) -> int:
    rgb = (pixels * 255).astype(np.uint32)
    return len(np.unique(rgb[..., 0] << 16 | rgb[..., 1] << 8 | rgb[..., 2]))


def test_opening_the_report_requests_nothing_but_the_file(visit: Visit, ltown_zh: Any) -> None:
    own = ltown_zh.result.html.resolve().as_uri()
    assert visit.requests[0] == own
    assert [u for u in visit.requests if not u.startswith(("data:", "blob:"))] == [own]


def test_the_page_logs_no_error(visit: Visit) -> None:
    assert visit.console_errors == []
    assert visit.page_errors == []


def test_the_page_is_not_blank(visit: Visit) -> None:
    pixels = _pixels(visit.screenshot)
    assert pixels.shape[:2] == (900, 1280)
    assert float(pixels.std()) > 0.05
    assert _colours(pixels) > 30


def test_the_chart_is_drawn_with_its_stage_bands(visit: Visit, ltown_zh: Any) -> None:
    pixels = _pixels(visit.chart_shot)
    assert float(pixels.std()) > 0.05 and _colours(pixels) > 30
    stages = ltown_zh.result.run.analysis.stages
    assert visit.bands >= len(stages)
    drawn = " ".join(visit.annotations)
    for stage in stages:
        assert stage.name in drawn


@pytest.fixture(scope="module")
def ltown_pdf(
    chromium: str, ltown_zh: Any, ltown_store: Settings, tmp_path_factory: pytest.TempPathFactory
) -> ReportResult:
    """The stored L town case's report, written again with its PDF."""
    out = tmp_path_factory.mktemp("report-pdf")
    return write_report(ltown_zh.result.case_id, ltown_store, out_dir=out, pdf=True)


def test_the_pdf_text_layer_holds_the_chinese_stage_names(ltown_pdf: ReportResult) -> None:
    assert ltown_pdf.pdf is not None and ltown_pdf.pdf.exists()
    reader = PdfReader(ltown_pdf.pdf)
    assert len(reader.pages) > 1
    text = "".join(page.extract_text() for page in reader.pages)
    stages = ltown_pdf.run.analysis.stages
    names = [s.name for s in stages]
    assert len(names) == 4
    for name in names:
        assert name in text
    assert ltown_pdf.run.analysis.case.title in text
    assert not [ch for ch in text if ord(ch) in RADICALS]
    # every character of the text layer is one the page shows (plotly writes minus signs)
    html = ltown_pdf.html.read_text(encoding="utf-8")
    assert {ch for ch in text if not ch.isspace()} - set(html) <= {"\u2212"}
    assert sorted(p.name for p in ltown_pdf.pdf.parent.iterdir()) == sorted(
        [ltown_pdf.html.name, ltown_pdf.pdf.name]
    )
