"""relcycle.web."""
