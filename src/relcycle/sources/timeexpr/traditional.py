"""Traditional Chinese read as Simplified for its time expressions.

The time rules are written in Simplified characters; a source from Taiwan or
Hong Kong writes 上個月, 兩個月後, 上週, 當時. Such a source is scanned through
the length-keeping Traditional-to-Simplified reading the coder uses too
(:func:`~relcycle.sources.script.to_simplified`), so every offset
holds, and its expressions are then named as the source writes them.
"""

from __future__ import annotations

import re

from relcycle.sources.script import to_simplified

#: Common Traditional characters (the Traditional forms of the most frequent Simplified ones
#: that differ, in field notes, minutes and interviews); one among a text's first characters
#: marks it Traditional.
_SIGNS = re.compile(
    "[們說會個來週動務後這問點時開報辦項張區長沒議話兩記麼組願機劉幫還場給書構發間過請現經寫評"
    "隊電聯簽為門幾鄰員對師訪關讀傳賬樓實讓參總續協內況約計進費買閱談帶講戶備檢錢與導課調題資"
    "業團購學專覺單聽見頭樣確結靜認審責規條邊織負當舊號裡國驚響]"
)
#: How many characters of a text are looked at for a Traditional one.
SAMPLE_CHARS = 2000


def as_simplified(text: str) -> str:
    """``text`` read as Simplified (the same length), or ``text`` itself.

    Converted when a common Traditional character is among its first
    :data:`SAMPLE_CHARS` characters; a Simplified or English text costs one
    search of that many.
    """
    if _SIGNS.search(text, 0, SAMPLE_CHARS) is None:
        return text
    # OpenCC reads Cantonese 嗰 (嗰陣時, at that time) as 𠮶, outside the Basic plane the
    # rules' anchors live in; it stays 嗰 (one code point for one: offsets hold)
    return to_simplified(text).replace("\U00020bb6", "嗰")
