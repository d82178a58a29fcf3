"""``relcycle analyze``: one go from a folder to stages, a readable summary and the JSON."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

Run = Callable[..., tuple[int, str, str]]


CASE_YAML = """\
id: staged
title: A case with clear stages
language: en
period: month
start: 2020-01-01
end: 2020-12-31
actors:
  - {id: council, name: Council, role: government}
  - {id: trust, name: Trust, role: social_org}
"""
PLAN = [
    (4, ["gov.control.approval", "gov.control.reporting", "swo.comply.follow"]),
    (4, ["swo.resist.refuse", "rel.conflict", "swo.resist.contract"]),
    (4, ["rel.cooperation", "rel.dialogue.meeting", "rel.trust"]),
]


def _folder(root: Path) -> Path:
    """Twelve months of bland notes that a person coded in three stages (codings.csv)."""
    (root / "sources").mkdir(parents=True)
    (root / "case.yaml").write_text(CASE_YAML, encoding="utf-8")
    rows = ["source,start,end,code,coder"]
    month = 0
    for months, codes in PLAN:
        for _ in range(months):
            month += 1
            name = f"2020-{month:02d}-10-note.md"
            paras = [f"Paragraph {i} of month {month}." for i in range(6)]
            (root / "sources" / name).write_text(
                "---\nkind: field_note\n---\n" + "\n\n".join(paras) + "\n", encoding="utf-8"
            )
            offset = 0
            for i, para in enumerate(paras):
                rows.append(f"{name},{offset},{offset + len(para)},{codes[i % 3]},ann")
                offset += len(para) + 2
    (root / "codings.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return root


def test_analyze_a_folder_prints_stages_and_writes_the_json(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "analysis.json"
    code, text, _ = run("analyze", str(_folder(tmp_path / "staged")), "--json", str(out))
    assert code == 0
    assert "case staged: created" in text
    assert "control" in text and "resistance" in text and "symbiosis" in text
    assert "2020-01-01 – 2020-04-30" in text
    assert "turning point 2020-05: control → resistance" in text
    assert f"json: {out}" in text
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert [s["label"] for s in doc["stages"]] == ["control", "resistance", "symbiosis"]
    assert doc["stages"][0]["start"] == "2020-01-01" and doc["stages"][-1]["end"] == "2020-12-31"


def test_analyze_a_stored_case_by_id_at_another_period(run: Run, tmp_path: Path) -> None:
    run("import", str(_folder(tmp_path / "staged")))
    code, text, _ = run("analyze", "staged", "--period", "quarter")
    assert code == 0
    assert "4 quarters" in text


def test_input_without_stages_says_why_and_still_writes_valid_json(
    run: Run, make_case: Callable[..., Path], tmp_path: Path
) -> None:
    out = tmp_path / "bare.json"
    code, text, _ = run("analyze", str(make_case()), "--json", str(out))
    assert code == 0
    assert "no stages:" in text
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["stages"] == [] and doc["reason"]


def test_bad_options_are_one_line_errors(run: Run, tmp_path: Path) -> None:
    code, _, err = run("analyze", str(_folder(tmp_path / "staged")), "--period", "year")
    assert code == 1
    assert "--period 'year' is unknown; choose one of: week, month, quarter" in err
    code, _, err = run("analyze", "no-such-case")
    assert code == 1 and "unknown case 'no-such-case'" in err
    code, _, err = run("analyze", str(tmp_path / "staged"), "--framework", "gpps-lifecyle")
    assert code == 1 and "did you mean 'gpps-lifecycle'" in err
