"""The training and blind cases: codings follow their labels, and bad labels are refused."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from typing import Any

import pytest

from relcycle import read_case
from relcycle.frameworks import load_framework

TRAINSET = Path(__file__).resolve().parents[1] / "data" / "trainset"
BLINDSET = TRAINSET.parent / "blindset"


@pytest.fixture(scope="module")
def script() -> Any:
    spec = importlib.util.spec_from_file_location("trainset_codings", TRAINSET / "make_codings.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def behaviour() -> frozenset[str]:
    return frozenset(c.id for c in load_framework().codes if c.family == "behaviour")


def test_every_codings_csv_is_written_from_its_labels(script: Any) -> None:
    assert script.main(["--check"]) == 0


def test_each_case_is_labelled_with_behaviour_codes_and_keeps_uncoded_text(
    behaviour: frozenset[str],
) -> None:
    languages: dict[str, set[str]] = {TRAINSET.name: set(), BLINDSET.name: set()}
    for folder in sorted(p.parent for r in (TRAINSET, BLINDSET) for p in r.glob("*/case.yaml")):
        data = read_case(folder)
        languages[folder.parent.name].add(data.case.language)
        segments = [s for p in data.sources for s in p.segments]
        assert data.codings and {c.code for c in data.codings} <= behaviour, folder.name
        assert {c.coder for c in data.codings} == {"gold"}
        coded = {
            (s.source_id, s.index)
            for s in segments
            for c in data.codings
            if c.source_id == s.source_id and c.start < s.end and s.start < c.end
        }
        # the uncoded segments are what the model learns "no code" from
        assert 0.3 <= 1 - len(coded) / len(segments) <= 0.7, folder.name
    assert languages == {TRAINSET.name: {"zh", "en"}, BLINDSET.name: {"zh", "en"}}


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{src}\t周五前交\tgov.control.nope", r"labels\.tsv:2: 'gov\.control\.nope' is not"),
        ("{src}\t周五前交", r"labels\.tsv:2: want 3 tab-separated fields, found 2"),
        ("nowhere.md\t周五前交\tswo.comply.follow", r"labels\.tsv:2: no source 'nowhere\.md'"),
        ("{src}\t这句话不在正文里\tswo.comply.follow", r"labels\.tsv:2: .* occurs 0 times"),
    ],
)
def test_a_bad_label_is_refused_naming_its_line(
    script: Any, behaviour: frozenset[str], tmp_path: Path, line: str, message: str
) -> None:
    folder = tmp_path / "case"
    (folder / "sources").mkdir(parents=True)
    shutil.copy(TRAINSET / "train-zh-yanglao" / "case.yaml", folder / "case.yaml")
    src = "2020-01-02-note.md"
    (folder / "sources" / src).write_text(
        "---\ndate: 2020-01-02\nkind: field_note\n---\n"
        "街道要求每周报台账，我们说好的，周五前交。\n",
        encoding="utf-8",
    )
    good = f"{src}\t周五前交\tswo.comply.follow"
    (folder / "labels.tsv").write_text(good + "\n" + line.format(src=src) + "\n", "utf-8")
    with pytest.raises(ValueError, match=message):
        script.rows_of(folder, behaviour)
    (folder / "labels.tsv").write_text(good + "\n", "utf-8")
    assert script.rows_of(folder, behaviour) == [(src, 16, 20, "swo.comply.follow")]
