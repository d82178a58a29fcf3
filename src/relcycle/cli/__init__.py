"""The ``relcycle`` command line: parse → one service call → print."""

from relcycle.cli import commands  # registers the commands on the app

# isort: split
from relcycle.cli import coding  # the coding commands, listed after those

# isort: split
from relcycle.cli import analysis  # relcycle analyze

# isort: split
from relcycle.cli import report  # relcycle report, after analyze

# isort: split
from relcycle.cli import figures  # relcycle figures, after report

# isort: split
from relcycle.cli import simulation  # relcycle simulate

# isort: split
from relcycle.cli import simulation_runs  # relcycle sweep, sensitivity, calibrate, whatif

# isort: split
from relcycle.cli import demo  # relcycle demo, listed last
from relcycle.cli.app import app, main

__all__ = [
    "analysis",
    "app",
    "coding",
    "commands",
    "demo",
    "figures",
    "main",
    "report",
    "simulation",
    "simulation_runs",
]
