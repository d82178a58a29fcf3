from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from case_texts import CASE_YAML, NOTE

from relcycle.domain import CaseData
from relcycle.errors import CaseFormatError, InputError, SourceReadError
from relcycle.frameworks import builtin_ids, load_framework
from relcycle.settings import Settings
from relcycle.sources.folder import CaseFolder, builtin_code_ids, read_case

CaseWriter = Callable[..., Path]


def error_of(root: Path, settings: Settings | None = None) -> str:
    with pytest.raises(InputError) as info:
        CaseFolder(root, settings or Settings()).validate()
    return str(info.value)


def test_reads_a_case(make_case: CaseWriter, settings: Settings) -> None:
    root = make_case(
        {
            "sources/2018-03-15-field-note.md": NOTE,
            "sources/interviews/2019-12-01-interview-li.md": (
                "---\ninformant: swo\n---\n问：后来呢？\n答：审批多了。\n"
            ),
            "sources/2018-04-old-note.txt": "镇里的要求越来越多。\n".encode("gb18030"),
        }
    )
    folder = CaseFolder(root, settings)
    assert folder.case.id == "test-case"
    assert folder.source_ids == (
        "2018-03-15-field-note.md",
        "2018-04-old-note.txt",
        "interviews/2019-12-01-interview-li.md",
    )
    assert folder.source_paths[0] == root / "sources" / "2018-03-15-field-note.md"
    note, old, interview = list(folder.iter_sources())

    assert note.source.text == "王主任说每周要上报台账。\n\n李主任没有说话。\n"
    assert (note.source.kind, note.source.title, note.source.date) == (
        "field_note",
        "周例会",
        date(2018, 3, 15),
    )
    assert note.source.checksum == hashlib.sha256(NOTE.encode()).hexdigest()
    assert note.source.filename == "2018-03-15-field-note.md"
    assert [s.text for s in note.segments] == ["王主任说每周要上报台账。", "李主任没有说话。"]
    assert len(note.anchors) == len(note.segments)
    assert {a.source_id for a in note.anchors} == {"2018-03-15-field-note.md"}

    assert (old.source.encoding, old.source.date) == ("gb18030", date(2018, 4, 1))
    assert old.source.text == "镇里的要求越来越多。\n"

    assert interview.source.kind == "interview"
    assert interview.source.informant == "swo"
    assert [(s.speaker, s.actor) for s in interview.segments] == [("问", None), ("答", "swo")]
    assert folder.warnings == []


def test_docx_with_sidecar(
    make_case: CaseWriter, make_docx: Callable[..., bytes], settings: Settings
) -> None:
    docx = make_docx(["合同摘要", [["服务期", "24个月"]]])
    sidecar = "date: 2017-09-01\nkind: document\ntitle: 合同\nsigned_by: gov\n"
    root = make_case({"sources/contract.docx": docx, "sources/contract.docx.yaml": sidecar})
    (parsed,) = CaseFolder(root, settings).iter_sources()
    source = parsed.source
    assert source.text == "合同摘要\n\n服务期 | 24个月"
    assert (source.date, source.title, source.encoding) == (date(2017, 9, 1), "合同", "docx")
    assert source.meta == {"signed_by": "gov"}
    assert source.checksum == hashlib.sha256(docx + sidecar.encode()).hexdigest()


def test_pdf_with_sidecar(
    make_case: CaseWriter, make_pdf: Callable[..., bytes], settings: Settings
) -> None:
    root = make_case(
        {
            "sources/report.pdf": make_pdf(["Annual report\nAll went well."]),
            "sources/report.pdf.yml": "date: 2018-12-29\nkind: report\n",
        }
    )
    (parsed,) = CaseFolder(root, settings).iter_sources()
    assert parsed.source.text == "Annual report\nAll went well."
    assert parsed.source.kind == "report"


def test_dated_document_needs_no_sidecar(
    make_case: CaseWriter, make_pdf: Callable[..., bytes], settings: Settings
) -> None:
    root = make_case({"sources/2018-12-29-report.pdf": make_pdf(["Report"])})
    (parsed,) = CaseFolder(root, settings).iter_sources()
    assert (parsed.source.date, parsed.source.kind) == (date(2018, 12, 29), "report")


