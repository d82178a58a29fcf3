"""``python -m relcycle``: the command line."""

from relcycle.cli import main

main()
