"""The one exception tree of relcycle.

Every error a user can cause derives from :class:`RelcycleError` and carries
enough context (file, line, field) to say in one line what is wrong and what
to do about it::

    RelcycleError
    ├── InputError            bad user input; names the file (and line/field)
    │   ├── CaseFormatError   a case folder that breaks the case-format contract
    │   ├── SourceReadError   a source file that cannot be read or decoded
    │   ├── FrameworkError    a framework file that is not valid
    │   └── ScenarioError     a simulation scenario file that is not valid
    ├── StoreError            the store cannot do what was asked
    │   └── NotFoundError     no such case / source / coding in the store
    ├── ConfigError           a setting or option with an invalid value
    └── SimulationError       a model parameter unknown or out of range, a
                              diverging run, a simulation that cannot run

The CLI turns any of these into one line and a non-zero exit; the web app maps
them to HTTP statuses in one handler.
"""

from __future__ import annotations

from pathlib import Path


class RelcycleError(Exception):
    """Base of every error relcycle raises on purpose."""


class InputError(RelcycleError):
    """Bad user input, located at a file and optionally a line and a field.

    Args:
        message: What is wrong and what to do about it.
        path: The file at fault.
        line: The 1-based line number in that file, when known.
        field: The field (YAML key or CSV column) at fault, when known.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.field = field
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path
            if self.line is not None:
                where += f":{self.line}"
            if self.field is not None:
                where += f" [{self.field}]"
            where += ": "
        elif self.field is not None:
            where = f"[{self.field}]: "
        return f"{where}{self.message}"


class CaseFormatError(InputError):
    """A case folder that breaks the case-format contract."""


class SourceReadError(InputError):
    """A source file that cannot be read, decoded or parsed."""


class FrameworkError(InputError):
    """A framework file that is not valid."""


class ScenarioError(InputError):
    """A simulation scenario file that is not valid."""


class StoreError(RelcycleError):
    """The store cannot do what was asked."""


class NotFoundError(StoreError):
    """A case, source or coding that is not in the store."""


class ConfigError(RelcycleError):
    """A setting or option with an invalid value."""


class SimulationError(RelcycleError):
    """A model parameter unknown or out of range, or a run that diverges."""