def test_undated_document_without_sidecar(
    make_case: CaseWriter, make_pdf: Callable[..., bytes]
) -> None:
    root = make_case({"sources/report.pdf": make_pdf(["Report"])})
    assert error_of(root) == (
        "sources/report.pdf: has no date: give 'date: YYYY-MM-DD' in its sidecar report.pdf.yaml, "
        "or start the file name with the date (2018-03-15-...)"
    )


def test_sidecar_errors_name_the_sidecar(
    make_case: CaseWriter, make_pdf: Callable[..., bytes]
) -> None:
    root = make_case(
        {
            "sources/report.pdf": make_pdf(["Report"]),
            "sources/report.pdf.yaml": "date: 2018-12-29\ninformant: nobody\n",
        }
    )
    assert error_of(root) == (
        "sources/report.pdf.yaml:2 [informant]: 'nobody' is not an actor of this case; "
        "give an actor id: gov, swo, residents"
    )


def test_sidecar_yaml_error(make_case: CaseWriter, make_pdf: Callable[..., bytes]) -> None:
    root = make_case(
        {"sources/report.pdf": make_pdf(["Report"]), "sources/report.pdf.yaml": "date: [\n"}
    )
    assert error_of(root).startswith("sources/report.pdf.yaml:2: sidecar is not valid YAML: ")


def test_docx_that_is_not_a_zip(make_case: CaseWriter) -> None:
    root = make_case({"sources/2018-01-01-c.docx": b"plain text"})
    assert error_of(root).startswith("sources/2018-01-01-c.docx: is not a .docx file: ")


def test_encrypted_pdf(make_case: CaseWriter, make_pdf: Callable[..., bytes]) -> None:
    root = make_case({"sources/2018-01-01-c.pdf": make_pdf(["x"], password="pw")})
    assert error_of(root).startswith("sources/2018-01-01-c.pdf: is encrypted ")


def test_pdf_without_text_layer(make_case: CaseWriter, make_pdf: Callable[..., bytes]) -> None:
    root = make_case({"sources/2018-01-01-scan.pdf": make_pdf([""])})
    assert error_of(root) == (
        "sources/2018-01-01-scan.pdf: has no text (a scanned PDF without a text layer needs "
        "OCR first)"
    )


def test_what_is_skipped(make_case: CaseWriter, settings: Settings) -> None:
    root = make_case(
        {
            "sources/2018-01-01-a.md": "a",
            "sources/.DS_Store": b"\x00\x01",
            "sources/.hidden/2018-01-02-b.md": "b",
            "sources/README.md": "what these sources are",
            "sources/~$contract.docx": b"lock",
            "sources/photo.jpg": b"\xff\xd8\xff",
            "sources/lonely.docx.yaml": "date: 2018-01-01\n",
            "sources/notes": "no extension",
        }
    )
    folder = CaseFolder(root, settings)
    assert folder.source_ids == ("2018-01-01-a.md",)
    assert folder.warnings == [
        "sources/lonely.docx.yaml: a sidecar without its document; skipped",
        "sources/notes: skipped: 'no extension' is not a source format; "
        "relcycle reads .md, .txt, .docx, .pdf",
        "sources/photo.jpg: skipped: '.jpg' is not a source format; "
        "relcycle reads .md, .txt, .docx, .pdf",
    ]


def test_upper_case_suffixes_are_sources(make_case: CaseWriter, settings: Settings) -> None:
    root = make_case({"sources/2018-01-01-A.MD": "a", "sources/2018-01-02-B.TXT": "b"})
    assert len(CaseFolder(root, settings).sources) == 2


def test_source_reading_warnings_are_collected(make_case: CaseWriter, settings: Settings) -> None:
    root = make_case({"sources/2018-01-01-a.md": "---\ndate: 2018-01-02\n---\na"})
    folder = CaseFolder(root, settings)
    folder.validate()
    folder.validate()
    assert folder.warnings == [
        "sources/2018-01-01-a.md: date 2018-01-02 differs from the file name's 2018-01-01; "
        "using the front matter's"
    ]


