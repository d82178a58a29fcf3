"""A case folder read, stored, exported with the writer, read again and stored again is the same.

Runs the real reader (``relcycle.sources.folder.read_case``): a small folder
with UTF-8, GB18030 and UTF-16 sources, a .docx with its sidecar, events and
codings; and the bundled L town example.
"""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import docx
import pytest

from relcycle.domain import CaseData, Coding, Event
from relcycle.examples import example_path
from relcycle.sources.folder import read_case
from relcycle.sources.writer import write_case_folder
from relcycle.store import Store, connect

CASE_YAML = """\
id: small-case
title: 小镇文化中心
language: mixed
period: quarter
start: 2017-09-01
end: 2019-12-31
note: 测试用的虚构案例
actors:
  - id: gov
    name: L镇宣传文化办
    role: government
    aliases: [镇政府, 镇里]
  - id: swo
    name: 启明社会工作服务中心
    role: social_org
    aliases: [机构, 中心]
contract:
  signed: 2017-09-01
  term_months: 24
  mid_term: 2018-09
  budget: 600000
"""
NOTE = """\
---
date: 2018-03-15
kind: field_note
title: 文化中心周例会
place: 文化中心
---
镇里要求中心每周上报活动台账，并提前审批活动方案。

去年三月镇领导来中心检查过一次。
"""
INTERVIEW = """\
---
date: 2019-12-05
kind: interview
informant: swo
---
问：您觉得和镇里的关系怎么样？

答：刚开始还好，2018年下半年以后任务越来越多。
"""
MINUTES = """\
---
date: 2018-04-01
kind: minutes
---
Both sides agreed the plan for the next quarter.\r\n\r\nThe council asked for weekly returns.
"""
EVENTS = "date,actor,target,summary,codes\n2018-04-02,gov,swo,要求上报台账,control.reporting\n"
EVENTS += "2018-09,swo,,中期评估,\n"
CODINGS = "source,start,end,code,coder,memo\n"
CODINGS += "2018-03-15-field-note.md,0,9,control.approval,coder-a,台账\n"
CODINGS += "2018-03-15-field-note.md,0,9,control.reporting,coder-b,\n"


def _docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("甲方：L镇人民政府。乙方：启明社会工作服务中心。")
    document.add_paragraph("服务期限：自2017年9月1日起，共二十四个月。")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _small_folder(root: Path) -> Path:
    (root / "sources/interviews").mkdir(parents=True)
    (root / "case.yaml").write_text(CASE_YAML, encoding="utf-8")
    (root / "sources/2018-03-15-field-note.md").write_text(NOTE, encoding="utf-8")
    (root / "sources/interviews/swo-director.txt").write_bytes(INTERVIEW.encode("gb18030"))
    (root / "sources/2018-04-01-minutes.md").write_bytes(MINUTES.encode("utf-16"))
    (root / "sources/contract.docx").write_bytes(_docx())
    (root / "sources/contract.docx.yaml").write_text(
        "date: 2017-09-01\nkind: document\ntitle: 合同\n", encoding="utf-8"
    )
    (root / "events.csv").write_text(EVENTS, encoding="utf-8")
    (root / "codings.csv").write_text(CODINGS, encoding="utf-8")
    return root


def _originals(folder: Path, data: CaseData) -> dict[str, bytes]:
    return {
        p.source.id: (folder / "sources" / p.source.id).read_bytes()
        for p in data.sources
        if p.source.id.endswith((".docx", ".pdf"))
    }


def _import(store: Store, folder: Path) -> CaseData:
    data = read_case(folder)
    report = store.import_case(
        data.case, iter(data.sources), data.events, data.codings, _originals(folder, data)
    )
    assert report.added == tuple(p.source.id for p in data.sources)
    return data


def _events(events: tuple[Event, ...]) -> list[Event]:
    return [dataclasses.replace(e, line=0) for e in events]


def _codings(codings: tuple[Coding, ...]) -> list[Coding]:
    return sorted(codings, key=lambda c: (c.source_id, c.start, c.end, c.coder, c.code))


def _without_file_facts(data: CaseData) -> list[object]:
    """Sources as comparable values, less what re-encoding a file changes."""
    return [
        (dataclasses.replace(p.source, encoding="", checksum=""), p.segments, p.anchors)
        for p in data.sources
    ]


@pytest.mark.parametrize("which", ["small", "ltown"])
def test_read_store_export_read_store_keeps_the_case(
    db_url: str, tmp_path: Path, which: str
) -> None:
    folder = _small_folder(tmp_path / "in") if which == "small" else example_path("ltown")
    with connect(db_url) as first, connect(f"sqlite:///{tmp_path / 'second.db'}") as second:
        read = _import(first, folder)
        stored = first.load(read.case.id)
        assert stored.case == read.case
        assert stored.sources == read.sources
        assert _events(stored.events) == _events(read.events)
        assert _codings(stored.codings) == _codings(read.codings)

        exported = write_case_folder(stored, tmp_path / "out", first.originals(read.case.id))
        _import(second, exported)
        again = second.load(read.case.id)

    assert again.case == stored.case
    assert _without_file_facts(again) == _without_file_facts(stored)
    assert _events(again.events) == _events(stored.events)
    assert _codings(again.codings) == _codings(stored.codings)
    if which == "small":
        encodings = [p.source.encoding for p in stored.sources]
        assert encodings == ["utf-8", "utf-16-le", "docx", "gb18030"]
        assert {p.source.encoding for p in again.sources} == {"utf-8", "docx"}
        docx_file = "sources/contract.docx"
        assert (exported / docx_file).read_bytes() == (folder / docx_file).read_bytes()
