r"""The one normalisation of body text; every offset in relcycle counts into its result.

Offsets are Unicode code points (Python ``str`` indices) into the *normalised*
body text, as REFI-QDA's ``PlainTextSelection`` counts them. The normalisation:

1. a leading byte-order mark (U+FEFF) is dropped;
2. line ends ``\\r\\n`` and lone ``\\r`` become ``\\n``;
3. the text is put in Unicode NFC.

Nothing else changes (no trimming, no NFKC), so what a user quotes is what
they wrote.
"""

from __future__ import annotations

import unicodedata


def normalise(text: str) -> str:
    """Return ``text`` in relcycle's normal form (see the module docstring)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text
