"""Who the initials in minutes stand for: ``Present: Helen Marsh (HM), Commissioning Manager, CBC``.

British minutes name each person once, in the roll call, with their initials in
brackets, their post and their organisation, and then write ``HM confirmed that …``,
``FG said …`` and ``ACTION: PN to issue …``. The roll call (``Present:``,
``Attendees:``, ``In attendance:``, ``Apologies:``) tells whose those initials are:
the person's name, and the actor the entry names first (the person's name, if it is
an alias, else the organisation after it). A line that opens with such initials and
then a word in lower case (``HM confirmed``, ``ACTION: TR to``) is that person's turn;
initials joined to others' (``HM and FG to …``) are no one's.

Minutes written by someone who knows the board often give the initials alone
(``Present: JD (Chair), LW (Treasurer), ES``, ``In attendance: HM (Chief
Executive)``): such initials stand for the one person among the case's names and
aliases whose name they are the initials of (``HM``: Hamish MacLeod), and no one's
when none or several are.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from relcycle.domain import Actor
from relcycle.sources.names import NamePattern, first_named

#: A roll call's head, at a line's start.
_HEAD = re.compile(
    r"(?im)^[^\S\n]*(?:present|attendees|attending|in\sattendance|also\spresent|apologies"
    r"(?:\sfor\sabsence)?|apologies\sreceived)[^\S\n]*:"
)
#: An entry of a roll call: a name and its initials in brackets (then its post and
#: organisation, up to the next entry or a semicolon, over line breaks).
_ENTRY = re.compile(
    r"(?P<name>[A-Z][\w'’.-]+(?:[^\S\n][A-Z][\w'’.-]+){0,3})[^\S\n]*\((?P<ini>[A-Z]{2,4})\)"
)
#: A line that opens with initials and a word in lower case (an ACTION: line's too).
_OPENING = re.compile(
    r"(?:ACTION|Action)?:?[^\S\n]*(?P<ini>[A-Z]{2,4})(?![\w(])(?![^\S\n]*(?:and|&|/|,)[^\S\n]*[A-Z])"
    r"(?=[^\S\n]+[a-z])"
)
#: An entry of a roll call that gives initials alone, perhaps with a post in brackets
#: (``JD (Chair)``, ``ES``), between commas, semicolons or line ends.
_BARE_ENTRY = re.compile(
    r"(?:^|(?<=[,;:\n]))[^\S\n]*(?P<ini>[A-Z]{2,4})(?:[^\S\n]*\([^()\n]{1,40}\))?"
    r"[^\S\n]*(?=[,;.\n]|$)"
)
#: A person's name: two to four capitalised words (Hamish MacLeod, Mary Ann O'Neill).
_PERSON = re.compile(r"[A-Z][\w'’-]+(?:[^\S\n][A-Z][\w'’-]+){1,3}")
#: Words that make a name an organisation's or an office's (Glenmore Council, Youth Trust).
_BODY_WORDS = frozenset(
    """
    council trust committee service services team department board group centre center
    network partnership association agency authority office unit project foundation
    charity society club church school college university hospital police fund
    """.split()  # noqa: SIM905 (a word list reads best as one string)
)
#: Where a roll call's lines end: a blank line.
_BLANK = re.compile(r"\n[^\S\n]*\n")


def people_by_initials(actors: Sequence[Actor]) -> dict[str, tuple[str, str]]:
    """The case's names of people by their initials: ``{"HM": ("Hamish MacLeod", "swo")}``.

    Only aliases count (an actor's name is its organisation's), and none with a word of an
    organisation's (Council, Trust, Committee …); initials two names share name no one.
    """
    found: dict[str, tuple[str, str] | None] = {}
    for actor in actors:
        for name in actor.aliases:
            words = name.split()
            if _PERSON.fullmatch(name.strip()) is None or any(
                word.casefold() in _BODY_WORDS for word in words
            ):
                continue
            ini = "".join(word[0] for word in words)
            if ini in found and found[ini] != (name.strip(), actor.id):
                found[ini] = None
            else:
                found[ini] = (name.strip(), actor.id)
    return {ini: person for ini, person in found.items() if person is not None}


def roll_call(
    text: str,
    names: Sequence[NamePattern],
    within: int = 3000,
    people: Mapping[str, tuple[str, str]] | None = None,
) -> dict[str, tuple[str, str | None]]:
    """The initials a text's roll calls define: ``{"HM": ("Helen Marsh", "gov")}``.

    Args:
        text: A source's body.
        names: The case's names and aliases (:func:`~relcycle.sources.names.name_patterns`).
        within: How far into the text a roll call's head is looked for (minutes open
            with it).
        people: The case's people by their initials (:func:`people_by_initials`): whom
            an entry of initials alone (``JD (Chair)``) stands for.
    """
    found: dict[str, tuple[str, str | None]] = {}
    for head in _HEAD.finditer(text, 0, within):
        blank = _BLANK.search(text, head.end())
        part = text[head.end() : blank.start() if blank is not None else len(text)]
        entries = list(_ENTRY.finditer(part))
        for n, entry in enumerate(entries):
            upto = entries[n + 1].start() if n + 1 < len(entries) else len(part)
            rest = part[entry.end() : upto].split(";", 1)[0]
            named = first_named(f"{entry.group('name')} {rest}", names)
            found.setdefault(entry.group("ini"), (entry.group("name"), named and named[2]))
        if people:
            for bare in _BARE_ENTRY.finditer(part):
                if (person := people.get(bare.group("ini"))) is not None:
                    found.setdefault(bare.group("ini"), person)
    return found


def opening_initials(text: str, start: int, table: dict[str, tuple[str, str | None]]) -> str | None:
    """The name of the person whose initials open the line at ``start``, if ``table`` has them."""
    m = _OPENING.match(text, start, start + 40)
    if m is None or (entry := table.get(m.group("ini"))) is None:
        return None
    return entry[0]
