from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from relcycle.errors import SourceReadError
from relcycle.sources.documents import document_text, docx_text, pdf_text


def test_docx_paragraphs_and_tables_in_document_order(make_docx: Callable[..., bytes]) -> None:
    data = make_docx(
        [
            "合同摘要",
            [["甲方", "L镇宣传文化办"], ["乙方", "启明社会工作服务中心"]],
            "",
            "问：服务期多久？",
            "答：两年。",
        ]
    )
    assert docx_text(data, "sources/c.docx") == (
        "合同摘要\n\n甲方 | L镇宣传文化办\n乙方 | 启明社会工作服务中心\n\n"
        "问：服务期多久？\n\n答：两年。"
    )


def test_docx_merged_cells_are_read_once(make_docx: Callable[..., bytes]) -> None:
    import io

    import docx

    document = docx.Document(io.BytesIO(make_docx([[["a", "b", "c"], ["d", "e", "f"]]])))
    table = document.tables[0]
    table.cell(0, 0).merge(table.cell(0, 1))
    out = io.BytesIO()
    document.save(out)
    assert docx_text(out.getvalue(), "c.docx") == "a b | c\nd | e | f"


def test_a_transcript_table_gives_one_turn_per_row(make_docx: Callable[..., bytes]) -> None:
    data = make_docx(
        [
            [
                ["Speaker", "Time", "Text"],  # the columns' heads: no text of the case
                ["Interviewer", "00:00:05", "When did it change?"],
                ["Director:", "0:09.5", "In February, when Greg took over."],
                ["Interviewer", "", "And then?"],
            ]
        ]
    )
    # the time into the recording is left out of the turn: it is no time of the calendar
    assert docx_text(data, "i.docx") == (
        "Interviewer: When did it change?\n"
        "Director: In February, when Greg took over.\n"
        "Interviewer: And then?"
    )


def test_a_transcript_tables_other_header_row_is_kept(make_docx: Callable[..., bytes]) -> None:
    rows = [
        ["Interview 3", "12 May 2022"],
        ["Interviewer", "When did it change?"],
        ["Director", "In February."],
        ["Interviewer", "And then?"],
    ]
    assert docx_text(make_docx([rows]), "i.docx") == (
        "Interview 3 | 12 May 2022\n"
        "Interviewer: When did it change?\nDirector: In February.\nInterviewer: And then?"
    )


@pytest.mark.parametrize(
    "rows",
    [
        [["Indicator", "Feb"], ["Contacts", "188"], ["Placements", "22"]],  # no label repeats
        [["问", "好"], ["Contacts were down, a lot.", "x"], ["问", "y"]],  # a sentence is no label
    ],
)
def test_other_tables_stay_rows_of_cells(
    make_docx: Callable[..., bytes], rows: list[list[str]]
) -> None:
    assert docx_text(make_docx([rows]), "t.docx") == "\n".join(" | ".join(r) for r in rows)


def test_a_bold_label_and_a_tab_open_a_turn() -> None:
    import io

    import docx

    document = docx.Document()
    turn = document.add_paragraph()
    turn.add_run("Manager").bold = True
    turn.add_run("\tFrom February we wanted weekly numbers.")
    document.add_paragraph("Contacts\t188")  # not bold: a tab in text, kept
    out = io.BytesIO()
    document.save(out)
    assert docx_text(out.getvalue(), "i.docx") == (
        "Manager: From February we wanted weekly numbers.\n\nContacts\t188"
    )


def test_docx_that_is_not_a_zip() -> None:
    with pytest.raises(SourceReadError) as info:
        docx_text(b"just some text", "sources/c.docx")
    assert str(info.value) == (
        "sources/c.docx: is not a .docx file: a .docx is a zip archive and this is not one; "
        "save it from Word as .docx"
    )


def test_old_word_file_named_docx() -> None:
    with pytest.raises(SourceReadError, match=r"is an old Word file \(\.doc\) named \.docx"):
        docx_text(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "sources/c.docx")


def test_zip_without_a_word_document() -> None:
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(SourceReadError, match=r"^sources/c\.docx: is not a valid \.docx file"):
        docx_text(out.getvalue(), "sources/c.docx")


def test_pdf_text_layer_page_by_page(make_pdf: Callable[..., bytes]) -> None:
    data = make_pdf(["Contract summary\nTerm: 24 months", "Page two"])
    assert pdf_text(data, "sources/c.pdf") == "Contract summary\nTerm: 24 months\n\nPage two"


def test_encrypted_pdf_is_refused(make_pdf: Callable[..., bytes]) -> None:
    with pytest.raises(SourceReadError) as info:
        pdf_text(make_pdf(["Secret"], password="secret"), "sources/c.pdf")
    assert str(info.value) == (
        "sources/c.pdf: is encrypted (it needs a password to open); save an unencrypted copy "
        "(print to PDF) and read that"
    )


