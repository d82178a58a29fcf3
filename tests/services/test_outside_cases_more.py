"""Two more case folders written from case-format.md alone, by an outside tester.

``outreach-weekly-en`` (week grain, English): .docx minutes with tables and
sidecars, e-mails pasted as Windows-1252 and as UTF-16 with a BOM (Windows line
ends, smart quotes), interviews with "Interviewer:"/"Director:" turns.
``newcomer-family-tw`` (quarter grain, Traditional Chinese): Big5 and UTF-8
files, a PDF drawn with a CJK font and its sidecar, a LINE export, 問：/答：
interviews. Only what the reader promises is checked; where text places
itself in time is the time expressions' business (tests/sources).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from relcycle.services.cases import export_case
from relcycle.services.imports import import_folder
from relcycle.settings import Settings
from relcycle.store import connect

CASES = Path(__file__).resolve().parents[1] / "data" / "cases"


def _settings(url: str) -> Settings:
    return Settings.from_env({}, db=url)


def test_docx_tables_and_windows_encodings_of_the_english_case(sqlite_url: str) -> None:
    import_folder(CASES / "outreach-weekly-en", settings=_settings(sqlite_url))
    with connect(sqlite_url) as store:
        data = store.load("outreach-weekly-en")
    by_id = {p.source.id: p.source for p in data.sources}
    assert len(by_id) == 19
    assert {i: s.encoding for i, s in by_id.items() if s.encoding not in ("utf-8", "docx")} == {
        "2023-01-26-email-first-numbers.txt": "cp1252",
        "2023-02-28-email-encampment-sweep.txt": "utf-16-le",
        "2023-04-06-email-we-will-not-attend.txt": "cp1252",
    }
    sweep = by_id["2023-02-28-email-encampment-sweep.txt"]  # no front matter: the name's date
    assert (str(sweep.date), sweep.kind) == ("2023-02-28", "message")
    assert sweep.text.startswith("From: Greg Howell") and "\r" not in sweep.text
    assert "The Sheriff’s Office will clear" in sweep.text
    assert "We haven’t entered everything" in by_id["2023-01-26-email-first-numbers.txt"].text
    review = by_id["2023-02-07-minutes-county-review.docx"]
    assert (str(review.date), review.kind, review.title) == (
        "2023-02-07", "minutes", "County review meeting",
    )  # fmt: skip
    assert "Resubmit evening shift plan for approval | Riverbend | Feb 14" in review.text
    segments = {p.source.id: p.segments for p in data.sources}
    said = {(g.speaker, g.actor) for g in segments["2023-02-07-minutes-county-review.docx"]}
    assert {("Greg Howell", "county"), ("Maya Ortiz", "swo")} <= said
    assert by_id["interview-linda-marsh-county.md"].informant == "county"
    assert {c.coder for c in data.codings} == {"pat", "sam"}
    quotes = {by_id[c.source_id].text[c.start : c.end] for c in data.codings}
    assert "The pilot’s renewal depends on being a reliable partner" in quotes  # UTF-16 source


def test_big5_pdf_and_chat_of_the_traditional_chinese_case(sqlite_url: str) -> None:
    import_folder(CASES / "newcomer-family-tw", settings=_settings(sqlite_url))
    with connect(sqlite_url) as store:
        data = store.load("newcomer-family-tw")
    by_id = {p.source.id: p.source for p in data.sources}
    assert len(by_id) == 18
    assert {i for i, s in by_id.items() if s.encoding == "big5"} == {
        "2019-02-21-field-note-開辦.txt",
        "2019-04-10-minutes-區公所協調會.txt",
        "2019-08-20-document-社會局函.txt",
        "2020-05-20-field-note-突擊查核.txt",
        "2020-07-15-document-協會致社會局函.txt",
        "2020-12-22-minutes-協調會.txt",
        "interview-黃主任-協會.txt",
    }
    pdf = by_id["2020-09-30-document-期中評鑑.pdf"]
    assert (pdf.kind, pdf.title, str(pdf.date)) == ("document", "109年度期中評鑑結果", "2020-09-30")
    assert "三、配合度：未配合區公所及本局交辦活動，扣分。" in pdf.text
    line = by_id["2020-02-12-message-LINE工作群.txt"]  # no front matter: dated and typed by name
    assert (str(line.date), line.kind) == ("2020-02-12", "message")
    contract = data.case.contract
    assert contract is not None
    assert [str(d) for d in (contract.signed, contract.start, contract.end)] == [
        "2018-12-20", "2019-01-01", "2021-12-31",
    ]  # fmt: skip
    answers = [g for p in data.sources for g in p.segments if g.speaker == "答"]
    assert {g.actor for g in answers} == {"swo", "gov"}  # each interview's informant
    assert {c.coder for c in data.codings} == {"coder-lin", "coder-wu"}
    quotes = {by_id[c.source_id].text[c.start : c.end] for c in data.codings}
    assert {"恕不再派員協辦", "問了很多問題", "我們是夥伴"} <= quotes  # Big5 sources


@pytest.mark.parametrize("case_id", ["outreach-weekly-en", "newcomer-family-tw"])
def test_export_then_reimport_changes_nothing(
    sqlite_url: str, tmp_path: Path, case_id: str
) -> None:
    settings = _settings(sqlite_url)
    import_folder(CASES / case_id, settings=settings)
    with connect(sqlite_url) as store:
        before = store.load(case_id)
    exported = export_case(case_id, tmp_path / "out", settings)
    again = import_folder(exported, settings=settings)
    assert not again.report.changed
    with connect(sqlite_url) as store:
        assert store.load(case_id) == before
