"""Krippendorff's alpha and a bootstrap interval for it.

Data are coders × units: one row per coder, one value per unit, ``None`` (or a
float NaN) where a coder gave no value. Units that fewer than two coders valued
are dropped first: they carry no information about agreement. The coefficient
itself is computed by the ``krippendorff`` package from a units × values table
of counts that this module builds and checks.

Bootstrap method: a percentile bootstrap over units. Each of ``n_boot``
replicates draws as many units as there are (pairable units, with replacement,
from ``numpy.random.default_rng(seed)``), keeps every coder's value of each
drawn unit, and computes alpha on them; the interval is the ``(1 - ci) / 2``
and ``(1 + ci) / 2`` quantiles (numpy's linear interpolation) of the replicates
in which alpha is defined. This resamples what the study sampled (units), keeps
the coders fixed, and is deterministic for a given seed. It is not Hayes and
Krippendorff's (2007) bootstrap, which resamples pairs of values.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from numbers import Real
from typing import Any, Literal, NamedTuple

import krippendorff
import numpy as np
import numpy.typing as npt

from relcycle.coding.agreement._checks import as_matrix, is_missing

Level = Literal["nominal", "ordinal", "interval", "ratio"]
LEVELS: tuple[Level, ...] = ("interval", "nominal", "ordinal", "ratio")


class BootstrapAlpha(NamedTuple):
    """Krippendorff's alpha with a bootstrap interval (a plain 3-tuple when unpacked)."""

    alpha: float
    low: float
    high: float


@dataclass(frozen=True, slots=True)
class ValueCounts:
    """How many coders gave each value to each pairable unit.

    Attributes:
        counts: Pairable units × values.
        domain: The values, in the order of the columns (sorted unless nominal).
        level: The level of measurement the values were checked for.
    """

    counts: npt.NDArray[np.int64]
    domain: npt.NDArray[Any]
    level: Level

    @property
    def n_units(self) -> int:
        """The number of pairable units."""
        return int(self.counts.shape[0])


def check_level(level: str, who: str) -> Level:
    """``level`` if it is a known level of measurement.

    Raises:
        ValueError: ``level`` is not one of :data:`LEVELS`.
    """
    for known in LEVELS:
        if level == known:
            return known
    raise ValueError(f"{who}: level {level!r} unknown; choose one of: {', '.join(LEVELS)}")


def _check_number(value: object, level: Level, who: str, coder: int, unit: int) -> float:
    if isinstance(value, bool) or not isinstance(value, Real):
        raise ValueError(
            f"{who}: level '{level}' needs numbers; found {value!r} "
            f"({type(value).__name__}) for coder {coder}, unit {unit}; "
            "use level='nominal' for labels"
        )
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(
            f"{who}: values must be finite; found {value!r} for coder {coder}, unit {unit}"
        )
    if level == "ratio" and number < 0:
        raise ValueError(
            f"{who}: level 'ratio' needs values of at least 0; found {value!r} "
            f"for coder {coder}, unit {unit}; use level='interval' for values without a true zero"
        )
    return number


def value_counts(data: Iterable[Iterable[Hashable | None]], level: str, who: str) -> ValueCounts:
    """Check coders × units ``data`` and count values per pairable unit.

    Raises:
        ValueError: Unknown ``level``; empty or ragged ``data``; a non-number at a
            level other than nominal (or a negative one at ratio level); or no unit
            valued by two or more coders.
    """
    checked = check_level(level, who)
    rows = as_matrix(data, who)
    n_units = len(rows[0])
    cells: list[tuple[int, Hashable]] = []
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            if is_missing(value):
                continue
            if checked != "nominal":
                value = _check_number(value, checked, who, i, j)
            cells.append((j, value))
    distinct = list(dict.fromkeys(value for _, value in cells))
    # Above nominal every value is a float by now, so sorting is safe.
    domain: list[Hashable] = distinct if checked == "nominal" else sorted(distinct)  # type: ignore[type-var]
    column = {value: k for k, value in enumerate(domain)}
    counts = np.zeros((n_units, len(domain)), dtype=np.int64)
    for j, value in cells:
        counts[j, column[value]] += 1
    pairable = counts.sum(axis=1) >= 2
    if not pairable.any():
        raise ValueError(
            f"{who}: none of the {n_units} units has values from two or more coders; "
            "agreement needs units that at least two coders valued"
        )
    if checked == "nominal":
        domain_array = np.arange(len(domain))
    else:
        domain_array = np.asarray(domain, dtype=np.float64)
    return ValueCounts(counts[pairable], domain_array, checked)


