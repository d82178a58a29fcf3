"""The report's language: chosen from the option, else the case; words looked up in it."""

from __future__ import annotations

import pytest

from relcycle.errors import ConfigError
from relcycle.report.labels import LANGUAGES, report_language, texts, word


@pytest.mark.parametrize(
    ("asked", "case", "expected"),
    [(None, "zh", "zh"), (None, "en", "en"), (None, "mixed", "en"), ("en", "zh", "en")],
)
def test_the_language_comes_from_the_option_else_the_case(
    asked: str | None, case: str, expected: str
) -> None:
    assert report_language(asked, case) == expected


def test_an_unknown_language_lists_the_choices() -> None:
    with pytest.raises(ConfigError, match=r"--lang 'de' is unknown; choose one of: en, zh"):
        report_language("de", "zh")


def test_both_languages_have_the_same_phrases() -> None:
    assert set(texts("zh")) == set(texts("en"))
    assert LANGUAGES == ("en", "zh")


def test_phrases_do_not_shadow_mapping_methods() -> None:
    # the template reads t.name: a key named like a dict method would print the method
    for key in texts("en"):
        assert not hasattr(dict, key), key


def test_an_unknown_source_kind_is_shown_as_given() -> None:
    assert word("zh", "kind", "interview") == "访谈"
    assert word("en", "kind", "podcast") == "podcast"
