"""A folder whose codings.csv lays out known stages over twelve months of bland notes."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

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

FOUR_STAGES = [
    (3, ["gov.explore.trial", "swo.explore.needs"]),
    (4, ["gov.control.approval", "gov.control.reporting", "swo.comply.follow"]),
    (3, ["swo.resist.refuse", "rel.conflict", "swo.resist.contract"]),
    (2, ["rel.cooperation", "rel.dialogue.meeting", "rel.trust"]),
]
"""Months and the codes a person applied in them (codings.csv)."""


THREE_STAGES = [
    (4, ["gov.control.approval", "gov.control.reporting", "swo.comply.follow"]),
    (4, ["swo.resist.refuse", "rel.conflict", "swo.resist.contract"]),
    (4, ["rel.cooperation", "rel.dialogue.meeting", "rel.trust"]),
]


def write_staged_case(
    root: Path, plan: Sequence[tuple[int, list[str]]] = FOUR_STAGES, *, hint: bool = True
) -> Path:
    """Write the case at ``root``: for each (months, codes) of ``plan``, months of notes coded so.

    With ``hint``, month 5 also holds one sentence the dictionary coder reads.
    """
    (root / "sources").mkdir(parents=True)
    (root / "case.yaml").write_text(CASE_YAML, encoding="utf-8")
    rows = ["source,start,end,code,coder"]
    month = 0
    for months, codes in plan:
        for _ in range(months):
            month += 1
            name = f"2020-{month:02d}-10-note.md"
            paras = [f"Paragraph {i} of the notes of month {month}." for i in range(len(codes) * 2)]
            body = "\n\n".join(paras)
            if hint and month == 5:
                body += "\n\nThe council asked us to submit monthly returns."
            text = f"---\nkind: field_note\n---\n{body}\n"
            (root / "sources" / name).write_text(text, encoding="utf-8")
            offset = 0
            for i, para in enumerate(paras):
                rows.append(f"{name},{offset},{offset + len(para)},{codes[i % len(codes)]},ann")
                offset += len(para) + 2
    (root / "codings.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return root
