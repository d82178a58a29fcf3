from __future__ import annotations

import dataclasses

import pytest
from factories import NOTE, make_case, make_codings, make_sources
from snapshots import dump

from relcycle.domain import Coding
from relcycle.errors import InputError, NotFoundError
from relcycle.store import NewCoding, Store, replay

NOTE_ID = "2018-03-15-field-note.md"
CODES = frozenset({"gov.control", "gov.control.approval", "relation.trust"})


@pytest.fixture
def case(store: Store) -> Store:
    store.import_case(make_case(), make_sources(), codings=make_codings())
    return store


def _manual(start: int = 0, end: int = 4, code: str = "gov.control") -> Coding:
    return Coding(NOTE_ID, start, end, code, "alice", "first words")


def test_add_coding_keeps_id_quote_and_origin(case: Store) -> None:
    coding_id = case.add_coding("ltown", _manual(), "alice", known_codes=CODES)
    (record,) = case.coding_records("ltown", coder="alice")
    assert record.id == coding_id
    assert record.quote == NOTE[0:4] == "今天上午"
    assert (record.origin, record.orphaned, record.csv_start) == ("manual", False, None)
    assert record.coding == _manual()
    assert _manual() in case.codings("ltown")


def test_every_change_is_logged_with_who_and_what(case: Store) -> None:
    coding_id = case.add_coding("ltown", _manual(), "alice")
    case.update_coding("ltown", coding_id, "bob", memo="better memo")
    removed = case.remove_coding("ltown", coding_id, "carol")
    log = case.coding_log("ltown")
    assert [(e.user, e.action) for e in log] == [
        ("import", "add"),
        ("import", "add"),
        ("alice", "add"),
        ("bob", "update"),
        ("carol", "remove"),
    ]
    add, upd, rem = log[2:]
    assert add.before is None and add.after is not None and add.after.quote == "今天上午"
    assert upd.before is not None and upd.after is not None
    assert (upd.before.memo, upd.after.memo) == ("first words", "better memo")
    assert "memo 'first words' → 'better memo'" in upd.summary
    assert rem.before == removed and rem.after is None
    assert {e.coding_id for e in log[2:]} == {coding_id}
    assert [e.id for e in log] == sorted(e.id for e in log)
    assert replay(log) == case.coding_records("ltown")


def test_update_without_change_logs_nothing(case: Store) -> None:
    coding_id = case.add_coding("ltown", _manual(), "alice")
    case.update_coding("ltown", coding_id, "alice", memo="first words")
    assert len(case.coding_log("ltown")) == 3


@pytest.mark.parametrize(
    ("coding", "error", "message"),
    [
        (
            dataclasses.replace(_manual(), source_id="2018-03-15-field-note.txt"),
            NotFoundError,
            "case 'ltown' has no source '2018-03-15-field-note.txt'; did you mean "
            "'2018-03-15-field-note.md'?",
        ),
        (
            _manual(80, len(NOTE) + 1),
            InputError,
            f"[end]: coding of '{NOTE_ID}' at 80..{len(NOTE) + 1}: offsets outside the text, "
            f"which has {len(NOTE)} characters",
        ),
        (_manual(-1, 3), InputError, "[start]: coding of"),
        (_manual(5, 5), InputError, "empty span; start must be before end"),
        (
            _manual(code="gov.contrl"),
            InputError,
            "[code]: coding of '2018-03-15-field-note.md' at 0..4: unknown code 'gov.contrl'; "
            "did you mean 'gov.control'",
        ),
        (dataclasses.replace(_manual(), coder=" "), InputError, "no coder; say who coded"),
        (_manual(code=""), InputError, "no code; give a code id"),
    ],
)
def test_bad_codings_are_refused_and_nothing_is_written(
    case: Store, coding: Coding, error: type[Exception], message: str
) -> None:
    before = dump(case)
    with pytest.raises(error) as raised:
        case.add_coding("ltown", coding, "alice", known_codes=CODES)
    assert message in str(raised.value)
    assert dump(case) == before


