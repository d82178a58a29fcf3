r"""Rules that read the turn: a reply coded by what it answers, a turn by who speaks it.

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

A rule may also name the roles whose speakers' turns it reads, ``by:
[government]``: in a chat the speaker is the actor and the text rarely names
it, so *What do you think?* is the government consulting only in a
government officer's turn. ``by`` needs a speaker mapped to a case actor;
with ``after`` both conditions must hold. An interview answer (答, *A*) is
not read by role: an informant looking back tells many actors' acts.

A code is added to a turn only when the other rules did not find it there.

The coder runs these rules after the ordinary ones, on whatever path those
took (in bulk or one by one), so the two paths give the same codings, and
puts their codings in their places among the others (:func:`interleave`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from typing import Final

import numpy as np

from relcycle.coding.base import AutoCoding
from relcycle.coding.dictionary.columns import Columns
from relcycle.coding.dictionary.turns import is_interviewer_turn
from relcycle.coding.dictionary.wrap import original, unwrap
from relcycle.domain import Segment
from relcycle.frameworks import Matcher
from relcycle.sources.segmenter import ANSWER_LABELS

REACH: Final = 3
"""How many segments back the turn before may be (headers and own turns passed over)."""
SPEAKER_CONFIDENCE: Final = 0.7
"""Confidence that the speaker of a reply is its actor (as the attribution gives a speaker)."""
PARTY_ROLES: Final = ("government", "social_org")


_ASIDE: Final = re.compile(r"\s*[（(][^）)]*[）)]\s*$")


def is_answer_turn(segment: Segment) -> bool:
    """Whether ``segment`` is an interview answer (答, A, Respondent ...: ``ANSWER_LABELS``).

    An informant looking back speaks of many actors' acts, so the speaker's role
    says little about whose act a sentence tells: ``by`` is not read there.
    """
    label = segment.speaker
    if label is None:
        return False
    base = _ASIDE.sub("", label).strip(" \t*_").casefold()
    return base in ANSWER_LABELS


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
    return _read_turns(segments, roles)[1]


def _read_turns(
    segments: Sequence[Segment], roles: Mapping[str, str] | None = None
) -> tuple[list[int], list[int | None]]:
    """The positions of ``segments`` by (source id, index), and :func:`turns_before`."""
    side = {a: r for a, r in (roles or {}).items() if r in PARTY_ROLES}
    out: list[int | None] = [None] * len(segments)
    order: list[int] = []
    by_source: dict[str, list[int]] = {}
    for n, segment in enumerate(segments):
        by_source.setdefault(segment.source_id, []).append(n)
    for _, positions in sorted(by_source.items()):
        positions.sort(key=lambda n: segments[n].index)
        order.extend(positions)
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
    return order, out


def codes_by_segment(
    parts: Iterable[Columns | Sequence[AutoCoding]],
    wanted: Callable[[str], bool] | None = None,
) -> dict[tuple[str, int], set[str]]:
    """(source id, segment index) → the codes of its codings that are not negated.

    Args:
        parts: Codings as column blocks (read column by column, no row built)
            and lists of objects.
        wanted: Only the codes for which this holds (e.g.
            :meth:`~relcycle.frameworks.matching.Matcher.reads_in_turn`); all when omitted.
    """
    codes: dict[tuple[str, int], set[str]] = {}
    for part in parts:
        if isinstance(part, Columns):
            kept = ~part.negated
            if wanted is not None:
                kept &= np.array([wanted(c) for c in part.codes] or [False], np.bool_)[part.code]
            rows: Iterable[tuple[str, int, str]] = zip(
                map(part.sources.__getitem__, part.source[kept].tolist()),
                part.segment_index[kept].tolist(),
                map(part.codes.__getitem__, part.code[kept].tolist()),
                strict=True,
            )
        else:
            rows = (
                (c.source_id, c.segment_index, c.code)
                for c in part
                if not c.negated and (wanted is None or wanted(c.code))
            )
        for source_id, index, code in rows:
            codes.setdefault((source_id, index), set()).add(code)
    return codes


@dataclass(frozen=True, slots=True)
class AfterReader:
    """Applies a framework's ``after`` rules to segments whose other codings are known.

    Args:
        matcher: The reference matcher (with the case's actor cues) whose
            :meth:`~relcycle.frameworks.matching.Matcher.find_in_turn` reads the rules.
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
        codes: Mapping[tuple[str, int], set[str]],
    ) -> list[AutoCoding]:
        """The codings of the rules that read the turn in ``segments``, in segment order.

        Args:
            segments: The segments coded (interviewer turns included: they are
                turns before, carrying no code, and are not coded themselves).
            langs: Each segment's language; ``None`` for a segment not coded.
            codes: (source id, segment index) → the codes of the segment's
                other codings that are not negated (:func:`codes_by_segment`);
                it may hold only the codes the matcher
                :meth:`~relcycle.frameworks.matching.Matcher.reads_in_turn`.
        """
        if all(lang is None for lang in langs):  # no turns (field notes): nothing to read
            return []
        order, before = _read_turns(segments, self.roles)  # order: by (source id, index)
        added: dict[tuple[str, int], set[str]] = {}  # the codes these rules gave
        answers: dict[str | None, bool] = {}  # speaker label → an interview answer's
        out: dict[int, list[AutoCoding]] = {}
        for n in order:
            m, lang, segment = before[n], langs[n], segments[n]
            if lang is None:
                continue
            role = None
            if segment.actor is not None:
                if segment.speaker not in answers:
                    answers[segment.speaker] = is_answer_turn(segment)
                if not answers[segment.speaker]:
                    role = self.roles.get(segment.actor)
            answered: set[str] = set()
            if m is not None:
                key = (segments[m].source_id, segments[m].index)
                answered = codes.get(key, answered) | added.get(key, answered)
            if not answered and role is None:
                continue
            target = segments[m].actor if m is not None else None
            hits = self._code(segment, lang, answered, role, target)
            if not hits:
                continue
            key = (segment.source_id, segment.index)
            have = codes.get(key, set()) | added.get(key, set())
            made = [c for c in hits if c.code not in have]
            if made:
                out[n] = made
                added.setdefault(key, set()).update(c.code for c in made if not c.negated)
        return [c for n in sorted(out) for c in out[n]]

    def _code(
        self,
        segment: Segment,
        lang: str,
        answered: set[str],
        role: str | None,
        target: str | None,
    ) -> list[AutoCoding]:
        if is_interviewer_turn(segment):
            return []
        text, moved = unwrap(segment.text)
        made: list[AutoCoding] = []
        for hit in self.matcher.find_in_turn(text, lang, answered, role):
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


