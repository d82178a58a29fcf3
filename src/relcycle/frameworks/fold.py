"""Case folding that keeps offsets: the text the automaton reads.

``re.IGNORECASE`` treats two characters as equal when their simple lower-case
forms are equal, or when they belong to one of a few extra equivalence classes
(dotless ı with i, long ſ with s, final ς with σ, the Greek symbol variants ϐ
ϑ ϕ ϖ ϰ ϱ ϵ, old Cyrillic variants ...). :func:`fold` maps every character to
one representative of its class, one character for one character, so a literal
a rule matches case-insensitively is found by a plain search of the folded
text at the same offsets. ``str.lower`` does most of the work; the table below
covers what it leaves (``tests/coding/test_dictionary_fold.py`` derives the
table again from :mod:`re` itself over every code point).

``fold`` maps each character on its own (``str.lower`` reads a context only for
a final sigma, and ``ς`` folds to ``σ`` as ``Σ`` does), so :func:`fold_table`
holds it as a table of code points, for compiled code.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:  # numpy is imported by fold_table alone: `import relcycle` stays light
    import numpy as np
    import numpy.typing as npt

EXTRA_EQUIVALENTS: Final[dict[str, str]] = {
    "ı": "i",
    "ſ": "s",
    "µ": "μ",
    "\u0345": "ι",
    "\u1fbe": "ι",
    "\u1fd3": "\u0390",
    "\u1fe3": "\u03b0",
    "ϐ": "β",
    "ϵ": "ε",
    "ϑ": "θ",
    "ϰ": "κ",
    "ϖ": "π",
    "ϱ": "ρ",
    "ς": "σ",
    "ϕ": "φ",
    "ᲀ": "в",
    "ᲁ": "д",
    "ᲂ": "о",
    "ᲃ": "с",
    "ᲄ": "т",
    "ᲅ": "т",
    "ᲆ": "ъ",
    "ᲇ": "ѣ",
    "ᲈ": "ꙋ",
    "ẛ": "ṡ",
    "\ufb05": "\ufb06",
}
"""Lower-case characters ``re.IGNORECASE`` equates with another lower-case character."""

_EXTRA_TABLE: Final = str.maketrans(EXTRA_EQUIVALENTS)
_EXTRA_CHARS: Final = re.compile("[" + "".join(EXTRA_EQUIVALENTS) + "]")
_DOTTED_I: Final = "İ"  # lower() gives two code points; IGNORECASE equates it with i


def fold(text: str) -> str:
    """``text`` case-folded as ``re.IGNORECASE`` compares characters, same length."""
    folded = text.lower()
    if len(folded) != len(text):
        folded = text.replace(_DOTTED_I, "i").lower()
    if not folded.isascii() and _EXTRA_CHARS.search(folded):
        folded = folded.translate(_EXTRA_TABLE)
    return folded


TABLE_SIZE: Final = 0x10000
"""Code points :func:`fold_table` covers (the Basic Multilingual Plane)."""


@cache
def fold_table() -> npt.NDArray[np.uint32]:
    """Code point → the code point :func:`fold` maps it to, for the first :data:`TABLE_SIZE`."""
    import numpy as np

    plane = np.arange(TABLE_SIZE, dtype=np.uint32).tobytes().decode("utf-32-le", "surrogatepass")
    folded = fold(plane).encode("utf-32-le", "surrogatepass")
    return np.frombuffer(folded, np.uint32).copy()


def is_caseless(text: str) -> bool:
    """Whether no character of ``text`` has a case (CJK, digits, punctuation).

    A caseless literal matches exactly its own characters, with or without
    ``re.IGNORECASE``.
    """
    return text.lower() == text == text.upper() and not _EXTRA_CHARS.search(text)
