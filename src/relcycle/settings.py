"""Every setting relcycle reads, declared once: name, default, help.

Settings come from keyword arguments first, then ``RELCYCLE_*`` environment
variables, then the defaults below. Nothing is read at import time: call
:meth:`Settings.from_env`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from typing import Any

from relcycle.errors import ConfigError

DEFAULT_DB_URL = "sqlite:///relcycle.db"


def _meta(help_text: str) -> dict[str, str]:
    return {"help": help_text}


@dataclass(frozen=True)
class Settings:
    """relcycle's settings.

    Attributes:
        db: Database URL of the store (``sqlite:///path`` or ``postgresql://...``).
        max_source_mb: Largest source file read, in megabytes; larger ones are refused.
        chromium: The Chromium that prints PDF reports; ``chromium`` on the PATH when empty.
    """

    db: str = field(default=DEFAULT_DB_URL, metadata=_meta("database URL of the store"))
    max_source_mb: float = field(
        default=50.0, metadata=_meta("largest source file read, in MB; larger ones are refused")
    )
    chromium: str = field(
        default="", metadata=_meta("Chromium executable for PDF reports (default: on the PATH)")
    )

    @property
    def max_source_bytes(self) -> int:
        """The source size limit in bytes."""
        return int(self.max_source_mb * 1024 * 1024)

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Build settings from ``RELCYCLE_*`` variables, then explicit overrides.

        Args:
            environ: The environment to read; ``os.environ`` when omitted.
            **overrides: Values that win over the environment; ``None`` is ignored.

        Raises:
            ConfigError: A variable holds a value of the wrong type.
        """
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            name = f"RELCYCLE_{f.name.upper()}"
            raw = env.get(name)
            if raw is None:
                continue
            kind: type[Any] = type(f.default)
            try:
                values[f.name] = kind(raw)
            except ValueError:
                raise ConfigError(
                    f"{name}={raw!r} is not a valid {kind.__name__}: {f.metadata['help']}"
                ) from None
        values.update({k: v for k, v in overrides.items() if v is not None})
        unknown = set(values) - {f.name for f in fields(cls)}
        if unknown:
            valid = ", ".join(f.name for f in fields(cls))
            raise ConfigError(f"unknown setting {sorted(unknown)[0]!r}; choose one of: {valid}")
        settings = cls(**values)
        if settings.max_source_mb <= 0:
            raise ConfigError(f"max_source_mb must be positive, got {settings.max_source_mb}")
        return settings
