"""The condition language of advice rules: when does a piece of advice apply?

A condition is a mapping, evaluated against a :class:`Diagnosis` of one stage
(or period) of a case. A mapping with several keys holds when all of them hold.

=====================  =============================================================
key                    holds when
=====================  =============================================================
``stage_in``           the diagnosed stage is one of the listed stage ids
``stage_not_in``       the diagnosed stage is none of them (or there is no stage)
``previous_stage_in``  the stage before it is one of the listed stage ids
``indicator_above``    ``{indicator: level_or_z}``: every indicator listed is at that
                       level or higher (``high`` means z > 0.5), or at least that
                       z-score when a number is given
``indicator_below``    ``{indicator: level_or_z}``: every indicator listed is at that
                       level or lower (``low`` means z < -0.5), or at most that z
``code_share_above``   ``{code: share}``: the share of the stage's coded segments
                       carrying the code (or a descendant) is above ``share``
``code_share_below``   ``{code: share}``: that share is below ``share``
``all``                every condition in the list holds
``any``                at least one condition in the list holds
``not``                the condition under it does not hold
=====================  =============================================================

An indicator the diagnosis has no value for never satisfies ``indicator_above``
or ``indicator_below``; a code it has no share for counts as share 0.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from relcycle.frameworks.levels import LEVELS, level_of, level_rank


@runtime_checkable
class Diagnosis(Protocol):
    """What an advice condition is evaluated against: one diagnosed stage of a case.

    Attributes:
        stage: The stage type id diagnosed, or ``None``.
        previous_stage: The stage type id of the stage before, or ``None``.
        indicators: Indicator id → z-score of the indicator in this stage,
            relative to the case's mean over the studied period.
        code_shares: Code id → share (0–1) of the stage's coded segments that
            carry the code or one of its descendants.
    """

    @property
    def stage(self) -> str | None: ...  # noqa: D102

    @property
    def previous_stage(self) -> str | None: ...  # noqa: D102

    @property
    def indicators(self) -> Mapping[str, float]: ...  # noqa: D102

    @property
    def code_shares(self) -> Mapping[str, float]: ...  # noqa: D102


@dataclass(frozen=True, slots=True)
class StageDiagnosis:
    """A plain :class:`Diagnosis`, for callers and tests that have no richer one."""

    stage: str | None = None
    previous_stage: str | None = None
    indicators: Mapping[str, float] = field(default_factory=dict)
    code_shares: Mapping[str, float] = field(default_factory=dict)


class ConditionError(ValueError):
    """A condition that cannot be parsed; ``where`` is its path inside ``when``."""

    def __init__(self, message: str, where: str) -> None:
        self.where = where
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True, slots=True)
class Condition:
    """A parsed condition: its key, its argument as written, and its test.

    Attributes:
        key: One of :data:`KEYS`.
        arg: The argument as written (for display).
        parts: Sub-conditions of ``all``, ``any`` and ``not``.
    """

    key: str
    arg: Any
    parts: tuple[Condition, ...] = ()

    def holds(self, diagnosis: Diagnosis) -> bool:
        """Whether this condition holds for ``diagnosis``."""
        return _TESTS[self.key](self, diagnosis)


def _indicator_test(above: bool) -> Callable[[Condition, Diagnosis], bool]:
    def reaches(z: float, value: float | str) -> bool:
        if isinstance(value, str):
            rank, wanted = level_rank(level_of(z)), level_rank(value)
            return rank >= wanted if above else rank <= wanted
        return z >= value if above else z <= value

    def test(cond: Condition, d: Diagnosis) -> bool:
        for indicator, value in cond.arg.items():
            z = d.indicators.get(indicator)
            if z is None or math.isnan(z) or not reaches(z, value):
                return False
        return True

    return test


def _share_test(above: bool) -> Callable[[Condition, Diagnosis], bool]:
    def test(cond: Condition, d: Diagnosis) -> bool:
        shares = d.code_shares
        if above:
            return all(shares.get(code, 0.0) > v for code, v in cond.arg.items())
        return all(shares.get(code, 0.0) < v for code, v in cond.arg.items())

    return test


_TESTS: dict[str, Callable[[Condition, Diagnosis], bool]] = {
    "all": lambda c, d: all(p.holds(d) for p in c.parts),
    "any": lambda c, d: any(p.holds(d) for p in c.parts),
    "not": lambda c, d: not c.parts[0].holds(d),
    "stage_in": lambda c, d: d.stage in c.arg,
    "stage_not_in": lambda c, d: d.stage not in c.arg,
    "previous_stage_in": lambda c, d: d.previous_stage in c.arg,
    "indicator_above": _indicator_test(above=True),
    "indicator_below": _indicator_test(above=False),
    "code_share_above": _share_test(above=True),
    "code_share_below": _share_test(above=False),
}

KEYS = tuple(_TESTS)
"""Every key of the condition language."""


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The ids a condition may name."""

    stages: Collection[str]
    indicators: Collection[str]
    codes: Collection[str]


