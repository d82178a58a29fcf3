"""Frameworks: a codebook, a stage typology and advice, loaded from data files.

A framework says what to look for in a case's texts (codes and their matching
rules), how to read coded evidence per period (indicators), which stages a
relationship can be in (stage types with signatures over indicators), and
what to advise when a stage is diagnosed. The built-in ``gpps-lifecycle``
framework is data in this package; ``docs/FRAMEWORK.md`` documents the format.
"""

from relcycle.frameworks.conditions import Condition, Diagnosis, StageDiagnosis
from relcycle.frameworks.levels import LEVELS, level_of
from relcycle.frameworks.loader import BUILTIN_DEFAULT, builtin_ids, load_framework
from relcycle.frameworks.matching import Hit, Matcher
from relcycle.frameworks.model import (
    Advice,
    Code,
    Cue,
    Example,
    Framework,
    Indicator,
    LocalText,
    StageType,
)
from relcycle.frameworks.rules import Rule, Window

__all__ = [
    "BUILTIN_DEFAULT",
    "LEVELS",
    "Advice",
    "Code",
    "Condition",
    "Cue",
    "Diagnosis",
    "Example",
    "Framework",
    "Hit",
    "Indicator",
    "LocalText",
    "Matcher",
    "Rule",
    "StageDiagnosis",
    "StageType",
    "Window",
    "builtin_ids",
    "level_of",
    "load_framework",
]
