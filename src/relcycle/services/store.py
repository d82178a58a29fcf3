"""Opening the store a service works on."""

from __future__ import annotations

from relcycle.settings import Settings
from relcycle.store import Store, connect


def open_store(settings: Settings) -> Store:
    """Open (creating or upgrading) the store named by ``settings.db``."""
    return connect(settings.db)
