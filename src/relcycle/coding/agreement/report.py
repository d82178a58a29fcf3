"""Agreement between coders of a case, per code and overall.

Units are segments and values are defined as in
:mod:`relcycle.coding.agreement.units`. For each code the report gives, over
the segments that two or more of the coders' sources cover ("pairable"):

* percent agreement: the share of segments on which two coders agree on the
  code's presence; with more than two coders, the mean over pairs of coders.
  It counts the segments neither coder gave the code, so a code used on few
  segments scores near 100 % whatever the coders did with it;
* positive agreement: the same judged on the segments where the code is present
  for a coder: twice the segments both gave it over the segments each gave it
  (the proportion of specific agreement on presence, Cicchetti and Feinstein
  1990), the segments neither touched left out; NaN when neither gave it to a
  segment both coded; with more coders, the mean over pairs;
* kappa: Cohen's kappa for two coders; for more, Fleiss' kappa over the
  segments that *every* coder's sources cover (Fleiss needs a fixed number of
  ratings per unit), NaN if there are none;
* Krippendorff's alpha (nominal: present/absent) with a percentile bootstrap
  interval over segments (see :mod:`relcycle.coding.agreement.alpha`).

Overall, each statistic is the mean of the per-code values that are defined
(a macro-average, as NVivo reports kappa across codes), and the alpha
interval comes from the same bootstrap draws: in each replicate the per-code
alphas are averaged, then the quantiles taken. This was chosen over nominal
alpha on sets of codes, which scores a segment as a full disagreement when
coders share all but one code and makes every combination of codes its own
category; per-code averages keep each code's reliability readable and the
overall figure comparable across codebooks. A code whose alpha is undefined
(every pairable segment got the same value) is left out of the averages.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from relcycle.coding.agreement.alpha import (
    alpha_of,
    check_bootstrap,
    percentile_interval,
    resamples,
    value_counts,
)
from relcycle.coding.agreement.fleiss import fleiss_kappa
from relcycle.coding.agreement.pairwise import cohen_kappa, percent_agreement
from relcycle.coding.agreement.units import resolve_coders, unitise
from relcycle.domain import Coding, Segment

KappaMethod = Literal["cohen", "fleiss"]
_WHO = "agreement_report"


@dataclass(frozen=True, slots=True)
class AgreementResult:
    """Agreement statistics for one code, or averaged over codes.

    Attributes:
        code: The code, or ``None`` for the overall result.
        n_units: Segments that two or more of the coders' sources cover.
        n_coders: Coders compared.
        percent_agreement: Share of agreeing judgements, in ``[0, 1]``.
        positive_agreement: Agreement on the code's presence, in ``[0, 1]``: twice the
            segments both coders gave it over the segments each gave it; NaN if none.
        kappa: Cohen's kappa (two coders) or Fleiss' kappa (more); NaN if undefined.
        kappa_method: ``"cohen"`` or ``"fleiss"``.
        alpha: Krippendorff's alpha, nominal; NaN if undefined.
        alpha_low: Lower end of alpha's bootstrap interval; NaN if undefined.
        alpha_high: Upper end of alpha's bootstrap interval; NaN if undefined.
    """

    code: str | None
    n_units: int
    n_coders: int
    percent_agreement: float
    positive_agreement: float
    kappa: float
    kappa_method: KappaMethod
    alpha: float
    alpha_low: float
    alpha_high: float


@dataclass(frozen=True, slots=True)
class AgreementReport:
    """Agreement between coders of a case.

    Attributes:
        coders: The coders compared.
        per_code: One result per code the coders applied, by code, sorted.
        overall: Means of the per-code statistics (``code`` is ``None``).
        n_boot: Bootstrap replicates drawn for each interval.
        seed: Seed of the bootstrap draws.
        ci: Coverage of the intervals.
    """

    coders: tuple[str, ...]
    per_code: Mapping[str, AgreementResult]
    overall: AgreementResult
    n_boot: int
    seed: int
    ci: float


def _mean(values: Iterable[float]) -> float:
    """The mean of the non-NaN ``values``; NaN if there are none."""
    defined = [v for v in values if not math.isnan(v)]
    return sum(defined) / len(defined) if defined else float("nan")


def _percent(rows: Sequence[Sequence[int | None]]) -> float:
    """Percent agreement, averaged over the pairs of coders that share a unit."""
    shares = []
    for a, b in itertools.combinations(rows, 2):
        if any(x is not None and y is not None for x, y in zip(a, b, strict=True)):
            shares.append(percent_agreement(a, b))
    return _mean(shares)


def _positive(rows: Sequence[Sequence[int | None]]) -> float:
    """Positive agreement, averaged over the pairs of coders that gave the code to a unit."""
    shares = []
    for a, b in itertools.combinations(rows, 2):
        pairs = [(x, y) for x, y in zip(a, b, strict=True) if x is not None and y is not None]
        given = sum(x + y for x, y in pairs)
        if given:
            shares.append(2 * sum(x * y for x, y in pairs) / given)
    return _mean(shares)


def _kappa(rows: Sequence[Sequence[int | None]]) -> tuple[float, KappaMethod]:
    if len(rows) == 2:
        return cohen_kappa(rows[0], rows[1], labels=[0, 1]), "cohen"
    complete = [unit for unit in zip(*rows, strict=True) if None not in unit]
    if not complete:
        return float("nan"), "fleiss"
    counts = [[unit.count(0), unit.count(1)] for unit in complete]
    return fleiss_kappa(counts), "fleiss"


def _measure(
    code: str, rows: Sequence[Sequence[int | None]], n_boot: int, seed: int, ci: float
) -> tuple[AgreementResult, list[float]]:
    """One code's result and its bootstrap replicates of alpha."""
    table = value_counts(rows, "nominal", _WHO)
    alpha = alpha_of(table)
    if math.isnan(alpha):
        replicates = [float("nan")] * n_boot
    else:
        replicates = [alpha_of(table, draw) for draw in resamples(table.n_units, n_boot, seed)]
    low, high = percentile_interval(replicates, ci)
    kappa, method = _kappa(rows)
    result = AgreementResult(
        code=code,
        n_units=table.n_units,
        n_coders=len(rows),
        percent_agreement=_percent(rows),
        positive_agreement=_positive(rows),
        kappa=kappa,
        kappa_method=method,
        alpha=alpha,
        alpha_low=low,
        alpha_high=high,
    )
    return result, replicates


