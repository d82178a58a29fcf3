"""load_framework: built-in names, paths, folders, split files and provenance hashes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from relcycle.errors import FrameworkError
from relcycle.frameworks import Framework, builtin_ids, load_framework


def test_builtin_ids() -> None:
    assert "gpps-lifecycle" in builtin_ids()


def test_none_means_the_builtin_default() -> None:
    assert load_framework(None).id == "gpps-lifecycle"


def test_unknown_name_lists_the_builtins() -> None:
    with pytest.raises(FrameworkError) as info:
        load_framework("gpps-lifecyle")
    assert info.value.message == (
        "unknown framework 'gpps-lifecyle'; did you mean 'gpps-lifecycle'? "
        "built-in frameworks: gpps-lifecycle; or give the path of a framework file"
    )


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(FrameworkError, match="no such framework file"):
        load_framework(tmp_path / "nope.yaml")


def test_user_file_by_path_and_by_str(minimal: dict[str, Any], write: Callable[..., Path]) -> None:
    path = write(minimal)
    by_path = load_framework(path)
    by_str = load_framework(str(path))
    assert by_path.id == by_str.id == "tiny"
    assert by_path.source == str(path)
    assert by_path.hash == by_str.hash


def test_folder_with_framework_yaml(
    minimal: dict[str, Any], write: Callable[..., Path], tmp_path: Path
) -> None:
    write(minimal, "framework.yaml")
    assert load_framework(tmp_path).id == "tiny"


def test_user_framework_with_other_stage_types(load: Callable[[dict[str, Any]], Framework]) -> None:
    fw = load(dict(_one_code_framework(), stages=_other_stages()))
    assert [s.id for s in fw.stages] == ["honeymoon", "drift", "divorce"]
    assert fw.stage("drift").typical_next == ("divorce", "honeymoon")
    assert fw.stage("honeymoon").label.text("en") == "Honeymoon"


def test_framework_without_stages_loads(load: Callable[[dict[str, Any]], Framework]) -> None:
    fw = load(_one_code_framework())
    assert fw.stages == ()
    assert fw.advice == ()
    assert fw.code("a").label.text("zh") == "甲"


def test_english_only_framework(load: Callable[[dict[str, Any]], Framework]) -> None:
    data = _one_code_framework()
    data["languages"] = ["en"]
    data["title"] = {"en": "English only"}
    data["codes"][0]["label"] = {"en": "A"}
    data["codes"][0]["rules"] = {"en": ["alpha"]}
    data["indicators"][0]["label"] = {"en": "X"}
    fw = load(data)
    assert fw.languages == ("en",)
    assert fw.code("a").rules_for("zh") == ()


@pytest.mark.parametrize(
    ("source", "zh", "en"),
    [
        ("Smith (2020)", "Smith (2020)", "Smith (2020)"),
        ({"zh": "史密斯（2020）", "en": "Smith (2020)"}, "史密斯（2020）", "Smith (2020)"),
        (None, None, None),
    ],
)
def test_advice_source_is_one_string_or_one_per_language(
    load: Callable[[dict[str, Any]], Framework],
    minimal: dict[str, Any],
    source: str | dict[str, str] | None,
    zh: str | None,
    en: str | None,
) -> None:
    if source is not None:
        minimal["advice"][0]["source"] = source
    advice = load(minimal).advice[0]
    found = advice.source
    assert (found and found.text("zh"), found and found.text("en")) == (zh, en)


def test_advice_source_in_an_unknown_language_names_the_key(
    minimal: dict[str, Any], write: Callable[..., Path]
) -> None:
    minimal["advice"][0]["source"] = {"fr": "Dupont"}
    with pytest.raises(FrameworkError, match=r"source: unknown language 'fr'"):
        load_framework(write(minimal))


def test_split_framework_equals_the_single_file(
    minimal: dict[str, Any], write: Callable[..., Path]
) -> None:
    single = load_framework(write(minimal, "single.yaml"))
    codes = minimal.pop("codes")
    advice = minimal.pop("advice")
    write({"codes": codes}, "codes.yaml")
    write({"advice": advice}, "advice.yaml")
    minimal["include"] = ["codes.yaml", "advice.yaml"]
    split = load_framework(write(minimal, "main.yaml"))
    assert [c.id for c in split.codes] == [c.id for c in single.codes]
    assert split.hash == single.hash


def test_hash_is_stable(minimal: dict[str, Any], write: Callable[..., Path]) -> None:
    first = load_framework(write(minimal, "a.yaml")).hash
    again = load_framework(write(minimal, "b.yaml")).hash
    reordered = load_framework(write(yaml.safe_dump(minimal, sort_keys=True), "c.yaml")).hash
    assert first == again == reordered


def test_hash_ignores_comments_but_not_content(
    minimal: dict[str, Any], write: Callable[..., Path]
) -> None:
    base = load_framework(write(minimal)).hash
    text = "# a comment\n" + yaml.safe_dump(minimal, allow_unicode=True)
    assert load_framework(write(text, "commented.yaml")).hash == base
    minimal["codes"][3]["rules"]["zh"].append("报表")
    assert load_framework(write(minimal, "changed.yaml")).hash != base


def test_builtin_hash_is_stable_across_loads() -> None:
    assert load_framework().hash == load_framework("gpps-lifecycle").hash


def _one_code_framework() -> dict[str, Any]:
    return {
        "id": "mine",
        "version": 2,
        "title": {"zh": "我的", "en": "Mine"},
        "codes": [
            {
                "id": "a",
                "label": {"zh": "甲", "en": "A"},
                "family": "relationship",
                "rules": {"zh": ["甲"], "en": ["alpha"]},
            }
        ],
        "indicators": [
            {"id": "x", "label": {"zh": "x", "en": "x"}, "scope": "relationship", "codes": {"a": 1}}
        ],
    }


def _other_stages() -> list[dict[str, Any]]:
    def stage(sid: str, level: str, nxt: list[str]) -> dict[str, Any]:
        label = {"zh": sid, "en": sid.capitalize()}
        return {"id": sid, "label": label, "signature": {"x": level}, "typical_next": nxt}

    return [
        stage("honeymoon", "very_high", ["drift"]),
        stage("drift", "neutral", ["divorce", "honeymoon"]),
        stage("divorce", "very_low", []),
    ]


def test_version_number_becomes_a_string(load: Callable[[dict[str, Any]], Framework]) -> None:
    assert load(_one_code_framework()).version == "2"
