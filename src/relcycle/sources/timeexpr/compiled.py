"""The compiled pre-scan's Python side: when to use it, and its input and output as the scanner's.

A process that reads many long bodies (a large import) finds their anchors
and stretches with :mod:`~relcycle.sources.timeexpr.kernel`; one that reads
a few texts never imports numba (its import and loading the cached kernel
cost about half a second of CPU time, compiling it the first time after an
install or an edit a few seconds). The answers are the same either way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import chain
from typing import TYPE_CHECKING, Literal

from relcycle.sources.timeexpr.conditions import UNSURE, Programs

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from relcycle.sources.timeexpr.prescan import Prescan

#: Bodies shorter than this are pre-scanned with the regexes ...
MIN_CHARS = 4000
#: ... and so are all until the process has pre-scanned this many characters of longer
#: ones (numba's import and loading the kernel cost what the kernel saves on about 50 MB
#: of text: a process that reads less should not pay it) ...
AFTER_CHARS = 30_000_000
#: ... unless a reader says it will read at least this many bytes of sources
#: (:func:`~relcycle.sources.timeexpr.find.expect_bytes`): then the first long body loads it.
AT_ONCE_BYTES = 64 * 2**20

#: A part's state in a plan: no anchor in it; stretches found; search it alone (a
#: neighbour in the body may hide an anchor).
NOTHING, FOUND, ALONE = 0, 1, 2
#: A body's plan: the text the rules read, per part its state, per part and family the
#: bounds of its stretches ``(lo, hi, rules)`` in the list that follows (see
#: :func:`~relcycle.sources.timeexpr.kernel.stretches`).
Plan = tuple[str, list[int], list[int], list[tuple[int, int, frozenset[int]]]]


class Compiled:
    """The compiled pre-scan of a scanner's anchors and targets.

    Args:
        prescan: The scanner's pre-scan (its anchors' conditions and keys).
        targets: Per pre-scan key, per family, the rules to try and how far before the anchor.
        families: How many families.
        unread: Characters the rules read after ``rewrite`` (full-width digits).
        rewrite: How a text with such characters is rewritten (one for one).

    Raises:
        ImportError: numba is not installed.
        RuntimeError: numba found no writable cache folder.
    """

    def __init__(
        self,
        prescan: Prescan,
        targets: Sequence[Sequence[tuple[int, frozenset[int], int]]],
        families: int,
        unread: str,
        rewrite: Callable[[str], str],
    ) -> None:
        import numpy

        from relcycle.sources.timeexpr import kernel

        self._np = numpy
        self._kernel = kernel
        self._rewrite = rewrite
        programs = Programs.build(prescan.rests, unread)
        self._programs = (
            programs.slot_of, programs.slot_rests, programs.rest_key, programs.rest_alts,
            programs.alt_cons, programs.alt_negs, programs.neg_alts, programs.con_offset,
            programs.con_set, programs.class_of, programs.member, programs.around,
            programs.ahead, programs.rest_around, programs.rest_ahead,
        )  # fmt: skip
        bounds, family, rules, reach = [0], [], [], []
        self._rules_of = _RulesOf()
        for per_key in targets:
            for index, rule_set, how_far in per_key:
                mask = sum(1 << rule for rule in rule_set)
                self._rules_of[mask] = rule_set
                family.append(index)
                rules.append(mask)
                reach.append(how_far)
            bounds.append(len(family))
        self._targets = (
            numpy.asarray(bounds, dtype=numpy.int32), numpy.asarray(family, dtype=numpy.int32),
            numpy.asarray(rules, dtype=numpy.int64), numpy.asarray(reach, dtype=numpy.int64),
            families,
        )  # fmt: skip
        self._families = families
        from relcycle.sources.timeexpr.scanner import PART_BEFORE

        chars = "".join(map(chr, range(0x10000)))
        self._after_ok = numpy.array([c.isspace() for c in chars], dtype=bool)
        self._before_ok = self._after_ok.copy()
        for char in PART_BEFORE:
            self._before_ok[ord(char)] = True
        self.long_chars = 0

    def _codes(self, text: str) -> npt.NDArray[np.uint16] | None:
        data = text.encode("utf-16-le", "surrogatepass")
        if len(data) != 2 * len(text):  # beyond the BMP: offsets would shift
            return None
        return self._np.frombuffer(data, dtype=self._np.uint16)

    def _anchors(
        self, codes: npt.NDArray[np.uint16]
    ) -> tuple[int, npt.NDArray[np.int32], npt.NDArray[np.int32]]:
        np_ = self._np
        where = np_.empty(len(codes), dtype=np_.int32)
        keys = np_.empty(len(codes), dtype=np_.int32)
        count = self._kernel.anchors(codes, *self._programs, where, keys)
        return count, where, keys

    def hits(self, text: str) -> list[tuple[int, int]] | Literal[False] | None:
        """What :meth:`Prescan.hits <.prescan.Prescan.hits>` returns for ``text``, found here.

        Returns:
            The hits; ``None`` when ``text`` has a character to rewrite first;
            ``False`` when the compiled pre-scan leaves ``text`` to the regexes.
        """
        codes = self._codes(text)
        if codes is None:
            return False
        count, where, keys = self._anchors(codes)
        if count == self._kernel.STOPPED:
            return None
        if count < 0 or (keys[:count] == UNSURE).any():
            return False
        return list(zip(where[:count].tolist(), keys[:count].tolist(), strict=True))

    def plan(self, text: str, parts: Sequence[tuple[int, int]]) -> Plan | None:
        """The anchors and stretches of ``text``'s parts, or ``None`` to use the regexes."""
        kernel, np_ = self._kernel, self._np
        read = text
        codes = self._codes(text)
        if codes is None:
            return None
        count, where, keys = self._anchors(codes)
        if count == kernel.STOPPED:  # characters to rewrite first (one for one)
            read = self._rewrite(text)
            codes = self._codes(read)
            if codes is None:
                return None
            count, where, keys = self._anchors(codes)
        if count < 0:
            return None
        where, keys = where[:count], keys[:count]
        if count and (keys == UNSURE).any():
            return None
        bounds_of_parts = np_.fromiter(chain.from_iterable(parts), np_.int64, 2 * len(parts))
        starts, ends = bounds_of_parts[0::2], bounds_of_parts[1::2]
        state = np_.empty(len(parts), dtype=np_.int8)
        bounds = np_.empty(len(parts) * self._families + 1, dtype=np_.int64)
        size = count * self._families + 1
        lo = np_.empty(size, dtype=np_.int64)
        hi = np_.empty(size, dtype=np_.int64)
        rules = np_.empty(size, dtype=np_.int64)
        total = kernel.stretches(
            codes, where, keys, starts, ends, self._before_ok, self._after_ok, *self._targets,
            state, bounds, lo, hi, rules,
        )  # fmt: skip
        stretches = list(
            zip(
                lo[:total].tolist(),
                hi[:total].tolist(),
                map(self._rules_of.__getitem__, rules[:total].tolist()),
                strict=True,
            )
        )
        return read, state.tolist(), bounds.tolist(), stretches


class _RulesOf(dict[int, frozenset[int]]):
    """Rule sets by bit mask, made on first use (merged stretches unite their masks)."""

    def __missing__(self, mask: int) -> frozenset[int]:
        rules = self[mask] = frozenset(i for i in range(mask.bit_length()) if mask >> i & 1)
        return rules
