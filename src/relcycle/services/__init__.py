"""relcycle.services."""
