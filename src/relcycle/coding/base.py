"""The auto-coder contract: what every automatic coder takes, learns and returns.

An auto-coder follows the estimator contract (scikit-learn, ruptures):

* ``__init__`` only stores its parameters, under the same names;
* ``fit(...)`` prepares it (for a case, or from coded examples) and returns
  ``self``; what it learns lives in attributes ending in ``_``;
* ``get_params()`` returns the constructor's parameters, so sweeps, provenance
  and reports can record how a coding run was configured;
* ``predict(segments, lang=None)`` returns one :class:`AutoCoding` per coded
  span, with offsets into the *source's* body text.

Coders are named in :data:`AUTO_CODERS` and built with :func:`make_auto_coder`::

    coder = make_auto_coder("dictionary", include_negated=True).fit(case)
    codings = coder.predict(segments)

The registry holds import paths, so naming a coder imports only that coder.
"""

from __future__ import annotations

import importlib
import inspect
import math
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Final, Self

from relcycle.domain import Coding, Segment
from relcycle.errors import ConfigError

AUTO_CODERS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "dictionary": "relcycle.coding.dictionary:DictionaryCoder",
        "supervised": "relcycle.coding.supervised:SupervisedCoder",
        "hybrid": "relcycle.coding.hybrid:HybridCoder",
    }
)
"""Auto-coder name → ``module:class`` of its implementation (imported on use)."""


class NotFittedError(ConfigError):
    """An auto-coder was asked to predict before :meth:`AutoCoder.fit` was called."""


@dataclass(frozen=True, slots=True, kw_only=True)
class AutoCoding:
    """A code an auto-coder applied to a span of a source, with its evidence.

    Attributes:
        source_id: The source coded.
        start: Offset of the span's first code point in the source's body text
            (the segment's ``start`` plus the offset inside the segment).
        end: Offset one past the span's last code point.
        code: The framework code id.
        coder: Provenance, ``auto:<coder>@<version or framework hash>``.
        confidence: How sure the coder is that the code applies, 0–1.
        actor: Id of the case actor who performs the act, ``None`` if unknown.
        actor_confidence: How sure the coder is of ``actor``, 0–1 (0 without one).
        target: Id of the actor the act is aimed at, when the text makes it clear.
        negated: The evidence is negated ("did not ask us to ...").
        hedged: The evidence is hedged ("perhaps", "好像").
        rule: The rule that matched, as written in the framework (for audit).
        segment_index: The index of the segment within its source.
    """

    source_id: str
    start: int
    end: int
    code: str
    coder: str
    confidence: float
    actor: str | None = None
    actor_confidence: float = 0.0
    target: str | None = None
    negated: bool = False
    hedged: bool = False
    rule: str = ""
    segment_index: int = 0

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(
                f"AutoCoding {self.code!r} in {self.source_id!r}: span [{self.start}, {self.end})"
                " must be non-empty with 0 <= start < end"
            )
        for name in ("confidence", "actor_confidence"):
            value = getattr(self, name)
            if not (math.isfinite(value) and 0.0 <= value <= 1.0):
                raise ValueError(
                    f"AutoCoding {self.code!r} in {self.source_id!r}: {name} must be"
                    f" between 0 and 1, got {value!r}"
                )

    def to_coding(self, memo: str = "") -> Coding:
        """The plain :class:`~relcycle.domain.Coding` of this span (for the store)."""
        return Coding(self.source_id, self.start, self.end, self.code, self.coder, memo)


class AutoCoder(ABC):
    """Base of every auto-coder: parameters in, ``fit`` → ``self``, ``predict`` → codings.

    Subclasses declare their parameters as keyword arguments of ``__init__``
    and store each under the same name, untouched; :meth:`get_params` reads
    them back from the signature.
    """

    @classmethod
    def _param_names(cls) -> tuple[str, ...]:
        signature = inspect.signature(cls.__init__)
        return tuple(
            p.name
            for p in signature.parameters.values()
            if p.name != "self" and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
        )

    def get_params(self) -> dict[str, Any]:
        """The constructor's parameters and their current values."""
        return {name: getattr(self, name) for name in self._param_names()}

    def set_params(self, **params: Any) -> Self:
        """Change parameters (a fitted coder must be fitted again).

        Raises:
            ConfigError: A name is not one of the coder's parameters.
        """
        names = self._param_names()
        for name, value in params.items():
            if name not in names:
                raise ConfigError(
                    f"{type(self).__name__} has no parameter {name!r};"
                    f" choose one of: {', '.join(names)}"
                )
            setattr(self, name, value)
        return self

    @abstractmethod
    def fit(self, *args: Any, **kwargs: Any) -> Self:
        """Prepare the coder; returns ``self``."""

    @abstractmethod
    def predict(self, segments: Sequence[Segment], lang: str | None = None) -> Sequence[AutoCoding]:
        """The codings of ``segments``, in segment order, then by offset.

        Args:
            segments: Segments of one case (of one or several sources).
            lang: ``zh`` or ``en`` for every segment; by default the case's
                language, or detected per segment for a ``mixed`` case.
        """

    def _check_fitted(self, attribute: str) -> None:
        if not hasattr(self, attribute):
            raise NotFittedError(
                f"this {type(self).__name__} is not fitted yet; call fit(...) before predict(...)"
            )

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.get_params().items())
        return f"{type(self).__name__}({args})"


def auto_coder_class(name: str) -> type[AutoCoder]:
    """The class of the auto-coder registered as ``name`` (imported now).

    Raises:
        ConfigError: No auto-coder has that name.
    """
    if name not in AUTO_CODERS:
        raise ConfigError(
            f"unknown auto-coder {name!r}; choose one of: {', '.join(sorted(AUTO_CODERS))}"
        )
    module_name, _, attribute = AUTO_CODERS[name].partition(":")
    found = getattr(importlib.import_module(module_name), attribute)
    if not (isinstance(found, type) and issubclass(found, AutoCoder)):
        raise ConfigError(f"auto-coder {name!r} ({AUTO_CODERS[name]}) is not an AutoCoder")
    return found


def make_auto_coder(name: str, **params: Any) -> AutoCoder:
    """A new, unfitted auto-coder ``name`` with ``params``.

    Raises:
        ConfigError: No auto-coder has that name.
        TypeError: A parameter the coder does not take.
    """
    return auto_coder_class(name)(**params)
