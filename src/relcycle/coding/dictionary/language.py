"""Which language a segment of a mixed case is written in: Chinese or English."""

from __future__ import annotations

import re
from typing import Final

_HAN: Final = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
_LATIN: Final = re.compile(r"[A-Za-z\u00c0-\u024f]")
ZH_SHARE: Final = 0.25
"""Share of Han characters among letters from which a text counts as Chinese.

A Han character carries about as much as a short English word, so a text that
is one quarter Han by letters is about half Chinese by meaning.
"""


def detect_language(text: str) -> str:
    """``zh`` when Han characters make up at least :data:`ZH_SHARE` of the letters, else ``en``.

    A text without any letters is ``zh`` when it has Han characters, else ``en``.
    """
    han = len(_HAN.findall(text))
    if not han:
        return "en"
    latin = len(_LATIN.findall(text))
    return "zh" if han / (han + latin) >= ZH_SHARE else "en"
