"""Re-importing changed sources: codings move with their quoted text, or become orphans."""

from __future__ import annotations

from factories import NOTE, make_case, make_codings, make_source, make_sources
from snapshots import WriteProbe

from relcycle.domain import Coding, ParsedSource
from relcycle.store import Store, replay

NOTE_ID = "2018-03-15-field-note.md"
APPROVAL = "镇里要求中心每周上报活动台账"  # in NOTE's second paragraph


def _with_note(text: str) -> list[ParsedSource]:
    return [make_source(NOTE_ID, text), *make_sources()[1:]]


def _add(store: Store, quote: str, coder: str = "alice", text: str = NOTE) -> int:
    start = text.index(quote)
    coding = Coding(NOTE_ID, start, start + len(quote), "gov.control.approval", coder)
    return store.add_coding("ltown", coding, coder)


def _record(store: Store, coding_id: int) -> tuple[int, int, str, bool]:
    (r,) = [r for r in store.coding_records("ltown") if r.id == coding_id]
    return r.start, r.end, r.quote, r.orphaned


def test_moved_text_moves_manual_and_csv_codings(store: Store) -> None:
    store.import_case(make_case(), make_sources(), codings=make_codings())
    manual = _add(store, APPROVAL)
    prefix = "补记：上午先开了短会。\n\n"
    report = store.import_case(make_case(), _with_note(prefix + NOTE), codings=make_codings())
    assert (report.reanchored, report.orphaned) == (2, 0)
    start = len(prefix) + NOTE.index(APPROVAL)
    assert _record(store, manual) == (start, start + len(APPROVAL), APPROVAL, False)
    csv = store.coding_records("ltown", coder="coder-a", source_id=NOTE_ID)[0]
    assert (csv.start, csv.end, csv.csv_start) == (35 + len(prefix), 60 + len(prefix), 35)
    reanchors = [e for e in store.coding_log("ltown") if e.action == "reanchor"]
    assert {e.user for e in reanchors} == {"import"}
    assert {e.coding_id for e in reanchors} == {manual, csv.id}


def test_same_folder_again_writes_nothing_after_reanchoring(store: Store) -> None:
    store.import_case(make_case(), make_sources(), codings=make_codings())
    _add(store, APPROVAL)
    moved = _with_note("补记。\n\n" + NOTE)
    store.import_case(make_case(), moved, codings=make_codings())
    probe = WriteProbe(store)
    try:
        report = store.import_case(make_case(), moved, codings=make_codings())
        assert not probe.written()
    finally:
        probe.close()
    assert not report.changed and report.reanchored == 0


def test_a_duplicated_quote_goes_to_the_nearest_copy(store: Store) -> None:
    text = "开头一句。\n\n" + NOTE
    store.import_case(make_case(), _with_note(text))
    near_end = _add(store, "气氛很好", text=text)
    # The old place is rewritten; the quote now occurs near the start and near the old place.
    old = text.index("气氛很好")
    changed = "气氛很好。\n\n" + text[:old] + "气氛非常好，气氛很好" + text[old + 4 :]
    report = store.import_case(make_case(), _with_note(changed))
    assert report.reanchored == 1
    start, end, quote, orphaned = _record(store, near_end)
    assert (quote, orphaned) == ("气氛很好", False)
    assert changed[start:end] == "气氛很好"
    assert start == changed.index("气氛很好", 10)


def test_a_quote_that_differs_only_in_white_space_is_found(store: Store) -> None:
    store.import_case(make_case(), make_sources())
    coding_id = _add(store, "气氛很好。\n\n镇里要求")
    joined = NOTE.replace("很好。\n\n镇里", "很好。 镇里")
    report = store.import_case(make_case(), _with_note(joined))
    assert report.reanchored == 1
    start, end, quote, orphaned = _record(store, coding_id)
    assert (quote, orphaned) == ("气氛很好。 镇里要求", False)
    assert joined[start:end] == quote


def test_a_deleted_quote_leaves_an_orphan_that_is_kept_and_reported(store: Store) -> None:
    store.import_case(make_case(), make_sources(), codings=make_codings())
    coding_id = _add(store, APPROVAL)
    paragraphs = NOTE.split("\n\n")
    without = "\n\n".join([paragraphs[0], paragraphs[2]])
    report = store.import_case(make_case(), _with_note(without), codings=[])
    # The manual coding and coder-a's csv coding (also on that paragraph) are orphans.
    assert (report.reanchored, report.orphaned) == (0, 2)
    start, end, quote, orphaned = _record(store, coding_id)
    assert (quote, orphaned) == (APPROVAL, True)
    assert 0 <= start < end <= len(without)
    orphans = store.coding_records("ltown", orphaned=True)
    assert {r.id for r in orphans} >= {coding_id}
    assert [e.action for e in store.coding_log("ltown")][-2:] == ["orphan", "orphan"]
    assert any(c.coder == "alice" for c in store.codings("ltown"))

    # The paragraph comes back: the orphan is placed again.
    back = store.import_case(make_case(), make_sources(), codings=[])
    assert (back.reanchored, back.orphaned) == (2, 0)
    assert _record(store, coding_id)[2:] == (APPROVAL, False)


def test_an_orphan_stays_inside_a_shorter_text(store: Store) -> None:
    store.import_case(make_case(), make_sources())
    coding_id = _add(store, "对场地布置提出了意见")
    store.import_case(make_case(), _with_note("短。"))
    start, end, _, orphaned = _record(store, coding_id)
    assert orphaned and (start, end) == (0, 2)


def test_manual_codings_survive_reimport_and_a_changed_codings_csv(store: Store) -> None:
    store.import_case(make_case(), make_sources(), codings=make_codings("alice"))
    manual = _add(store, APPROVAL)
    store.import_case(make_case(), make_sources(), codings=make_codings("alice")[1:])
    store.import_case(make_case(), make_sources(), codings=[])
    assert _record(store, manual) == (
        NOTE.index(APPROVAL),
        NOTE.index(APPROVAL) + len(APPROVAL),
        APPROVAL,
        False,
    )
    by_origin = {(r.coder, r.origin) for r in store.coding_records("ltown")}
    assert by_origin == {("alice", "manual"), ("alice", "import")}


def test_a_csv_row_equal_to_a_manual_coding_is_not_added_twice(store: Store) -> None:
    store.import_case(make_case(), make_sources())
    manual = _add(store, APPROVAL)
    (record,) = store.coding_records("ltown")
    store.import_case(make_case(), make_sources(), codings=[record.coding])
    assert [r.id for r in store.coding_records("ltown")] == [manual]


def test_a_removed_source_takes_its_codings_with_it_logged(store: Store) -> None:
    store.import_case(make_case(), make_sources(), codings=make_codings())
    manual = _add(store, APPROVAL)
    store.import_case(make_case(), make_sources()[1:], codings=make_codings()[1:])
    removed = [e for e in store.coding_log("ltown") if e.action == "remove"]
    assert {e.coding_id for e in removed} >= {manual}
    assert {e.user for e in removed} == {"import"}
    assert all(r.source_id != NOTE_ID for r in store.coding_records("ltown"))
    assert replay(store.coding_log("ltown")) == store.coding_records("ltown")
