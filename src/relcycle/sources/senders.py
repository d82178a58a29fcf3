"""Whose words a line is when no actor's name is in its label: a mail's address, an office.

A pasted mail's From line names a person (``From: Mark Brandt
<mbrandt@marlowcounty.gov>``) whom case.yaml seldom lists; the address's
domain names the organisation (``marlowcounty`` is Marlow County's), and a
government domain (``.gov``, ``.gov.uk``, ``gov.cn``, ``govt.nz``) the case's one
government actor, unless another actor's whole name is in it; a part of the domain
inside a name (``marribay`` in Marri Bay City Council) counts last. Minutes name a
speaker by the title of an office and a surname (``Supervisor Soto:``,
``Administrator Hale:``); the office is the actor one of whose names holds the
title (``Board of Supervisors``, ``County Administrator``). Where two actors fit
equally, neither is chosen.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from relcycle.domain import Actor

#: The first address in a mail header's From line, or in a quoted reply's first line.
_FROM_ADDRESS = re.compile(
    r"\A(?:[^\S\n]*(?:-{3,}[^\n]{0,40}?-{3,}|_{8,}|-{8,}|={8,})[^\S\n]*\n)?[^\S\n]*(?:>[^\S\n]*)?"
    r"(?:(?:From|FROM|发件人|發件人|寄件者|寄件人)[^\S\n]*[:：]|On\s)[^\n]*?"
    r"[\w.+'-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+)"
)
#: Labels of a domain that name no organisation (second-level and government ones).
_GENERIC = frozenset(
    {
        "com",
        "org",
        "net",
        "edu",
        "ac",
        "co",
        "or",
        "ne",
        "go",
        "gov",
        "govt",
        "www",
        "mail",
        "email",
    }
)
_GOVERNMENT = frozenset({"gov", "govt"})
#: Titles of an office that head a speaker's label before a surname (Supervisor Soto).
OFFICES = frozenset(
    """
    administrator supervisor commissioner councillor councilor councilmember councilman
    councilwoman alderman alderwoman mayor selectman selectwoman trustee officer director
    manager secretary treasurer clerk coordinator inspector auditor
    """.split()  # noqa: SIM905
)
_SQUASH = re.compile(r"[\W_]+")
_WORD = re.compile(r"[A-Za-z]+")


def _squash(name: str) -> str:
    return _SQUASH.sub("", name.casefold())


def _only(found: dict[str, int]) -> str | None:
    """The actor with the highest score, or ``None`` when none or two share it."""
    if not found:
        return None
    best = max(found.values())
    winners = [actor for actor, score in found.items() if score == best]
    return winners[0] if len(winners) == 1 else None


class Senders:
    """The actors a case's mail addresses and offices stand for.

    Args:
        actors: The case's actors.
    """

    def __init__(self, actors: Sequence[Actor]) -> None:
        self._keys = [
            (key, actor.id)
            for actor in actors
            for name in actor.names
            if len(key := _squash(name)) >= 4 and key.isascii()
        ]
        government = [actor.id for actor in actors if actor.role == "government"]
        self._government = government[0] if len(government) == 1 else None
        self._titles: dict[str, set[str]] = {}
        for actor in actors:
            for name in actor.names:
                for word in _WORD.findall(name.casefold()):
                    singular = word[:-1] if word.endswith("s") else word
                    for title in (word, singular):
                        if title in OFFICES:
                            self._titles.setdefault(title, set()).add(actor.id)

    def by_address(self, header: str) -> str | None:
        """The actor a pasted mail's sender address stands for (its header is ``header``)."""
        m = _FROM_ADDRESS.match(header)
        if m is None:
            return None
        labels = m.group("domain").casefold().split(".")
        host = [label for label in labels[:-1] if label not in _GENERIC]
        joined = "".join(host)
        whole: dict[str, int] = {}  # a name inside the domain (secondhelping in secondhelpingmeals)
        part: dict[
            str, int
        ] = {}  # a part of the domain inside a name (marribay, Marri Bay Council)
        for key, actor_id in self._keys:
            if joined and key in joined:
                whole[actor_id] = max(whole.get(actor_id, 0), len(key))
            for label in host:
                if len(label) >= 5 and label in key:
                    part[actor_id] = max(part.get(actor_id, 0), len(label))
        if whole:
            return _only(whole)
        if _GOVERNMENT.intersection(labels):  # aging.state.gov: a government's, whoever's
            return self._government
        return _only(part)

    def by_office(self, label: str) -> str | None:
        """The actor a label of an office's title and a surname stands for (Supervisor Soto)."""
        words = label.split()
        if len(words) not in (2, 3) or not all(w[:1].isupper() for w in words):
            return None
        actors = self._titles.get(words[0].casefold())
        return next(iter(actors)) if actors is not None and len(actors) == 1 else None
