from __future__ import annotations

from collections.abc import Iterator

import pytest
from factories import corpus, make_case, make_codings, make_events, make_source, make_sources
from snapshots import dump

from relcycle.domain import ParsedSource
from relcycle.errors import SourceReadError
from relcycle.store import Store, importer


def _failing(sources: list[ParsedSource], after: int) -> Iterator[ParsedSource]:
    """Yield ``after`` sources, then fail as a lazy reader does on a bad file."""
    yield from sources[:after]
    raise SourceReadError("cannot decode", path="sources/bad.md")


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Write every few rows, so a failure comes after rows were sent."""
    monkeypatch.setattr(importer, "BATCH_ROWS", 3)
    monkeypatch.setattr(importer, "BATCH_TEXT_CHARS", 100)


@pytest.mark.usefixtures("small_batches")
def test_failure_midway_in_a_first_import_leaves_an_empty_store(store: Store) -> None:
    before = dump(store)
    with pytest.raises(SourceReadError, match="cannot decode"):
        store.import_case(make_case(), _failing(corpus(20), after=15), make_events())
    assert dump(store) == before
    assert store.cases() == []


@pytest.mark.usefixtures("small_batches")
def test_failure_midway_in_a_reimport_leaves_the_store_as_it_was(store: Store) -> None:
    store.import_case(make_case(), corpus(10), make_events())
    store.import_case(make_case(), make_sources(), make_events(), make_codings())
    before = dump(store)
    changed = [make_source("2018-03-15-field-note.md", "改过的文本。"), *corpus(10, prefix="n")]
    with pytest.raises(SourceReadError):
        store.import_case(make_case(title="新标题"), _failing(changed, after=8), [])
    assert dump(store) == before


def test_failure_in_progress_callback_rolls_back(store: Store) -> None:
    def stop(parsed: ParsedSource) -> None:
        if parsed.source.id.endswith("00003.md"):
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        store.import_case(make_case(), corpus(5), progress=stop)
    assert store.cases() == []


def test_sources_are_consumed_lazily(store: Store) -> None:
    consumed: list[int] = []

    def lazy() -> Iterator[ParsedSource]:
        for i, parsed in enumerate(corpus(5)):
            consumed.append(i)
            yield parsed

    seen: list[int] = []
    store.import_case(make_case(), lazy(), progress=lambda _: seen.append(len(consumed)))
    assert seen == [1, 2, 3, 4, 5]
