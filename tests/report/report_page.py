"""Reading a report's HTML the way a reader or a browser would."""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

from relcycle.services.report import ReportResult


@dataclass(frozen=True)
class Written:
    """A report written, and its HTML."""

    result: ReportResult
    html: str


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.urls: list[tuple[str, str, str]] = []
        self.scripts: list[dict[str, str | None]] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self.scripts.append(dict(attrs))
        if tag in ("script", "style"):
            self._skip += 1
        for name, value in attrs:
            if name in ("src", "href", "srcset", "data", "poster", "action") and value:
                self.urls.append((tag, name, value))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def read_page(html: str) -> _Page:
    """Parse ``html``: its visible text, the URLs its tags point at, its script elements."""
    page = _Page()
    page.feed(html)
    page.close()
    return page


def text_of(html: str) -> str:
    """The page's text as a reader sees it: scripts and styles dropped, tags stripped."""
    return " ".join(" ".join(read_page(html).parts).split())
