"""The dictionary coder's result as columns: :class:`AutoCoding` objects built when read.

A ``predict`` call on a few megabytes of field notes yields tens of
thousands of codings; :class:`Codings` keeps them as arrays (one row per
coding, strings as indexes into small tables) and behaves as a read-only
list of :class:`~relcycle.coding.base.AutoCoding`: ``len``, indexing,
slicing, iteration and ``==`` with a list build the objects a caller reads,
and :meth:`Codings.rows` gives plain tuples of the columns without any object.

Reading every coding of a block builds its objects in bulk: the columns are
checked at once against what :class:`AutoCoding` checks of each (a non-empty
span from 0, confidences between 0 and 1; the first row failing raises the
error its constructor raises), then each object's slots are filled directly,
2–3 times faster than calling the constructor per coding.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, fields
from functools import cache
from itertools import chain, repeat
from typing import Any, overload

import numpy as np
import numpy.typing as npt

from relcycle.coding.base import AutoCoding

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]

Row = tuple[str, int, int, str, str, float, str | None, float, str | None, bool, bool, str, int]
"""A coding's fields in :class:`AutoCoding` order (source_id, start, end, code, coder,
confidence, actor, actor_confidence, target, negated, hedged, rule, segment_index)."""
ROW_FIELDS = (
    "source_id", "start", "end", "code", "coder", "confidence", "actor", "actor_confidence",
    "target", "negated", "hedged", "rule", "segment_index",
)  # fmt: skip
"""The names of a :data:`Row`'s fields."""


@dataclass(frozen=True, slots=True)
class Columns:
    """Codings as parallel arrays; strings are indexes into the tables.

    Attributes:
        coder: Provenance, the same for every row.
        sources: Source ids (``source`` indexes it).
        codes: Code ids (``code``).
        rules: Rules as written (``rule``).
        actors: Actor ids (``actor`` and ``target``; -1 for none).
        source: Per row, its source.
        segment_index: Its segment's index in the source.
        start: Its start in the source's body text.
        end: Its end.
        code: Its code.
        rule: Its rule.
        confidence: Its confidence.
        actor: Its actor.
        actor_confidence: How sure the actor is.
        target: Its target.
        negated: Whether it is negated.
        hedged: Whether it is hedged.
    """

    coder: str
    sources: Sequence[str]
    codes: Sequence[str]
    rules: Sequence[str]
    actors: Sequence[str]
    source: IntArray
    segment_index: IntArray
    start: IntArray
    end: IntArray
    code: IntArray
    rule: IntArray
    confidence: FloatArray
    actor: IntArray
    actor_confidence: FloatArray
    target: IntArray
    negated: BoolArray
    hedged: BoolArray

    def __len__(self) -> int:
        return int(self.start.size)

    def rows(self, lo: int = 0, hi: int | None = None) -> Iterator[Row]:
        """Rows ``lo`` to ``hi`` as tuples of Python values."""
        part = slice(lo, hi)
        sources, codes, rules = self.sources, self.codes, self.rules
        actors = [*self.actors, None]  # index -1 is None
        coder = self.coder
        for s, b, e, c, conf, a, ac, t, neg, hed, r, i in zip(
            self.source[part].tolist(),
            self.start[part].tolist(),
            self.end[part].tolist(),
            self.code[part].tolist(),
            self.confidence[part].tolist(),
            self.actor[part].tolist(),
            self.actor_confidence[part].tolist(),
            self.target[part].tolist(),
            self.negated[part].tolist(),
            self.hedged[part].tolist(),
            self.rule[part].tolist(),
            self.segment_index[part].tolist(),
            strict=True,
        ):
            yield (
                sources[s], b, e, codes[c], coder, conf, actors[a], ac, actors[t], neg, hed,
                rules[r], i,
            )  # fmt: skip

    def codings(self) -> Iterator[AutoCoding]:
        """Every row as an :class:`AutoCoding`.

        Raises:
            ValueError: A row breaks what :class:`AutoCoding` requires (its
                constructor's error, for the first such row).
        """
        fill = _filler()
        if fill is None:  # AutoCoding is not the slotted dataclass the filler knows
            return self._constructed()
        self._check()
        return iter(fill(self._fields()))

    def _fields(self) -> Iterator[Row]:
        """Every row's fields, as :meth:`rows` gives them, zipped from whole columns."""
        actors = [*self.actors, None]  # index -1 is None

        def names(table: Sequence[str | None], column: IntArray) -> list[str | None]:
            return [table[i] for i in column.tolist()]

        fields: Iterator[Any] = zip(
            names(self.sources, self.source),
            self.start.tolist(),
            self.end.tolist(),
            names(self.codes, self.code),
            repeat(self.coder),
            self.confidence.tolist(),
            names(actors, self.actor),
            self.actor_confidence.tolist(),
            names(actors, self.target),
            self.negated.tolist(),
            self.hedged.tolist(),
            names(self.rules, self.rule),
            self.segment_index.tolist(),
        )
        return fields

    def _check(self) -> None:
        """Raise :class:`AutoCoding`'s error for the first row it would refuse, if any."""
        bad = (self.start < 0) | (self.start >= self.end)
        for values in (self.confidence, self.actor_confidence):
            bad |= ~np.isfinite(values) | (values < 0.0) | (values > 1.0)
        if bad.any():
            first = int(np.argmax(bad))
            _coding(next(self.rows(first, first + 1)))  # raises
            raise AssertionError("unreachable: AutoCoding accepted a row the check refused")

    def _constructed(self) -> Iterator[AutoCoding]:
        """Every row as an :class:`AutoCoding`, one constructor call each."""
        sources, codes, rules = self.sources, self.codes, self.rules
        actors = [*self.actors, None]  # index -1 is None
        coder = self.coder
        for s, b, e, c, conf, a, ac, t, neg, hed, r, i in zip(
            self.source.tolist(),
            self.start.tolist(),
            self.end.tolist(),
            self.code.tolist(),
            self.confidence.tolist(),
            self.actor.tolist(),
            self.actor_confidence.tolist(),
            self.target.tolist(),
            self.negated.tolist(),
            self.hedged.tolist(),
            self.rule.tolist(),
            self.segment_index.tolist(),
            strict=True,
        ):
            yield AutoCoding(
                source_id=sources[s],
                start=b,
                end=e,
                code=codes[c],
                coder=coder,
                confidence=conf,
                actor=actors[a],
                actor_confidence=ac,
                target=actors[t],
                negated=neg,
                hedged=hed,
                rule=rules[r],
                segment_index=i,
            )


