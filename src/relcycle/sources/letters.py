"""A letter's paragraphs are its signer's: ``Dear Ms Fraser`` … ``Yours sincerely, Jenny Docherty``.

A letter kept as a source (a .docx, or typed into a text file) names who writes it
only at its end: the salutation (``Dear Ms Fraser,``, ``Dear Sir or Madam``) opens
it, and a complimentary close (``Yours sincerely``, ``Yours faithfully``, ``Kind
regards``) is followed, on its line or the next paragraph, by the signer's name
(``Jenny Docherty, Chair``; ``Yours faithfully, Raymond Ho, Director``). Every
paragraph from the salutation to the signer's name, none of them already a turn of
someone, is the signer's, of the actor their name is an alias of. The letterhead,
the addresses and the date above the salutation, and a ``cc:`` line below the
name, stay no one's. A letter without both ends, or whose name is no person's
(``Yours sincerely, the Board``), is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from relcycle.domain import Segment

#: A salutation opening a paragraph: Dear Ms Fraser, Dear Sir or Madam, Dear colleagues.
_SALUTATION = re.compile(r"Dear\s+[A-Z]")
#: A complimentary close opening a paragraph, and what follows it on its lines.
_CLOSE = re.compile(
    r"(?:Yours\s+(?:sincerely|faithfully|truly)|Sincerely(?:\s+yours)?|(?:Kind|Best|Warm)"
    r"\s+regards|With\s+(?:best|kind)\s+(?:wishes|regards))[,.]?(?P<rest>[\s\S]*)",
    re.IGNORECASE,
)
#: A signer's name (a title allowed before it), then the end, a comma or a line break.
_SIGNER = re.compile(
    r"\s*(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Cllr|Rev)\.?\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+){1,3})\s*(?:,|\n|$)"
)
#: How many paragraphs below the close the name may stand (a blank signature line between).
_NAME_WITHIN = 2


def _signer(segments: Sequence[Segment], close: int, rest: str) -> tuple[str, int] | None:
    """The signer's name after the close at ``close`` and the index of its paragraph."""
    candidates = [(rest, close)] if rest.strip() else []
    candidates += [(segments[i].text, i) for i in range(close + 1, len(segments))][:_NAME_WITHIN]
    for text, index in candidates:
        if not text.strip():
            continue
        found = _SIGNER.match(text)
        return (found.group("name"), index) if found is not None else None
    return None


def signed_letters(
    segments: Sequence[Segment], actor_of: Callable[[str], str | None]
) -> list[Segment]:
    """``segments`` with a letter's paragraphs made its signer's turn.

    Args:
        segments: A source's segments, in order, as the segmenter cut them.
        actor_of: The actor a name is an alias of, ``None`` for none.

    Returns:
        The same segments; those from a salutation to the signer's name, when none
        of them has a speaker, have the signer as speaker and the signer's actor.
    """
    out = list(segments)
    start = next(
        (i for i, s in enumerate(out) if s.speaker is None and _SALUTATION.match(s.text)), None
    )
    if start is None:  # most sources: no salutation
        return out
    for close in range(start, len(out)):
        if out[close].speaker is not None:
            return out  # a turn inside: a mail or a transcript, whose speakers stand
        found = _CLOSE.match(out[close].text)
        if found is None:
            continue
        signer = _signer(out, close, found.group("rest"))
        if signer is None:
            return out
        name, last = signer
        if any(s.speaker is not None for s in out[start : last + 1]):
            return out
        actor = actor_of(name)
        out[start : last + 1] = [
            replace(s, speaker=name, actor=actor) for s in out[start : last + 1]
        ]
        return out
    return out
