"""Vectorised simulations inside pyabc's ABC-SMC: propose, run as one batch, replay.

pyabc evaluates one particle at a time: its sampler calls ``simulate_one()``,
which proposes parameters (from the prior or the perturbed last generation),
runs the model on them, computes the distance and accepts or rejects. The
relationship model, however, costs about as much for one parameter set as
for a hundred (numpy's per-call overhead dominates at ``N = 1``).

:class:`BatchSampler` keeps pyabc's algorithm and changes only where the
model runs. For each round it

1. saves numpy's global random state (pyabc proposes from it);
2. calls ``simulate_one()`` ``B`` times with the model in *collect* mode: the
   model records the proposed parameters and stops the call there;
3. runs the ``B`` proposals as one batch (:class:`BatchModel`'s ``run``);
4. restores the random state and calls ``simulate_one()`` again, as many
   times as pyabc needs acceptances (at most ``B``): the same proposals come
   back in the same order, and the model answers each from the batch.

The model draws no random numbers and the default uniform acceptor none
either, so the replayed proposals are exactly the collected ones, and the
result is the same as pyabc's ``SingleCoreSampler`` with the same seed
(``tests/simulation/test_calibration.py`` checks it). If a replayed proposal
ever differed from the collected one, the model would simply run it alone.
Proposals collected but not needed (after the generation's last acceptance)
are discarded; they are not counted as simulations.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]


class _Collected(Exception):
    """Raised by the model in collect mode to stop ``simulate_one`` after the proposal."""


class BatchModel:
    """A pyabc model function that answers from a batch computed ahead.

    Args:
        names: The parameters, in the order of the batch matrix's columns.
        run: Rows of parameter values ``(B, k)`` → one distance per row ``(B,)``.
    """

    def __init__(self, names: Sequence[str], run: Callable[[FloatArray], FloatArray]) -> None:
        self.names = tuple(names)
        self.run = run
        self.collecting = False
        self.collected: list[FloatArray] = []
        self._queue: list[tuple[FloatArray, float]] = []
        self.batched = 0
        self.alone = 0

    def __call__(self, par: Mapping[str, float]) -> dict[str, float]:
        """The model pyabc calls: ``{"d": distance}`` for one parameter set."""
        row = np.array([float(par[n]) for n in self.names])
        if self.collecting:
            self.collected.append(row)
            raise _Collected
        if self._queue:
            expected, d = self._queue.pop(0)
            if np.array_equal(expected, row):
                return {"d": d}
            self._queue.clear()  # out of step: answer the rest one by one
        self.alone += 1
        return {"d": float(self.run(row[None, :])[0])}

    def fill(self) -> None:
        """Run what was collected, as one batch, and queue the answers."""
        if not self.collected:
            return
        rows = np.vstack(self.collected)
        self.batched += len(rows)
        self._queue = list(zip(rows, (float(d) for d in self.run(rows)), strict=True))
        self.collected = []

    def clear(self) -> None:
        """Drop unused answers."""
        self._queue.clear()
        self.collected = []


def batch_sampler(model: BatchModel, first: int = 64, most: int = 1024) -> Any:
    """A pyabc sampler that runs ``model`` in batches (see the module docstring).

    Args:
        model: The model given to ``pyabc.ABCSMC``.
        first: Proposals in a generation's first batch, before the acceptance
            rate is known.
        most: Largest batch.
    """
    from pyabc.sampler import Sampler

    class BatchSampler(Sampler):  # type: ignore[misc]
        def sample_until_n_accepted(
            self,
            n: int,
            simulate_one: Callable[[], Any],
            t: int,
            *,
            max_eval: float = np.inf,
            all_accepted: bool = False,
            ana_vars: Any = None,
        ) -> Any:
            del t, max_eval, ana_vars
            sample = self._create_empty_sample()
            done = accepted = 0
            rate = 1.0 if all_accepted else None
            while accepted < n:
                need = n - accepted
                size = need if rate is not None and rate >= 1.0 else first
                if rate is not None and rate < 1.0:
                    size = math.ceil(1.2 * need / max(rate, 1e-3))
                size = max(1, min(most, size))
                state = np.random.get_state()
                model.collecting = True
                try:
                    for _ in range(size):
                        with contextlib.suppress(_Collected):
                            simulate_one()
                finally:
                    model.collecting = False
                model.fill()
                np.random.set_state(state)
                round_accepted = round_done = 0
                for _ in range(size):
                    particle = simulate_one()
                    sample.append(particle)
                    round_done += 1
                    if particle.accepted:
                        round_accepted += 1
                        if accepted + round_accepted >= n:
                            break
                model.clear()
                done += round_done
                accepted += round_accepted
                rate = max(round_accepted, 0.5) / round_done
            self.nr_evaluations_ = done
            return sample

    return BatchSampler()
