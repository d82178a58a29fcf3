"""report.pdf: HTML printed to PDF by Debian's Chromium, offline, with a searchable text layer."""

from __future__ import annotations

import asyncio
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import plotly.offline
import pytest
from pypdf import PdfReader

from relcycle.errors import ConfigError, InputError
from relcycle.frameworks import load_framework
from relcycle.report import pdf as pdf_module
from relcycle.report.fonts import CjkFont
from relcycle.report.pdf import find_chromium, html_to_pdf
from relcycle.report.pdf_text import (
    RADICALS,
    TextLayerFix,
    parse_cmap,
    radical_map,
    rewrite_cmap,
)


def _text(pdf: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(pdf).pages)


def _stage_names() -> list[str]:
    return [s.label.text("zh") for s in load_framework().stages]


def _page(body: str, head: str = "") -> str:
    return (
        f'<!doctype html><html><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'
    )


@pytest.mark.browser
def test_chinese_words_are_in_the_pdf_text_layer_as_written(
    chromium: str, cjk_font: CjkFont, tmp_path: Path
) -> None:
    # 生 and 门 share their glyphs with the radicals ⽣ (U+2F63) and ⻔ (U+2ED4): the text
    # layer must give back the ideographs, so that searching the PDF finds the words.
    # Dashes and ligatures have the same trouble: — and ―, – and ‒ share glyphs; fi is one.
    words = [*_stage_names(), "生活", "入门", "长期", "见面", "马上", "L镇 — 报告", "2017–2018"]
    words += ["figure office"]
    html = tmp_path / "page.html"
    body = "".join(f"<p>{w}</p>" for w in words) + "<h1>L镇 — 报告</h1>"  # bold is shaped apart
    html.write_text(_page(body), encoding="utf-8")
    pdf = html_to_pdf(html, tmp_path / "page.pdf", chromium=chromium)
    assert pdf == tmp_path / "page.pdf"
    text = _text(pdf)
    squeezed = "".join(text.split())  # pypdf puts spaces where the font changes
    for word in words:
        assert "".join(word.split()) in squeezed
    assert not [ch for ch in text if ord(ch) in RADICALS]
    assert {ch for ch in text if not ch.isspace()} <= set(body)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.html", "page.pdf"]


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]]

    def do_GET(self) -> None:
        self.hits.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def web_server() -> Iterator[tuple[str, list[str]]]:
    """A local web server that records every request it receives."""
    hits: list[str] = []
    handler = type("Handler", (_Recorder,), {"hits": hits})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", hits
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.browser
def test_printing_makes_no_network_request(
    chromium: str, web_server: tuple[str, list[str]], tmp_path: Path
) -> None:
    url, hits = web_server
    head = f'<link rel="stylesheet" href="{url}/style.css"><script src="{url}/lib.js"></script>'
    body = f'<p>offline</p><img src="{url}/logo.png"><iframe src="{url}/frame"></iframe>'
    body += f"<script>fetch('{url}/api').catch(() => null)</script>"
    html = tmp_path / "page.html"
    html.write_text(_page(body, head), encoding="utf-8")
    html_to_pdf(html, tmp_path / "page.pdf", chromium=chromium)
    assert "offline" in _text(tmp_path / "page.pdf")
    assert hits == []


@pytest.mark.browser
def test_plotly_charts_are_drawn_before_printing(chromium: str, tmp_path: Path) -> None:
    chart = (
        '<div id="c" class="plotly-graph-div" style="width:600px;height:300px"></div>'
        "<script>setTimeout(() => Plotly.newPlot('c', "
        "[{x: [1, 2, 3], y: [2, 1, 3], name: 'zebrasignal', type: 'scatter'}], "
        "{showlegend: true, title: {text: 'chartheading'}}), 300)</script>"
    )
    head = f"<script>{plotly.offline.get_plotlyjs()}</script>"
    html = tmp_path / "chart.html"
    html.write_text(_page(chart, head), encoding="utf-8")
    text = _text(html_to_pdf(html, tmp_path / "chart.pdf", chromium=chromium))
    assert "chartheading" in text and "zebrasignal" in text


