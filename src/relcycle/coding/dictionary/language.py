"""Which language a segment of a mixed case is written in: Chinese, English or both."""

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


BOTH_HAN: Final = 6
"""Han characters from which a mixed segment's Chinese is read too, when it is mostly English."""
BOTH_LATIN: Final = 16
"""Latin letters from which a mixed segment's English is read too, when it is mostly Chinese."""


def reads_both(text: str) -> bool:
    """Whether a mixed case's segment holds a clause of each language, to be read by both.

    A Malaysian field note writes ``Tan 跟 Aravind 讲话已经像同事了，会问 "this case you
    think need JKM or not?"``: by letters it is English, yet what it says is in its
    Chinese. At least :data:`BOTH_HAN` Han characters and :data:`BOTH_LATIN` Latin
    letters: a name or an acronym in the other script (``We met 王主任``, ``NGO 的 KPI``)
    is not a clause.
    """
    return len(_HAN.findall(text)) >= BOTH_HAN and len(_LATIN.findall(text)) >= BOTH_LATIN
