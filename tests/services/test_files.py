"""services.files: output written through a temporary file and a rename, nothing partial."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from relcycle.errors import InputError
from relcycle.services.files import write_json, write_text_atomically


def test_write_json_replaces_the_file_and_names_a_missing_folder(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    target.write_text("old", encoding="utf-8")
    assert write_json({"x": 1, "名": "值"}, target) == target
    assert target.read_text(encoding="utf-8") == '{\n  "x": 1,\n  "名": "值"\n}\n'
    missing = tmp_path / "missing" / "a.json"
    with pytest.raises(InputError) as caught:
        write_json({"x": 1}, missing)
    assert str(caught.value).startswith(f"{missing}: cannot write the JSON: ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]


def test_a_nan_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    write_json({"x": 1}, target)
    with pytest.raises(ValueError):
        write_json({"x": float("nan")}, target)
    assert json.loads(target.read_text(encoding="utf-8")) == {"x": 1}  # left as it was
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "r.html"
    target.write_text("before", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):  # a lone surrogate cannot be written as UTF-8
        write_text_atomically(target, "x" * 100_000 + "\ud800")
    assert target.read_text(encoding="utf-8") == "before"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html"]


def test_a_relative_path_is_written_in_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write_text_atomically("plain.txt", "text", what="the page")
    assert (tmp_path / "plain.txt").read_text(encoding="utf-8") == "text"
    with pytest.raises(InputError, match=r"^nowhere/p\.txt: cannot write the page: "):
        write_text_atomically(Path("nowhere") / "p.txt", "text", what="the page")
