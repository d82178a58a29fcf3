"""Advice: the framework's rules applied to each stage's diagnosis, with evidence.

:meth:`relcycle.frameworks.Framework.advice_for` decides, stage by stage,
which advice applies (its ``when`` condition over the stage type, the previous
stage, indicator levels and code shares). Each piece of advice that applies
to at least one stage is listed once, with the stages it applies to and
quotes of the evidence for its ``cite_codes`` from those stages, so a reader
can see what triggered it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from relcycle.frameworks import Framework
from relcycle.trajectory.diagnosis import CodeTree
from relcycle.trajectory.evidence import Evidence, Placement
from relcycle.trajectory.quotes import pick_covering
from relcycle.trajectory.result import AdviceItem, Stage

QUOTES_PER_ADVICE = 3
"""Quotes cited per piece of advice."""


def _cites(item: Evidence, cite: frozenset[str], tree: CodeTree) -> bool:
    return any(c in cite for c in tree.lineage.get(item.code, (item.code,)))


def _aspect(code: str, rank: int, tree: CodeTree) -> Callable[[Evidence], float]:
    """``1 / (1 + rank)`` for evidence of ``code`` (or a code under it), else 0."""
    score = 1.0 / (1 + rank)
    return lambda item: score if code in tree.lineage.get(item.code, (item.code,)) else 0.0


def advise(
    stages: Sequence[Stage],
    framework: Framework,
    placement: Placement,
    tree: CodeTree,
    lang: str,
) -> tuple[AdviceItem, ...]:
    """The advice that applies to any stage, in the framework's order.

    Args:
        stages: The labelled and diagnosed stages.
        framework: The framework whose advice rules to apply.
        placement: The case's placed evidence (for citations).
        tree: The framework's code tree.
        lang: The language of titles and texts.

    Returns:
        One item per piece of advice that applies, with the stages it applies
        to and up to :data:`QUOTES_PER_ADVICE` quotes of its ``cite_codes``
        taken from those stages: one for each cite code in the framework's
        order first (so the quotes show what the advice is about, not only
        its commonest code), then codes listed earlier before later ones;
        people's codings first, one per source and wording.
    """
    fired: dict[str, list[int]] = {}
    for index, stage in enumerate(stages):
        for advice in framework.advice_for(stage.diagnosis):
            fired.setdefault(advice.id, []).append(index)
    out: list[AdviceItem] = []
    for advice in framework.advice:
        where = fired.get(advice.id)
        if not where:
            continue
        cite = frozenset(advice.cite_codes)
        cited = [
            (item, share)
            for i in where
            for item, share in placement.in_range(stages[i].first, stages[i].stop)
            if _cites(item, cite, tree)
        ]
        out.append(
            AdviceItem(
                id=advice.id,
                title=advice.title.text(lang),
                text=advice.text.text(lang),
                audience=advice.audience,
                source=None if advice.source is None else advice.source.text(lang),
                when=advice.when_written,
                stages=tuple(where),
                evidence=pick_covering(
                    cited,
                    [_aspect(c, r, tree) for r, c in enumerate(advice.cite_codes)],
                    QUOTES_PER_ADVICE,
                ),
            )
        )
    return tuple(out)
