"""A PDF's running headers, footers and page numbers are no text of the source."""

from __future__ import annotations

from collections.abc import Callable

from relcycle.sources.documents import pdf_text


def test_a_header_and_a_page_footer_on_every_page_are_dropped(
    make_pdf: Callable[..., bytes],
) -> None:
    header = "Banksia Community Care - Quarterly Progress Report to Council"
    data = make_pdf(
        [
            f"{header}\nQuarterly Progress Report Q1 FY2022-23\n"
            "The centre opened 39 days.\nPage 1 of 2",
            f"{header}\nThe payment remains withheld.\nPage 2 of 2",
        ]
    )
    text = pdf_text(data, "r.pdf")
    assert header not in text and "Page" not in text.replace("Progress Report", "")
    assert "Quarterly Progress Report Q1 FY2022-23" in text
    assert "The payment remains withheld." in text


def test_a_line_on_one_page_only_is_kept(make_pdf: Callable[..., bytes]) -> None:
    data = make_pdf(["Annual report\nWe met twice.", "Contact: Maria Okafor\nSigned 3 May"])
    assert (
        pdf_text(data, "r.pdf")
        == "Annual report\nWe met twice.\n\nContact: Maria Okafor\nSigned 3 May"
    )


def test_a_bare_page_number_at_a_page_s_foot_is_dropped(make_pdf: Callable[..., bytes]) -> None:
    data = make_pdf(["The council visited.\n- 1 -", "It left.\n2"])
    assert pdf_text(data, "r.pdf") == "The council visited.\n\nIt left."