def alpha_of(table: ValueCounts, rows: npt.NDArray[np.intp] | None = None) -> float:
    """Alpha of ``table`` (or of the units at ``rows``); NaN when no two values occur."""
    counts = table.counts if rows is None else table.counts[rows]
    if np.count_nonzero(counts.sum(axis=0)) < 2:
        return float("nan")
    return float(
        krippendorff.alpha(
            value_counts=counts, value_domain=table.domain, level_of_measurement=table.level
        )
    )


def check_bootstrap(n_boot: int, ci: float, who: str) -> None:
    """Check the bootstrap's settings.

    Raises:
        ValueError: ``n_boot`` is not a positive whole number or ``ci`` is not in (0, 1).
    """
    if isinstance(n_boot, bool) or not isinstance(n_boot, int) or n_boot < 1:
        raise ValueError(f"{who}: n_boot must be a whole number of at least 1; found {n_boot!r}")
    if isinstance(ci, bool) or not isinstance(ci, Real) or not 0 < ci < 1:
        raise ValueError(f"{who}: ci must be a number between 0 and 1 (e.g. 0.95); found {ci!r}")


def resamples(n_units: int, n_boot: int, seed: int) -> Iterable[npt.NDArray[np.intp]]:
    """The bootstrap's draws of unit positions: ``n_boot`` arrays of ``n_units`` each."""
    rng = np.random.default_rng(seed)
    for _ in range(n_boot):
        yield rng.integers(0, n_units, size=n_units)


def percentile_interval(replicates: Sequence[float], ci: float) -> tuple[float, float]:
    """The percentile interval of the defined (non-NaN) ``replicates``; NaNs if none is."""
    defined = np.asarray(replicates, dtype=np.float64)
    defined = defined[~np.isnan(defined)]
    if defined.size == 0:
        return float("nan"), float("nan")
    low, high = np.quantile(defined, [(1 - ci) / 2, (1 + ci) / 2])
    return float(low), float(high)


def krippendorff_alpha(data: Iterable[Iterable[Hashable | None]], level: str = "nominal") -> float:
    """Krippendorff's alpha for any number of coders, with missing values.

    Args:
        data: One row per coder, one value per unit; ``None`` (or a float NaN) where
            the coder gave no value. Any hashable labels for ``"nominal"``; real
            numbers for the other levels (at least 0 for ``"ratio"``).
        level: ``"nominal"``, ``"ordinal"``, ``"interval"`` or ``"ratio"``.

    Returns:
        Alpha, at most 1; NaN when it is undefined, which happens only when the
        pairable units hold a single value (expected disagreement is then 0).

    Raises:
        ValueError: Unknown ``level``; empty or ragged ``data``; a non-number at a
            level other than nominal; or no unit valued by two or more coders.
    """
    return alpha_of(value_counts(data, level, "krippendorff_alpha"))


def bootstrap_alpha(
    data: Iterable[Iterable[Hashable | None]],
    level: str = "nominal",
    n_boot: int = 1000,
    seed: int = 0,
    ci: float = 0.95,
) -> BootstrapAlpha:
    """Krippendorff's alpha with a percentile bootstrap interval over units.

    See the module docstring for the method. Replicates in which alpha is
    undefined (every drawn unit holds the same value) are left out of the
    quantiles.

    Args:
        data: Coders × units, as for :func:`krippendorff_alpha`.
        level: ``"nominal"``, ``"ordinal"``, ``"interval"`` or ``"ratio"``.
        n_boot: How many bootstrap replicates to draw.
        seed: Seed of the random draws; the same seed gives the same interval.
        ci: The interval's coverage, between 0 and 1.

    Returns:
        ``(alpha, low, high)``; all three NaN when alpha is undefined.

    Raises:
        ValueError: As :func:`krippendorff_alpha`, or ``n_boot`` < 1, or ``ci`` not in (0, 1).
    """
    check_bootstrap(n_boot, ci, "bootstrap_alpha")
    table = value_counts(data, level, "bootstrap_alpha")
    point = alpha_of(table)
    if math.isnan(point):
        return BootstrapAlpha(point, float("nan"), float("nan"))
    replicates = [alpha_of(table, rows) for rows in resamples(table.n_units, n_boot, seed)]
    return BootstrapAlpha(point, *percentile_interval(replicates, ci))
