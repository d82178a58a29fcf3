"""relcycle.frameworks."""
