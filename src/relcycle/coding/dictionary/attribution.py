"""Who does the act a hit describes: actor attribution from names, pronouns, speakers and roles.

Evidence is weighed in this order (confidence in brackets):

1. **an explicit subject**: the nearest mention of a case actor before the
   cue in its sentence (or inside the cue) that is not an object. Mentions
   are the actors' names and aliases [0.9] and the words of the framework's
   actor cue lexicons when the case has exactly one actor of that role [0.8].
   A mention right after an object marker (让, 要求, 把, 给, 跟 ...; *asked*,
   *told*, *to*, *with* ...) is the act's *target* and the search goes on
   leftwards: in 镇里要求机构每周报台账 the actor is 镇里, the target 机构. The
   agent after 被/由 or *by* is the actor; a mention right before 被 (or *we
   were asked*) is the target. A first-person word (我们, 咱们, *we*, *us*)
   stands for the speaker's organisation [0.8] or, in a text without a
   speaker, for the case's one social organisation, as the framework's cue
   lexicon reads 我们 [0.6]; a second-person one (你们, *you*) for the
   speaker's counterpart (the SWO when a government officer speaks), who is
   then the target, not the actor, of what the speaker says. Cantonese
   我哋, 你哋 and 佢哋 are read as 我们, 你们 and 他们. A case may list a
   first-person word as an actor's alias (*we*, *our team*, 我哋 for the SWO
   whose notes make up most of the case): it names that actor [0.9] in a
   text without a speaker or in that actor's own turn, but in another
   speaker's turn it is the speaker's side, as any first-person word (a
   commissioner's *we told them the invoice would be held* is the council's
   act). Where a mention stands is read by
   :mod:`~relcycle.coding.dictionary.grammar`;
2. **the speaker** of the turn (``segment.actor``) [0.7], unless the code
   describes another role's behaviour than the speaker's;
3. **the code's role** (``applies_to``) when exactly one case actor has it [0.5];
4. otherwise no actor [0].

A subject whose role differs from the code's ``applies_to`` gets at most 0.6
(the grammar and the codebook disagree). The target is the object found on
the way, or a mention right after the cue in its clause (要求 *机构* ...).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final, NamedTuple

import ahocorasick_rs

from relcycle.coding.dictionary.context import TextContext
from relcycle.coding.dictionary.grammar import (
    AGENT,
    OBJECT,
    PASSIVE,
    SUBJECT,
    position,
    refine,
)
from relcycle.domain import Case
from relcycle.frameworks.fold import fold

NAME: Final = 0.9
ROLE_WORD: Final = 0.8
SELF_WITH_SPEAKER: Final = 0.8
SELF_WITHOUT_SPEAKER: Final = 0.6
SPEAKER: Final = 0.7
ROLE_DEFAULT: Final = 0.5
DISAGREES: Final = 0.6

PARTY_ROLES: Final = ("government", "social_org", "community")
ROLE_CUES: Final = {f"actor.{role}": role for role in PARTY_ROLES}
"""Framework cue lexicon → the actor role its words name."""
SELF_WORDS: Final = {
    "zh": ("我们机构", "我们", "咱们", "我哋", "我"),
    "en": ("we", "us", "our", "ours", "ourselves", "i", "me", "my"),
}
"""First-person words: they name the speaker's organisation."""
YOU_WORDS: Final = {"zh": ("你们", "您们", "你哋"), "en": ("you", "your")}
"""Second-person words: the party the speaker talks to (the government's counterpart ...)."""
OTHER_WORDS: Final = {"zh": ("他们", "她们", "佢哋"), "en": ("they", "them")}
"""Pronouns that name no known actor (kept so that they are not read as part of a name)."""
FIRST_PERSON_HEADS: Final = {"zh": ("我们", "咱们", "我哋"), "en": SELF_WORDS["en"]}
"""How an actor's alias that speaks in the first person starts (*our team*, 我们中心)."""
COUNTERPART: Final = {"government": "social_org", "social_org": "government"}


