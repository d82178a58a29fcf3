"""relcycle.trajectory."""
