"""Codebook coverage: codes × stages, from the stages' code shares."""

from __future__ import annotations

from report_page import Written

from relcycle.frameworks import load_framework
from relcycle.report.coverage import coverage, heat
from relcycle.report.naming import Namer


def test_heat_steps() -> None:
    assert [heat(v) for v in (0.0, 0.01, 0.05, 0.2, 0.3, 0.9)] == [0, 1, 2, 3, 4, 4]


def test_rows_are_codes_with_evidence_in_codebook_order(ltown_zh: Written) -> None:
    analysis = ltown_zh.result.run.analysis
    fw = load_framework("gpps-lifecycle")
    rows = coverage(Namer(analysis.case, fw, [], "en"), analysis)
    order = [c.id for c in fw.codes]
    assert [r.code for r in rows] == sorted((r.code for r in rows), key=order.index)
    by_code = {r.code: r for r in rows}
    approval = by_code["gov.control.approval"]
    expected = [s.diagnosis.code_shares.get("gov.control.approval", 0.0) for s in analysis.stages]
    assert approval.percents == tuple(f"{100 * v:.1f}" if v > 0 else "" for v in expected)
    assert approval.label == fw.code("gov.control.approval").label["en"]
    assert by_code["gov"].depth == 0 and approval.depth == 2
    unused = {c.id for c in fw.codes} - set(by_code)
    for code in unused:
        assert all(s.diagnosis.code_shares.get(code, 0.0) == 0 for s in analysis.stages)
