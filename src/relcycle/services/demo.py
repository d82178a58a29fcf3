"""The demo: the whole pipeline on the bundled L town case, in a folder of its own."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from relcycle.domain import ParsedSource
from relcycle.examples import example_path
from relcycle.report.timeline_md import timeline_markdown
from relcycle.services.imports import ImportResult, import_folder
from relcycle.services.timeline import case_timeline
from relcycle.settings import Settings
from relcycle.trajectory.timeline import Timeline

DEMO_CASE = "ltown"


@dataclass(frozen=True, slots=True)
class DemoResult:
    """What the demo made.

    Attributes:
        folder: The demo's folder.
        db_url: The store it created.
        imported: What the import did.
        timeline: The case's timeline.
        report: The report written.
    """

    folder: Path
    db_url: str
    imported: ImportResult
    timeline: Timeline
    report: Path


def _write_atomically(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def run_demo(
    out: str | Path = "relcycle-demo",
    *,
    on_start: Callable[[int], None] | None = None,
    progress: Callable[[ParsedSource], None] | None = None,
) -> DemoResult:
    """Import the bundled L town case into a fresh store in ``out`` and write its timeline.

    Args:
        out: The demo's folder (created; a store left there by an earlier demo is replaced).
        on_start: Called once with the number of sources about to be read.
        progress: Called with each source once it is stored.
    """
    folder = Path(out).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "relcycle.db"
    for leftover in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        leftover.unlink(missing_ok=True)
    settings = Settings.from_env(db=f"sqlite:///{db}")
    imported = import_folder(
        example_path(DEMO_CASE), settings=settings, on_start=on_start, progress=progress
    )
    timeline = case_timeline(imported.report.case_id, settings)
    report = folder / "timeline.md"
    _write_atomically(report, timeline_markdown(timeline))
    return DemoResult(folder, settings.db, imported, timeline, report)
