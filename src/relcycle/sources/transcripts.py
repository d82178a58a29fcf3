"""Turns of interview transcripts as transcription tools export them.

Two exports do not write turns as ``Name: text`` lines, and are read here
before the segmenter's paragraphs-and-labels reading:

- Otter.ai's text export heads each turn with the speaker and the time into the
  recording alone on a line, the turn's paragraph below it::

      Aroha Ngata  0:11
      Yeah, sure. So back in the first winter ...

      Speaker 1  12:04
      And the events?

  Other services write the same head with the time in brackets, first, or with
  a colon: ``Aroha Ngata (00:00:11):`` (Rev), ``Aroha Ngata [00:00:11]``,
  ``[00:00:11] Aroha Ngata``. A text is read so when it has at least two such
  head lines, the first within its first lines, with times that never go back.
  Each head starts a turn that runs to the next head; the head (name and time)
  is kept out of the turn's text.
- WebVTT and SubRip captions (Zoom's and Teams' ``.vtt``, a ``.srt``): cues of
  an optional number line, a timing line (``00:12:31.120 --> 00:12:35.800``)
  and the words, as ``Name: text`` (Zoom) or ``<v Name>text</v>`` (Teams).
  Each cue is a segment of that speaker, its number and timing lines left out,
  and so is the ``WEBVTT`` header and a ``NOTE`` or ``STYLE`` block.

A time into a recording is no time of the calendar: leaving it out keeps it
from the speaker's name and from the words that are coded and placed in time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from itertools import pairwise
from typing import Any

from relcycle.domain import Actor
from relcycle.sources.names import first_named, name_patterns

#: A turn: where its text starts and ends in the body, and its speaker's label (or None).
Turn = tuple[int, int, str | None]

#: How far into a text the first Otter head line or caption timing is looked for.
HEAD_WITHIN = 400
_MAX_NAME_WORDS = 4

_ELAPSED = r"(?:\d{1,2}:)?\d{1,2}:\d{2}"
_NAME = r"[^\W\d_][^\n:：\[\]()]{0,38}?"
_OTTER_HEAD = re.compile(
    rf"^[^\S\n]*(?:(?P<name>{_NAME})[^\S\n]+(?P<open>[\[(]?)(?P<time>{_ELAPSED})[\])]?"
    rf"|[\[(]?(?P<time2>{_ELAPSED})[\])]?[^\S\n]+(?P<name2>{_NAME}))[^\S\n]*[:：]?[^\S\n]*$",
    re.MULTILINE,
)
#: A date in a head's name: a chat copy's header (``张科长 2020/2/3 09:12``), not Otter's.
_DATED = re.compile(r"\d[-/.年月]\d")
_CUE_TIME = r"(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}"
_CUE_TIMING = re.compile(
    rf"^[^\S\n]*{_CUE_TIME}[^\S\n]+-->[^\S\n]+{_CUE_TIME}[^\n]*$", re.MULTILINE
)
_BLOCK = re.compile(r"\S(?:[^\n]*\S)?(?:\n[^\S\n]*\S(?:[^\n]*\S)?)*")  # lines up to a blank
_VOICE = re.compile(r"<v(?:\.[^\s>]+)*[^\S\n]+(?P<name>[^>\n]{1,40})>")
_VOICE_END = re.compile(r"[^\S\n]*</v>[^\S\n]*$")
_CUE_LABEL = re.compile(r"(?P<name>[^\W\d_][^\n:：<>]{0,38}?)[^\S\n]*[:：][^\S\n]+")
_NON_CUE_BLOCK = re.compile(r"(?:WEBVTT|NOTE|STYLE|REGION)\b")


def _seconds(elapsed: str) -> int:
    total = 0
    for part in elapsed.split(":"):
        total = total * 60 + int(part)
    return total


def _is_name(name: str) -> bool:
    """A speaker's name or label: a few words, the first a capital (or not Latin)."""
    first = name[0]
    return len(name.split()) <= _MAX_NAME_WORDS and not (first.isascii() and first.islower())


def _head_name(head: re.Match[str]) -> str:
    return (head.group("name") or head.group("name2")).strip()


def _paragraphs(text: str, start: int, end: int) -> list[Turn]:
    """The blank-line separated paragraphs of ``text[start:end]``, without a speaker."""
    return [(m.start(), m.end(), None) for m in _BLOCK.finditer(text, start, end)]


def _opening(text: str) -> int:
    """Where the lines that start in the first :data:`HEAD_WITHIN` characters of ``text`` end."""
    end = text.find("\n", HEAD_WITHIN)
    return len(text) if end < 0 else end


