from __future__ import annotations

import dataclasses
from datetime import date

from factories import make_case, make_codings, make_events, make_source, make_sources
from snapshots import WriteProbe, dump

from relcycle.domain import Coding
from relcycle.store import Store


def _import_all(store: Store) -> None:
    store.import_case(make_case(), make_sources(), make_events(), make_codings())


def test_unchanged_reimport_touches_nothing(store: Store) -> None:
    _import_all(store)
    before = dump(store)
    probe = WriteProbe(store)
    try:
        report = store.import_case(make_case(), make_sources(), make_events(), make_codings())
        assert not probe.written()
    finally:
        probe.close()
    assert report.unchanged == tuple(p.source.id for p in make_sources())
    assert (report.added, report.updated, report.removed) == ((), (), ())
    assert not report.changed
    assert dump(store) == before


def test_changed_source_is_updated_and_logged(store: Store) -> None:
    _import_all(store)
    old = make_sources()[0]
    new = make_source(old.source.id, "完全不同的新文本。\n\n第二段。", meta={"place": "镇政府"})
    others = make_sources()[1:]
    report = store.import_case(make_case(), [new, *others], make_events(), make_codings())
    assert report.updated == (old.source.id,)
    assert report.unchanged == tuple(p.source.id for p in others)
    loaded = next(p for p in store.iter_sources("ltown") if p.source.id == old.source.id)
    assert loaded == new
    entry = store.log("ltown")[-1]
    assert (entry.action, entry.source_id) == ("updated", old.source.id)
    assert entry.detail == f"checksum {old.source.checksum} → {new.source.checksum}"


def test_reparsed_source_with_same_checksum_is_rewritten(store: Store) -> None:
    _import_all(store)
    sources = make_sources()
    first = sources[0]
    moved = dataclasses.replace(
        first, anchors=tuple(dataclasses.replace(a, in_period=False) for a in first.anchors)
    )
    report = store.import_case(make_case(), [moved, *sources[1:]], make_events(), make_codings())
    assert report.updated == (first.source.id,)
    assert "unchanged; parsed differently" in store.log("ltown")[-1].detail
    rewritten = [a for a in store.anchors("ltown") if a.source_id == first.source.id]
    assert rewritten and all(not a.anchor.in_period for a in rewritten)


def test_updating_a_source_keeps_other_coders_codings(store: Store) -> None:
    _import_all(store)
    manual = Coding("2018-03-15-field-note.md", 0, 4, "service", "coder-b")
    store.import_case(make_case(), make_sources(), make_events(), [manual])
    changed = make_source("2018-03-15-field-note.md", "新文本，长一些的新文本。")
    store.import_case(make_case(), [changed, *make_sources()[1:]], make_events(), [])
    assert manual in store.load("ltown").codings


def test_removed_source_is_deleted_and_logged(store: Store) -> None:
    _import_all(store)
    keep = make_sources()[:2]
    gone = make_sources()[2].source
    report = store.import_case(make_case(), keep, make_events(), make_codings())
    assert report.removed == (gone.id,)
    assert [p.source.id for p in store.iter_sources("ltown")] == sorted(p.source.id for p in keep)
    assert all(a.source_id != gone.id for a in store.anchors("ltown"))
    entry = store.log("ltown")[-1]
    assert (entry.action, entry.source_id) == ("removed", gone.id)
    assert gone.checksum in entry.detail


def test_changed_case_yaml_is_updated_and_logged(store: Store) -> None:
    _import_all(store)
    before = store.cases()[0].updated
    case = make_case(title="L镇文化中心（第二版）", end=date(2020, 2, 29))
    report = store.import_case(case, make_sources(), make_events(), make_codings())
    assert report.case_updated and not report.case_created
    assert store.case("ltown") == case
    entry = store.log("ltown")[-1]
    assert (entry.action, entry.source_id) == ("case-updated", None)
    assert entry.detail == "case.yaml changed: title, end"
    assert store.cases()[0].updated > before


def test_changed_actor_aliases_replace_the_actors(store: Store) -> None:
    _import_all(store)
    base = make_case()
    actors = (dataclasses.replace(base.actors[0], aliases=("镇里",)), *base.actors[1:])
    store.import_case(make_case(actors=actors), make_sources(), make_events(), make_codings())
    assert store.case("ltown").actors == actors
    assert store.log("ltown")[-1].detail == "case.yaml changed: actors"


def test_events_are_replaced_by_the_folders(store: Store) -> None:
    _import_all(store)
    events = make_events()[:1]
    report = store.import_case(make_case(), make_sources(), events, make_codings())
    assert report.events == 1
    assert store.load("ltown").events == tuple(events)
    assert store.log("ltown")[-1].detail == "events replaced: 2 → 1"


def test_codings_are_replaced_for_the_coders_in_the_file(store: Store) -> None:
    store.import_case(
        make_case(), make_sources(), codings=make_codings("coder-a") + make_codings("coder-b")
    )
    fewer = make_codings("coder-a")[:1]
    store.import_case(make_case(), make_sources(), codings=fewer)
    stored = store.load("ltown").codings
    assert [c for c in stored if c.coder == "coder-a"] == fewer
    assert {c for c in stored if c.coder == "coder-b"} == set(make_codings("coder-b"))
    assert store.log("ltown")[-1].detail == "codings replaced for coder-a: 2 → 1"


def test_a_first_import_logs_creation_and_each_source(store: Store) -> None:
    _import_all(store)
    log = store.log("ltown")
    assert [(e.action, e.source_id) for e in log] == [
        ("case-updated", None),
        *[("added", p.source.id) for p in make_sources()],
    ]
    assert log[0].detail == "case created: L镇文化中心项目"
    assert all(e.at.tzinfo is not None for e in log)
