"""The built-in rules against a phrasebook written independently of the framework's examples."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from relcycle.frameworks import load_framework
from relcycle.frameworks.matching import Matcher
from relcycle.sources.script import to_simplified

BOOK: dict[str, Any] = yaml.safe_load(
    (Path(__file__).parent / "phrasebook.yaml").read_text(encoding="utf-8")
)
#: The book's main part and each later round kept apart in it (round14: ...).
PARTS = [BOOK, *(BOOK[key] for key in sorted(BOOK) if key.startswith("round"))]
POSITIVES = [
    (code, lang, text)
    for part in PARTS
    for code, by_lang in part["positives"].items()
    for lang, texts in by_lang.items()
    for text in texts
]
NEGATIVES = [
    (code, lang, text)
    for part in PARTS
    for code, by_lang in part["negatives"].items()
    for lang, texts in by_lang.items()
    for text in texts
]


def _as_read(text: str, lang: str) -> str:
    """The text as the dictionary coder reads it: Chinese in Simplified characters."""
    return to_simplified(text) if lang == "zh" else text


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_framework())


def test_every_behaviour_leaf_is_in_the_phrasebook() -> None:
    fw = load_framework()
    leaves = {c.id for c in fw.family("behaviour") if not fw.children(c.id)}
    assert leaves == set(BOOK["positives"])


@pytest.mark.parametrize(("code", "lang", "text"), POSITIVES)
def test_positive(matcher: Matcher, code: str, lang: str, text: str) -> None:
    assert code in matcher.codes_in(_as_read(text, lang), lang)


@pytest.mark.parametrize(("code", "lang", "text"), NEGATIVES)
def test_negative(matcher: Matcher, code: str, lang: str, text: str) -> None:
    found = matcher.codes_in(_as_read(text, lang), lang)
    if code == "any_behaviour":
        fw = matcher.framework
        found = {c for c in found if fw.code(c).family == "behaviour"}
        assert found == set()
    else:
        assert code not in found
