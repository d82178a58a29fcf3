"""The ``relcycle`` command line: parse → one service call → print."""

from relcycle.cli import commands  # registers the commands on the app
from relcycle.cli.app import app, main

__all__ = ["app", "commands", "main"]