class Mention(NamedTuple):
    """A word in a text that names an actor, and where it stands.

    Attributes:
        start: Offset of its first character in the text.
        end: Offset one past its last character.
        actor: The actor id it names (for a first-person word, the speaker's
            organisation, unless it is an alias of the speaker's or of an actor
            in a text without a speaker), or ``None`` when it names no known actor.
        confidence: How surely it names that actor.
        position: :data:`SUBJECT`, :data:`OBJECT`, :data:`AGENT`,
            :data:`PASSIVE` (subject of a passive) or :data:`MODIFIER`.
        person: 1 for a first-person word, 2 for a second-person one, else 0.
    """

    start: int
    end: int
    actor: str | None
    confidence: float
    position: int
    person: int = 0


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who does an act, how sure that is, and at whom it is aimed.

    Attributes:
        actor: The acting actor's id, or ``None``.
        confidence: 0–1 (0 without an actor).
        target: The id of the actor the act is aimed at, when the text says so.
    """

    actor: str | None
    confidence: float
    target: str | None = None


def actor_cues(case: Case) -> dict[str, list[str]]:
    """The case's actor names and aliases per framework actor cue (``actor.government`` ...)."""
    cues: dict[str, list[str]] = {}
    for actor in case.actors:
        if actor.role in PARTY_ROLES:
            cues.setdefault(f"actor.{actor.role}", []).extend(actor.names)
    return cues


