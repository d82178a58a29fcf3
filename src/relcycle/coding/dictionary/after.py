r"""Rules that read the turn before: a reply coded by what it answers.

Some acts are told only by the turn they answer. 好的，我们按要求改 or *OK,
will do* from the social work organisation is compliance when the message
before it was a government demand, and *Fine, we'll drop it* from the council
is a concession when the message before it was the organisation's objection;
the same words after a greeting or a thank-you are neither. A framework says
so with an ``after`` condition on a rule (docs/FRAMEWORK.md, *Rules*)::

    - {re: '^\s*(好的|好|行)[，,]', after: [gov.control]}

The rule holds in a turn when it matches there, as any rule does, and **the
turn before** carries one of the ``after`` codes or a code below one. The turn
before a segment is found in its source (segments in ``index`` order):

* the segment needs a speaker (a turn of a chat, minutes or an e-mail thread);
  a field note's paragraph has none and is never read this way;
* going back, segments without a speaker (a date line, a heading) and the
  speaker's own earlier turns are passed over, at most :data:`REACH` segments;
  the first turn of another speaker is the turn before;
* when both turns' speakers map to actors of the same side (two SWO workers),
  there is no turn before: an instruction within one organisation is not the
  other side's act.

The codes of the turn before are its codings that are not negated (as kept by
the coder), with the codes its own ``after`` rules gave it, so a concession
can answer an objection that itself answered a demand. A code is applied only
when the speaker's actor, if known and a party to the relationship, has the
code's role (``applies_to``): an acknowledgement is the speaker's act.

The coder runs these rules after the ordinary ones, on whatever path those
took (in bulk or one by one), so the two paths give the same codings; the
codings of ``after`` rules follow the others in the coder's result.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from relcycle.coding.base import AutoCoding
from relcycle.coding.dictionary.turns import is_interviewer_turn
from relcycle.coding.dictionary.wrap import original, unwrap
from relcycle.domain import Segment
from relcycle.frameworks import Matcher

REACH: Final = 3
"""How many segments back the turn before may be (headers and own turns passed over)."""
SPEAKER_CONFIDENCE: Final = 0.7
"""Confidence that the speaker of a reply is its actor (as the attribution gives a speaker)."""
PARTY_ROLES: Final = ("government", "social_org")


def turns_before(
    segments: Sequence[Segment], roles: Mapping[str, str] | None = None
) -> list[int | None]:
    """For each segment, the position in ``segments`` of the turn it answers, or ``None``.

    Args:
        segments: Segments of one or more sources; within a source they are
            read in ``index`` order whatever their order here.
        roles: Actor id → role: turns of two actors of one party (government,
            social organisation) answer nothing.
    """
    side = {a: r for a, r in (roles or {}).items() if r in PARTY_ROLES}
    out: list[int | None] = [None] * len(segments)
    by_source: dict[str, list[int]] = {}
    for n, segment in enumerate(segments):
        by_source.setdefault(segment.source_id, []).append(n)
    for positions in by_source.values():
        positions.sort(key=lambda n: segments[n].index)
        for k, n in enumerate(positions):
            segment = segments[n]
            if segment.speaker is None:
                continue
            for m in reversed(positions[max(0, k - REACH) : k]):
                earlier = segments[m]
                if earlier.speaker is None or earlier.speaker == segment.speaker:
                    continue
                mine, theirs = segment.actor, earlier.actor
                if (
                    mine is None
                    or theirs is None
                    or side.get(mine, mine) != side.get(theirs, theirs)
                ):
                    out[n] = m
                break
    return out


@dataclass(frozen=True, slots=True)
class AfterReader:
    """Applies a framework's ``after`` rules to segments whose other codings are known.

    Args:
        matcher: The reference matcher (with the case's actor cues) whose
            :meth:`~relcycle.frameworks.matching.Matcher.find_after` reads the rules.
        roles: Actor id → role, for the speaker check.
        applies_to: Code id → its ``applies_to``.
        coder: Provenance of the codings.
        confidence: The confidence of a hit of a rule (before hedging and negation).
        hedged_factor: Factor for a hedged hit.
        negated_factor: Factor for a negated hit.
        include_negated: Keep negated hits.
        min_confidence: Drop codings less confident than this.
    """

    matcher: Matcher
    roles: Mapping[str, str]
    applies_to: Mapping[str, str]
    coder: str
    confidence: float
    hedged_factor: float
    negated_factor: float
    include_negated: bool = False
    min_confidence: float = 0.0

    def codings(
        self,
        segments: Sequence[Segment],
        langs: Sequence[str | None],
        found: Iterable[tuple[str, int, str, bool]],
    ) -> list[AutoCoding]:
        """The codings of the ``after`` rules in ``segments``, in segment order.

        Args:
            segments: The segments coded (interviewer turns included: they are
                turns before, carrying no code, and are not coded themselves).
            langs: Each segment's language; ``None`` for a segment not coded.
            found: The other codings as (source id, segment index, code, negated).
        """
        before = turns_before(segments, self.roles)
        if not any(n is not None for n in before):
            return []
        codes: dict[tuple[str, int], set[str]] = {}
        for source_id, index, code, negated in found:
            if not negated:
                codes.setdefault((source_id, index), set()).add(code)
        order = sorted(
            range(len(segments)), key=lambda n: (segments[n].source_id, segments[n].index)
        )
        out: dict[int, list[AutoCoding]] = {}
        for n in order:
            m, lang = before[n], langs[n]
            if m is None or lang is None:
                continue
            earlier = segments[m]
            answered = codes.get((earlier.source_id, earlier.index))
            if not answered:
                continue
            made = self._code(segments[n], lang, answered, earlier.actor)
            if made:
                out[n] = made
                mine = codes.setdefault((segments[n].source_id, segments[n].index), set())
                mine.update(c.code for c in made if not c.negated)
        return [c for n in sorted(out) for c in out[n]]

    def _code(
        self, segment: Segment, lang: str, answered: set[str], target: str | None
    ) -> list[AutoCoding]:
        if is_interviewer_turn(segment):
            return []
        text, moved = unwrap(segment.text)
        role = self.roles.get(segment.actor) if segment.actor is not None else None
        made: list[AutoCoding] = []
        for hit in self.matcher.find_after(text, lang, answered):
            wanted = self.applies_to.get(hit.code, "any")
            if role in PARTY_ROLES and wanted in PARTY_ROLES and wanted != role:
                continue
            if hit.negated and not self.include_negated:
                continue
            confidence = self.confidence
            if hit.hedged:
                confidence *= self.hedged_factor
            if hit.negated:
                confidence *= self.negated_factor
            confidence = round(confidence, 4)
            if confidence < self.min_confidence:
                continue
            start, end = original(moved, hit.start, hit.end) if moved else (hit.start, hit.end)
            made.append(
                AutoCoding(
                    source_id=segment.source_id,
                    start=segment.start + start,
                    end=segment.start + end,
                    code=hit.code,
                    coder=self.coder,
                    confidence=confidence,
                    actor=segment.actor,
                    actor_confidence=SPEAKER_CONFIDENCE if segment.actor is not None else 0.0,
                    target=target if target != segment.actor else None,
                    negated=hit.negated,
                    hedged=hit.hedged,
                    rule=hit.rule,
                    segment_index=segment.index,
                )
            )
        return made
