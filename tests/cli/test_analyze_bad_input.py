"""``relcycle analyze`` on input that cannot support stages: a message, a valid JSON, no crash."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

Run = Callable[..., tuple[int, str, str]]


CASE = """\
id: bad
title: Bad input
language: en
period: month
start: {start}
end: {end}
actors:
  - {{id: council, name: Council, role: government}}
  - {{id: trust, name: Trust, role: social_org}}
"""
CODABLE = "The council asked us to submit monthly returns. We refused: it is outside the contract."
BLAND = "Paragraph of notes."
FLAT = """\
id: flat
version: "0.1"
title: {en: Flat}
languages: [en]
codes:
  - {id: squeeze, label: {en: Squeeze}, family: behaviour, applies_to: government,
     rules: {en: [monthly returns]}}
indicators:
  - {id: squeeze, label: {en: Squeeze}, scope: government, codes: {squeeze: 1}}
"""


def _case(root: Path, start: str, end: str, notes: dict[str, str]) -> Path:
    (root / "sources").mkdir(parents=True)
    (root / "case.yaml").write_text(CASE.format(start=start, end=end), encoding="utf-8")
    for day, text in notes.items():
        note = f"---\nkind: field_note\n---\n{text}\n"
        (root / "sources" / f"{day}-note.md").write_text(note, encoding="utf-8")
    return root


def _check(run: Run, tmp_path: Path, folder: Path, reason: str, *extra: str) -> None:
    out = tmp_path / "out.json"
    code, text, err = run("analyze", str(folder), "--json", str(out), *extra)
    assert code == 0, err
    assert "no stages:" in text and reason in " ".join(text.split())
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["schema"] == "relcycle.analysis/1"
    assert doc["stages"] == [] and doc["turning_points"] == [] and doc["advice"] == []
    assert reason in doc["reason"]


def test_no_evidence_at_all(run: Run, tmp_path: Path) -> None:
    folder = _case(tmp_path / "c", "2020-01-01", "2020-12-31", {"2020-03-05": BLAND})
    _check(run, tmp_path, folder, "no evidence")


def test_a_single_period(run: Run, tmp_path: Path) -> None:
    folder = _case(tmp_path / "c", "2020-03-01", "2020-03-31", {"2020-03-05": CODABLE})
    _check(run, tmp_path, folder, "single month")


def test_all_evidence_outside_the_studied_period(run: Run, tmp_path: Path) -> None:
    notes = {"2019-03-05": CODABLE, "2021-06-05": CODABLE}
    folder = _case(tmp_path / "c", "2020-01-01", "2020-12-31", notes)
    _check(run, tmp_path, folder, "lie outside the studied period")


def test_a_framework_without_stage_types(run: Run, tmp_path: Path) -> None:
    notes = {f"2020-{m:02d}-05": CODABLE for m in range(1, 13)}
    folder = _case(tmp_path / "c", "2020-01-01", "2020-12-31", notes)
    flat = tmp_path / "flat.yaml"
    flat.write_text(FLAT, encoding="utf-8")
    _check(run, tmp_path, folder, "defines no stage types", "--framework", str(flat))


def test_evidence_that_never_changes(run: Run, tmp_path: Path) -> None:
    notes = {f"2020-{m:02d}-05": CODABLE for m in range(1, 13)}
    folder = _case(tmp_path / "c", "2020-01-01", "2020-12-31", notes)
    _check(run, tmp_path, folder, "no change of stage")
