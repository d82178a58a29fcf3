"""The ``relcycle`` command line: parse → one service call → print."""

from relcycle.cli.app import app, main

__all__ = ["app", "main"]
