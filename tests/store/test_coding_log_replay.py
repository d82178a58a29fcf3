"""The coding log alone rebuilds the codings, whatever sequence of changes made them."""

from __future__ import annotations

import contextlib
from typing import Any

from factories import INTERVIEW, NOTE, make_case, make_source
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from relcycle.domain import Coding, ParsedSource
from relcycle.errors import NotFoundError
from relcycle.store import Store, replay

SOURCES = ("note.md", "interview.md")
BASES = (NOTE, INTERVIEW)
CODES = ("gov.control", "swo.comply", "relation.trust")


def _variant(base: str, kind: int) -> str:
    """The base text, or it edited: text put before, a paragraph dropped or repeated ..."""
    paragraphs = base.split("\n\n")
    if kind == 1:
        return "补记一段。\n\n" + base
    if kind == 2:
        return "\n\n".join(paragraphs[:1] + paragraphs[2:])
    if kind == 3:
        return "\n\n".join([paragraphs[-1], *paragraphs])
    if kind == 4:
        return base.replace("\n\n", "\n")
    if kind == 5:
        return "完全改写的文本，原来的话都不在了。" * 3
    return base


def _span(text: str, a: int, b: int) -> tuple[int, int]:
    start = a % (len(text) - 1)
    return start, start + 1 + b % min(20, len(text) - start - 1)


_offsets = st.tuples(st.integers(0, 10_000), st.integers(0, 10_000))
_add = st.tuples(
    st.just("add"), st.integers(0, 1), _offsets, st.sampled_from(CODES), st.sampled_from("ab")
)
_remove = st.tuples(st.just("remove"), st.integers(0, 50))
_update = st.tuples(st.just("update"), st.integers(0, 50), st.sampled_from(CODES))
_csv_row = st.tuples(st.integers(0, 1), _offsets, st.sampled_from(CODES), st.sampled_from("xy"))
_import = st.tuples(
    st.just("import"),
    st.tuples(st.integers(-1, 5), st.integers(-1, 5)),  # -1: the source is left out
    st.lists(_csv_row, max_size=4),
)
_operations = st.lists(st.one_of(_add, _remove, _update, _import), min_size=1, max_size=12)


class _Case:
    """The case under test, and the texts its sources have now."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.texts: dict[str, str] = {}
        with contextlib.suppress(NotFoundError):
            store.delete_case("ltown")
        self.reimport((0, 0), [])

    def reimport(self, kinds: tuple[int, int], rows: list[Any]) -> None:
        parsed: list[ParsedSource] = []
        texts: dict[str, str] = {}
        for source_id, base, kind in zip(SOURCES, BASES, kinds, strict=True):
            if kind >= 0:
                texts[source_id] = _variant(base, kind)
                parsed.append(make_source(source_id, texts[source_id]))
        codings = []
        for i, (a, b), code, coder in rows:
            if SOURCES[i] in texts:
                start, end = _span(texts[SOURCES[i]], a, b)
                codings.append(Coding(SOURCES[i], start, end, code, f"csv-{coder}"))
        self.store.import_case(make_case(), parsed, codings=codings)
        self.texts = texts

    def apply(self, op: tuple[Any, ...]) -> None:
        records = self.store.coding_records("ltown")
        if op[0] == "add":
            _, i, (a, b), code, coder = op
            source_id = SOURCES[i] if SOURCES[i] in self.texts else next(iter(self.texts), None)
            if source_id is None:
                return
            start, end = _span(self.texts[source_id], a, b)
            self.store.add_coding("ltown", Coding(source_id, start, end, code, coder), coder)
        elif op[0] == "remove" and records:
            self.store.remove_coding("ltown", records[op[1] % len(records)].id, "someone")
        elif op[0] == "update" and records:
            self.store.update_coding("ltown", records[op[1] % len(records)].id, "bob", code=op[2])
        elif op[0] == "import":
            self.reimport(op[1], op[2])


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(operations=_operations)
def test_replaying_the_log_gives_the_codings_table(
    store: Store, operations: list[tuple[Any, ...]]
) -> None:
    case = _Case(store)
    for op in operations:
        case.apply(op)
        log = store.coding_log("ltown")
        assert replay(log) == store.coding_records("ltown")
    for action in sorted({e.action for e in store.coding_log("ltown")}):
        event(action)
    assert all(
        (r.quote == case.texts[r.source_id][r.start : r.end]) or r.orphaned
        for r in store.coding_records("ltown")
    )
