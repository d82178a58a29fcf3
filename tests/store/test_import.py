from __future__ import annotations

import dataclasses
import re
from datetime import date

import pytest
from factories import (
    make_case,
    make_codings,
    make_events,
    make_source,
    make_sources,
    without_text,
)

from relcycle.domain import Contract
from relcycle.errors import StoreError
from relcycle.store import ImportReport, Store


def test_first_import_adds_every_source(store: Store) -> None:
    report = store.import_case(make_case(), make_sources(), make_events(), make_codings())
    assert report == ImportReport(
        case_id="ltown",
        added=("2018-03-15-field-note.md", "interviews/swo-director.md", "2018-04-02-minutes.txt"),
        events=2,
        codings=2,
        case_created=True,
    )
    assert report.changed


def test_load_gives_back_what_was_imported(store: Store) -> None:
    case, sources = make_case(), make_sources()
    store.import_case(case, sources, make_events(), make_codings())
    data = store.load("ltown")
    assert data.case == case
    assert data.case.contract is not None
    assert data.case.contract.terms["signed"] == date(2017, 9, 1)
    assert data.case.extra["budget_by_year"] == {2018: 300000, 2019: 300000}
    assert sorted(data.sources, key=lambda p: p.source.id) == sorted(
        sources, key=lambda p: p.source.id
    )
    assert data.events == tuple(make_events())
    assert sorted(data.codings, key=repr) == sorted(make_codings(), key=repr)


def test_segment_text_is_rebuilt_from_the_source_text(store: Store) -> None:
    store.import_case(make_case(), make_sources())
    for parsed in store.iter_sources("ltown"):
        for g in parsed.segments:
            assert g.text == parsed.source.text[g.start : g.end]
            assert g.text


def test_case_without_contract_or_actors(store: Store) -> None:
    case = make_case("bare", contract=None, actors=(), extra={})
    store.import_case(case, [])
    assert store.case("bare") == case


def test_empty_contract_terms_are_not_no_contract(store: Store) -> None:
    case = make_case("empty-contract", contract=Contract())
    store.import_case(case, [])
    assert store.case("empty-contract").contract == Contract()


def test_binary_sources_keep_their_original_bytes(store: Store) -> None:
    docx = make_source("contract.docx", "合同正文。", kind="document")
    note = make_source("note.md", "正文。")
    store.import_case(make_case(), [docx, note], originals={"contract.docx": b"PK\x03\x04\x00"})
    assert store.originals("ltown") == {"contract.docx": b"PK\x03\x04\x00"}


def test_progress_is_called_once_per_source(store: Store) -> None:
    seen: list[str] = []
    store.import_case(make_case(), make_sources(), progress=lambda p: seen.append(p.source.id))
    assert seen == [p.source.id for p in make_sources()]


def test_a_source_given_twice_is_refused(store: Store) -> None:
    twice = [make_source("a.md", "一。"), make_source("a.md", "二。")]
    with pytest.raises(StoreError, match=r"'a\.md': the source comes twice"):
        store.import_case(make_case(), twice)
    assert store.cases() == []


def test_a_segment_outside_its_text_is_refused(store: Store) -> None:
    parsed = make_source("a.md", "一二三。")
    bad = dataclasses.replace(parsed, segments=(dataclasses.replace(parsed.segments[0], end=99),))
    with pytest.raises(StoreError, match=r"segment 0 .* does not fit the source"):
        store.import_case(make_case(), [bad])


def test_an_anchor_without_its_segment_is_refused(store: Store) -> None:
    parsed = make_source("a.md", "一二三。")
    bad = dataclasses.replace(
        parsed, anchors=(dataclasses.replace(parsed.anchors[0], segment_index=5),)
    )
    with pytest.raises(StoreError, match="time anchor of segment 5"):
        store.import_case(make_case(), [bad])


def test_codings_of_unknown_sources_are_refused(store: Store) -> None:
    codings = [*make_codings(), dataclasses.replace(make_codings()[0], source_id="nope.md")]
    expected = "codings name sources that are not in the case: 'nope.md'"
    with pytest.raises(StoreError, match=re.escape(expected)):
        store.import_case(make_case(), make_sources(), codings=codings)
    assert store.cases() == []


def test_segments_keep_speaker_and_actor(store: Store) -> None:
    store.import_case(make_case(), make_sources())
    parsed = next(p for p in store.iter_sources("ltown") if p.source.kind == "interview")
    expected = next(p for p in make_sources() if p.source.kind == "interview")
    assert without_text(parsed.segments) == without_text(expected.segments)
    assert parsed.segments[0].speaker == "问"
    assert parsed.segments[3].actor == "swo"