def otter_turns(text: str) -> list[Turn] | None:
    """The turns of an Otter.ai export (see the module doc), or None if ``text`` is not one."""
    # most texts are not: a head line is looked for in their opening before in all of them
    if not any(
        _is_name(name := _head_name(m)) and _DATED.search(name) is None
        for m in _OTTER_HEAD.finditer(text, 0, _opening(text))
    ):
        return None
    heads = [
        m
        for m in _OTTER_HEAD.finditer(text)
        if _is_name(name := _head_name(m)) and _DATED.search(name) is None
    ]
    if len(heads) < 2 or heads[0].start() > HEAD_WITHIN:
        return None
    times = [_seconds(m.group("time") or m.group("time2")) for m in heads]
    if any(later < earlier for earlier, later in pairwise(times)):
        return None
    turns = _paragraphs(text, 0, heads[0].start())
    for head, after in zip(heads, [*heads[1:], None], strict=True):
        end = after.start() if after is not None else len(text)
        body = text[head.end() : end]
        stripped = body.strip()
        if not stripped:
            return None  # a head line with no turn below it: not Otter's layout
        start = head.end() + len(body) - len(body.lstrip())
        turns.append((start, start + len(stripped), _head_name(head)))
    return turns


def caption_turns(text: str) -> list[Turn] | None:
    """The cues of a WebVTT or SubRip text (see the module doc), or None if it is neither.

    Its first cue's timing is in its opening (:data:`HEAD_WITHIN`), as captions start.
    """
    if _CUE_TIMING.search(text, 0, _opening(text)) is None:
        return None
    turns: list[Turn] = []
    for block in _BLOCK.finditer(text):
        timing = _CUE_TIMING.search(text, block.start(), block.end())
        if timing is None:
            if _NON_CUE_BLOCK.match(text, block.start()) is None:
                turns.append((block.start(), block.end(), None))
            continue
        start, end = timing.end() + 1, block.end()
        if start >= end:
            continue
        speaker: str | None = None
        if (voice := _VOICE.match(text, start, end)) is not None:
            speaker, start = voice.group("name").strip(), voice.end()
            if (close := _VOICE_END.search(text, start, end)) is not None:
                end = close.start()
        elif (label := _CUE_LABEL.match(text, start, end)) is not None and _is_name(
            label.group("name")
        ):
            speaker, start = label.group("name").strip(), label.end()
        if start < end:
            turns.append((start, end, speaker))
    return turns


def transcript_turns(text: str) -> list[Turn] | None:
    """The turns of ``text`` if it is an Otter.ai export or captions, else None."""
    return caption_turns(text) or otter_turns(text)


#: Words a source's ``speakers:`` gives for the one who asks, not an actor.
INTERVIEWER_ROLES = frozenset(
    "interviewer researcher moderator facilitator fieldworker 访谈者 访谈人 研究者 主持人".split()  # noqa: SIM905
)


def speaker_roles(meta: Mapping[str, Any], actors: Sequence[Actor]) -> dict[str, str | None]:
    """Who the speaker labels of a source are, as its front matter says.

    ``speakers:`` maps labels to an actor id, a name or alias of an actor
    (``P3: Priya Desai, council``: the actor named first), or ``interviewer``
    (also researcher, moderator, facilitator): the label is no actor's.
    ``participants:`` is read the same way where there is no ``speakers:``.
    ``interviewer:`` names the interviewer (one name or a list). Labels whose
    value names no actor are left out.

    Args:
        meta: The source's other front-matter keys.
        actors: The case's actors.

    Returns:
        Label → actor id, or None for an interviewer.
    """
    roles: dict[str, str | None] = {}
    named = meta.get("interviewer")
    for name in [named] if isinstance(named, str) else named or ():
        roles[str(name).strip()] = None
    given = meta.get("speakers", meta.get("participants"))
    if not isinstance(given, Mapping):
        return roles
    ids = {actor.id for actor in actors}
    patterns = name_patterns(actors)
    for label, value in given.items():
        text = str(value).strip()
        if text.casefold() in INTERVIEWER_ROLES:
            roles[str(label).strip()] = None
        elif text in ids:
            roles[str(label).strip()] = text
        elif (first := first_named(text, patterns)) is not None:
            roles[str(label).strip()] = first[2]
    return roles


#: Share of a label's turns that must end with a question for it to be the one who asks.
ASKING_SHARE = 0.5


def asking_labels(turns: Iterable[tuple[str | None, str]]) -> frozenset[str]:
    """The labels of an interview that ask, by what their turns are.

    In an interview the one who asks is not the one interviewed: a label most of
    whose turns end with a question mark (``Kate Morrison: What happens
    next?``, ``Speaker 1``) asks, while another label's turns mostly do not.
    The caller decides which labels may be read so (those that name no actor
    and are not given in the front matter).

    Args:
        turns: Each turn's speaker label (None for a paragraph) and text.

    Returns:
        The asking labels; none when no other label mostly answers.
    """
    asked: dict[str, list[int]] = {}
    for label, text in turns:
        if label is not None:
            counts = asked.setdefault(label, [0, 0])
            counts[0] += text.rstrip(" \t\n)\"'”’-–—.").endswith(("?", "？"))
            counts[1] += 1
    askers = frozenset(k for k, (q, n) in asked.items() if q > ASKING_SHARE * n)
    answers = any(q <= ASKING_SHARE * n for k, (q, n) in asked.items() if k not in askers)
    return askers if answers else frozenset()