def agreement_report(
    codings: Iterable[Coding],
    segments: Iterable[Segment],
    coders: Iterable[str] | None = None,
    code: str | None = None,
    *,
    n_boot: int = 1000,
    seed: int = 0,
    ci: float = 0.95,
) -> AgreementReport:
    """Inter-coder agreement on a case's codings, per code and overall.

    See the module docstring for what each statistic is and how the overall
    figures are formed.

    Args:
        codings: The case's codings, by any coders.
        segments: The case's segments; each is one unit.
        coders: The coders to compare; defaults to every coder with codings.
        code: Only this code; defaults to every code the compared coders applied.
        n_boot: Bootstrap replicates for each alpha interval.
        seed: Seed of the bootstrap draws; the same seed gives the same report.
        ci: Coverage of the alpha intervals, between 0 and 1.

    Returns:
        The report.

    Raises:
        ValueError: Fewer than two coders, or a named coder without codings; no
            segments; ``code`` applied by none of the coders; no segment whose source
            two or more of the coders coded; ``n_boot`` < 1 or ``ci`` not in (0, 1).
    """
    check_bootstrap(n_boot, ci, _WHO)
    all_codings = list(codings)
    chosen = resolve_coders(all_codings, coders, _WHO)
    all_segments = list(segments)
    if not all_segments:
        raise ValueError(f"{_WHO}: no segments; units are segments, so at least one is needed")
    compared = set(chosen)
    applied = sorted({c.code for c in all_codings if c.coder in compared})
    if code is not None and code not in applied:
        raise ValueError(
            f"{_WHO}: code {code!r} was applied by none of the coders ({', '.join(chosen)}); "
            f"codes applied: {', '.join(applied)}"
        )
    sets = unitise(all_codings, all_segments, coders=chosen)
    if not any(sum(v is not None for v in unit) >= 2 for unit in zip(*sets.values, strict=True)):
        raise ValueError(
            f"{_WHO}: no source with segments was coded by two or more of the coders "
            f"({', '.join(chosen)}); agreement needs sources that at least two coders coded"
        )

    per_code: dict[str, AgreementResult] = {}
    replicates: list[list[float]] = []
    for name in applied if code is None else [code]:
        rows = [[None if v is None else int(name in v) for v in row] for row in sets.values]
        per_code[name], reps = _measure(name, rows, n_boot, seed, ci)
        replicates.append(reps)

    results = list(per_code.values())
    overall_reps = [_mean(draw) for draw in zip(*replicates, strict=True)]
    mean_alpha = _mean(r.alpha for r in results)
    low, high = (
        (float("nan"), float("nan"))
        if math.isnan(mean_alpha)
        else percentile_interval(overall_reps, ci)
    )
    overall = AgreementResult(
        code=None,
        n_units=results[0].n_units,
        n_coders=len(chosen),
        percent_agreement=_mean(r.percent_agreement for r in results),
        positive_agreement=_mean(r.positive_agreement for r in results),
        kappa=_mean(r.kappa for r in results),
        kappa_method=results[0].kappa_method,
        alpha=mean_alpha,
        alpha_low=low,
        alpha_high=high,
    )
    return AgreementReport(chosen, per_code, overall, n_boot, seed, float(ci))
