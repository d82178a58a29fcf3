"""Traditional Chinese read as Simplified, keeping every offset; and which script a case writes.

The built-in framework's Chinese rules and the time rules are written in
Simplified characters; a case from Taiwan or Hong Kong writes 計畫, 契約, 上個月,
區公所. The coder and the dating of segments read such text through OpenCC's
Traditional-to-Simplified conversion (phrases first: 計畫 → 计划), used only
when it keeps the text's length so that every offset into the converted text
is an offset into the original; otherwise character by character, with only
the conversions to one character. The coder reads the case's actor names the
same way.

A report on a case written in Traditional characters is written in them too: its
own words and the framework's labels (written in Simplified) go through OpenCC's
Simplified-to-Traditional conversion, while the case's text is quoted as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

# The CJK blocks OpenCC's character table covers (unified ideographs, extension A,
# compatibility ideographs).
_BLOCKS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))


@cache
def _converter() -> Callable[[str], str]:
    import opencc

    convert: Callable[[str], str] = opencc.OpenCC("t2s").convert
    return convert


TRADITIONAL_SOURCE = 0.1
"""A text is in Traditional characters when at least this share of its Chinese ones is.

Traditional prose gives 0.3–0.4 (the rest are characters both scripts share);
Simplified prose quoting a Traditional name stays near 0.
"""


@cache
def _to_traditional() -> Callable[[str], str]:
    import opencc

    convert: Callable[[str], str] = opencc.OpenCC("s2t").convert
    return convert


def to_traditional(text: str) -> str:
    """``text`` written in Traditional characters (phrases first: 计划 → 計劃)."""
    return _to_traditional()(text)


@cache
def simplified_table() -> dict[int, str]:
    """Code point → its Simplified character, for the Traditional ones OpenCC converts alone."""
    convert = _converter()
    table: dict[int, str] = {}
    for low, high in _BLOCKS:
        chars = [chr(cp) for cp in range(low, high + 1)]
        # one per line: a line break ends any phrase, so each is converted alone
        converted = convert("\n".join(chars)).split("\n")
        table.update(
            (ord(a), b) for a, b in zip(chars, converted, strict=True) if a != b and len(b) == 1
        )
    return table


@cache
def _traditional() -> re.Pattern[str]:
    """One of the Traditional characters of :func:`simplified_table` (searched in C)."""
    return re.compile("[" + "".join(map(chr, sorted(simplified_table()))) + "]")


def to_simplified(text: str) -> str:
    """``text`` with its Traditional characters made Simplified; always the same length.

    Text without a Traditional character is returned as it is (the same object).
    """
    if _traditional().search(text) is None:
        return text
    converted = _converter()(text)
    return converted if len(converted) == len(text) else text.translate(simplified_table())


_CHINESE = re.compile("[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in _BLOCKS) + "]")
"""A character of the CJK blocks OpenCC's table covers."""


def _counts(text: str) -> tuple[int, int]:
    """How many Chinese characters ``text`` has, and how many of them are Traditional ones."""
    return len(_CHINESE.findall(text)), len(_traditional().findall(text))


def simplified_share(texts: Iterable[str]) -> float:
    """The share of the Chinese characters of ``texts`` that are not Traditional ones.

    1.0 when ``texts`` have no Chinese character.
    """
    chinese = traditional = 0
    for c, t in map(_counts, texts):
        chinese += c
        traditional += t
    return 1.0 - traditional / chinese if chinese else 1.0


def writes_traditional(texts: Iterable[str]) -> bool:
    """Whether most of the Chinese in ``texts`` is written in Traditional characters.

    Each text counts with its Chinese characters, as Traditional when at least
    :data:`TRADITIONAL_SOURCE` of them are Traditional ones; False without Chinese.
    """
    by_script = [0, 0]  # Simplified, Traditional
    for chinese, traditional in map(_counts, texts):
        if chinese:
            by_script[traditional >= TRADITIONAL_SOURCE * chinese] += chinese
    return by_script[1] > by_script[0]
