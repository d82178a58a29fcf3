"""Builders for the stage-analysis tests: small cases, sources, evidence, a tiny framework.

(No tests here; the name only keeps the helpers next to the tests that use them.)
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from relcycle.domain import Actor, Case, ParsedSource, Segment, Source, TimeAnchor
from relcycle.domain.time import Precision
from relcycle.frameworks import Framework, load_framework
from relcycle.trajectory.evidence import Evidence, EvidenceSet, TextSpan

TINY_FRAMEWORK = """\
id: tiny
version: "0.1"
title: {en: Tiny}
languages: [en]
codes:
  - {id: squeeze, label: {en: Squeeze}, family: behaviour, applies_to: government,
     rules: {en: [sign off, monitoring returns]}}
  - {id: pushback, label: {en: Push-back}, family: behaviour, applies_to: social_org,
     rules: {en: [we refused, not our job]}}
  - {id: warmth, label: {en: Warmth}, family: relationship, applies_to: relationship,
     rules: {en: [thank you, good partners]}}
indicators:
  - {id: squeeze, label: {en: Squeeze}, scope: government, codes: {squeeze: 1}}
  - {id: pushback, label: {en: Push-back}, scope: social_org, codes: {pushback: 1}}
  - {id: warmth, label: {en: Warmth}, scope: relationship, codes: {warmth: 1, pushback: -0.5}}
stages:
  - {id: honeymoon, label: {en: Honeymoon}, signature: {warmth: very_high, squeeze: low}}
  - {id: grip, label: {en: Grip}, signature: {squeeze: very_high, pushback: low},
     typical_next: [standoff]}
  - {id: standoff, label: {en: Stand-off}, signature: {pushback: very_high, warmth: low}}
advice:
  - id: talk
    title: {en: Put it on the table}
    text: {en: Raise the contract's terms at the next review meeting.}
    when: {stage_in: [grip, standoff]}
    cite_codes: [squeeze, pushback]
"""

NO_STAGES_FRAMEWORK = """\
id: flat
version: "0.1"
title: {en: Flat}
languages: [en]
codes:
  - {id: squeeze, label: {en: Squeeze}, family: behaviour, applies_to: government}
indicators:
  - {id: squeeze, label: {en: Squeeze}, scope: government, codes: {squeeze: 1}}
"""


def tiny_framework(tmp_path: Path, text: str = TINY_FRAMEWORK) -> Framework:
    """Load a framework written to ``tmp_path``."""
    path = tmp_path / "framework.yaml"
    path.write_text(text, encoding="utf-8")
    return load_framework(path)


def make_case(
    start: date = date(2020, 1, 1),
    end: date = date(2021, 12, 31),
    period: str = "month",
    language: str = "en",
) -> Case:
    """A case with a government, a social organisation and residents."""
    actors = (
        Actor("gov", "Council", "government"),
        Actor("swo", "Trust", "social_org"),
        Actor("res", "Residents", "community"),
    )
    return Case("t-case", "Test case", language, period, start, end, actors)  # type: ignore[arg-type]


def _precision(first: date, last: date) -> Precision:
    """The precision of an anchor ``[first, last]``: a month, half-year, year, else day."""
    days = (last - first).days + 1
    if first.day != 1 or days < 28:
        return Precision.DAY
    if days <= 31:
        return Precision.MONTH
    return Precision.HALF_YEAR if days <= 184 else Precision.YEAR


def make_source(
    source_id: str,
    day: date,
    paragraphs: Sequence[tuple[str, date, date]],
    speaker_actor: str | None = None,
) -> ParsedSource:
    """A source whose paragraphs are anchored at the given intervals."""
    text = "\n\n".join(p for p, _, _ in paragraphs)
    segments, anchors = [], []
    offset = 0
    for i, (para, first, last) in enumerate(paragraphs):
        segments.append(
            Segment(source_id, i, offset, offset + len(para), para, None, speaker_actor)
        )
        provenance = "source_date" if (first, last) == (day, day) else "text"
        precision = _precision(first, last)
        anchors.append(TimeAnchor(source_id, i, first, last, precision, provenance))  # type: ignore[arg-type]
        offset += len(para) + 2
    source = Source(source_id, "field_note", day, None, None, text, source_id, "utf-8", "x")
    return ParsedSource(source, tuple(segments), tuple(anchors))


def item(
    code: str,
    day: date,
    *,
    end: date | None = None,
    source: str = "s.md",
    segment: int | None = 0,
    origin: str = "manual",
    actor: str | None = None,
    confidence: float = 1.0,
    quote: str = "",
) -> Evidence:
    """One evidence item."""
    return Evidence(
        code=code,
        start=day,
        end=end or day,
        actor=actor,
        target=None,
        weight=1.0,
        confidence=confidence,
        source=source,
        source_date=day,
        quote=quote or f"{code} on {day}",
        origin=origin,
        segment=segment,
    )


def month_day(start: date, k: int, day: int = 10) -> date:
    """Day ``day`` of the ``k``-th month after ``start``'s month."""
    total = start.year * 12 + start.month - 1 + k
    return date(total // 12, total % 12 + 1, day)


def staged_evidence(
    start: date, plan: Sequence[tuple[int, Sequence[str]]], per_month: int = 3, chars: int = 800
) -> EvidenceSet:
    """Evidence for stages: ``plan`` lists (months, codes of that stage).

    Every month of a stage gets ``per_month`` coded units carrying its codes
    (one unit per code and repetition, each its own source), and a page of text.
    """
    items: list[Evidence] = []
    texts: list[TextSpan] = []
    k = 0
    for months, codes in plan:
        for _ in range(months):
            for rep in range(per_month):
                for c, code in enumerate(codes):
                    day = month_day(start, k, 3 + rep * 7 + c % 5)
                    items.append(item(code, day, source=f"m{k}-{rep}-{c}.md"))
            first = month_day(start, k, 1)
            texts.append(TextSpan(first, first + timedelta(days=27), chars, f"m{k}.md"))
            k += 1
    return EvidenceSet(tuple(items), tuple(texts))


LTOWN_PLAN: list[tuple[int, list[str]]] = [
    (5, ["gov.explore.trial", "swo.explore.needs", "gov.explore.assess"]),
    (7, ["gov.control.approval", "gov.control.reporting", "swo.comply.follow"]),
    (6, ["swo.resist.refuse", "rel.conflict", "gov.control.out_of_scope", "swo.resist.contract"]),
    (6, ["rel.cooperation", "rel.dialogue.meeting", "rel.trust", "gov.support.funds"]),
]
"""A clean four-stage arc in the built-in framework's codes (months, codes)."""
