"""relcycle.cli."""