@cache
def _filler() -> Callable[[Iterator[Row]], list[AutoCoding]] | None:
    """A function that builds :class:`AutoCoding` objects from rows by filling their slots.

    ``None`` unless :class:`AutoCoding` is a slotted dataclass with exactly the
    fields of :data:`Row`, in order (then the constructor does nothing but set
    them, and check what :meth:`Columns._check` checks).
    """
    names = tuple(f.name for f in fields(AutoCoding))
    slots = getattr(AutoCoding, "__slots__", ())
    if names != ROW_FIELDS or tuple(slots) != names:
        return None
    setters = [vars(AutoCoding)[name].__set__ for name in names]
    new = object.__new__

    def fill(rows: Iterator[Row]) -> list[AutoCoding]:
        s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12 = setters
        out: list[AutoCoding] = []
        append = out.append
        for v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12 in rows:
            c: Any = new(AutoCoding)
            s0(c, v0)
            s1(c, v1)
            s2(c, v2)
            s3(c, v3)
            s4(c, v4)
            s5(c, v5)
            s6(c, v6)
            s7(c, v7)
            s8(c, v8)
            s9(c, v9)
            s10(c, v10)
            s11(c, v11)
            s12(c, v12)
            append(c)
        return out

    return fill


def _coding(row: Row) -> AutoCoding:
    s, b, e, c, coder, conf, a, ac, t, neg, hed, r, i = row
    return AutoCoding(
        source_id=s,
        start=b,
        end=e,
        code=c,
        coder=coder,
        confidence=conf,
        actor=a,
        actor_confidence=ac,
        target=t,
        negated=neg,
        hedged=hed,
        rule=r,
        segment_index=i,
    )


def _row(c: AutoCoding) -> Row:
    return (
        c.source_id, c.start, c.end, c.code, c.coder, c.confidence, c.actor,
        c.actor_confidence, c.target, c.negated, c.hedged, c.rule, c.segment_index,
    )  # fmt: skip


class Codings(Sequence[AutoCoding]):
    """A read-only list of codings kept as :class:`Columns` (and plain lists of objects).

    Args:
        parts: The codings in order: column blocks and lists of objects.
    """

    __slots__ = ("_ends", "_parts")

    def __init__(self, parts: Sequence[Columns | Sequence[AutoCoding]] = ()) -> None:
        self._parts = [p for p in parts if len(p)]
        self._ends = list(np.cumsum([len(p) for p in self._parts]).tolist())

    def __len__(self) -> int:
        return self._ends[-1] if self._ends else 0

    @overload
    def __getitem__(self, index: int) -> AutoCoding: ...

    @overload
    def __getitem__(self, index: slice) -> list[AutoCoding]: ...

    def __getitem__(self, index: int | slice) -> AutoCoding | list[AutoCoding]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        n = len(self)
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError(f"coding index {index} out of range (there are {n})")
        k = bisect_right(self._ends, index)
        offset = index - (self._ends[k - 1] if k else 0)
        part = self._parts[k]
        if isinstance(part, Columns):
            return _coding(next(part.rows(offset, offset + 1)))
        return part[offset]

    def __iter__(self) -> Iterator[AutoCoding]:
        for part in self._parts:
            if isinstance(part, Columns):
                yield from part.codings()
            else:
                yield from part

    def rows(self) -> Iterator[Row]:
        """Every coding's fields as a tuple (no :class:`AutoCoding` built for columns)."""
        return chain.from_iterable(
            p.rows() if isinstance(p, Columns) else map(_row, p) for p in self._parts
        )

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Codings):
            return list(self.rows()) == list(other.rows())
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Codings({len(self)} codings)"
