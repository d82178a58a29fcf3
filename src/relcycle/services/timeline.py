"""The timeline of a stored case or of a case folder."""

from __future__ import annotations

from pathlib import Path

from relcycle.domain.period import Grain
from relcycle.services.store import open_store
from relcycle.settings import Settings
from relcycle.sources.folder import CaseFolder
from relcycle.trajectory.timeline import Timeline, build_timeline


def case_timeline(ref: str | Path, settings: Settings, grain: Grain | None = None) -> Timeline:
    """The timeline of a stored case (by id) or of a case folder (by path, read, not stored).

    Args:
        ref: A case id in the store, or the path of a case folder.
        settings: relcycle's settings.
        grain: The period grain; the case's own when omitted.

    Raises:
        NotFoundError: ``ref`` is neither a folder nor a case in the store.
        InputError: The folder breaks the case format.
    """
    path = Path(ref)
    if path.is_dir():
        folder = CaseFolder(path, settings)
        return build_timeline(folder.case, folder.iter_sources(), grain)
    with open_store(settings) as store:
        case = store.case(str(ref))
        return build_timeline(case, store.iter_sources(case.id), grain)
