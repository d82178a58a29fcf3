"""Bundled example cases (fictional, written for relcycle) shipped as package data."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

EXAMPLES: tuple[str, ...] = ("ltown", "riverside")
"""Names of the bundled cases, in the order ``example_path`` lists them."""


def example_path(name: str) -> Path:
    """The folder of a bundled example case.

    The folder is a case folder in the plain-files format (``case.yaml``,
    ``sources/``, ``events.csv``) plus a ``truth.yaml`` with the stages the
    case's author intended. Both cases are fiction written for relcycle.

    Args:
        name: The example's name: ``ltown`` (Chinese, monthly) or
            ``riverside`` (English, quarterly).

    Returns:
        The path of the example's folder inside the installed package.

    Raises:
        ValueError: If ``name`` is not one of :data:`EXAMPLES`.
    """
    if name not in EXAMPLES:
        raise ValueError(f"unknown example {name!r}; choose one of: {', '.join(EXAMPLES)}")
    return Path(str(resources.files(__name__).joinpath(name)))