def test_a_mid_term_review_in_words_is_read_with_a_warning(
    make_case: CaseWriter, settings: Settings
) -> None:
    case_yaml = CASE_YAML.replace("budget: 600000", "mid_term_review: 2018年9月前后（第12个月）")
    root = make_case({"sources/2018-01-01-a.md": "a"}, case_yaml=case_yaml)
    folder = CaseFolder(root, settings)
    assert folder.case.contract is not None
    assert folder.case.contract.mid_term == date(2018, 9, 1)
    assert [w for w in folder.warnings if "mid_term" in w] == [
        "case.yaml [contract.mid_term_review]: read '2018年9月前后（第12个月）' as 2018-09 "
        "(its '2018年9月'); write the date (2018-09-15) or month (2018-09) to say it exactly"
    ]


def test_a_title_numbered_with_a_hash_is_kept_whole_with_a_warning(
    make_case: CaseWriter, settings: Settings
) -> None:
    front = "---\ndate: 2018-04-10  # the day\ntitle: Joint case staffing #1 - Unit\n---\n"
    root = make_case({"sources/a.md": front + "a", "sources/b.md": front.replace(" #1", "") + "b"})
    folder = CaseFolder(root, settings)
    titles = {p.source.id: p.source.title for p in folder.iter_sources()}
    assert titles == {"a.md": "Joint case staffing #1 - Unit", "b.md": "Joint case staffing - Unit"}
    assert folder.warnings == [
        "sources/a.md [title]: kept '#1 - Unit' in the title, which YAML reads as a comment "
        "after ' #'; put the title in quotes to say so"
    ]


def test_a_source_dated_after_today_is_named(make_case: CaseWriter, settings: Settings) -> None:
    root = make_case({"sources/a.md": "---\ndate: 2032-07-04\n---\na typo for 2023"})
    folder = CaseFolder(root, settings)
    folder.validate()
    assert folder.warnings == [
        "sources/a.md [date]: 2032-07-04 is after today; a typo? (its segments are placed by it)"
    ]


def test_a_tables_own_columns_are_named_not_refused(
    make_case: CaseWriter, settings: Settings
) -> None:
    events = "date,actor,summary,notes\n2018-04-02,gov,镇里来检查,见附件\n"
    folder = CaseFolder(make_case({"sources/2018-01-01-a.md": "a", "events.csv": events}), settings)
    assert [e.summary for e in folder.events()] == ["镇里来检查"]
    assert folder.warnings == [
        "events.csv:1: column 'notes' not read (it reads date,actor,target,summary,codes)"
    ]


def test_a_sources_folder_spelt_otherwise_is_named(make_case: CaseWriter) -> None:
    root = make_case({"sources/2018-01-01-a.md": "a"})
    (root / "sources").rename(root / "Sources")
    if (root / "sources").is_dir():
        pytest.skip("this file system ignores case: Sources/ is sources/")
    assert error_of(root) == (
        "sources/: is missing: a case folder keeps one file per source in a sources/ folder "
        "(found Sources/: rename it sources/)"
    )


def test_sources_are_read_lazily(make_case: CaseWriter, settings: Settings) -> None:
    root = make_case({"sources/2018-01-01-a.md": "a", "sources/2018-01-02-b.md": b"\x81\n"})
    folder = CaseFolder(root, settings)
    sources = folder.iter_sources()
    assert next(sources).source.id == "2018-01-01-a.md"
    with pytest.raises(SourceReadError, match=r"^sources/2018-01-02-b\.md:1: cannot be decoded"):
        next(sources)


def test_missing_case_yaml(make_case: CaseWriter) -> None:
    assert error_of(make_case(case_yaml=None)) == (
        "case.yaml: is missing: every case folder needs a case.yaml saying what the case is "
        "(id, title, language, period, start, end, actors)"
    )


def test_empty_case_yaml(make_case: CaseWriter) -> None:
    assert error_of(make_case(case_yaml="  \n")).startswith("case.yaml: is empty; it must say")


def test_case_yaml_errors_name_the_field(make_case: CaseWriter) -> None:
    root = make_case(case_yaml=CASE_YAML.replace("role: social_org", "role: govt"))
    assert error_of(root) == (
        "case.yaml [actors[1].role]: 'govt' is not a valid role; choose one of: "
        "government, social_org, community, funder, other"
    )


def test_case_yaml_in_gb18030(tmp_path: Path, settings: Settings) -> None:
    root = tmp_path / "case"
    (root / "sources").mkdir(parents=True)
    (root / "case.yaml").write_bytes(CASE_YAML.encode("gb18030"))
    assert CaseFolder(root, settings).case.actors[1].name == "启明社会工作服务中心"


