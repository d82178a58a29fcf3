"""Variance-based sensitivity: Sobol first- and total-order indices with SALib.

Saltelli's scheme as SALib implements it: a scrambled Sobol' sample of
``n · (k + 2)`` parameter sets over the parameters' ranges (``k`` parameters,
second-order indices off), one vectorised run of them all, then
``SALib.analyze.sobol`` with bootstrap confidence intervals. The first-order
index ``S1`` is the share of the output's variance a parameter explains on its
own; the total-order index ``ST`` adds every interaction it takes part in.

The output must be finite everywhere: an outcome that can be missing (time to
symbiosis when symbiosis never comes) must be censored first (e.g. at the
horizon), which is what the services do.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from relcycle.errors import ConfigError

FloatArray = npt.NDArray[np.float64]
OutputFn = Callable[[dict[str, FloatArray]], npt.ArrayLike]
"""A vectorised output: parameter arrays ``(n,)`` → one number per parameter set ``(n,)``."""


@dataclass(frozen=True, slots=True)
class SobolIndices:
    """Sobol indices of one output.

    Attributes:
        names: The parameters, in order.
        bounds: Each parameter's ``(low, high)`` range sampled.
        s1: First-order indices.
        s1_conf: Half-widths of their confidence intervals.
        st: Total-order indices.
        st_conf: Half-widths of their confidence intervals.
        runs: Parameter sets run.
        conf_level: The intervals' confidence level.
        seed: The sample's and the bootstrap's seed.
    """

    names: tuple[str, ...]
    bounds: tuple[tuple[float, float], ...]
    s1: FloatArray
    s1_conf: FloatArray
    st: FloatArray
    st_conf: FloatArray
    runs: int
    conf_level: float
    seed: int

    def rows(self) -> list[dict[str, float | str]]:
        """One row per parameter, most influential (total order) first."""
        order = np.argsort(-self.st, kind="stable")
        return [
            {
                "parameter": self.names[i],
                "low": self.bounds[i][0],
                "high": self.bounds[i][1],
                "S1": float(self.s1[i]),
                "S1_conf": float(self.s1_conf[i]),
                "ST": float(self.st[i]),
                "ST_conf": float(self.st_conf[i]),
            }
            for i in order
        ]


def sobol_indices(
    fn: OutputFn,
    bounds: Mapping[str, tuple[float, float]],
    *,
    n: int = 1024,
    seed: int = 0,
    conf_level: float = 0.95,
    resamples: int = 100,
) -> SobolIndices:
    """Estimate first- and total-order Sobol indices of ``fn`` over ``bounds``.

    Args:
        fn: The vectorised output.
        bounds: Parameter name → ``(low, high)``, sampled uniformly.
        n: Base sample size, a power of two (runs: ``n · (k + 2)``).
        seed: Seed of the Sobol' scrambling and of the bootstrap.
        conf_level: Confidence level of the intervals.
        resamples: Bootstrap resamples for the intervals.

    Raises:
        ConfigError: Fewer than two parameters, an empty range, ``n`` not a
            power of two, or an output that is not finite everywhere or never varies.
    """
    from SALib.analyze import sobol as analyze
    from SALib.sample import sobol as sample

    names = tuple(bounds)
    if len(names) < 2:
        raise ConfigError("sensitivity needs at least two parameters with ranges")
    for name, (low, high) in bounds.items():
        if not (math.isfinite(low) and math.isfinite(high) and low < high):
            raise ConfigError(f"{name}: the range must be low < high, got ({low}, {high})")
    if n < 2 or n & (n - 1):
        raise ConfigError(f"--samples must be a power of two (e.g. 256, 1024), got {n}")
    if not 0 < conf_level < 1:
        raise ConfigError(f"conf_level must be between 0 and 1, got {conf_level}")
    problem = {
        "num_vars": len(names),
        "names": list(names),
        "bounds": [[float(lo), float(hi)] for lo, hi in bounds.values()],
    }
    x = sample.sample(problem, n, calc_second_order=False, seed=seed)
    batch = {name: np.ascontiguousarray(x[:, j]) for j, name in enumerate(names)}
    y = np.asarray(fn(batch), dtype=np.float64).reshape(-1)
    if y.shape != (len(x),):
        raise ConfigError(f"the output has {y.size} values for {len(x)} parameter sets")
    bad = int((~np.isfinite(y)).sum())
    if bad:
        raise ConfigError(f"the output is missing or infinite in {bad} of {len(y)} runs")
    if float(np.ptp(y)) == 0.0:
        raise ConfigError(f"the output is {y[0]:g} in every run: there is no variance to attribute")
    si = analyze.analyze(
        problem,
        y,
        calc_second_order=False,
        num_resamples=resamples,
        conf_level=conf_level,
        seed=seed,
    )

    def col(key: str) -> FloatArray:
        return np.asarray(si[key], dtype=np.float64)

    return SobolIndices(
        names=names,
        bounds=tuple((float(lo), float(hi)) for lo, hi in bounds.values()),
        s1=col("S1"),
        s1_conf=col("S1_conf"),
        st=col("ST"),
        st_conf=col("ST_conf"),
        runs=len(y),
        conf_level=conf_level,
        seed=seed,
    )
