"""The text of binary sources: .docx (python-docx) and .pdf (pypdf's text layer).

The text returned is what a reader sees, laid out as a plain-text source
would be: a ``.docx`` gives its paragraphs and tables in document order, each
paragraph and each table a block separated by a blank line, a table row per
line with its cells separated by `` | ``; a ``.pdf`` gives its pages' text,
pages separated by a blank line. Headers, footers, comments and images are
not read; nor are a PDF's running headers and footers (a line that recurs at the
top or bottom of half its pages, ``Page 1 of 2`` alike) and page numbers. A
paragraph reads as Word shows it: tracked insertions, moved-to text, simple
fields and content controls in; tracked deletions out.

A PDF's text layer has lines, not paragraphs: every line ends with a newline
and nothing marks where a paragraph ends. Where the page's layout shows it, a
blank line is put between paragraphs: before a line set lower than the page's
usual line pitch allows (a paragraph's space before or after), before a line
whose font size differs (a heading), and where the text jumps back up the page
(a new column or box). A page whose lines are evenly spaced reads as before;
no line's text is changed by this, only blank lines added. And the radicals a
CJK font's text layer writes for ideographs (⼀⽉ for 一月) read as the
ideographs.

Transcripts keep their turns. A table whose first column holds a few short
labels that repeat (``Interviewer | ...``, ``Director | ...``, ``Interviewer |
...``: what transcription services deliver) is a transcript: each row becomes
a turn ``Interviewer: ...``, its other cells joined by `` | `` but for a cell
holding only a time into the recording (``00:03:40``); a header row above is
kept as a row, unless it only names the columns (``Speaker | Time | Text``).
A paragraph that opens with a short bold label and a tab (**Manager**⇥text) is
the turn ``Manager: text``.
"""

from __future__ import annotations

import functools
import io
import itertools
import math
import re
import statistics
import unicodedata
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from relcycle.errors import SourceReadError

DOCUMENT_SUFFIXES = (".docx", ".pdf")
_CELL_SEPARATOR = " | "
_LABEL_MAX = 24  # characters of a speaker label
_LABELS_MAX = 5  # distinct speakers in a transcript table
#: A transcript table's cell holding only a time into the recording, or a span of two.
_ELAPSED_CELL = re.compile(
    r"\[?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?\]?"
    r"(?:\s*(?:-->|[-–])\s*\[?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?\]?)?"
)
#: The heads of a transcript table's columns (Speaker | Time | Text).
_COLUMN_HEAD = re.compile(
    r"(?i:speakers?|name|who|time(?:stamp|code)?|start|end|in|out|text|transcript(?:ion)?"
    r"|utterance|content|dialogue|说话人|發言人|发言人|时间|時間|内容|內容|文本)"
)
_NOT_A_LABEL = re.compile(r"[.。?？!！,，;；]|\s\S+\s\S+\s\S+\s")  # a sentence, or 5+ words
_PARAGRAPH_GAP = 1.3  # a line this many usual line pitches below the last opens a paragraph
_SIZE_CHANGE = 1.15  # a line whose font is this much larger or smaller opens one (a heading)
_MIN_GAPS = 3  # line gaps a page needs before its usual pitch is trusted


def _blocks(container: Any) -> Iterator[str]:
    """Yield the text of each paragraph and table of a document or a table cell."""
    for item in container.iter_inner_content():
        if hasattr(item, "rows"):
            table = _table_text([_row_cells(row) for row in item.rows])
            if table:
                yield table
        elif _visible_text(item).strip():
            yield _paragraph_text(item)


def _row_cells(row: Any) -> list[str]:
    cells: list[str] = []
    seen: set[int] = set()
    for cell in row.cells:
        if id(cell._tc) in seen:  # a merged cell is listed once per grid column it spans
            continue
        seen.add(id(cell._tc))
        cells.append(" ".join(" ".join(_blocks(cell)).split()))
    return cells


def _label(text: str) -> str | None:
    """``text`` as a speaker label (short, no sentence), without a closing colon; else None."""
    label = text.strip().rstrip(":：").strip()
    if not label or len(label) > _LABEL_MAX or _NOT_A_LABEL.search(f" {label} "):
        return None
    return label


def _transcript_start(rows: list[list[str]]) -> int | None:
    """The first turn's row if ``rows`` are a transcript's (see the module doc), else None."""
    start = 1 if len(rows) > 2 and sum(r[:1] == rows[0][:1] for r in rows) == 1 else 0
    turns = rows[start:]
    labels = [_label(r[0]) if len(r) >= 2 and any(r[1:]) else None for r in turns]
    if len(turns) < 2 or None in labels:
        return None
    distinct = len(set(labels))
    return start if distinct <= _LABELS_MAX and distinct < len(labels) else None


