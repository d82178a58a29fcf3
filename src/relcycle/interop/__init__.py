"""relcycle.interop."""
