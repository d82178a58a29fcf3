"""sources/writer.py: a case written back as a case folder (the reader's own parsers check it)."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from factories import make_case, make_codings, make_events, make_source, make_sources
from hypothesis import example, given, settings
from hypothesis import strategies as st

from relcycle.domain import CaseData, Event
from relcycle.errors import InputError
from relcycle.sources.casefile import parse_case_yaml
from relcycle.sources.frontmatter import load_yaml_mapping, split_front_matter
from relcycle.sources.tables import read_codings, read_events
from relcycle.sources.text import normalise
from relcycle.sources.writer import front_matter, write_case_folder


def _data() -> CaseData:
    return CaseData(make_case(), tuple(make_sources()), tuple(make_events()), tuple(make_codings()))


def test_case_yaml_reads_back_as_the_same_case(tmp_path: Path) -> None:
    folder = write_case_folder(_data(), tmp_path / "out")
    text = (folder / "case.yaml").read_text(encoding="utf-8")
    assert parse_case_yaml(text) == make_case()
    assert "name: L镇宣传文化办" in text
    assert "start: 2017-09-01\n" in text
    assert "aliases: [镇政府, 宣传办, 文化站]" in text


def test_text_sources_keep_their_body_exactly(tmp_path: Path) -> None:
    folder = write_case_folder(_data(), tmp_path / "out")
    for parsed in make_sources():
        raw = (folder / "sources" / parsed.source.id).read_bytes()
        front = split_front_matter(normalise(raw.decode("utf-8")), parsed.source.id)
        assert front.body == parsed.source.text
        assert dict(front.data) == front_matter(parsed.source)
    first = (folder / "sources" / "2018-03-15-field-note.md").read_text(encoding="utf-8")
    assert first.startswith("---\ndate: 2018-03-15\nkind: field_note\ntitle: 周例会\n")


def test_binary_sources_are_written_as_their_bytes_with_a_sidecar(tmp_path: Path) -> None:
    docx = make_source("docs/contract.docx", "合同。", kind="document", meta={"pages": 3})
    data = CaseData(make_case(), (docx,))
    folder = write_case_folder(data, tmp_path / "out", {"docs/contract.docx": b"PK\x03\x04"})
    assert (folder / "sources/docs/contract.docx").read_bytes() == b"PK\x03\x04"
    sidecar = (folder / "sources/docs/contract.docx.yaml").read_text(encoding="utf-8")
    assert load_yaml_mapping(sidecar, "x").data == front_matter(docx.source)


def test_a_binary_source_without_its_bytes_is_refused(tmp_path: Path) -> None:
    docx = make_source("contract.pdf", "合同。", kind="document")
    with pytest.raises(InputError, match="binary source but its original bytes were not given"):
        write_case_folder(CaseData(make_case(), (docx,)), tmp_path / "out")
    assert list(tmp_path.iterdir()) == []


def test_events_and_codings_read_back(tmp_path: Path) -> None:
    folder = write_case_folder(_data(), tmp_path / "out")
    events = read_events((folder / "events.csv").read_bytes(), make_case())
    assert [dataclasses.replace(e, line=0) for e in events] == [
        dataclasses.replace(e, line=0) for e in make_events()
    ]
    lengths = {p.source.id: len(p.source.text) for p in make_sources()}
    assert read_codings((folder / "codings.csv").read_bytes(), lengths) == make_codings()
    header = (folder / "codings.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header == "source,start,end,code,coder,memo"


def test_an_event_that_is_neither_a_day_nor_a_month_is_refused(tmp_path: Path) -> None:
    odd = Event(date(2018, 4, 2), date(2018, 4, 9), "gov", None, "一周", line=4)
    with pytest.raises(InputError, match=r"events\.csv:4: event from 2018-04-02 to 2018-04-09"):
        write_case_folder(CaseData(make_case(), (), (odd,)), tmp_path / "out")


def test_a_non_empty_destination_is_refused(tmp_path: Path) -> None:
    dest = tmp_path / "out"
    dest.mkdir()
    (dest / "keep.txt").write_text("mine")
    with pytest.raises(InputError, match="exists and is not an empty folder"):
        write_case_folder(_data(), dest)
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_an_empty_destination_is_filled(tmp_path: Path) -> None:
    dest = tmp_path / "out"
    dest.mkdir()
    assert write_case_folder(_data(), dest) == dest
    assert sorted(p.name for p in dest.iterdir()) == [
        "case.yaml",
        "codings.csv",
        "events.csv",
        "sources",
    ]
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


@pytest.mark.parametrize("bad", ["../evil.md", "/etc/passwd", "a/../../b.md", "a\\b.md", ""])
def test_source_ids_that_leave_the_folder_are_refused(tmp_path: Path, bad: str) -> None:
    data = CaseData(make_case(), (make_source(bad, "文本。"),))
    with pytest.raises(InputError, match="is not a relative path under sources/"):
        write_case_folder(data, tmp_path / "out")
    assert list(tmp_path.iterdir()) == []


# What the reader gives: text in relcycle's normal form (NFC, \n line ends).
_texts = st.text(st.characters(exclude_categories=("Cs",))).map(normalise)
_bodies = st.text(st.characters(exclude_categories=("Cs",)), max_size=200).map(normalise)
_metas = st.dictionaries(
    _texts.filter(
        lambda k: bool(k) and k.strip() == k and k not in ("date", "kind", "title", "informant")
    ),
    st.one_of(_texts, st.integers(), st.dates()),
    max_size=3,
)


@settings(max_examples=300, deadline=None)
@given(body=_bodies, title=_texts, meta=_metas)
@example(body="", title="\x85", meta={"a\u2028b": "---\n---"})
def test_any_body_and_front_matter_survive_a_round_trip(
    tmp_path_factory: pytest.TempPathFactory, body: str, title: str, meta: dict[str, object]
) -> None:
    parsed = make_source("x.md", body, title=title, meta=meta)
    folder = write_case_folder(
        CaseData(make_case(), (parsed,)), tmp_path_factory.mktemp("w") / "out"
    )
    raw = (folder / "sources" / "x.md").read_bytes().decode("utf-8")
    front = split_front_matter(normalise(raw), "x.md")
    assert front.body == body
    assert dict(front.data) == front_matter(parsed.source)
