"""Who the initials in minutes stand for: ``Present: Helen Marsh (HM), Commissioning Manager, CBC``.

British minutes name each person once, in the roll call, with their initials in
brackets, their post and their organisation, and then write ``HM confirmed that …``,
``FG said …`` and ``ACTION: PN to issue …``. The roll call (``Present:``,
``Attendees:``, ``In attendance:``, ``Apologies:``) tells whose those initials are:
the person's name, and the actor the entry names first (the person's name, if it is
an alias, else the organisation after it). A line that opens with such initials and
then a word in lower case (``HM confirmed``, ``ACTION: TR to``) is that person's turn;
initials joined to others' (``HM and FG to …``) are no one's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

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
#: Where a roll call's lines end: a blank line.
_BLANK = re.compile(r"\n[^\S\n]*\n")


def roll_call(
    text: str, names: Sequence[NamePattern], within: int = 3000
) -> dict[str, tuple[str, str | None]]:
    """The initials a text's roll calls define: ``{"HM": ("Helen Marsh", "gov")}``.

    Args:
        text: A source's body.
        names: The case's names and aliases (:func:`~relcycle.sources.names.name_patterns`).
        within: How far into the text a roll call's head is looked for (minutes open
            with it).
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
    return found


def opening_initials(text: str, start: int, table: dict[str, tuple[str, str | None]]) -> str | None:
    """The name of the person whose initials open the line at ``start``, if ``table`` has them."""
    m = _OPENING.match(text, start, start + 40)
    if m is None or (entry := table.get(m.group("ini"))) is None:
        return None
    return entry[0]