def interleave(
    parts: Sequence[Columns | Sequence[AutoCoding]],
    extra: Sequence[AutoCoding],
    position: Mapping[tuple[str, int], int],
) -> list[Columns | Sequence[AutoCoding]]:
    """``parts`` with the codings of ``extra`` in their places.

    The places are those of the coder's result: by segment, then by (start, -end, code).

    Args:
        parts: Codings in that order, as column blocks and lists (a block's codes
            table sorted, as the coder's is).
        extra: Codings to add.
        position: (source id, segment index) → the segment's place in the order.
    """
    if not extra:
        return list(parts)

    def key(source_id: str, index: int, start: int, end: int, code: str) -> Key:
        return position[source_id, index], start, -end, code

    todo = sorted(
        (key(c.source_id, c.segment_index, c.start, c.end, c.code), n) for n, c in enumerate(extra)
    )
    out: list[Columns | Sequence[AutoCoding]] = []
    at = 0  # the next coding of ``extra`` to place
    for part in parts:
        size = len(part)
        row = _row_key(part, key)  # a row's place, read only where the search looks
        lo = 0
        while at < len(todo) and size and todo[at][0] < row(size - 1):
            cut = bisect_right(range(size), todo[at][0], lo, key=row)
            out.append(_rows(part, lo, cut))
            run = at
            while at < len(todo) and (cut == size or todo[at][0] < row(cut)):
                at += 1
            out.append([extra[n] for _, n in todo[run:at]])
            lo = cut
        out.append(_rows(part, lo, size))
    if at < len(todo):
        out.append([extra[n] for _, n in todo[at:]])
    return [p for p in out if len(p)]


Key = tuple[int, int, int, str]
"""A coding's place: its segment's, then start, -end and code."""


def _row_key(
    part: Columns | Sequence[AutoCoding], key: Callable[[str, int, int, int, str], Key]
) -> Callable[[int], Key]:
    """Row ``i`` of ``part`` → its place (``key`` of its fields)."""
    if isinstance(part, Columns):
        return lambda i: key(
            part.sources[int(part.source[i])],
            int(part.segment_index[i]),
            int(part.start[i]),
            int(part.end[i]),
            part.codes[int(part.code[i])],
        )
    return lambda i: key(
        part[i].source_id, part[i].segment_index, part[i].start, part[i].end, part[i].code
    )


def _rows(part: Columns | Sequence[AutoCoding], lo: int, hi: int) -> Columns | Sequence[AutoCoding]:
    """Rows ``lo`` to ``hi`` of a column block or a list."""
    if not isinstance(part, Columns):
        return part[lo:hi]
    if lo == 0 and hi == len(part):
        return part
    arrays = {
        f.name: getattr(part, f.name)[lo:hi]
        for f in fields(part)
        if isinstance(getattr(part, f.name), np.ndarray)
    }
    return replace(part, **arrays)