def _unknown(kind: str, name: object, known: Collection[str]) -> str:
    close = difflib.get_close_matches(str(name), list(known), n=1)
    if close:
        return f"unknown {kind} {name!r}; did you mean {close[0]!r}?"
    if not known:
        return f"unknown {kind} {name!r}; the framework defines no {kind}s"
    return f"unknown {kind} {name!r}; choose one of: {', '.join(sorted(known))}"


def parse_condition(raw: object, vocab: Vocabulary, where: str = "when") -> Condition:
    """Parse and check a condition as found in a framework file.

    Args:
        raw: The value of ``when`` (or of a nested condition).
        vocab: The stage, indicator and code ids it may name.
        where: Its path, for error messages (``when.any[1]``).

    Raises:
        ConditionError: An unknown key, id or level, or a value of the wrong shape.
    """
    if not isinstance(raw, Mapping) or not raw:
        raise ConditionError("a condition must be a non-empty mapping", where)
    conds = [_parse_key(str(k), v, vocab, f"{where}.{k}") for k, v in raw.items()]
    return conds[0] if len(conds) == 1 else Condition("all", None, tuple(conds))


def _parse_key(key: str, value: object, vocab: Vocabulary, where: str) -> Condition:
    if key not in _TESTS:
        close = difflib.get_close_matches(key, KEYS, n=1)
        hint = f"did you mean {close[0]!r}?" if close else f"choose one of: {', '.join(KEYS)}"
        raise ConditionError(f"unknown condition {key!r}; {hint}", where.rsplit(".", 1)[0])
    if key in ("all", "any"):
        if not isinstance(value, list) or not value:
            raise ConditionError(f"'{key}' takes a non-empty list of conditions", where)
        parts = tuple(parse_condition(v, vocab, f"{where}[{i}]") for i, v in enumerate(value))
        return Condition(key, None, parts)
    if key == "not":
        return Condition(key, None, (parse_condition(value, vocab, where),))
    if key.startswith(("stage_", "previous_stage_")):
        ids = value if isinstance(value, list) else [value]
        if not ids or not all(isinstance(i, str) for i in ids):
            raise ConditionError(f"'{key}' takes a list of stage ids", where)
        for stage in ids:
            if stage not in vocab.stages:
                raise ConditionError(_unknown("stage", stage, vocab.stages), where)
        return Condition(key, frozenset(ids))
    if not isinstance(value, Mapping) or not value:
        raise ConditionError(f"'{key}' takes a mapping such as {{id: value}}", where)
    if key.startswith("indicator_"):
        for indicator, level in value.items():
            if indicator not in vocab.indicators:
                raise ConditionError(_unknown("indicator", indicator, vocab.indicators), where)
            ok = level in LEVELS if isinstance(level, str) else isinstance(level, int | float)
            if not ok or isinstance(level, bool):
                raise ConditionError(
                    f"unknown level {level!r} for indicator {indicator!r}; "
                    f"choose one of: {', '.join(LEVELS)}, or a z-score",
                    where,
                )
        return Condition(key, dict(value))
    for code, share in value.items():
        if code not in vocab.codes:
            raise ConditionError(_unknown("code", code, vocab.codes), where)
        if isinstance(share, bool) or not isinstance(share, int | float) or not 0 <= share <= 1:
            raise ConditionError(f"share for {code!r} must be a number in [0, 1]", where)
    return Condition(key, {str(k): float(v) for k, v in value.items()})
