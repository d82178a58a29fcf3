"""Actors named in a text: the first of a case's names and aliases that a text holds.

A speaker label (``王主任对李主任说``), a front matter's ``speakers:`` value
(``P3: Priya Desai, council``): the actor whose name or alias starts first is
the one meant, the longest name at a tie. Latin names match as whole words,
ignoring case; other names (Chinese) anywhere in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from relcycle.domain import Actor

#: A name's pattern and the id of its actor.
NamePattern = tuple[re.Pattern[str], str]


def name_patterns(actors: Sequence[Actor]) -> tuple[NamePattern, ...]:
    """Every name and alias of ``actors`` as a pattern, with its actor's id.

    Made once per set of actors (every source of a case asks for the same ones).
    """
    return _patterns(tuple(actors))


@lru_cache(maxsize=64)
def _patterns(actors: tuple[Actor, ...]) -> tuple[NamePattern, ...]:
    return tuple(
        (
            re.compile(rf"(?<![^\W_]){re.escape(name)}(?![^\W_])", re.IGNORECASE)
            if name.isascii()
            else re.compile(re.escape(name)),
            actor.id,
        )
        for actor in actors
        for name in actor.names
        if name.strip()
    )


def first_named(text: str, patterns: Sequence[NamePattern]) -> tuple[int, int, str] | None:
    """Where the first name in ``text`` starts, minus its length, and its actor's id."""
    best: tuple[int, int, str] | None = None
    for rx, actor_id in patterns:
        if (m := rx.search(text)) is not None:
            key = (m.start(), -len(m.group(0)), actor_id)
            best = key if best is None or key < best else best
    return best
