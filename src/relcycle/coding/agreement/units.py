"""Turn a case's codings into reliability data: one unit per segment.

For one code, a coder's value on a segment is

* ``1`` if any of the coder's codings of that code overlaps the segment
  (shares at least one code point with ``[segment.start, segment.end)``);
* ``0`` if the coder coded the segment's source (with any code) but not this
  code on this segment;
* ``None`` if the coder did not code that source at all: absence of codings
  there says nothing about agreement.

Without a code, a coder's value on a segment is the frozenset of codes whose
codings by that coder overlap it (empty when the coder coded the source but
nothing on this segment), or ``None`` as above. Those sets can be given to
:func:`~relcycle.coding.agreement.krippendorff_alpha` at nominal level (two
coders then agree on a segment only if they applied exactly the same codes);
:func:`~relcycle.coding.agreement.agreement_report` instead averages per-code
statistics (see there).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar, overload

from relcycle.domain import AUTO_PREFIX, Coding, Segment

V = TypeVar("V", int, frozenset[str])


@dataclass(frozen=True, slots=True)
class Units(Generic[V]):
    """Reliability data built from codings: one row per coder, one column per segment.

    Attributes:
        code: The code the values are about, or ``None`` for sets of codes.
        coders: The coders, in row order.
        segments: The units, in column order (by source id, then segment index).
        values: ``values[i][j]`` is coder ``i``'s value on segment ``j``.
    """

    code: str | None
    coders: tuple[str, ...]
    segments: tuple[Segment, ...]
    values: tuple[tuple[V | None, ...], ...]

    def of(self, coder: str) -> tuple[V | None, ...]:
        """One coder's values, in segment order.

        Raises:
            KeyError: ``coder`` is not one of :attr:`coders`.
        """
        try:
            return self.values[self.coders.index(coder)]
        except ValueError:
            raise KeyError(f"no coder {coder!r}; coders: {', '.join(self.coders)}") from None


def resolve_coders(
    codings: Sequence[Coding], coders: Iterable[str] | None, who: str
) -> tuple[str, ...]:
    """The coders to compare: ``coders`` checked against the codings, else every person.

    By default the auto-coders (``auto:…``) are left out: agreement is first of all
    between people; an auto-coder is compared when it is named in ``coders``.

    Raises:
        ValueError: Fewer than two coders, a repeated coder, or a coder with no codings.
    """
    present = sorted({c.coder for c in codings})
    if coders is None:
        chosen = tuple(c for c in present if not c.startswith(AUTO_PREFIX))
        machines = [c for c in present if c.startswith(AUTO_PREFIX)]
        if len(chosen) < 2 and machines:
            raise ValueError(
                f"{who}: agreement needs at least two coders; found {len(chosen)} person"
                + (f" ({', '.join(chosen)})" if chosen else "")
                + f"; auto-coders ({', '.join(machines)}) are compared only when named"
                " among the coders"
            )
    else:
        chosen = tuple(coders)
        if len(set(chosen)) != len(chosen):
            raise ValueError(f"{who}: coders must be distinct; found {list(chosen)!r}")
        known = set(present)
        for coder in chosen:
            if coder not in known:
                raise ValueError(
                    f"{who}: coder {coder!r} has no codings; coders with codings: "
                    f"{', '.join(present) or '(none)'}"
                )
    if len(chosen) < 2:
        raise ValueError(
            f"{who}: agreement needs at least two coders; found {len(chosen)}"
            + (f" ({', '.join(chosen)})" if chosen else "")
        )
    return chosen


def _ordered_segments(segments: Iterable[Segment], who: str) -> tuple[Segment, ...]:
    ordered = tuple(sorted(segments, key=lambda s: (s.source_id, s.index)))
    if not ordered:
        raise ValueError(f"{who}: no segments; units are segments, so at least one is needed")
    for before, after in itertools.pairwise(ordered):
        if (before.source_id, before.index) == (after.source_id, after.index):
            raise ValueError(
                f"{who}: segment {after.index} of source {after.source_id!r} is given twice"
            )
    return ordered


def _overlapping_codes(codings: Sequence[Coding], segment: Segment) -> frozenset[str]:
    return frozenset(c.code for c in codings if c.start < segment.end and segment.start < c.end)


@overload
def unitise(
    codings: Iterable[Coding],
    segments: Iterable[Segment],
    code: str,
    coders: Iterable[str] | None = None,
) -> Units[int]: ...


@overload
def unitise(
    codings: Iterable[Coding],
    segments: Iterable[Segment],
    code: None = None,
    coders: Iterable[str] | None = None,
) -> Units[frozenset[str]]: ...


def unitise(
    codings: Iterable[Coding],
    segments: Iterable[Segment],
    code: str | None = None,
    coders: Iterable[str] | None = None,
) -> Units[int] | Units[frozenset[str]]:
    """Reliability data for one code (0/1 per segment) or for all codes (sets).

    See the module docstring for how values are defined. Codings on sources
    without segments, and codings by coders not compared, are ignored.

    Args:
        codings: The case's codings, by any coders.
        segments: The case's segments; each becomes one unit.
        code: A code id for present/absent values, or ``None`` for sets of codes.
        coders: The coders to compare, in row order; defaults to every coder with
            codings, sorted.

    Returns:
        The values, one row per coder and one column per segment.

    Raises:
        ValueError: Fewer than two coders; a named coder without codings; no segments
            or a segment given twice; or ``code`` applied by none of the coders.
    """
    all_codings = list(codings)
    chosen = resolve_coders(all_codings, coders, "unitise")
    ordered = _ordered_segments(segments, "unitise")
    compared = set(chosen)
    by_source: dict[tuple[str, str], list[Coding]] = defaultdict(list)
    for coding in all_codings:
        if coding.coder in compared:
            by_source[(coding.coder, coding.source_id)].append(coding)
    if code is not None and not any(c.code == code for group in by_source.values() for c in group):
        applied = sorted({c.code for group in by_source.values() for c in group})
        raise ValueError(
            f"unitise: code {code!r} was applied by none of the coders "
            f"({', '.join(chosen)}); codes applied: {', '.join(applied)}"
        )

    if code is None:
        sets: list[tuple[frozenset[str] | None, ...]] = []
        for coder in chosen:
            sets.append(
                tuple(
                    _overlapping_codes(by_source[(coder, s.source_id)], s)
                    if (coder, s.source_id) in by_source
                    else None
                    for s in ordered
                )
            )
        return Units(None, chosen, ordered, tuple(sets))

    flags: list[tuple[int | None, ...]] = []
    for coder in chosen:
        flags.append(
            tuple(
                int(code in _overlapping_codes(by_source[(coder, s.source_id)], s))
                if (coder, s.source_id) in by_source
                else None
                for s in ordered
            )
        )
    return Units(code, chosen, ordered, tuple(flags))