def test_unknown_case_and_coding_are_not_found(case: Store) -> None:
    with pytest.raises(NotFoundError, match="unknown case 'nope'; cases in this store: ltown"):
        case.add_coding("nope", _manual(), "alice")
    with pytest.raises(NotFoundError, match="case 'ltown' has no coding 999"):
        case.remove_coding("ltown", 999, "alice")
    with pytest.raises(NotFoundError, match="unknown case"):
        case.coding_log("nope")


def test_a_change_needs_a_user(case: Store) -> None:
    with pytest.raises(InputError, match=r"\[user\]: say who makes the change"):
        case.add_coding("ltown", _manual(), "  ")


def test_update_checks_the_new_code(case: Store) -> None:
    coding_id = case.add_coding("ltown", _manual(), "alice")
    with pytest.raises(InputError, match="unknown code 'nope'"):
        case.update_coding("ltown", coding_id, "alice", code="nope", known_codes=CODES)
    changed = case.update_coding("ltown", coding_id, "alice", code="gov.control.approval")
    assert changed.code == "gov.control.approval"


def test_filters(case: Store) -> None:
    case.add_coding("ltown", _manual(), "alice")
    assert [r.coder for r in case.coding_records("ltown", source_id=NOTE_ID)] == [
        "alice",
        "coder-a",
    ]
    assert [r.code for r in case.coding_records("ltown", code="relation.trust")] == [
        "relation.trust"
    ]
    assert case.coding_records("ltown", orphaned=True) == []


def test_replace_auto_codings_never_touches_manual_or_imported(case: Store) -> None:
    manual = case.add_coding("ltown", _manual(), "alice")
    coder = "auto:dictionary@aaa"
    first = [
        NewCoding(Coding(NOTE_ID, 0, 4, "gov.control", coder), actor="gov", confidence=0.8),
        NewCoding(Coding(NOTE_ID, 5, 9, "gov.control", coder), actor=None, confidence=0.5),
    ]
    done = case.replace_auto_codings("ltown", "auto:dictionary@", first)
    assert (len(done.added), len(done.removed), done.kept) == (2, 0, 0)
    stored = case.coding_records("ltown", coder=coder)
    assert [(r.origin, r.actor, r.confidence) for r in stored] == [
        ("auto", "gov", 0.8),
        ("auto", None, 0.5),
    ]
    again = case.replace_auto_codings("ltown", "auto:dictionary@", first[:1])
    assert (len(again.added), len(again.removed), again.kept) == (0, 1, 1)
    newer = [NewCoding(Coding(NOTE_ID, 0, 4, "gov.control", "auto:dictionary@bbb"))]
    last = case.replace_auto_codings("ltown", "auto:dictionary@", newer)
    assert (len(last.added), len(last.removed)) == (1, 1)
    coders = {r.coder: r.origin for r in case.coding_records("ltown")}
    assert coders == {"alice": "manual", "coder-a": "import", "auto:dictionary@bbb": "auto"}
    assert case.coding_records("ltown", coder="alice")[0].id == manual
    auto = [e.action for e in case.coding_log("ltown") if e.user == "auto"]
    assert sorted(auto) == ["add", "add", "add", "remove", "remove"]
    assert replay(case.coding_log("ltown")) == case.coding_records("ltown")


def test_replace_auto_codings_refuses_other_coders(case: Store) -> None:
    with pytest.raises(InputError, match="auto-coder names start with 'auto:'"):
        case.replace_auto_codings("ltown", "alice", [])
    item = NewCoding(Coding(NOTE_ID, 0, 4, "gov.control", "alice"))
    with pytest.raises(InputError, match="coding by 'alice' is not one of 'auto:dictionary@'"):
        case.replace_auto_codings("ltown", "auto:dictionary@", [item])


def test_coding_changes_move_the_case_updated_time(case: Store) -> None:
    before = case.cases()[0].updated
    case.add_coding("ltown", _manual(), "alice")
    assert case.cases()[0].updated > before


def test_deleting_the_case_deletes_its_coding_log(case: Store) -> None:
    case.add_coding("ltown", _manual(), "alice")
    case.delete_case("ltown")
    assert dump(case)["coding_log"] == []


def test_the_id_of_a_removed_coding_is_never_given_again(case: Store) -> None:
    first = case.add_coding("ltown", _manual(), "alice")
    case.remove_coding("ltown", first, "alice")
    second = case.add_coding("ltown", _manual(), "alice")
    assert second > first
