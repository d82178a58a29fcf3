"""The supervised auto-coder: codes learned from a researcher's coded segments.

See :class:`SupervisedCoder`; :func:`labelled_segments` generates labelled
segments whose true codes are known, for tests and benchmarks.
"""

from relcycle.coding.supervised.coder import SupervisedCoder
from relcycle.coding.supervised.features import FEATURES
from relcycle.coding.supervised.scores import CodeScore, CodeScores
from relcycle.coding.supervised.synthetic import (
    LabelledSegments,
    labelled_segments,
    synthetic_codes,
)
from relcycle.coding.supervised.uncertainty import STRATEGIES

__all__ = [
    "FEATURES",
    "STRATEGIES",
    "CodeScore",
    "CodeScores",
    "LabelledSegments",
    "SupervisedCoder",
    "labelled_segments",
    "synthetic_codes",
]
