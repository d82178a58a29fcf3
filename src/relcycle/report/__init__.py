"""relcycle.report."""
