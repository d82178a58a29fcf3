"""Fixtures for the readers: case folders written on the fly, .docx and .pdf files."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from case_texts import CASE_YAML

from relcycle.settings import Settings

CaseWriter = Callable[..., Path]


@pytest.fixture
def settings() -> Settings:
    """Default settings, whatever the environment says."""
    return Settings()


@pytest.fixture
def make_case(tmp_path: Path) -> CaseWriter:
    """Write a case folder: ``make_case({"sources/a.md": "...", ...}, case_yaml=...)``.

    Values are text (written as UTF-8) or bytes; ``case_yaml=None`` writes none.
    """

    def write(
        files: dict[str, str | bytes] | None = None,
        case_yaml: str | None = CASE_YAML,
        name: str = "case",
    ) -> Path:
        root = tmp_path / name
        (root / "sources").mkdir(parents=True)
        if case_yaml is not None:
            (root / "case.yaml").write_text(case_yaml, encoding="utf-8")
        for rel, content in (files or {}).items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return root

    return write


@pytest.fixture
def make_docx() -> Callable[[Sequence[str | list[list[str]]]], bytes]:
    """A .docx with the given blocks: a str is a paragraph, a list of rows a table."""

    def build(blocks: Sequence[str | list[list[str]]]) -> bytes:
        import docx

        document = docx.Document()
        for block in blocks:
            if isinstance(block, str):
                document.add_paragraph(block)
            else:
                table = document.add_table(rows=len(block), cols=len(block[0]))
                for r, row in enumerate(block):
                    for c, value in enumerate(row):
                        table.cell(r, c).text = value
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()

    return build


@pytest.fixture
def make_pdf() -> Callable[..., bytes]:
    """A .pdf with one page per text (Latin-1 text, Helvetica); optionally password-protected."""

    def build(pages: Sequence[str], password: str | None = None) -> bytes:
        from pypdf import PdfWriter
        from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

        writer = PdfWriter()
        font = writer._add_object(
            DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/Font"),
                    NameObject("/Subtype"): NameObject("/Type1"),
                    NameObject("/BaseFont"): NameObject("/Helvetica"),
                }
            )
        )
        for text in pages:
            page = writer.add_blank_page(612, 792)
            ops = ["BT", "/F1 12 Tf", "14 TL", "72 720 Td"]
            for line in text.split("\n"):
                escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                ops.append(f"({escaped}) Tj T*")
            ops.append("ET")
            stream = DecodedStreamObject()
            stream.set_data("\n".join(ops).encode("latin-1"))
            page[NameObject("/Contents")] = writer._add_object(stream)
            page[NameObject("/Resources")] = DictionaryObject(
                {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
            )
        if password is not None:
            writer.encrypt(user_password=password, owner_password="owner", algorithm="RC4-128")
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()

    return build
