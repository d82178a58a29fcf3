"""relcycle.simulation."""
