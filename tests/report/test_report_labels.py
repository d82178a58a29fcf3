"""The report's language: chosen from the option, else the case; words looked up in it."""

from __future__ import annotations

import pytest

from relcycle.errors import ConfigError
from relcycle.frameworks.model import LocalText
from relcycle.report.labels import (
    LANGUAGES,
    local,
    period_count,
    report_language,
    texts,
    word,
)


@pytest.mark.parametrize(
    ("asked", "case", "expected"),
    [(None, "zh", "zh"), (None, "en", "en"), (None, "mixed", "en"), ("en", "zh", "en")],
)
def test_the_language_comes_from_the_option_else_the_case(
    asked: str | None, case: str, expected: str
) -> None:
    assert report_language(asked, case) == expected


@pytest.mark.parametrize(
    ("asked", "case", "traditional", "expected"),
    [
        (None, "zh", True, "zh-Hant"),  # a Taiwan case is reported in its own script
        ("zh", "mixed", True, "zh-Hant"),
        ("zh", "zh", False, "zh"),
        ("zh-Hans", "zh", True, "zh"),  # a script asked for wins
        ("zh-Hant", "zh", False, "zh-Hant"),
        (None, "mixed", True, "en"),
        ("en", "zh", True, "en"),
    ],
)
def test_chinese_is_written_in_the_cases_script_unless_one_is_asked_for(
    asked: str | None, case: str, traditional: bool, expected: str
) -> None:
    assert report_language(asked, case, traditional) == expected


def test_an_unknown_language_lists_the_choices() -> None:
    with pytest.raises(
        ConfigError, match=r"--lang 'de' is unknown; choose one of: en, zh, zh-Hans, zh-Hant"
    ):
        report_language("de", "zh")


def test_every_language_has_the_same_phrases() -> None:
    assert set(texts("zh")) == set(texts("en")) == set(texts("zh-Hant"))
    assert LANGUAGES == ("en", "zh", "zh-Hans", "zh-Hant")


def test_traditional_phrases_are_the_simplified_ones_converted() -> None:
    assert texts("zh")["stages"] == "阶段"
    assert texts("zh-Hant")["stages"] == "階段"
    assert word("zh-Hant", "role", "social_org") == "社會組織"
    assert period_count("zh-Hant", "quarter", 3) == "3 個季度"
    assert period_count("zh-Hant", "fortnight", 2) == "2 個時段"


def test_a_framework_text_is_converted_unless_it_has_its_own_traditional_one() -> None:
    assert local(LocalText({"zh": "控制期", "en": "Control"}), "zh-Hant") == "控制期"
    assert local(LocalText({"zh": "资源依赖", "en": "Resource"}), "zh-Hant") == "資源依賴"
    assert local(LocalText({"zh": "资源依赖", "zh-Hant": "資源倚賴"}), "zh-Hant") == "資源倚賴"
    assert local(LocalText({"en": "Control"}), "zh-Hant") == "Control"
    assert local(LocalText({"zh": "资源依赖", "en": "Resource"}), "en") == "Resource"


def test_phrases_do_not_shadow_mapping_methods() -> None:
    # the template reads t.name: a key named like a dict method would print the method
    for key in texts("en"):
        assert not hasattr(dict, key), key


def test_an_unknown_source_kind_is_shown_as_given() -> None:
    assert word("zh", "kind", "interview") == "访谈"
    assert word("en", "kind", "podcast") == "podcast"
