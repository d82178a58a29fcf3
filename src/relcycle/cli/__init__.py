"""The ``relcycle`` command line: parse → one service call → print."""

from relcycle.cli import commands  # registers the commands on the app

# isort: split
from relcycle.cli import coding  # the coding commands, listed after those
from relcycle.cli.app import app, main

__all__ = ["app", "coding", "commands", "main"]
