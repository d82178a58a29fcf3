"""Precision, recall and F1 per code, and their micro and macro averages.

For one code over a set of segments, with ``tp`` segments that have the code
and were predicted to, ``fp`` predicted but without it and ``fn`` with it but
not predicted:

* precision = tp / (tp + fp), 0 when the code was never predicted;
* recall = tp / (tp + fn), 0 when no segment has the code;
* F1 = 2·tp / (2·tp + fp + fn), 0 when both are 0;
* support = tp + fn, the segments that have the code.

Micro averages pool ``tp``, ``fp`` and ``fn`` over the codes (frequent codes
weigh more); macro averages are the plain means of the per-code figures (every
code weighs the same; rare codes usually pull it down). Both supports are the
total of the per-code supports.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

import numpy as np
import numpy.typing as npt


@dataclass(frozen=True, slots=True)
class CodeScore:
    """Precision, recall, F1 (each in [0, 1]) and support of one code or an average."""

    precision: float
    recall: float
    f1: float
    support: int


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def _score(tp: int, fp: int, fn: int) -> CodeScore:
    return CodeScore(
        _ratio(tp, tp + fp), _ratio(tp, tp + fn), _ratio(2 * tp, 2 * tp + fp + fn), tp + fn
    )


@dataclass(frozen=True, slots=True)
class CodeScores:
    """Cross-validated scores of a supervised coder.

    Attributes:
        per_code: Code id → its scores, codes sorted.
        micro: Micro averages (pooled counts).
        macro: Macro averages (means over codes).
        k: Number of folds.
        n_segments: Number of segments scored (each once, in the fold that held it out).
    """

    per_code: Mapping[str, CodeScore]
    micro: CodeScore
    macro: CodeScore
    k: int
    n_segments: int

    def table(self) -> str:
        """The scores as a plain-text table, one line per code, then the averages."""
        width = max((len(code) for code in self.per_code), default=4)
        width = max(width, len("macro"))
        lines = [f"{'code':<{width}}  precision  recall     f1  support"]
        rows = [*self.per_code.items(), ("micro", self.micro), ("macro", self.macro)]
        for name, s in rows:
            lines.append(
                f"{name:<{width}}  {s.precision:9.3f}  {s.recall:6.3f}  {s.f1:5.3f}  {s.support:7d}"
            )
        return "\n".join(lines)


def code_scores(
    codes: Sequence[str],
    y_true: npt.NDArray[np.bool_],
    y_pred: npt.NDArray[np.bool_],
    *,
    k: int,
) -> CodeScores:
    """Score predictions against labels (see the module docstring).

    Args:
        codes: The code of each column.
        y_true: ``(n, len(codes))`` labels.
        y_pred: Predictions of the same shape.
        k: Number of folds the predictions came from (recorded only).

    Returns:
        Per-code, micro and macro scores.

    Raises:
        ValueError: The shapes differ or do not match ``codes``.
    """
    if y_true.shape != y_pred.shape or y_true.ndim != 2 or y_true.shape[1] != len(codes):
        raise ValueError(
            f"code_scores: labels {y_true.shape} and predictions {y_pred.shape} must both be "
            f"(segments, {len(codes)} codes)"
        )
    tp = (y_true & y_pred).sum(axis=0)
    fp = (~y_true & y_pred).sum(axis=0)
    fn = (y_true & ~y_pred).sum(axis=0)
    per_code = {
        code: _score(int(tp[j]), int(fp[j]), int(fn[j]))
        for j, code in sorted(enumerate(codes), key=lambda jc: jc[1])
    }
    micro = _score(int(tp.sum()), int(fp.sum()), int(fn.sum()))
    scores = list(per_code.values())
    macro = CodeScore(
        float(np.mean([s.precision for s in scores])) if scores else 0.0,
        float(np.mean([s.recall for s in scores])) if scores else 0.0,
        float(np.mean([s.f1 for s in scores])) if scores else 0.0,
        micro.support,
    )
    return CodeScores(MappingProxyType(per_code), micro, macro, k, int(y_true.shape[0]))
