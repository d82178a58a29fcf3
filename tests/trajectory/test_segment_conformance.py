"""Every registered (method, cost) pair passes the common checks."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conformance_segment import CHECKS

from relcycle.trajectory.segmentation import COSTS, METHODS

PAIRS = [(m, c) for m in sorted(METHODS) for c in sorted(COSTS)]


@pytest.mark.parametrize("check", CHECKS, ids=lambda f: f.__name__.removeprefix("check_"))
@pytest.mark.parametrize(("method", "cost"), PAIRS, ids=[f"{m}-{c}" for m, c in PAIRS])
def test_conformance(check: Callable[[str, str], None], method: str, cost: str) -> None:
    check(method, cost)


def test_registries_are_what_the_docs_promise() -> None:
    assert sorted(METHODS) == ["binseg", "dynp", "pelt"]
    assert sorted(COSTS) == ["l2", "multinomial", "normal", "poisson"]