class Attributor:
    """Finds the actors a text mentions and decides who does the act of each hit.

    Args:
        case: The case; its actors' names and aliases are the strongest evidence.
        lang: ``zh``, or any other language (read like English).
        role_words: Framework cue words per role (``government`` → 政府, 街道 ...).

    Attributes:
        needles: The words to look for (case-folded), in needle-id order.
        role_actor: Role → the id of the case's only actor with that role.
    """

    def __init__(
        self, case: Case, lang: str, role_words: Mapping[str, Sequence[str]] | None = None
    ) -> None:
        self.zh = lang == "zh"
        by_role: dict[str, list[str]] = {}
        for actor in case.actors:
            by_role.setdefault(actor.role, []).append(actor.id)
        self.role_actor = {role: ids[0] for role, ids in by_role.items() if len(ids) == 1}
        self.roles = {a.id: a.role for a in case.actors}
        entries: dict[str, tuple[str | None, float, int]] = {}
        for role, words in (role_words or {}).items():
            actor_id = self.role_actor.get(role)
            for word in words:
                if actor_id is not None and not word.startswith("re:") and word.strip():
                    entries[fold(word.strip())] = (actor_id, ROLE_WORD, 0)
        key = "zh" if self.zh else "en"
        for word in OTHER_WORDS[key]:
            entries[word] = (None, 0.0, 0)
        for word in YOU_WORDS[key]:
            entries[word] = (None, 0.0, 2)
        for word in SELF_WORDS[key]:
            entries[word] = (None, 0.0, 1)
        for actor in case.actors:
            for name in actor.names:
                if name.strip():
                    person = int(_first_person(name.strip(), key))
                    entries[fold(name.strip())] = (actor.id, NAME, person)
        self.needles = tuple(entries)
        self._entries = tuple(entries.values())
        self._automaton: ahocorasick_rs.AhoCorasick | None = None

    def mentions(
        self, ctx: TextContext, hits: Sequence[tuple[int, int, int]], speaker: str | None = None
    ) -> list[Mention]:
        """The mentions in a text from needle hits ``(needle id, start, end)``, by offset.

        Where hits overlap the longest (then leftmost) wins, and of needles
        found at one span the one with the lowest id; English words must stand
        alone (``council`` is not found in *councillor*).
        """
        text = ctx.text
        zh = self.zh
        entries = self._entries
        spans: list[tuple[int, int]] = []
        kinds: list[tuple[str | None, float, int]] = []
        last_end = -1
        # leftmost, then longest; one span's needles (one folded word) in id order
        for start, neg_end, needle in sorted([(s, -e, n) for n, s, e in hits]):
            end = -neg_end
            if start < last_end or (not zh and not _whole_word(text, start, end)):
                continue
            last_end = end
            spans.append((start, end))
            kinds.append(entries[needle])
        if not spans:
            return []
        positions = [position(text, start, end, zh) for start, end in spans]
        if len(spans) > 1:
            refine(text, spans, positions, zh)
        found: list[Mention] = []
        for (start, end), (actor, confidence, person), where in zip(
            spans, kinds, positions, strict=True
        ):
            if person and (actor is None or (speaker is not None and speaker != actor)):
                actor, confidence = self._person(person, speaker)  # not an alias's own
            found.append(Mention(start, end, actor, confidence, where, person))
        return found

    def find_mentions(self, ctx: TextContext, speaker: str | None = None) -> list[Mention]:
        """The mentions in ``ctx.text``, found with an automaton of :attr:`needles`."""
        if self._automaton is None:
            self._automaton = ahocorasick_rs.AhoCorasick(list(self.needles))
        hits = self._automaton.find_matches_as_indexes(fold(ctx.text), overlapping=True)
        return self.mentions(ctx, hits, speaker)

    def attribute_span(
        self, text: str, start: int, end: int, applies_to: str = "any", speaker: str | None = None
    ) -> Attribution:
        """Who does the act described at ``text[start:end]`` (finds the mentions itself)."""
        ctx = TextContext(text)
        mentions = self.find_mentions(ctx, speaker)
        actor, confidence, target = self.attribute(
            ctx, mentions, [m.start for m in mentions], start, end, applies_to, speaker
        )
        return Attribution(actor, confidence, target)

    def attribute(
        self,
        ctx: TextContext,
        mentions: Sequence[Mention],
        starts: Sequence[int],
        start: int,
        end: int,
        applies_to: str,
        speaker: str | None = None,
    ) -> tuple[str | None, float, str | None]:
        """(actor, confidence, target) of the hit ``[start, end)`` of ``ctx.text``.

        Args:
            ctx: The text's boundaries.
            mentions: Its mentions (:meth:`mentions`), by offset.
            starts: Their start offsets.
            start: The hit's start offset.
            end: The hit's end offset.
            applies_to: The code's ``applies_to`` role.
            speaker: The actor id of the turn's speaker, if known.
        """
        lo = ctx.sentence(start, end)[0]
        after = bisect_left(starts, end)
        target: str | None = None
        for i in range(after - 1, -1, -1):
            m = mentions[i]
            if m.start < lo:
                break
            where = m.position
            if m.actor is None:
                if m.person == 1 and where == SUBJECT:
                    break  # "we" with nobody to stand for: no subject to find further left
                continue
            if where == AGENT:
                if target is None:  # 机构被镇里叫去: the passive's subject is the target
                    target = _passive_subject(mentions, i, lo)
                return self._result(m.actor, m.confidence, applies_to, target)
            if where in (OBJECT, PASSIVE) or (where == SUBJECT and m.person == 2):
                target = target or m.actor  # 你们先放一放: the speaker acts, "you" is aimed at
                continue
            if where == SUBJECT:
                if target is None and after < len(mentions):
                    target = self._object_after(ctx, mentions[after], end)
                return self._result(m.actor, m.confidence, applies_to, target)
        if speaker is not None and (
            applies_to not in PARTY_ROLES or self.roles.get(speaker) == applies_to
        ):
            return speaker, SPEAKER, target if target != speaker else None
        default = self.role_actor.get(applies_to) if applies_to in PARTY_ROLES else None
        if default is not None:
            return default, ROLE_DEFAULT, target if target != default else None
        return None, 0.0, target

    def _person(self, person: int, speaker: str | None) -> tuple[str | None, float]:
        """The actor a first- (1) or second-person (2) word stands for."""
        if person == 2:
            role = COUNTERPART.get(self.roles.get(speaker or "", ""))
            other = self.role_actor.get(role) if role else None
            return other, SELF_WITH_SPEAKER if other else 0.0
        if speaker is not None:
            return speaker, SELF_WITH_SPEAKER
        default = self.role_actor.get("social_org")
        return default, SELF_WITHOUT_SPEAKER if default is not None else 0.0

    def _result(
        self, actor: str, confidence: float, applies_to: str, target: str | None
    ) -> tuple[str | None, float, str | None]:
        role = self.roles.get(actor)
        if applies_to in PARTY_ROLES and role in PARTY_ROLES and role != applies_to:
            confidence = min(confidence, DISAGREES)
        return actor, confidence, target if target != actor else None

    def _object_after(self, ctx: TextContext, m: Mention, end: int) -> str | None:
        """The mention right after the cue, in its clause (要求 *机构* ..., asked *us* ...)."""
        if m.actor is None or ctx.clause_start(end, m.start) != end:
            return None
        adjacent = len(ctx.text[end : m.start].strip()) <= 1
        return m.actor if adjacent or m.position == OBJECT else None


def _first_person(name: str, lang: str) -> bool:
    """Whether an actor's name or alias speaks in the first person (*we*, *our team*, 我哋).

    An English word in capitals is an acronym (*US*), not a pronoun.
    """
    if lang == "zh":
        return name.startswith(FIRST_PERSON_HEADS["zh"])
    head = name.split(maxsplit=1)[0]
    return head.lower() in FIRST_PERSON_HEADS["en"] and not (len(head) > 1 and head.isupper())


def _passive_subject(mentions: Sequence[Mention], agent: int, lo: int) -> str | None:
    """The actor of the nearest passive subject before mention ``agent``, from ``lo`` on."""
    for i in range(agent - 1, -1, -1):
        m = mentions[i]
        if m.start < lo:
            break
        if m.position == PASSIVE:
            return m.actor
    return None


def _whole_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (
        (text[start].isalnum() and before.isalnum())
        or (text[end - 1].isalnum() and after.isalnum())
    )
