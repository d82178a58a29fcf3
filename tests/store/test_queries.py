from __future__ import annotations

from datetime import date

import pytest
from factories import corpus, make_case, make_codings, make_events, make_sources
from snapshots import dump

from relcycle.errors import NotFoundError
from relcycle.store import Store


def test_unknown_case_lists_the_cases_there_are(store: Store) -> None:
    store.import_case(make_case("b-case"), [])
    store.import_case(make_case("a-case"), [])
    with pytest.raises(NotFoundError) as raised:
        store.case("x")
    assert str(raised.value) == "unknown case 'x'; cases in this store: a-case, b-case"


def test_unknown_case_in_an_empty_store(store: Store) -> None:
    with pytest.raises(NotFoundError, match=r"unknown case 'x'; cases in this store: \(none"):
        store.load("x")


@pytest.mark.parametrize(
    "method", ["load", "originals", "log", "anchors", "events", "codings", "delete_case"]
)
def test_every_case_method_refuses_an_unknown_case(store: Store, method: str) -> None:
    with pytest.raises(NotFoundError, match="unknown case 'nope'"):
        getattr(store, method)("nope")


def test_iter_sources_of_an_unknown_case(store: Store) -> None:
    with pytest.raises(NotFoundError):
        next(store.iter_sources("nope"))


def test_cases_summarises_each_case(store: Store) -> None:
    store.import_case(make_case(), make_sources())
    store.import_case(make_case("other", title="Other"), corpus(4))
    summaries = store.cases()
    assert [(s.id, s.sources, s.segments) for s in summaries] == [
        ("ltown", 3, 9),
        ("other", 4, sum(len(p.segments) for p in corpus(4))),
    ]
    first = summaries[0]
    assert (first.title, first.language, first.period) == ("L镇文化中心项目", "zh", "month")
    assert (first.start, first.end) == (date(2017, 9, 1), date(2019, 12, 31))
    assert first.updated.tzinfo is not None


def test_anchors_are_ordered_by_anchor_start(store: Store) -> None:
    store.import_case(make_case(), make_sources())
    rows = store.anchors("ltown")
    assert len(rows) == 9
    keys = [(r.anchor.start, r.anchor.end, r.source_id, r.segment.index) for r in rows]
    assert keys == sorted(keys)
    first = rows[0]
    assert first.anchor.expression == "去年三月"
    assert first.segment.text == "去年三月镇领导来中心检查过一次，对场地布置提出了意见。"
    assert (first.source_kind, first.source_date) == ("field_note", date(2018, 3, 15))
    assert not first.anchor.in_period


def test_anchors_between_two_days(store: Store) -> None:
    store.import_case(make_case(), make_sources())
    rows = store.anchors("ltown", start=date(2018, 4, 1), end=date(2019, 3, 1))
    assert {(r.source_id, r.anchor.start) for r in rows} == {
        ("2018-04-02-minutes.txt", date(2018, 4, 2)),
        ("interviews/swo-director.md", date(2019, 1, 1)),
    }
    assert all(r.segment.text for r in rows)


def test_delete_case_deletes_everything_of_it(store: Store) -> None:
    store.import_case(make_case(), make_sources(), make_events(), make_codings())
    store.import_case(make_case("other"), corpus(2))
    store.delete_case("ltown")
    assert [s.id for s in store.cases()] == ["other"]
    left = [row for rows in dump(store).values() for row in rows if "ltown" in row]
    assert left == []
    with pytest.raises(NotFoundError):
        store.log("ltown")
    store.import_case(make_case(), make_sources())
    log = store.log("ltown")
    assert [e.action for e in log] == ["case-updated", "added", "added", "added"]


def test_store_repr_hides_the_password(store: Store) -> None:
    assert "relcycle:relcycle@" not in repr(store)


def test_events_in_their_order(store: Store) -> None:
    store.import_case(make_case(), make_sources(), make_events())
    assert store.events("ltown") == make_events()


def test_codings_of_one_source_or_coder(store: Store) -> None:
    both = make_codings("coder-a") + make_codings("coder-b")
    store.import_case(make_case(), make_sources(), codings=both)
    assert len(store.codings("ltown")) == 4
    assert {c.coder for c in store.codings("ltown", coder="coder-b")} == {"coder-b"}
    one = store.codings("ltown", source_id="interviews/swo-director.md")
    assert [(c.source_id, c.coder) for c in one] == [
        ("interviews/swo-director.md", "coder-a"),
        ("interviews/swo-director.md", "coder-b"),
    ]
