"""Importing a case folder into the store, in one transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from relcycle.domain import ParsedSource
from relcycle.services.store import open_store
from relcycle.settings import Settings
from relcycle.sources.folder import CaseFolder, SourceFile
from relcycle.store import ImportReport
from relcycle.store.engine import new_sqlite_file


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What importing a folder did, and what the reader noticed on the way.

    Attributes:
        report: What changed in the store.
        warnings: What the reader skipped or guessed (unknown file types ...).
        sources: Number of sources read.
        segments: Number of segments read.
        placed_by_text: Segments the text itself placed in time.
        out_of_period: Segments placed wholly outside the studied period.
        characters: Characters of body text read.
    """

    report: ImportReport
    warnings: tuple[str, ...]
    sources: int
    segments: int
    placed_by_text: int
    out_of_period: int
    characters: int


class _OriginalFiles(Mapping[str, bytes]):
    """The bytes of a folder's binary sources, read from disk only when asked for."""

    def __init__(self, files: Mapping[str, SourceFile]) -> None:
        self._files = files

    def __getitem__(self, source_id: str) -> bytes:
        return self._files[source_id].path.read_bytes()

    def __iter__(self) -> Iterator[str]:
        return iter(self._files)

    def __len__(self) -> int:
        return len(self._files)


class _Tally:
    """Counts what streams past, keeping only the text lengths codings are checked against."""

    def __init__(self) -> None:
        self.lengths: dict[str, int] = {}
        self.segments = 0
        self.placed_by_text = 0
        self.out_of_period = 0

    def watch(self, sources: Iterator[ParsedSource]) -> Iterator[ParsedSource]:
        for parsed in sources:
            self.lengths[parsed.source.id] = len(parsed.source.text)
            self.segments += len(parsed.segments)
            self.placed_by_text += sum(a.provenance == "text" for a in parsed.anchors)
            self.out_of_period += sum(not a.in_period for a in parsed.anchors)
            yield parsed


def import_folder(
    path: str | Path,
    *,
    settings: Settings,
    on_start: Callable[[int], None] | None = None,
    progress: Callable[[ParsedSource], None] | None = None,
) -> ImportResult:
    """Import (or re-import) a case folder into the store, all or nothing.

    The folder is streamed source by source; any error, even in its last file
    or in codings.csv, leaves the store exactly as it was (a SQLite file this
    import would have created is not left behind).

    Args:
        path: The case folder.
        settings: relcycle's settings (``settings.db`` names the store).
        on_start: Called once with the number of sources about to be read.
        progress: Called with each source once it is stored.

    Raises:
        InputError: The folder breaks the case format (names the file and line/field).
        StoreError: The store cannot be opened or written.
    """
    folder = CaseFolder(path, settings)
    if on_start is not None:
        on_start(len(folder.sources))
    tally = _Tally()
    documents = {f.id: f for f in folder.sources if f.is_document}
    fresh = new_sqlite_file(settings.db)  # a store this import creates goes if it fails
    try:
        with open_store(settings) as store:
            report = store.import_case(
                folder.case,
                tally.watch(folder.iter_sources()),
                events=folder.events(),
                codings=lambda: folder.codings(tally.lengths),
                originals=_OriginalFiles(documents),
                progress=progress,
            )
    except BaseException:
        if fresh is not None:
            for leftover in (fresh, *(fresh.with_name(fresh.name + x) for x in ("-wal", "-shm"))):
                leftover.unlink(missing_ok=True)
        raise
    return ImportResult(
        report=report,
        warnings=tuple(folder.warnings),
        sources=len(tally.lengths),
        segments=tally.segments,
        placed_by_text=tally.placed_by_text,
        out_of_period=tally.out_of_period,
        characters=sum(tally.lengths.values()),
    )
