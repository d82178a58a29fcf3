"""Actor attribution for a batch of Chinese texts, on arrays.

:class:`BatchAttributor` turns an :class:`~relcycle.coding.dictionary.attribution.Attributor`
(``zh``) into the tables :mod:`~relcycle.coding.dictionary.attribution_kernels`
reads, and attributes every coding of a :class:`~relcycle.coding.dictionary.batch.Matched`
batch at once: the same (actor, confidence, target) as
:meth:`Attributor.attribute` gives one by one.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from relcycle.coding.dictionary import attribution_kernels as ak
from relcycle.coding.dictionary import grammar
from relcycle.coding.dictionary.attribution import (
    DISAGREES,
    PARTY_ROLES,
    ROLE_DEFAULT,
    SPEAKER,
    Attributor,
)
from relcycle.coding.dictionary.batch import Matched, csr
from relcycle.coding.dictionary.kernels import IntArray, whitespace

_PASSIVE_ADVERBS = ("都", "也", "又", "还", "已经", "经常", "总是", "常常")
"""The adverbs :data:`grammar._ZH_PASSIVE` allows between a mention and 被/遭."""


def _chars(chars: str) -> IntArray:
    return np.array(sorted(ord(c) for c in chars), np.int64)


def _pairs(words: frozenset[str]) -> IntArray:
    if any(len(w) != 2 for w in words):
        raise ValueError(f"two-character words expected, got {sorted(words)}")
    return np.array(sorted(ord(w[0]) * 2**21 + ord(w[1]) for w in words), np.int64)


class BatchAttributor:
    """Attributes the codings of a batch of Chinese texts.

    Args:
        attributor: The text-by-text attributor (``zh``) whose decisions to repeat.
        needle_ids: Literal id → the needles it stands for (the rule index's).
        n_literals: How many literals the automaton has.

    Attributes:
        actors: Actor ids by index (the case's, then speakers met in batches).
    """

    def __init__(
        self, attributor: Attributor, needle_ids: dict[int, tuple[int, ...]], n_literals: int
    ) -> None:
        self.attributor = attributor
        self.needles = csr([needle_ids.get(i, ()) for i in range(n_literals)])
        self.actors: list[str] = list(attributor.roles)
        self._index = {a: i for i, a in enumerate(self.actors)}
        entries = attributor._entries
        self.needle_actor = np.array([self._actor(a) for a, _, _ in entries], np.int64)
        self.needle_confidence = np.array([c for _, c, _ in entries], np.float64)
        self.needle_person = np.array([p for _, _, p in entries], np.int64)
        self.codes = {role: n + 1 for n, role in enumerate(PARTY_ROLES)}
        self.role_actor = np.full(len(PARTY_ROLES) + 1, -1, np.int64)
        for role, code in self.codes.items():
            if role in attributor.role_actor:
                self.role_actor[code] = self._actor(attributor.role_actor[role])
        self.grammar = (
            _chars("".join(grammar._ZH_SKIP)),
            _chars("".join(grammar.ZH_AGENT)),
            _chars("".join(grammar.ZH_OBJECT_1)),
            _chars("".join(grammar.ZH_MODIFIER_1)),
            _pairs(grammar.ZH_NOT_MARKER),
            _pairs(grammar.ZH_OBJECT_2),
            _pairs(grammar.ZH_MODIFIER_2),
        )
        adverbs_ptr, _ = csr([[0] * len(w) for w in _PASSIVE_ADVERBS])
        self.adverbs = (
            np.array([ord(c) for w in _PASSIVE_ADVERBS for c in w], np.int64),
            adverbs_ptr,
        )
        self.confidences = np.array([SPEAKER, ROLE_DEFAULT, DISAGREES], np.float64)

    def _actor(self, actor: str | None) -> int:
        """The index of ``actor`` (-1 for ``None``), added when new."""
        if actor is None:
            return -1
        if actor not in self._index:
            self._index[actor] = len(self.actors)
            self.actors.append(actor)
        return self._index[actor]

    def role_code(self, role: str) -> int:
        """1–3 for a party role, 0 for any other."""
        return self.codes.get(role, 0)

    def attribute(
        self,
        matched: Matched,
        start: IntArray,
        end: IntArray,
        seg: IntArray,
        lo: IntArray,
        applies: IntArray,
        speakers: Sequence[str | None],
    ) -> tuple[IntArray, np.ndarray, IntArray]:
        """(actor index, confidence, target index) of each coding ``[start, end)`` of text ``seg``.

        Args:
            matched: The batch.
            start: The codings' starts (offsets into the joined text).
            end: Their ends.
            seg: Their texts.
            lo: Their sentences' starts.
            applies: Their codes' ``applies_to`` roles (:meth:`role_code`).
            speakers: Each text's speaker (an actor id), or ``None``.
        """
        speaker = np.array([self._actor(s) for s in speakers], np.int64)
        n_actors = len(self.actors)
        role = np.zeros(n_actors, np.int64)
        for actor, r in self.attributor.roles.items():
            role[self._index[actor]] = self.role_code(r)
        # mentions: needle hits, leftmost-longest, the lowest needle id at one span
        m_start, m_end, needle, m_seg = ak.mentions(
            matched.hit_start, matched.hit_end, matched.hit_lit, matched.hit_seg, *self.needles
        )
        chars = matched.chars
        space = whitespace()
        position = ak.positions(
            chars, m_start, m_end, m_seg, matched.seg_lo, matched.seg_hi, *self.grammar, space,
            *self.adverbs,
        )  # fmt: skip
        m_actor = self.needle_actor[needle]
        m_confidence = self.needle_confidence[needle]
        m_person = self.needle_person[needle]
        persons = np.flatnonzero(m_person > 0)
        if persons.size:
            # a first-person alias names its actor but in another speaker's turn
            named, voice = m_actor[persons], speaker[m_seg[persons]]
            persons = persons[(named < 0) | ((voice >= 0) & (voice != named))]
            table = self._persons(speaker)
            who = table[m_seg[persons], m_person[persons] - 1]
            m_actor[persons] = who[:, 0].astype(np.int64)
            m_confidence[persons] = who[:, 1]
        m_first = np.searchsorted(m_seg, np.arange(len(speakers) + 1))
        return ak.attribute(
            chars, start, end, lo, seg, applies, m_start, m_end, m_actor, m_confidence,
            position, m_person, m_first, speaker, role, self.role_actor, matched.clauses,
            space, self.confidences,
        )  # fmt: skip

    def _persons(self, speaker: IntArray) -> np.ndarray:
        """Per text, what a first- and a second-person word stand for: (actor, confidence).

        ``speaker`` holds each text's speaker (an actor index, -1 for none).
        """
        attributor = self.attributor
        voices, which = np.unique(speaker, return_inverse=True)
        pairs = np.zeros((voices.size, 2, 2), np.float64)
        for n, voice in enumerate(voices.tolist()):
            for person in (1, 2):
                actor, confidence = attributor._person(
                    person, self.actors[voice] if voice >= 0 else None
                )
                pairs[n, person - 1] = (self._actor(actor), confidence)
        return pairs[which]
