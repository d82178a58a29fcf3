"""relcycle.coding."""
