"""relcycle: reconstruct, with evidence, how a funded project's relationship evolved.

The Python API for notebooks and scripts::

    import relcycle

    data = relcycle.read_case("my-case")            # a case folder, in memory
    store = relcycle.open_store("sqlite:///relcycle.db")
    store.import_case(data.case, data.sources, data.events, data.codings)
"""

from __future__ import annotations

from relcycle.domain import (
    Actor,
    Case,
    CaseData,
    Coding,
    Contract,
    Event,
    ParsedSource,
    Period,
    Precision,
    Segment,
    Source,
    TimeAnchor,
)
from relcycle.errors import (
    CaseFormatError,
    ConfigError,
    FrameworkError,
    InputError,
    NotFoundError,
    RelcycleError,
    SourceReadError,
    StoreError,
)
from relcycle.settings import Settings
from relcycle.sources.folder import CaseFolder, read_case
from relcycle.store import Store

__version__ = "0.1.0"


def open_store(url: str | None = None) -> Store:
    """Open (creating or upgrading) a store.

    Args:
        url: ``sqlite:///path.db`` or ``postgresql://user@host/db``; when
            omitted, ``RELCYCLE_DB`` or the default ``sqlite:///relcycle.db``.

    Raises:
        ConfigError: The URL is not one relcycle can use.
        StoreError: The database cannot be reached or opened.
    """
    from relcycle.store import connect

    return connect(url or Settings.from_env().db)


__all__ = [
    "Actor",
    "Case",
    "CaseData",
    "CaseFolder",
    "CaseFormatError",
    "Coding",
    "ConfigError",
    "Contract",
    "Event",
    "FrameworkError",
    "InputError",
    "NotFoundError",
    "ParsedSource",
    "Period",
    "Precision",
    "RelcycleError",
    "Segment",
    "Settings",
    "Source",
    "SourceReadError",
    "Store",
    "StoreError",
    "TimeAnchor",
    "__version__",
    "open_store",
    "read_case",
]