def _table_text(rows: list[list[str]]) -> str:
    start = _transcript_start(rows)
    plain = rows if start is None else rows[:start]
    if start == 1 and all(_COLUMN_HEAD.fullmatch(cell) for cell in rows[0] if cell):
        plain = []  # Speaker | Time | Text: the transcript table's column heads
    lines = [_CELL_SEPARATOR.join(r) if any(r) else "" for r in plain]
    if start is not None:
        for r in rows[start:]:
            # a cell with only the time into the recording (00:03:40, 0:12) says nothing
            rest = _CELL_SEPARATOR.join(
                cell for cell in r[1:] if cell and not _ELAPSED_CELL.fullmatch(cell)
            )
            lines.append(f"{_label(r[0])}: {rest}")
    return "\n".join(line for line in lines if line)


# The runs a reader sees: python-docx's Paragraph.text reads only direct runs and
# hyperlinks, so a tracked insertion (w:ins: a transcript corrected with Track
# Changes on), a moved-to passage, a simple field or a content control was lost.
# Deleted and moved-from text (w:del, w:moveFrom) stays out, as Word shows it.
_VISIBLE_RUNS = (
    "w:r | w:hyperlink | w:ins/w:r | w:moveTo/w:r | w:fldSimple/w:r | w:smartTag/w:r"
    " | w:sdt/w:sdtContent/w:r"
)


def _visible_text(paragraph: Any) -> str:
    """The text of a paragraph as Word shows it, tracked insertions included."""
    return "".join(run.text for run in paragraph._p.xpath(_VISIBLE_RUNS))


def _paragraph_text(paragraph: Any) -> str:
    """A paragraph's text; one opening with a bold label and a tab as ``Label: text``."""
    text = _visible_text(paragraph)
    head, tab, rest = text.partition("\t")
    runs = paragraph.runs
    if not tab or not runs or not runs[0].bold or (label := _label(head)) is None:
        return text
    bold = "".join(run.text for run in runs if run.bold)
    return f"{label}: {rest.lstrip()}" if bold.strip().startswith(head.strip()) else text


def docx_text(data: bytes, path: str | Path) -> str:
    """The text of a .docx file: paragraphs and tables, in document order.

    Args:
        data: The file's bytes.
        path: The file, for error messages.

    Raises:
        SourceReadError: The file is not a .docx (not a zip archive, or a zip
            without a Word document in it).
    """
    import docx  # python-docx: imported only when a .docx is read
    from docx.opc.exceptions import PackageNotFoundError

    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise SourceReadError(
            "is an old Word file (.doc) named .docx; open it in Word and save it as .docx",
            path=path,
        )
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise SourceReadError(
            "is not a .docx file: a .docx is a zip archive and this is not one; "
            "save it from Word as .docx",
            path=path,
        )
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise SourceReadError(
            f"is not a valid .docx file ({exc}); save it from Word as .docx", path=path
        ) from None
    return "\n\n".join(_blocks(document))


@dataclass
class _PdfLine:
    """One line of a page's text layer, with where its first glyphs sit."""

    text: str = ""
    y: float | None = None  # baseline height in user space; None while the line is blank
    size: float = 0.0  # effective font size


def _page_lines(page: Any) -> tuple[str, list[_PdfLine]]:
    """``page``'s text as pypdf extracts it, and its lines with where each starts and its size."""
    lines = [_PdfLine()]

    def visit(text: str, cm: Sequence[float], tm: Sequence[float], font: Any, size: float) -> None:
        # the text matrix times the current transformation: where the glyphs land on the page
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = math.hypot(tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3])
        for i, part in enumerate(text.split("\n")):
            if i:
                lines.append(_PdfLine())
            line = lines[-1]
            line.text += part
            if line.y is None and part.strip():
                line.y, line.size = y, size * scale

    plain: str = page.extract_text(visitor_text=visit) or ""
    return plain, lines


def _pitch(before: _PdfLine, line: _PdfLine) -> float:
    """How far ``line`` sits below ``before``, in font sizes (a line pitch is about 1.2).

    0 when either line is blank (has no place on the page).
    """
    if before.y is None or line.y is None:
        return 0.0
    return (before.y - line.y) / max(before.size, line.size, 1e-6)


def _opens_paragraph(before: _PdfLine, line: _PdfLine, usual: float) -> bool:
    sizes = sorted((before.size, line.size))
    resized = sizes[0] > 0 and sizes[1] / sizes[0] > _SIZE_CHANGE
    pitch = _pitch(before, line)
    return pitch > _PARAGRAPH_GAP * usual or pitch < -usual or resized


def _page_text(page: Any) -> str:
    """A page's text as pypdf extracts it, with a blank line between the paragraphs it shows."""
    plain, lines = _page_lines(page)
    if "\n".join(line.text for line in lines) != plain:
        return plain  # the visitor saw other text than the extraction: keep the extraction
    pairs = list(itertools.pairwise(lines))
    pitches = [p for p in (_pitch(a, b) for a, b in pairs) if p > 0]
    if len(pitches) < _MIN_GAPS:
        return plain
    usual = statistics.quantiles(pitches, n=4, method="inclusive")[0]  # the lower quartile
    out = [lines[0].text]
    for before, line in pairs:
        opens = (
            before.y is not None
            and line.y is not None
            and bool(before.text.strip())
            and _opens_paragraph(before, line, usual)
        )
        out.append(("\n\n" if opens else "\n") + line.text)
    return "".join(out)