def test_not_a_folder(tmp_path: Path) -> None:
    assert error_of(tmp_path / "nowhere") == (
        f"{tmp_path / 'nowhere'}: is not a folder; give the path of a case folder "
        "(with case.yaml and sources/)"
    )


def test_missing_sources_folder(make_case: CaseWriter) -> None:
    root = make_case()
    (root / "sources").rmdir()
    assert error_of(root) == (
        "sources/: is missing: a case folder keeps one file per source in a sources/ folder"
    )


def test_no_sources_is_a_warning(make_case: CaseWriter, settings: Settings) -> None:
    assert CaseFolder(make_case(), settings).warnings == [
        "sources/: no sources found (.md, .txt, .docx, .pdf)"
    ]


def test_ids_differing_only_in_case_are_duplicates(make_case: CaseWriter) -> None:
    root = make_case({"sources/2018-01-01-a.md": "a", "sources/2018-01-01-A.md": "b"})
    assert error_of(root) == (
        "sources/2018-01-01-a.md: has the same source id as sources/2018-01-01-A.md (ids are "
        "compared ignoring case and Unicode normalisation); rename one of them"
    )


def test_ids_differing_only_in_unicode_normalisation_are_duplicates(
    make_case: CaseWriter, settings: Settings
) -> None:
    composed = "2018-01-01-café.md"
    decomposed = unicodedata.normalize("NFD", composed)
    root = make_case({f"sources/{composed}": "a", f"sources/{decomposed}": "b"})
    with pytest.raises(CaseFormatError, match="has the same source id as sources/2018-01-01-caf"):
        CaseFolder(root, settings)


def test_source_ids_are_nfc(make_case: CaseWriter, settings: Settings) -> None:
    decomposed = unicodedata.normalize("NFD", "2018-01-01-café.md")
    folder = CaseFolder(make_case({f"sources/{decomposed}": "a"}), settings)
    assert folder.source_ids == ("2018-01-01-café.md",)


def test_symlink_outside_the_case_is_refused(make_case: CaseWriter, tmp_path: Path) -> None:
    outside = tmp_path / "secret.md"
    outside.write_text("secret")
    root = make_case()
    (root / "sources" / "2018-01-01-link.md").symlink_to(outside)
    assert error_of(root) == (
        f"sources/2018-01-01-link.md: is a symbolic link to {outside}, outside the case folder; "
        "refused: copy the file into the case folder instead"
    )


def test_symlink_outside_the_case_is_refused_when_listing(
    make_case: CaseWriter, tmp_path: Path
) -> None:
    outside = tmp_path / "secret.md"
    outside.write_text("secret")
    root = make_case()
    (root / "sources" / "2018-01-01-link.md").symlink_to(outside)
    with pytest.raises(SourceReadError, match="outside the case folder; refused"):
        CaseFolder(root, Settings())


def test_skipped_file_linking_outside_is_only_skipped(
    make_case: CaseWriter, tmp_path: Path, settings: Settings
) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    root = make_case()
    (root / "sources" / "photo.jpg").symlink_to(tmp_path / "photo.jpg")
    assert CaseFolder(root, settings).warnings[0].startswith("sources/photo.jpg: skipped")


def test_symlinked_folder_outside_the_case_is_refused(
    make_case: CaseWriter, tmp_path: Path
) -> None:
    (tmp_path / "elsewhere").mkdir()
    root = make_case()
    (root / "sources" / "more").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    assert "sources/more: is a symbolic link to" in error_of(root)


def test_symlink_inside_the_case_is_followed(make_case: CaseWriter, settings: Settings) -> None:
    root = make_case({"material/note.md": "kept elsewhere in the case"})
    (root / "sources" / "2018-01-01-note.md").symlink_to(root / "material" / "note.md")
    (parsed,) = CaseFolder(root, settings).iter_sources()
    assert parsed.source.text == "kept elsewhere in the case"


def test_link_to_a_folder_inside_sources_is_skipped(
    make_case: CaseWriter, settings: Settings
) -> None:
    root = make_case({"sources/sub/2018-01-01-a.md": "a"})
    (root / "sources" / "alias").symlink_to(root / "sources" / "sub", target_is_directory=True)
    folder = CaseFolder(root, settings)
    assert folder.source_ids == ("sub/2018-01-01-a.md",)
    assert folder.warnings == ["sources/alias: a link to a folder inside sources/; skipped"]


