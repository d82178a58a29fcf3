"""From segments and a researcher's codings to a multi-label training set.

A segment's labels are the codes of the codings that overlap it (share at
least one code point with ``[segment.start, segment.end)``), the rule
:mod:`relcycle.coding.agreement` uses too. As there, only segments of sources
a researcher coded are examples: a code missing from a segment of a coded
source is a negative example, while a source with no coding at all says
nothing. Codings by auto-coders (``coder`` starting with ``auto:``) are not
learned from, so that a model never learns its own or another coder's guesses.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from relcycle.domain import AUTO_PREFIX, Coding, Segment


@dataclass(frozen=True, slots=True)
class TrainingSet:
    """Segments of coded sources and the codes learned for them.

    Attributes:
        segments: The segments that are examples, in the order given.
        codes: The codes learned, sorted.
        y: ``(len(segments), len(codes))`` booleans: does code ``j`` apply to segment ``i``.
        skipped: Code → why it is not learned (too few coded segments).
        uncoded_segments: How many given segments were left out because their
            source has no coding by a researcher.
        auto_codings: How many codings by auto-coders were left out.
    """

    segments: tuple[Segment, ...]
    codes: tuple[str, ...]
    y: npt.NDArray[np.bool_]
    skipped: Mapping[str, str]
    uncoded_segments: int
    auto_codings: int


def _check_unique(segments: Sequence[Segment]) -> None:
    seen: set[tuple[str, int]] = set()
    for segment in segments:
        key = (segment.source_id, segment.index)
        if key in seen:
            raise ValueError(
                f"segment {segment.index} of source {segment.source_id!r} is given twice; "
                "pass each segment once"
            )
        seen.add(key)


def _sources(items: Sequence[Segment] | Sequence[Coding], limit: int = 3) -> str:
    names = sorted({item.source_id for item in items})
    more = f" and {len(names) - limit} more" if len(names) > limit else ""
    return ", ".join(repr(n) for n in names[:limit]) + more


def overlapping_codes(segments: Sequence[Segment], codings: Sequence[Coding]) -> list[set[str]]:
    """The codes of the codings that overlap each segment, parallel to ``segments``.

    Args:
        segments: Segments, in any order (those of one source must not overlap).
        codings: Codings of any sources.

    Returns:
        One set of code ids per segment.
    """
    by_source: dict[str, list[int]] = defaultdict(list)
    for i, segment in enumerate(segments):
        by_source[segment.source_id].append(i)
    labels: list[set[str]] = [set() for _ in segments]
    order = {
        source: sorted(rows, key=lambda i: segments[i].start) for source, rows in by_source.items()
    }
    ends = {source: [segments[i].end for i in rows] for source, rows in order.items()}
    for coding in codings:
        rows = order.get(coding.source_id)
        if rows is None:
            continue
        first = bisect.bisect_right(ends[coding.source_id], coding.start)
        for i in rows[first:]:
            if segments[i].start >= coding.end:
                break
            labels[i].add(coding.code)
    return labels


def training_set(
    segments: Sequence[Segment], codings: Sequence[Coding], min_examples: int
) -> TrainingSet:
    """Build the multi-label training set (see the module docstring).

    Args:
        segments: The segments of the case (or cases) to learn from.
        codings: The codings of those segments, by researchers (auto-codings are ignored).
        min_examples: A code is learned only if at least this many segments have it
            and at least this many do not.

    Returns:
        The training set.

    Raises:
        ValueError: No segments, a segment given twice, no codings, only
            auto-codings, no coding overlapping any segment, or no code with
            ``min_examples`` coded segments. The message says what to do.
    """
    if not segments:
        raise ValueError("fit: no segments; pass the segments of the sources you coded")
    _check_unique(segments)
    if not codings:
        raise ValueError(
            "fit: no codings; a supervised coder learns from a researcher's codings, "
            "so code some segments first"
        )
    human = [c for c in codings if not c.coder.startswith(AUTO_PREFIX)]
    if not human:
        raise ValueError(
            f"fit: all {len(codings)} codings are by auto-coders ({AUTO_PREFIX}...); "
            "a supervised coder learns only from a researcher's codings"
        )
    coded_sources = {c.source_id for c in human}
    used = tuple(s for s in segments if s.source_id in coded_sources)
    labels = overlapping_codes(used, human)
    if not used or not any(labels):
        raise ValueError(
            f"fit: none of the {len(human)} codings overlaps a given segment (codings are "
            f"of sources {_sources(human)}; segments of {_sources(segments)}); "
            "pass the segments of the coded sources, with the offsets the codings use"
        )
    counts: dict[str, int] = defaultdict(int)
    for row in labels:
        for code in row:
            counts[code] += 1
    learned: list[str] = []
    skipped: dict[str, str] = {}
    for code, count in sorted(counts.items()):
        if count < min_examples:
            skipped[code] = f"{count} coded segment(s), fewer than min_examples={min_examples}"
        elif len(used) - count < min_examples:
            skipped[code] = (
                f"only {len(used) - count} segment(s) without it, fewer than "
                f"min_examples={min_examples}"
            )
        else:
            learned.append(code)
    if not learned:
        top, most = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        raise ValueError(
            f"fit: no code has at least min_examples={min_examples} coded segments "
            f"(most: {top!r} with {most}) among {len(used)} segments of coded sources; "
            "code more segments or lower min_examples"
        )
    column = {code: j for j, code in enumerate(learned)}
    y = np.zeros((len(used), len(learned)), dtype=np.bool_)
    for i, row in enumerate(labels):
        for code in row:
            if code in column:
                y[i, column[code]] = True
    return TrainingSet(
        segments=used,
        codes=tuple(learned),
        y=y,
        skipped=skipped,
        uncoded_segments=len(segments) - len(used),
        auto_codings=len(codings) - len(human),
    )
