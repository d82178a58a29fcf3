"""Printing an HTML report to PDF with headless Chromium, offline.

Debian's Chromium (``apt-get install chromium fonts-noto-cjk``) is driven by
Playwright's sync API with ``executable_path``; Playwright's own browser
download is never used. Printing never touches the network: every request
other than ``file:``, ``data:`` and ``blob:`` URLs is aborted, and Chromium is
started without its background networking. The page is laid out at the
width of an A4 page, plotly charts are waited for, and the PDF is written to
a temporary file in the target folder, its text layer repaired
(:mod:`relcycle.report.pdf_text`), then renamed into place.

Which Chromium: the ``chromium`` argument, else the ``chromium`` setting
(``RELCYCLE_CHROMIUM``), else ``chromium`` (or ``chromium-browser``) on the
PATH.
"""

from __future__ import annotations

import asyncio
import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from relcycle.errors import ConfigError, InputError
from relcycle.report.fonts import INSTALL_HINT, cjk_font_faces, find_cjk_font, has_cjk
from relcycle.report.outfiles import open_temp

if TYPE_CHECKING:
    from playwright.sync_api import Route

CHROMIUM_ARGS: tuple[str, ...] = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
)
"""Chromium's flags: runs as root in containers, and makes no request of its own at start."""

LOCAL_SCHEMES: tuple[str, ...] = ("file:", "data:", "blob:", "about:")
"""URL schemes the page may load; every other request is aborted."""

PAGE_WIDTH_PX = 794
"""A4's width at 96 dpi: the page is laid out at the width it is printed at."""

RENDER_TIMEOUT_MS = 60_000
"""How long to wait for the page and its charts."""

INSTALL = "install it with: apt-get install chromium fonts-noto-cjk, or set RELCYCLE_CHROMIUM"

_CHARTS_DRAWN = """() => Array.from(document.querySelectorAll('.plotly-graph-div, .js-plotly-plot'))
    .every(d => d.querySelector('.main-svg') !== null)"""
"""True once every plotly chart (plotly.io's div, or any div Plotly.newPlot drew into) is drawn."""


_DOCUMENT_TEXT = """() => !document.body ? '' : [document.body.innerText,
    ...Array.from(document.querySelectorAll('svg text'), t => t.textContent || '')].join('\\n')"""
"""The page's text as printed: what it shows, and the text in its charts' SVGs."""


def find_chromium(chromium: str | None = None) -> str:
    """The Chromium executable to print with.

    Args:
        chromium: An explicit path or command name; the ``chromium`` setting
            (``RELCYCLE_CHROMIUM``), then the PATH, when ``None`` or empty.

    Raises:
        ConfigError: No Chromium is found (the message says how to install one).
    """
    if not chromium:
        from relcycle.settings import Settings

        chromium = Settings.from_env().chromium
    if chromium:
        found = shutil.which(chromium)
        if found is None:
            raise ConfigError(
                f"Chromium {chromium!r} (RELCYCLE_CHROMIUM) is not an executable; {INSTALL}"
            )
        return found
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found is not None:
            return found
    raise ConfigError(f"cannot print PDF: Chromium is not installed; {INSTALL}")


def _allow_local(route: Route) -> None:
    if route.request.url.startswith(LOCAL_SCHEMES):
        route.continue_()
    else:
        route.abort("blockedbyclient")


def _print(executable: str, html: Path, pdf: Path) -> str:
    """Print ``html`` to ``pdf`` (a new file); return the page's text."""
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        try:
            browser = pw.chromium.launch(
                executable_path=executable, args=list(CHROMIUM_ARGS), headless=True
            )
        except PlaywrightError as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ConfigError(f"Chromium {executable} did not start: {first}; {INSTALL}") from None
        try:
            context = browser.new_context(
                viewport={"width": PAGE_WIDTH_PX, "height": 1123}, service_workers="block"
            )
            page = context.new_page()
            page.route("**/*", _allow_local)
            try:
                page.goto(html.as_uri(), wait_until="load", timeout=RENDER_TIMEOUT_MS)
                page.wait_for_function(_CHARTS_DRAWN, timeout=RENDER_TIMEOUT_MS)
                page.evaluate("() => document.fonts.ready.then(() => true)")
                text = str(page.evaluate(_DOCUMENT_TEXT))
                page.pdf(
                    path=str(pdf),
                    format="A4",
                    print_background=True,
                    prefer_css_page_size=True,
                    margin={"top": "12mm", "bottom": "12mm", "left": "10mm", "right": "10mm"},
                )
            except PlaywrightError as exc:
                first = str(exc).strip().splitlines()[0]
                raise InputError(f"cannot print the page to PDF: {first}", path=html) from None
        finally:
            browser.close()
    return text


def _print_here_or_in_a_thread(executable: str, html: Path, pdf: Path) -> str:
    """Run :func:`_print` here, or in a worker thread when an asyncio loop runs here.

    Playwright's sync API refuses to run inside a running event loop (an async
    web handler, or another Playwright session in the same thread).
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return _print(executable, html, pdf)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="relcycle-pdf") as pool:
        return pool.submit(_print, executable, html, pdf).result()


def html_to_pdf(html: Path, pdf: Path, *, chromium: str | None = None) -> Path:
    """Print an HTML file to PDF with headless Chromium, without any network request.

    Args:
        html: The HTML file (self-contained: requests other than local files are blocked).
        pdf: The PDF to write; replaced atomically, left untouched on failure.
        chromium: The Chromium executable; see :func:`find_chromium`.

    Returns:
        The path of the PDF written.

    Raises:
        InputError: The HTML file does not exist, the PDF's folder cannot be
            written, or the page cannot be printed.
        ConfigError: Chromium is not installed or does not start, or the page
            has Chinese text and no CJK font is installed.
    """
    from relcycle.report.pdf_text import repair_text_layer

    html = Path(html).resolve()
    target = Path(pdf)
    if not html.is_file():
        raise InputError("no such HTML file to print", path=html)
    executable = find_chromium(chromium)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, raw = open_temp(folder, target.name, ".print")
    except OSError as exc:
        raise InputError(f"cannot write the PDF: {exc.strerror or exc}", path=target) from None
    os.close(fd)
    fixed = Path(raw).with_suffix(".tmp")
    try:
        text = _print_here_or_in_a_thread(executable, html, Path(raw))
        font = find_cjk_font()
        if font is None and has_cjk(text):
            raise ConfigError(
                f"{html.name} has Chinese text but no CJK font is installed; {INSTALL_HINT}"
            )
        repair_text_layer(Path(raw), fixed, font, text, cjk_font_faces())
        os.replace(fixed, target)
    finally:
        Path(raw).unlink(missing_ok=True)
        fixed.unlink(missing_ok=True)
    return target
