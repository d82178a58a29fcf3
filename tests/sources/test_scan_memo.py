"""Remembering the searches of texts seen before changes no anchor and no mention."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

import pytest
from test_place import _case
from timeexpr_texts import generated_texts

from relcycle.domain import Segment, Source, TimeAnchor
from relcycle.sources.timeexpr import place, place_segments
from relcycle.sources.timeexpr.find import default_scanner
from relcycle.sources.timeexpr.model import (
    Precision,
    Resolved,
    Span,
    TimeContext,
    TimeMention,
    UnresolvedMention,
)
from relcycle.sources.timeexpr.prescan import Anchor
from relcycle.sources.timeexpr.scanner import Family, Rule, Scanner


def _sources(seed: int, count: int) -> list[tuple[Source, list[Segment]]]:
    """Sources drawn from few paragraphs (so that they recur), under many dates.

    Some sources are whole copies of earlier ones under another date.
    """
    rng = random.Random(seed)
    texts = [t.strip() or "无" for t in generated_texts(seed, 80)]
    bodies: list[list[str]] = []
    sources = []
    for n in range(count):
        if bodies and rng.random() < 0.3:
            paragraphs = rng.choice(bodies)
        else:
            paragraphs = [rng.choice(texts) for _ in range(rng.randint(1, 10))]
            bodies.append(paragraphs)
        day = date(2016, 6, 1) + timedelta(days=rng.randint(0, 1600))
        source = Source(f"s{n}.md", "field_note", day, None, None, "\n\n".join(paragraphs),
                        f"s{n}.md", "utf-8", "0" * 64)  # fmt: skip
        segments, offset = [], 0
        for index, paragraph in enumerate(paragraphs):
            segments.append(Segment(source.id, index, offset, offset + len(paragraph), paragraph))
            offset += len(paragraph) + 2
        sources.append((source, segments))
    return sources


def _anchors(mid_term: bool) -> list[list[TimeAnchor]]:
    case = _case() if mid_term else _case(mid_term=None)
    return [place_segments(segments, source, case) for source, segments in _sources(11, 300)]


@pytest.mark.parametrize("mid_term", [True, False])
def test_remembered_searches_give_the_same_anchors(
    mid_term: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    remembered = _anchors(mid_term) + _anchors(mid_term)  # the second round all from memory

    def scan_text(
        text: str, ctx: TimeContext, previous: TimeMention | None = None
    ) -> tuple[list[TimeMention], list[UnresolvedMention]]:
        return default_scanner().scan(text, ctx, previous, memo=False)

    monkeypatch.setattr(place, "scan_text", scan_text)
    plain = _anchors(mid_term)
    assert remembered == plain + plain


def _toy_scanner() -> Scanner:
    """甲乙 is a date only from 2000 on (else 乙 alone is): its rejection depends on the context."""

    def late_only(
        m: re.Match[str], ctx: TimeContext, previous: TimeMention | None
    ) -> Resolved | None:
        if ctx.reference < date(2000, 1, 1):
            return None
        return Resolved(Span(ctx.reference, ctx.reference, Precision.DAY), True)

    def always(m: re.Match[str], ctx: TimeContext, previous: TimeMention | None) -> Resolved:
        return Resolved(Span(ctx.reference, ctx.reference, Precision.DAY), True)

    both = Rule("甲乙", "(?=甲)甲乙", late_only, (Anchor("甲"),), reach=0, reads_previous=False)
    one = Rule("乙", "(?=乙)乙", always, (Anchor("乙"),), reach=0, reads_previous=False)
    return Scanner((Family((both, one), "(?=[甲乙])"),))


def test_a_search_that_another_context_changes_is_done_again() -> None:
    scanner = _toy_scanner()
    late = TimeContext(date(2019, 1, 1), date(2018, 1, 1), date(2020, 1, 1))
    early = TimeContext(date(1999, 1, 1), date(1998, 1, 1), date(2000, 1, 1))
    expressions = []
    for ctx in (late, early, late, early, early):
        mentions, unresolved = scanner.scan("丙甲乙丁", ctx)
        assert (mentions, unresolved) == scanner.scan("丙甲乙丁", ctx, memo=False)
        expressions.append([m.expression for m in mentions])
    assert expressions == [["甲乙"], ["乙"], ["甲乙"], ["乙"], ["乙"]]