# A CJK font gives a radical and the ideograph written like it one glyph, and the
# PDF's text layer names the glyph by the lower code point: Chrome's or Word's PDF
# of Chinese text reads 一月 as ⼀⽉, 長者 as ⻑者, 人 as ⼈, so that neither a date
# nor a code's words are found. Kangxi radicals (U+2F00-U+2FD5) fold to their
# ideographs by NFKC; the CJK radicals supplement has no such mapping, so its
# radicals that share a glyph with an ideograph in the Noto CJK fonts are listed.
_SUPPLEMENT_RADICALS = (
    "⺂乛⺃乚⺅亻⺉刂⺋㔾⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺘扌⺙攵⺛旡⺞歺⺟母⺠民⺡氵⺣灬⺤爫⺦丬⺨犭"
    "⺫罒⺭礻⺯糹⺰纟⺱罓⺲罒⺳㓁⺹耂⺺肀⺾艹⺿艹⻁虎⻂衤⻃覀⻄西⻅见⻆角⻈讠⻉贝⻋车⻌辶⻍辶⻎辶"
    "⻐钅⻑長⻒镸⻓长⻔门⻖阝⻘青⻙韦⻚页⻛风⻜飞⻝食⻟飠⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄"
    "⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟"
)
_RADICAL_CHARS = re.compile("[\u2e80-\u2eff\u2f00-\u2fd5]")


@functools.cache
def _radical_table() -> dict[int, str]:
    table = {cp: unicodedata.normalize("NFKC", chr(cp)) for cp in range(0x2F00, 0x2FD6)}
    pairs = _SUPPLEMENT_RADICALS
    table.update({ord(pairs[i]): pairs[i + 1] for i in range(0, len(pairs), 2)})
    return table


def _ideographs(text: str) -> str:
    """``text`` with the radicals a PDF's text layer writes for ideographs as the ideographs."""
    if not _RADICAL_CHARS.search(text):
        return text
    return text.translate(_radical_table())


#: A page number alone on a page's first or last line: 3, - 3 -, Page 3, Page 3 of 12, 3/12.
_PAGE_NUMBER = re.compile(r"(?i)(?:page\s*)?-?\s*\d{1,3}\s*-?(?:\s*(?:of|/)\s*\d{1,3})?")
_DIGITS = re.compile(r"\d+")
_EDGE = 2  # how many lines at each end of a page a running header or footer may take


def _edges(lines: list[str]) -> list[int]:
    """The indices of a page's first and last few non-blank lines."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return sorted(set(filled[:_EDGE] + filled[-_EDGE:]))


def _without_running_lines(pages: list[str]) -> list[str]:
    """The pages without their running headers and footers and their page numbers.

    A line at the top or bottom of a page that recurs at an edge of at least half
    the pages (two at least; its numbers may differ: ``Page 1 of 2``) is the
    document's running header or footer, not its text; so is a page number alone
    on a page's first or last line.
    """
    split = [page.split("\n") for page in pages]
    edges = [_edges(lines) for lines in split]
    seen: dict[str, int] = {}
    for lines, at in zip(split, edges, strict=True):
        for key in {_DIGITS.sub("#", lines[i].strip()) for i in at}:
            seen[key] = seen.get(key, 0) + 1
    running = {k for k, n in seen.items() if n >= 2 and 2 * n >= len(pages)}
    out = []
    for lines, at in zip(split, edges, strict=True):
        drop = {
            i
            for i in at
            if _DIGITS.sub("#", lines[i].strip()) in running
            or _PAGE_NUMBER.fullmatch(lines[i].strip()) is not None
        }
        if not drop:
            out.append("\n".join(lines))
            continue
        kept = [line for i, line in enumerate(lines) if i not in drop]
        out.append("\n".join(kept).strip("\n"))
    return out


def pdf_text(data: bytes, path: str | Path) -> str:
    """The text layer of a .pdf file, page by page.

    A PDF encrypted with an empty user password (only printing or copying
    restricted) is read; one that needs a password to open is refused.

    Args:
        data: The file's bytes.
        path: The file, for error messages.

    Raises:
        SourceReadError: The file is not a valid PDF, or is encrypted.
    """
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise SourceReadError(
                "is encrypted (it needs a password to open); save an unencrypted copy "
                "(print to PDF) and read that",
                path=path,
            )
        pages = _without_running_lines([_page_text(page) for page in reader.pages])
    except SourceReadError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise SourceReadError(
            f"is not a valid PDF ({type(exc).__name__}: {exc}); re-save or re-export it",
            path=path,
        ) from None
    return _ideographs("\n\n".join(page.strip("\n") for page in pages))


def document_text(data: bytes, path: str | Path) -> str:
    """The text of a .docx or .pdf file, by its suffix.

    Raises:
        SourceReadError: The file cannot be read, or its suffix is not .docx or .pdf.
    """
    suffix = Path(path).suffix.lower()
    if suffix == ".docx":
        return docx_text(data, path)
    if suffix == ".pdf":
        return pdf_text(data, path)
    raise SourceReadError(
        f"{suffix!r} is not a document format; choose one of: {', '.join(DOCUMENT_SUFFIXES)}",
        path=path,
    )