def test_pdf_with_an_empty_user_password_is_read(make_pdf: Callable[..., bytes]) -> None:
    assert pdf_text(make_pdf(["Open to all"], password=""), "c.pdf") == "Open to all"


def test_not_a_pdf() -> None:
    with pytest.raises(SourceReadError, match=r"^sources/c\.pdf: is not a valid PDF \("):
        pdf_text(b"not a pdf at all", "sources/c.pdf")


def test_document_text_dispatches_on_suffix(make_pdf: Callable[..., bytes]) -> None:
    assert document_text(make_pdf(["x"]), "sources/C.PDF") == "x"
    with pytest.raises(SourceReadError, match=r"'\.rtf' is not a document format"):
        document_text(b"", "sources/c.rtf")


def _laid_out_pdf(lines: list[tuple[str, float, float]]) -> bytes:
    """A one-page .pdf whose lines are (text, font size, baseline height) in points."""
    import io

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
    page = writer.add_blank_page(612, 792)
    ops = [f"BT /F1 {size:g} Tf 1 0 0 1 72 {y:g} Tm ({text}) Tj ET" for text, size, y in lines]
    stream = DecodedStreamObject()
    stream.set_data("\n".join(ops).encode("latin-1"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_pdf_paragraphs_set_apart_by_space_get_a_blank_line() -> None:
    # 12 pt text on a 14 pt pitch; the second paragraph starts 28 pt lower
    data = _laid_out_pdf(
        [
            ("The relationship was strained during", 12, 700),
            ("the summer of 2022.", 12, 686),
            ("Since December a monthly joint review", 12, 658),
            ("has replaced the weekly return.", 12, 644),
            ("Commissioners recommend an extension.", 12, 616),
        ]
    )
    assert pdf_text(data, "r.pdf") == (
        "The relationship was strained during\nthe summer of 2022.\n\n"
        "Since December a monthly joint review\nhas replaced the weekly return.\n\n"
        "Commissioners recommend an extension."
    )


def test_a_pdf_heading_in_a_larger_font_is_its_own_paragraph() -> None:
    # a 16 pt title on a 19 pt pitch, then 12 pt text set close under its heading
    data = _laid_out_pdf(
        [
            ("Annual monitoring report", 16, 720),
            ("2022-23", 16, 701),
            ("1. Summary", 14, 672),
            ("The service supported 212 young carers", 12, 656),
            ("against a target of 180.", 12, 642),
            ("Satisfaction was 94%.", 12, 628),
        ]
    )
    assert pdf_text(data, "r.pdf") == (
        "Annual monitoring report\n2022-23\n\n1. Summary\n\n"
        "The service supported 212 young carers\nagainst a target of 180.\nSatisfaction was 94%."
    )


def test_evenly_spaced_pdf_lines_read_as_before() -> None:
    lines = [(f"Line {i} of the contract", 12.0, 700.0 - 14 * i) for i in range(6)]
    assert pdf_text(_laid_out_pdf(lines), "c.pdf") == "\n".join(t for t, _, _ in lines)


def _tracked(inner: str, tag: str) -> Any:
    """A w:ins / w:del / w:sdt element holding one run of ``inner``."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement(f"w:{tag}")
    if tag in ("ins", "del"):
        element.set(qn("w:id"), "1")
        element.set(qn("w:author"), "transcriber")
    run = OxmlElement("w:r")
    text = OxmlElement("w:delText" if tag == "del" else "w:t")
    text.text = inner
    run.append(text)
    if tag == "sdt":
        content = OxmlElement("w:sdtContent")
        content.append(run)
        element.append(content)
    else:
        element.append(run)
    return element


def test_a_transcript_corrected_with_track_changes_reads_as_word_shows_it() -> None:
    import io

    import docx

    document = docx.Document()
    answer = document.add_paragraph("答：去年三月")
    answer._p.append(_tracked("街道开始要求每周报台账", "ins"))
    answer._p.append(_tracked("（听不清）", "del"))
    answer.add_run("。")
    inserted_only = document.add_paragraph()
    inserted_only._p.append(_tracked("问：然后呢？", "ins"))
    field = document.add_paragraph("访谈日期：")
    field._p.append(_tracked("2022年5月10日", "sdt"))
    out = io.BytesIO()
    document.save(out)
    assert docx_text(out.getvalue(), "i.docx") == (
        "答：去年三月街道开始要求每周报台账。\n\n问：然后呢？\n\n访谈日期：2022年5月10日"
    )


def test_radicals_a_cjk_font_writes_for_ideographs_read_as_the_ideographs() -> None:
    from relcycle.sources.documents import _ideographs

    # Chrome's PDF of 一月長者人門 in Noto Sans CJK: Kangxi radicals and a supplement radical
    assert _ideographs("⼀⽉，⻑者⼈數，上⾨服務") == "一月，長者人數，上門服務"
    assert _ideographs("⻓者⻔口⻢上") == "长者门口马上"
    assert _ideographs("Plain text, 普通文字。") == "Plain text, 普通文字。"
