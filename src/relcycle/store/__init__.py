"""relcycle.store."""
