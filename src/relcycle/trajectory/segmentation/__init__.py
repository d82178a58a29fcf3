"""Stage segmentation: where a case's relationship moved from one stage to the next.

Penalised change-point detection over per-period indicator values (counts of
coded evidence, or real-valued indices):

* :class:`StageSegmenter` - the estimator (``fit(X).predict()``), with methods
  ``pelt``, ``binseg``, ``dynp`` and costs ``poisson``, ``multinomial``,
  ``normal``, ``l2`` (``auto`` picks one);
* :func:`segment_batch` - the same exact segmentation for many cases at once;
* :func:`boundary_stability` - how firmly each boundary holds along a penalty
  path;
* :func:`boundary_f1`, :func:`covering` - scores against known stages.

The formulas (costs, penalties, the ``auto`` rule) are in
``docs/SEGMENTATION.md``.
"""

from __future__ import annotations

from relcycle.trajectory.segmentation.batch import segment_batch
from relcycle.trajectory.segmentation.costs import COSTS, looks_like_counts, make_cost
from relcycle.trajectory.segmentation.estimator import NotFittedError, StageSegmenter
from relcycle.trajectory.segmentation.methods import METHODS
from relcycle.trajectory.segmentation.metrics import boundary_f1, covering
from relcycle.trajectory.segmentation.path import boundary_stability
from relcycle.trajectory.segmentation.penalties import PENALTIES, penalty_value

__all__ = [
    "COSTS",
    "METHODS",
    "PENALTIES",
    "NotFittedError",
    "StageSegmenter",
    "boundary_f1",
    "boundary_stability",
    "covering",
    "looks_like_counts",
    "make_cost",
    "penalty_value",
    "segment_batch",
]
