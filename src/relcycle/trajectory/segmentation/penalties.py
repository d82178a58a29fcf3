"""Penalties: what a change point must buy in cost to be kept.

All costs are ``-2 log L``. With ``n`` periods, ``p`` free parameters per
segment (see each cost: Poisson ``d``, multinomial ``d - 1``, normal ``2d``,
l2 ``d``), ``m`` change points and segment lengths ``n_1 ... n_{m+1}``, the
search minimises ``sum(segment costs) + m * beta (+ the length term)`` with:

=========  ====================================  =================================
name       ``beta`` (per change point)           extra term
=========  ====================================  =================================
``aic``    ``2 (p + 1)``                         none
``bic``    ``(p + 1) log n``                     none
``mbic``   ``(p + 2) log n``                     ``sum_i log n_i`` over segments
number     the number itself                     none
=========  ====================================  =================================

The ``+ 1`` counts the change point's location as a parameter. ``mbic`` is the
modified BIC of Zhang & Siegmund (2007) *as implemented in R changepoint*
(``penalty_decision`` gives ``(diffparam + 2) log n``; the ``mbic_*`` costs add
``log(segment length)``), which is also what TCPDBench's default PELT and
binary segmentation used. Zhang & Siegmund's own criterion writes the length
term as ``sum_i log(n_i / n)``, i.e. ``(m + 1) log n`` less; R's version (and
ours) is therefore a little more conservative, by ``log n`` per change point.
For one Gaussian mean (``p = 1``) it is the familiar ``3 log n``.
"""

from __future__ import annotations

import math

PENALTIES = ("aic", "bic", "mbic")


def check_penalty(penalty: str | float) -> None:
    """Raise ``ValueError`` unless ``penalty`` is a known name or a number >= 0."""
    if isinstance(penalty, str):
        if penalty not in PENALTIES:
            raise ValueError(
                f"unknown penalty {penalty!r}; choose one of: "
                f"{', '.join(PENALTIES)}, or a non-negative number"
            )
        return
    if isinstance(penalty, bool) or not isinstance(penalty, int | float):
        raise ValueError(f"penalty must be a name or a number; got {penalty!r}")
    if not math.isfinite(penalty) or penalty < 0:
        raise ValueError(f"a numeric penalty must be finite and >= 0; got {penalty!r}")


def penalty_value(penalty: str | float, n_samples: int, n_params: int) -> float:
    """The per-change-point penalty ``beta``.

    Args:
        penalty: ``"aic"``, ``"bic"``, ``"mbic"`` or a number.
        n_samples: Length ``n`` of the series.
        n_params: Free parameters per segment ``p``.
    """
    check_penalty(penalty)
    if not isinstance(penalty, str):
        return float(penalty)
    log_n = math.log(max(n_samples, 2))
    if penalty == "aic":
        return 2.0 * (n_params + 1)
    if penalty == "bic":
        return (n_params + 1) * log_n
    return (n_params + 2) * log_n


def length_weight(penalty: str | float) -> float:
    """Weight of the ``log(segment length)`` term: 1 for ``mbic``, else 0."""
    return 1.0 if penalty == "mbic" else 0.0


def pruning_slack(weight: float, n_samples: int) -> float:
    """How much the length term can make a split *dearer* than the whole.

    ``log a + log b - log(a + b) <= log((a + b) / 4) <= log(n / 4)``; PELT must
    allow this much slack when pruning, or it could drop a candidate that the
    length term would later favour.
    """
    if not weight:
        return 0.0
    return weight * max(0.0, math.log(n_samples / 4.0))
