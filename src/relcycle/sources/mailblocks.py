"""A saved message's internet header block: ``Return-Path: … Received: … From: … Date: …``.

A mail saved from a mail program (an ``.eml`` kept as text, "show original" copied
out) opens with its transport headers, one ``Field-Name: value`` a line (a line
that starts with a blank continues the one above), a ``From:`` and a ``Date:``
among them, and a blank line before the message. Read line by line, each field
looked like a speaker's turn (``Return-Path``, ``MIME-Version`` …) and the message
below had no sender; read as a block it is the mail's header, as ``From: … Sent: …``
is in a thread printed from Outlook.
"""

from __future__ import annotations

import re

#: How far into a text a header block is looked for (Received lines are long).
BLOCK_WITHIN = 6000
#: Field lines, each with its continuation lines, then a blank line (or the text's end).
_BLOCK = re.compile(
    r"(?:[A-Za-z][A-Za-z0-9-]{0,40}:[^\n]*(?:\n[ \t][^\n]*)*(?:\n|$)){2,}?"
    r"(?=[^\S\n]*(?:\n|$))"
)
#: The fields that make a block a mail's: who sent it and when.
_FROM = re.compile(r"(?m)^From:[^\S\n]*(?P<who>[^\n]+)")
_DATE = re.compile(r"(?m)^(?:Date|Sent):")
#: What a block's first field is when a mail program saved it: a transport field, not a
#: memo's To: / From: / Date: (a From: first is read as a printed mail's header already).
_TRANSPORT_FIRST = re.compile(
    r"(?i)(?:return-path|received|delivered-to|x-[a-z0-9-]+|message-id|mime-version|"
    r"dkim-signature|arc-[a-z-]+|authentication-results|in-reply-to|references|content-type|"
    r"thread-topic|thread-index)$"
)


def header_block_end(text: str) -> int:
    """Where the internet header block ``text`` opens with ends (before the blank line), or 0.

    A block is two or more ``Field-Name: value`` lines from the text's start up to a
    blank line, whose first field is one only a mail program writes (``Return-Path``,
    ``Received``, ``Message-ID`` …) and which has a ``From:`` and a ``Date:`` (or
    ``Sent:``) field.
    """
    if not text[:1].isalpha():
        return 0
    colon = text.find(":", 0, 42)
    if colon < 2 or _TRANSPORT_FIRST.match(text, 0, colon) is None:
        return 0
    m = _BLOCK.match(text, 0, min(len(text), BLOCK_WITHIN))
    if m is None:
        return 0
    block = m.group()
    if _FROM.search(block) is None or _DATE.search(block) is None:
        return 0
    end = m.end()
    return end - 1 if text[end - 1] == "\n" else end  # that line break is the blank line's


def header_from(block: str) -> str | None:
    """What the From field of a header block says (``"Nair, Priya" <priya@…>``), or None."""
    m = _FROM.search(block)
    return m.group("who").strip() if m is not None else None
