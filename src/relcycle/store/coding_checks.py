"""Checks a coding must pass before the store adds it."""

from __future__ import annotations

import difflib
from collections.abc import Collection

from relcycle.errors import InputError
from relcycle.store.codings import NewCoding


def check_new(item: NewCoding, length: int, known_codes: Collection[str] | None) -> None:
    """Refuse a coding the store should not keep.

    Args:
        item: The coding to add.
        length: The length of its source's text, in code points.
        known_codes: The codes allowed (the case's framework), or ``None`` for any.

    Raises:
        InputError: What is wrong, and what was expected.
    """
    c = item.coding
    where = f"coding of {c.source_id!r} at {c.start}..{c.end}"
    if not c.coder.strip():
        raise InputError(f"{where}: no coder; say who coded (e.g. coder-a)", field="coder")
    if c.start < 0 or c.end > length:
        raise InputError(
            f"{where}: offsets outside the text, which has {length} characters "
            f"(offsets count code points from 0, end exclusive)",
            field="end" if c.start >= 0 else "start",
        )
    if c.start >= c.end:
        raise InputError(
            f"{where}: empty span; start must be before end (end is exclusive)", field="start"
        )
    check_code(c.code, known_codes, where)
    if item.confidence is not None and not 0.0 <= item.confidence <= 1.0:
        raise InputError(f"{where}: confidence {item.confidence} is not between 0 and 1")


def check_code(code: str, known_codes: Collection[str] | None, where: str) -> None:
    """Refuse a code that is empty or, when ``known_codes`` is given, not one of them.

    Args:
        code: The code id.
        known_codes: The codes allowed (the case's framework), or ``None`` for any.
        where: What to name in the message (the coding).

    Raises:
        InputError: The code is empty or unknown; the message suggests close ones.
    """
    if not code.strip():
        raise InputError(f"{where}: no code; give a code id of the framework", field="code")
    if known_codes is None or code in known_codes:
        return
    close = difflib.get_close_matches(code, list(known_codes), n=3)
    hint = f"did you mean {', '.join(repr(x) for x in close)}? " if close else ""
    deepest = max(known_codes, key=lambda k: (k.count("."), k), default=None)
    example = f" (e.g. {deepest!r})" if deepest is not None and not close else ""
    raise InputError(
        f"{where}: unknown code {code!r}; {hint}the case's framework has {len(known_codes)} "
        f"codes, named by their full id{example}",
        field="code",
    )