@pytest.mark.browser
def test_printing_works_inside_a_running_event_loop(chromium: str, tmp_path: Path) -> None:
    # an async web handler calling the sync API: Playwright's sync API refuses a running loop
    html = tmp_path / "page.html"
    html.write_text(_page("<p>异步</p>"), encoding="utf-8")

    async def handler() -> Path:
        return html_to_pdf(html, tmp_path / "page.pdf", chromium=chromium)

    assert "异步" in _text(asyncio.run(handler()))


@pytest.mark.browser
def test_chinese_without_a_cjk_font_is_refused_and_leaves_no_pdf(
    chromium: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_module, "find_cjk_font", lambda: None)
    html = tmp_path / "page.html"
    html.write_text(_page("<p>共生期</p>"), encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        html_to_pdf(html, tmp_path / "page.pdf", chromium=chromium)
    assert str(err.value) == (
        "page.html has Chinese text but no CJK font is installed; "
        "install one with: apt-get install fonts-noto-cjk"
    )
    assert [p.name for p in tmp_path.iterdir()] == ["page.html"]


def test_a_missing_chromium_says_how_to_install_it(tmp_path: Path) -> None:
    html = tmp_path / "page.html"
    html.write_text(_page("<p>x</p>"), encoding="utf-8")
    old = tmp_path / "page.pdf"
    old.write_bytes(b"old")
    with pytest.raises(ConfigError) as err:
        html_to_pdf(html, old, chromium=str(tmp_path / "no-such-chromium"))
    message = str(err.value)
    assert "\n" not in message
    assert "apt-get install chromium fonts-noto-cjk" in message and "RELCYCLE_CHROMIUM" in message
    assert old.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.html", "page.pdf"]


def test_chromium_is_looked_for_in_the_setting_then_on_the_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "bin" / "chromium"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\n", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", str(fake.parent))
    monkeypatch.delenv("RELCYCLE_CHROMIUM", raising=False)
    assert find_chromium() == str(fake)
    monkeypatch.setenv("RELCYCLE_CHROMIUM", str(tmp_path / "elsewhere"))
    with pytest.raises(ConfigError, match=r"'.*elsewhere' \(RELCYCLE_CHROMIUM\) is not an exec"):
        find_chromium()
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.delenv("RELCYCLE_CHROMIUM")
    with pytest.raises(ConfigError, match="Chromium is not installed; install it with: apt-get"):
        find_chromium()


def test_a_missing_html_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"page\.html: no such HTML file"):
        html_to_pdf(tmp_path / "page.html", tmp_path / "page.pdf", chromium="/bin/true")
    assert list(tmp_path.iterdir()) == []


def test_a_pdf_folder_that_does_not_exist_is_named(tmp_path: Path) -> None:
    html = tmp_path / "page.html"
    html.write_text(_page("<p>x</p>"), encoding="utf-8")
    with pytest.raises(InputError, match=r"nowhere/page\.pdf: cannot write the PDF"):
        html_to_pdf(html, tmp_path / "nowhere" / "page.pdf", chromium="/bin/true")
    assert [p.name for p in tmp_path.iterdir()] == ["page.html"]


CMAP = """/CIDInit /ProcSet findresource begin
begincmap
1 begincodespacerange
<00> <FF>
endcodespacerange
3 beginbfchar
<09> <2F63>
<0A> <2ED4>
<0B> <5171>
endbfchar
2 beginbfrange
<10> <12> <2F00>
<20> <21> [<0041> <2F63>]
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
"""


def test_radicals_in_a_to_unicode_map_become_the_ideographs(cjk_font: CjkFont) -> None:
    mapping = radical_map(cjk_font)
    assert mapping["\u2f63"] == "生" and mapping["\u2ed4"] == "门"
    fixed = rewrite_cmap(CMAP, TextLayerFix(cjk_font))
    assert fixed is not None
    entries = parse_cmap(fixed)
    assert entries == {
        "09": "生",
        "0A": "门",
        "0B": "共",
        "10": "一",
        "11": "丨",
        "12": "丶",
        "20": "A",
        "21": "生",
    }
    assert "begincodespacerange" in fixed and fixed.rstrip().endswith("end")


def test_a_map_without_radicals_is_left_alone() -> None:
    plain = CMAP.replace("<2F63>", "<751F>").replace("<2ED4>", "<95E8>").replace("<2F00>", "<4E00>")
    assert rewrite_cmap(plain, TextLayerFix(None)) is None
