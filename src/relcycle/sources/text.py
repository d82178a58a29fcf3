r"""The one normalisation of body text; every offset in relcycle counts into its result.

Offsets are Unicode code points (Python ``str`` indices) into the *normalised*
body text, as REFI-QDA's ``PlainTextSelection`` counts them. The normalisation:

1. a leading byte-order mark (U+FEFF) is dropped;
2. line ends ``\\r\\n`` and lone ``\\r`` become ``\\n``;
3. the text is put in Unicode NFC.

Nothing else changes (no trimming, no NFKC), so what a user quotes is what
they wrote.

A coder who counts offsets in the file as it is may count each ``\\r\\n`` as two
code points: :func:`crlf_newlines` says where such line ends were, so that
codings.csv can be read either way (:mod:`relcycle.sources.folder`).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence


def normalise(text: str) -> str:
    """Return ``text`` in relcycle's normal form (see the module docstring)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text


def crlf_newlines(text: str, body: str) -> tuple[int, ...]:
    r"""Where ``body``'s newlines were written ``\r\n`` in ``text``, as offsets into ``body``.

    Args:
        text: The file's text as decoded, before :func:`normalise`.
        body: The normalised text's body, a suffix of it (after any front matter).
    """
    if "\r\n" not in text:
        return ()
    raw = text[1:] if text.startswith("\ufeff") else text
    if not raw.isascii():
        raw = unicodedata.normalize("NFC", raw)
    pairs = [m.start() for m in re.finditer("\r\n", raw)]
    first = len(raw) - len(pairs) - len(body)  # where the body starts in the normalised text
    return tuple(p - n - first for n, p in enumerate(pairs) if p - n >= first)


def from_crlf_offset(offset: int, newlines: Sequence[int]) -> int:
    r"""An offset counted with ``\r\n`` as two code points, into the normalised body.

    ``newlines`` are :func:`crlf_newlines`'s answer; the ``\r`` of the n-th of them
    stood at ``newlines[n] + n``.
    """
    return offset - bisect_left([at + n for n, at in enumerate(newlines)], offset)
