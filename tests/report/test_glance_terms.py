"""The contract table of 'The case at a glance' labels every term as a heading."""

from __future__ import annotations

from relcycle.report.glance import _term


def test_known_terms_keep_their_words() -> None:
    assert _term("en", "scope") == "Scope of service"
    assert _term("zh", "term_months") == "期限（月）"


def test_a_term_the_report_does_not_know_reads_as_a_heading() -> None:
    assert _term("en", "procurement") == "Procurement"  # was "procurement" beside "Currency"
    assert _term("en", "procurement_route") == "Procurement route"
    assert _term("zh", "采购方式") == "采购方式"
