"""The demo: the whole pipeline on the bundled L town case, in a folder of its own.

Import into a fresh SQLite store, auto-code, analyse, and write the HTML
report (and the case's timeline as Markdown), all inside one folder.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from relcycle.domain import ParsedSource
from relcycle.errors import InputError
from relcycle.examples import example_path
from relcycle.report.timeline_md import timeline_markdown
from relcycle.services.files import prepare_folder, write_text_atomically
from relcycle.services.imports import ImportResult
from relcycle.services.report import write_report
from relcycle.services.timeline import case_timeline
from relcycle.settings import Settings
from relcycle.trajectory.result import Analysis
from relcycle.trajectory.timeline import Timeline

DEMO_CASE = "ltown"
DB_NAME = "relcycle.db"


@dataclass(frozen=True, slots=True)
class DemoResult:
    """What the demo made.

    Attributes:
        folder: The demo's folder.
        db_url: The store it created.
        imported: What the import did.
        analysis: The case's analysis.
        timeline: The case's timeline.
        report: The HTML report.
        timeline_md: The timeline as Markdown.
    """

    folder: Path
    db_url: str
    imported: ImportResult
    analysis: Analysis
    timeline: Timeline
    report: Path
    timeline_md: Path


def _fresh_store(folder: Path) -> str:
    """The URL of a new SQLite store in ``folder`` (one an earlier demo left there is removed)."""
    db = folder / DB_NAME
    for leftover in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        try:
            leftover.unlink(missing_ok=True)
        except OSError as exc:
            raise InputError(
                f"cannot remove an earlier demo's store ({exc.strerror or exc})", path=leftover
            ) from None
    return f"sqlite:///{db}"


def run_demo(
    out: str | Path = "relcycle-demo",
    *,
    lang: str | None = None,
    on_start: Callable[[int], None] | None = None,
    progress: Callable[[ParsedSource], None] | None = None,
    step: Callable[[str], None] | None = None,
) -> DemoResult:
    """Import, auto-code and analyse the bundled L town case in a fresh store; write its report.

    Args:
        out: The demo's folder (created; a store left there by an earlier demo is replaced).
        lang: The report's language (default: the case's, Chinese).
        on_start: Called once with the number of sources about to be read.
        progress: Called with each source once it is stored.
        step: Called with the name of each step as it starts.

    Raises:
        InputError: ``out`` cannot be created or written.
    """
    folder = prepare_folder(Path(out).resolve())
    settings = Settings.from_env(db=_fresh_store(folder))
    written = write_report(
        example_path(DEMO_CASE), settings, out_dir=folder, lang=lang,
        on_start=on_start, progress=progress, step=step,
    )  # fmt: skip
    imported = written.run.imported
    if imported is None:  # analyze imports whenever it is given a folder
        raise RuntimeError("the demo's case folder was not imported")
    timeline = case_timeline(written.case_id, settings)
    md = write_text_atomically(folder / "timeline.md", timeline_markdown(timeline))
    return DemoResult(
        folder, settings.db, imported, written.run.analysis, timeline, written.html, md
    )
