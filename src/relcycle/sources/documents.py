"""The text of binary sources: .docx (python-docx) and .pdf (pypdf's text layer).

The text returned is what a reader sees, laid out as a plain-text source
would be: a ``.docx`` gives its paragraphs and tables in document order, each
paragraph and each table a block separated by a blank line, a table row per
line with its cells separated by `` | ``; a ``.pdf`` gives its pages' text,
pages separated by a blank line. Headers, footers, comments and images are
not read.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from relcycle.errors import SourceReadError

DOCUMENT_SUFFIXES = (".docx", ".pdf")
_CELL_SEPARATOR = " | "


def _blocks(container: Any) -> Iterator[str]:
    """Yield the text of each paragraph and table of a document or a table cell."""
    for item in container.iter_inner_content():
        if hasattr(item, "rows"):
            rows = [_row_text(row) for row in item.rows]
            table = "\n".join(row for row in rows if row)
            if table:
                yield table
        elif item.text.strip():
            yield item.text


def _row_text(row: Any) -> str:
    cells: list[str] = []
    seen: set[int] = set()
    for cell in row.cells:
        if id(cell._tc) in seen:  # a merged cell is listed once per grid column it spans
            continue
        seen.add(id(cell._tc))
        cells.append(" ".join(" ".join(_blocks(cell)).split()))
    return _CELL_SEPARATOR.join(cells) if any(cells) else ""


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
        pages = [page.extract_text() or "" for page in reader.pages]
    except SourceReadError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise SourceReadError(
            f"is not a valid PDF ({type(exc).__name__}: {exc}); re-save or re-export it",
            path=path,
        ) from None
    return "\n\n".join(page.strip("\n") for page in pages)


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
