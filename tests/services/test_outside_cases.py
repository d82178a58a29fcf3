"""The two case folders written from case-format.md alone, by someone who had not read the code.

``canteen-quarter-zh`` (quarter grain) has GB18030 and Big5 text files, one
with Windows line ends, files dated only by their names and without front
matter, quoted dates, a .docx interview with a sidecar and two coders'
codings; ``teen-library-mixed`` (month grain) has a PDF with a sidecar,
WhatsApp and Teams logs and a Chinese interview in an English case. Only
what the reader promises is checked here; where the text places itself in
time is the time expressions' business (tests/sources).
"""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from relcycle.services.cases import export_case
from relcycle.services.coding import autocode
from relcycle.services.imports import import_folder
from relcycle.settings import Settings
from relcycle.store import connect

CASES = Path(__file__).resolve().parents[1] / "data" / "cases"


def _settings(url: str) -> Settings:
    return Settings.from_env({}, db=url)


def test_encodings_names_and_sidecars_are_read_as_written(sqlite_url: str) -> None:
    import_folder(CASES / "canteen-quarter-zh", settings=_settings(sqlite_url))
    with connect(sqlite_url) as store:
        data = store.load("canteen-quarter-zh")
    by_id = {p.source.id: p.source for p in data.sources}
    assert len(by_id) == 23
    assert {i: s.encoding for i, s in by_id.items() if s.encoding != "utf-8"} == {
        "2019-08-03-居民需求调查记录.txt": "gb18030",
        "2019-09-20-minutes-议事会成立.txt": "gb18030",
        "2019-12-18-督導記錄.txt": "big5",
        "2020-02-06-message-工作群.txt": "gb18030",
        "2020-06-09-field-note-突击检查.txt": "gb18030",
        "2020-09-04-督導記錄.txt": "big5",
        "2020-12-01-message-居民联名.txt": "gb18030",
        "interview-chenbo-resident.txt": "gb18030",
        "interview-lin-director.docx": "docx",
    }
    survey = by_id["2019-08-03-居民需求调查记录.txt"]  # no front matter: the name's date
    assert (str(survey.date), survey.text[:6]) == ("2019-08-03", "今天跟小蔡在")
    assert "督導：張國華" in by_id["2020-09-04-督導記錄.txt"].text
    assert "\r" not in by_id["2019-09-20-minutes-议事会成立.txt"].text
    lin = by_id["interview-lin-director.docx"]
    assert (str(lin.date), lin.kind, lin.informant) == ("2021-06-28", "interview", "swo")
    assert "前年七月刚进来的时候" in lin.text
    assert {c.coder for c in data.codings} == {"coder-a", "coder-b"}
    quotes = {by_id[c.source_id].text[c.start : c.end] for c in data.codings}
    assert {"突击检查", "拒絕參加合同以外的任務", "议事规则你们自己定，街道不干预"} <= quotes


def test_pdf_sidecar_and_chat_logs_of_the_mixed_case(sqlite_url: str) -> None:
    import_folder(CASES / "teen-library-mixed", settings=_settings(sqlite_url))
    with connect(sqlite_url) as store:
        data = store.load("teen-library-mixed")
    by_id = {p.source.id: p.source for p in data.sources}
    pdf = by_id["2022-04-11-monitoring-framework.pdf"]
    assert (pdf.kind, pdf.title, str(pdf.date)) == (
        "document", "Council monitoring framework", "2022-04-11",
    )  # fmt: skip
    assert "1. Providers submit a KPI sheet every Monday by 10am." in pdf.text
    whatsapp = by_id["2022-02-10-whatsapp-youth-team.txt"]  # dated and typed by its name
    assert (str(whatsapp.date), whatsapp.kind) == ("2022-02-10", "message")
    assert by_id["2022-10-25-whatsapp-parents-group.txt"].kind == "message"
    assert by_id["interview-chen-parent-zh.md"].informant == "youth"
    assert {c.coder for c in data.codings} == {"ana", "ben"}


@pytest.mark.parametrize("case_id", ["canteen-quarter-zh", "teen-library-mixed"])
def test_export_then_reimport_changes_nothing(
    sqlite_url: str, tmp_path: Path, case_id: str
) -> None:
    # The export re-encodes GB18030/Big5 as UTF-8, writes front matter for files
    # that had none and dates unquoted: other bytes, the same sources.
    settings = _settings(sqlite_url)
    import_folder(CASES / case_id, settings=settings)
    with connect(sqlite_url) as store:
        before = store.load(case_id)
    exported = export_case(case_id, tmp_path / "out", settings)
    again = import_folder(exported, settings=settings)
    assert not again.report.changed
    assert (again.report.added, again.report.updated, again.report.removed) == ((), (), ())
    with connect(sqlite_url) as store:
        assert store.load(case_id) == before


def test_a_mistyped_event_code_is_a_warning_naming_file_and_line(
    sqlite_url: str, tmp_path: Path
) -> None:
    folder = tmp_path / "case"
    shutil.copytree(CASES / "canteen-quarter-zh", folder)
    events = folder / "events.csv"
    text = events.read_text(encoding="utf-8")
    events.write_text(text.replace("gov.control.inspection", "gov.control.inspect"), "utf-8")
    result = import_folder(folder, settings=_settings(sqlite_url))
    assert result.warnings == (
        "events.csv:7 [codes]: 'gov.control.inspect' is not a code of the framework "
        "'gpps-lifecycle'; did you mean 'gov.control.inspection'? kept, but the analysis "
        "cannot use it",
    )


def test_an_export_holds_peoples_codings_not_the_auto_coders(
    sqlite_url: str, tmp_path: Path
) -> None:
    # Read into a fresh store, an auto coding in codings.csv would be a person's.
    settings = _settings(sqlite_url)
    import_folder(CASES / "canteen-quarter-zh", settings=settings)
    assert autocode("canteen-quarter-zh", settings).found > 0
    exported = export_case("canteen-quarter-zh", tmp_path / "out", settings)
    _header, *rows = (exported / "codings.csv").read_text(encoding="utf-8").splitlines()
    assert {row.split(",")[4] for row in rows} == {"coder-a", "coder-b"}
    again = import_folder(exported, settings=settings)  # the same store: nothing changes
    assert not again.report.changed
    with connect(sqlite_url) as store:
        origins = Counter(r.origin for r in store.coding_records("canteen-quarter-zh"))
    assert origins["import"] == 22 and origins["auto"] > 0
