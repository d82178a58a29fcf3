"""Codebook coverage: which codes the evidence of each stage carries, and how much."""

from __future__ import annotations

from relcycle.report.labels import local, word
from relcycle.report.naming import Namer
from relcycle.report.views import CoverageRow
from relcycle.trajectory.result import Analysis

HEAT_STEPS = (0.05, 0.15, 0.30)
"""Shares at which a cell's shade steps up (1 below the first, 4 from the last)."""


def heat(share: float) -> int:
    """0 for no evidence, else 1–4 by :data:`HEAT_STEPS`."""
    if share <= 0:
        return 0
    return 1 + sum(share >= step for step in HEAT_STEPS)


def coverage(names: Namer, analysis: Analysis) -> tuple[CoverageRow, ...]:
    """One row per code of the framework that some stage's evidence carries, in codebook order.

    A cell is the share of the stage's coded units (passages and events) that
    carry the code or a code below it, as the analysis measured it.
    """
    fw = names.framework
    rows = []
    for code in fw.codes:
        shares = [s.diagnosis.code_shares.get(code.id, 0.0) for s in analysis.stages]
        if not any(v > 0 for v in shares):
            continue
        rows.append(
            CoverageRow(
                code=code.id,
                label=local(code.label, names.lang),
                family=word(names.lang, "family", code.family),
                depth=len(fw.ancestors(code.id)),
                percents=tuple(f"{100 * v:.1f}" if v > 0 else "" for v in shares),
                heat=tuple(heat(v) for v in shares),
            )
        )
    return tuple(rows)
