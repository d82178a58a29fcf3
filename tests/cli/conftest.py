"""The CLI run in-process against a store in the test's tmp_path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from relcycle.cli import main

Run = Callable[..., tuple[int, str, str]]

# Commands that take no --db (the demo makes its own store; simulate, sweep and
# sensitivity read no store; --debug is a global option).
_NO_DB = ("demo", "simulate", "sweep", "sensitivity", "codebook", "--debug")


@pytest.fixture(autouse=True)
def _no_debug(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every CLI test starts without RELCYCLE_DEBUG, whatever the caller's environment.

    With it set, errors raise tracebacks instead of printing one line.
    """
    monkeypatch.delenv("RELCYCLE_DEBUG", raising=False)


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Run:
    """Run ``relcycle ARGS --db <tmp store>``; return (exit code, stdout, stderr)."""
    db = f"sqlite:///{tmp_path / 'cli.db'}"

    def invoke(*args: str) -> tuple[int, str, str]:
        argv = list(args) if args and args[0] in _NO_DB else [*args, "--db", db]
        try:
            main(argv)
            code = 0
        except SystemExit as exc:
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return invoke
