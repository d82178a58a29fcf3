"""The ``relcycle`` command line: parse → one service call → print."""

from relcycle.cli import commands  # registers the commands on the app

# isort: split
from relcycle.cli import coding  # the coding commands, listed after those

# isort: split
from relcycle.cli import analysis  # relcycle analyze, listed last
from relcycle.cli.app import app, main

__all__ = ["analysis", "app", "coding", "commands", "main"]