def test_broken_symlink(make_case: CaseWriter, tmp_path: Path) -> None:
    root = make_case()
    (root / "sources" / "2018-01-01-gone.md").symlink_to(root / "nothing.md")
    assert "is a symbolic link to" in error_of(root)
    assert "which does not exist; remove or fix it" in error_of(root)


def test_file_over_the_size_limit(make_case: CaseWriter) -> None:
    root = make_case({"sources/2018-01-01-big.md": "字" * 700_000})
    assert error_of(root, Settings(max_source_mb=1)) == (
        "sources/2018-01-01-big.md: is 2.0 MB, over the limit of 1 MB; split the file, or raise "
        "the limit with RELCYCLE_MAX_SOURCE_MB (setting max_source_mb)"
    )


def test_unreadable_file(
    make_case: CaseWriter, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_case({"sources/2018-01-01-a.md": "a"})

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(SourceReadError) as info:
        CaseFolder(root, settings)
    assert str(info.value) == (
        "case.yaml: cannot be read: Permission denied; check that it exists and may be read"
    )


def test_size_limit_from_the_environment(
    make_case: CaseWriter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RELCYCLE_MAX_SOURCE_MB", "0.5")
    root = make_case({"sources/2018-01-01-big.md": "x" * 600_000})
    with pytest.raises(SourceReadError, match=r"over the limit of 0\.5 MB"):
        CaseFolder(root).validate()


def test_empty_source(make_case: CaseWriter) -> None:
    root = make_case({"sources/2018-01-01-empty.md": ""})
    assert error_of(root) == "sources/2018-01-01-empty.md: is empty: there is no text to read"


def test_source_with_only_front_matter(make_case: CaseWriter) -> None:
    root = make_case({"sources/2018-01-01-a.md": "---\ntitle: x\n---\n\n  \n"})
    assert error_of(root) == (
        "sources/2018-01-01-a.md: has no body text after its front matter; "
        "write the text below the '---'"
    )


def test_binary_file_named_md(make_case: CaseWriter) -> None:
    root = make_case({"sources/2018-01-01-photo.md": b"\x89PNG\r\n\x1a\n\x00\x00"})
    assert error_of(root) == (
        "sources/2018-01-01-photo.md: is not a text file: it looks like a PNG image"
    )


def test_events_and_codings(make_case: CaseWriter, settings: Settings) -> None:
    root = make_case(
        {
            "sources/2018-03-15-field-note.md": NOTE,
            "events.csv": "date,actor,target,summary,codes\n2018-04-02,gov,swo,台账,a;b\n",
            "codings.csv": "source,start,end,code,coder\n2018-03-15-field-note.md,0,3,c,coder-a\n",
        }
    )
    folder = CaseFolder(root, settings)
    assert [e.summary for e in folder.events()] == ["台账"]
    (coding,) = folder.codings({"2018-03-15-field-note.md": len("王主任说每周要上报台账。")})
    assert (coding.start, coding.end, coding.coder) == (0, 3, "coder-a")


def test_no_events_or_codings_files(make_case: CaseWriter, settings: Settings) -> None:
    folder = CaseFolder(make_case(), settings)
    assert folder.events() == []
    assert folder.codings({}) == []


def test_validate_checks_codings_against_body_lengths(make_case: CaseWriter) -> None:
    root = make_case(
        {
            "sources/2018-03-15-field-note.md": NOTE,
            "codings.csv": "source,start,end,code,coder\n2018-03-15-field-note.md,0,99,c,a\n",
        }
    )
    assert error_of(root) == (
        "codings.csv:2 [end]: end 99 is past the end of '2018-03-15-field-note.md', whose body "
        "text has 23 characters; offsets count code points into the body after the front matter"
    )


def test_validate_reports_a_bad_events_file(make_case: CaseWriter) -> None:
    root = make_case({"events.csv": "date,actor,summary\n2018-04-02,gov2,x\n"})
    assert error_of(root) == (
        "events.csv:2 [actor]: 'gov2' is not an actor of this case; actors: gov, swo, residents"
    )


def test_read_case(make_case: CaseWriter, settings: Settings) -> None:
    root = make_case(
        {
            "sources/2018-03-15-field-note.md": NOTE,
            "events.csv": "date,actor,summary\n2018-04,gov,台账\n",
            "codings.csv": "source,start,end,code,coder\n2018-03-15-field-note.md,0,3,c,a\n",
        }
    )
    data = read_case(root, settings)
    assert isinstance(data, CaseData)
    assert data.case.id == "test-case"
    assert [p.source.id for p in data.sources] == ["2018-03-15-field-note.md"]
    assert (data.events[0].start, data.events[0].end) == (date(2018, 4, 1), date(2018, 4, 30))
    assert data.codings[0].code == "c"


def test_errors_name_paths_relative_to_the_case(make_case: CaseWriter) -> None:
    root = make_case({"sources/sub/deeper/2018-01-01-x.md": b"\x81\n"})
    assert error_of(root).startswith("sources/sub/deeper/2018-01-01-x.md:1: cannot be decoded")


@pytest.mark.parametrize("name", ["ltown", "riverside"])
def test_bundled_examples_validate(name: str, settings: Settings) -> None:
    from relcycle.examples import example_path

    folder = CaseFolder(example_path(name), settings)
    folder.validate()
    assert len(folder.sources) > 10


def test_a_name_two_actors_share_is_a_warning(make_case: CaseWriter, settings: Settings) -> None:
    shared = CASE_YAML.replace("aliases: [社工机构, 李主任]", "aliases: [社工机构, 李主任, 王主任]")
    folder = CaseFolder(make_case(case_yaml=shared), settings)
    assert folder.warnings[0] == (
        "case.yaml [actors]: '王主任' is a name or alias of gov and swo; a speaker or mention "
        "of it cannot be told apart: keep it under one actor"
    )


@pytest.mark.parametrize("framework_id", builtin_ids())
def test_builtin_code_ids_are_the_loaded_frameworks(framework_id: str) -> None:
    assert builtin_code_ids(framework_id) == {c.id for c in load_framework(framework_id).codes}
    assert builtin_code_ids("no-such-framework") is None


def test_a_builtin_frameworks_id_misspelt_in_case_yaml_is_an_error(make_case: CaseWriter) -> None:
    root = make_case(
        {"sources/2018-03-15-field-note.md": NOTE},
        case_yaml=CASE_YAML + "framework: gpps-lifecycl\n",
    )
    assert error_of(root) == (
        "case.yaml [framework]: 'gpps-lifecycl' is not a built-in framework; did you mean "
        f"'gpps-lifecycle'? (built-in: {', '.join(builtin_ids())}; "
        "or give the path of a framework file)"
    )


def test_a_framework_named_by_an_existing_path_or_builtin_id_is_read(
    make_case: CaseWriter, settings: Settings
) -> None:
    for name in ("gpps-lifecycle", "gpps-lifecycl.yaml"):
        root = make_case(
            {"sources/2018-03-15-field-note.md": NOTE, name: "# a framework file\n"},
            case_yaml=CASE_YAML + f"framework: {name}\n",
            name=name,
        )
        assert CaseFolder(root, settings).case.framework == name


def test_a_misspelt_sidecar_key_names_the_sidecar_and_the_key_meant(
    make_case: CaseWriter, make_pdf: Callable[..., bytes]
) -> None:
    root = make_case(
        {
            "sources/report.pdf": make_pdf(["Report"]),
            "sources/report.pdf.yaml": "kind: report\ndat: 2018-12-29\n",
        }
    )
    assert error_of(root) == (
        "sources/report.pdf.yaml:2 [dat]: 'dat' is not a key of a sidecar; did you mean "
        "'date'? (the keys are date, kind, title, informant; others are kept as notes and "
        "not read)"
    )


def test_a_date_either_way_round_is_read_as_the_case_s_other_sources_write_theirs(
    make_case: CaseWriter, settings: Settings
) -> None:
    # lalitpur-women-shelter-np: 02.07.2021 was left open though its other minutes wrote 24/11/2018
    root = make_case(
        {
            "sources/2018-11-25-note.md": "24/11/2018 镇里开会。\n",
            "sources/2019-07-03-note.md": "02.07.2019 镇里来检查台账。\n",
        }
    )
    _, review = list(CaseFolder(root, settings).iter_sources())
    assert (review.anchors[0].start, review.anchors[0].expression) == (
        date(2019, 7, 2),
        "02.07.2019",
    )
