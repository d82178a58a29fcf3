"""relcycle: reconstruct, with evidence, how a funded project's relationship evolved."""

__version__ = "0.1.0"

__all__ = ["__version__"]
