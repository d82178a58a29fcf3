"""The shape of a framework file, checked with pydantic before anything is cross-checked.

These models only say which keys exist and what type their values have; the
references between parts (parents, indicator codes, signatures, advice
conditions) and the rules are checked by :mod:`relcycle.frameworks.build`.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    model_serializer,
    model_validator,
)

ROLES = ("government", "social_org", "community", "relationship", "any")
FAMILIES = (
    "behaviour",
    "relationship",
    "goal",
    "value",
    "resource",
    "embeddedness",
    "legitimacy",
    "actor",
)
SCOPES = ("government", "social_org", "relationship")

CODE_ID = r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$"
NAME_ID = r"^[a-z][a-z0-9_]*$"
FRAMEWORK_ID = r"^[a-z0-9][a-z0-9-]*$"

Role = Literal["government", "social_org", "community", "relationship", "any"]
Family = Literal[
    "behaviour", "relationship", "goal", "value", "resource", "embeddedness", "legitimacy", "actor"
]
Scope = Literal["government", "social_org", "relationship"]


def _listify(value: Any) -> Any:
    """Let a single value stand for a one-item list."""
    return [value] if isinstance(value, str | dict) else value


def _stringify(value: Any) -> Any:
    """Let ``version: 1.2`` (a YAML number) stand for the string ``"1.2"``."""
    return str(value) if isinstance(value, int | float) and not isinstance(value, bool) else value


Text = dict[str, str]
"""Human text per language: ``{zh: ..., en: ...}``."""

StrList = Annotated[list[str], BeforeValidator(_listify)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class WindowSpec(_Strict):
    """``near``/``not`` window: terms or cue lexicons within ``within`` characters."""

    any: StrList = Field(default_factory=list)
    cue: StrList = Field(default_factory=list)
    within: int | None = Field(default=None, gt=0)


class RuleSpec(_Strict):
    """A rule written as a mapping (a rule can also be a bare term or ``re:`` string)."""

    term: str | None = None
    re: str | None = None
    near: WindowSpec | list[WindowSpec] | None = None
    not_: WindowSpec | list[str] | None = Field(default=None, alias="not")
    after: StrList | None = None
    """Codes one of which the turn before must carry (:mod:`relcycle.coding.dictionary.after`)."""
    by: StrList | None = None
    """Roles one of which the turn's speaker must have (:mod:`relcycle.coding.dictionary.after`)."""
    note: str | None = None

    @model_serializer(mode="wrap")
    def _dump(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """Leave ``after`` and ``by`` out when unset, so older frameworks keep their hash."""
        out: dict[str, Any] = handler(self)
        for key in ("after", "by"):
            if out.get(key) is None:
                out.pop(key, None)
        return out

    @model_validator(mode="after")
    def _one_pattern(self) -> RuleSpec:
        if (self.term is None) == (self.re is None):
            raise ValueError("a rule mapping needs exactly one of 'term' or 're'")
        return self


class ExampleSpec(_Strict):
    """An example of text the code applies to."""

    lang: str
    text: str = Field(min_length=1)
    note: str | None = None


class CodeSpec(_Strict):
    """One code of the codebook."""

    id: str = Field(pattern=CODE_ID)
    parent: str | None = None
    label: Text
    definition: Text = Field(default_factory=dict)
    include: Text = Field(default_factory=dict)
    exclude: Text = Field(default_factory=dict)
    examples: list[ExampleSpec] = Field(default_factory=list)
    applies_to: Role = "any"
    family: Family
    rules: dict[str, list[str | RuleSpec]] = Field(default_factory=dict)
    rules_not: WindowSpec | list[str] | dict[str, WindowSpec | list[str]] | None = Field(
        default=None, union_mode="left_to_right"
    )
    """Exclusions added to the ``not`` of every rule of this code and its descendants
    (per language when keyed by language)."""
    supersedes: list[str] = Field(default_factory=list)
    """Codes whose hits (and their descendants') a hit of this code cancels in its clause."""


class IndicatorSpec(_Strict):
    """An indicator: a weighted sum of codes, for one actor or the relationship."""

    id: str = Field(pattern=NAME_ID)
    label: Text
    description: Text = Field(default_factory=dict)
    scope: Scope
    codes: dict[str, float] = Field(min_length=1)


class StageSpec(_Strict):
    """A stage type and its signature over indicators."""

    id: str = Field(pattern=NAME_ID)
    label: Text
    definition: Text = Field(default_factory=dict)
    signature: dict[str, str] = Field(min_length=1)
    typical_next: StrList = Field(default_factory=list)
    first_only: bool = False


class AdviceSpec(_Strict):
    """A piece of advice and when it applies."""

    id: str = Field(pattern=NAME_ID)
    title: Text
    text: Text
    source: Text | str | None = None
    audience: Literal["government", "social_org", "both"] = "both"
    when: dict[str, Any] = Field(min_length=1)
    cite_codes: StrList = Field(default_factory=list)


Cues = dict[str, dict[str, list[str]]]
"""Cue lexicons: name → language → terms or ``re:`` regexes."""


class PartSpec(_Strict):
    """A file included by a framework's main file: lists that are appended to its own."""

    codes: list[CodeSpec] = Field(default_factory=list)
    cues: Cues = Field(default_factory=dict)
    indicators: list[IndicatorSpec] = Field(default_factory=list)
    stages: list[StageSpec] = Field(default_factory=list)
    advice: list[AdviceSpec] = Field(default_factory=list)


class FrameworkSpec(PartSpec):
    """A framework's main file."""

    id: str = Field(pattern=FRAMEWORK_ID)
    version: Annotated[str, BeforeValidator(_stringify)]
    title: Text
    description: Text = Field(default_factory=dict)
    languages: list[str] = Field(default_factory=lambda: ["zh", "en"], min_length=1)
    include: StrList = Field(default_factory=list)
