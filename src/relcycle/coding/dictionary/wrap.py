r"""Hard-wrapped Chinese read as one line: the coder's text without the wrapping breaks.

A PDF's text layer, or a note wrapped at 40 characters, breaks lines inside
words (要求每周提交台\n账): a rule looking for 台账 would not find it, and the
break would end the sentence the hit is read in. The dictionary coder reads
a text through :func:`unwrap`, which leaves out a line break that stands
between two Han characters and ends a *full* line: one at least
:data:`FULL_LINE` as wide as the text's widest line and :data:`MIN_WRAP`
columns wide, counting a Chinese character as two columns, as a wrapper
does. A break that ends a short line is the writer's own (时间：2022年1月14日下午\n地点：…,
a chat's sender above the message ``09:15:02 苏婷\n收到``), and so is one
before a line that starts with a label (``…郑书记\n记录：唐磊``): they stay.
Spans are mapped back with :func:`original`, so a coding's offsets are those
of the text as written, and a coding across a wrap holds the line break.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Final

FULL_LINE: Final = 0.9
"""A line whose break may be a wrap is at least this share of the widest line's width
(a wrapper moves a character or two to keep punctuation off a line's start)."""
MIN_WRAP: Final = 40
"""Columns a wrapped line has at least (20 Chinese characters; notes are wrapped at
about 40 characters, a PDF's lines hold 20 to 45)."""
_HAN: Final = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_BREAK: Final = re.compile(f"(?<=[{_HAN}])\n(?=[{_HAN}])")
_WIDE: Final = re.compile(
    f"[{_HAN}\u1100-\u115f\u2e80-\u33ff\ua960-\ua97f\uac00-\ud7a3\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]"
)
"""Characters a terminal or a wrapper gives two columns (East Asian wide and full-width)."""
_NEWLINE: Final = re.compile("\n")
_LABEL: Final = re.compile(f"[{_HAN}]{{1,8}}[：:]")
"""A field's or a speaker's label at a line's start (记录：, 导出时间：, 王主任：)."""


def _width(line: str) -> int:
    return len(line) + len(_WIDE.findall(line))


def unwrap(text: str) -> tuple[str, list[int]]:
    """``text`` without its wrapping line breaks, and where they were.

    Returns:
        The text read, and for each break left out, in order, the offset in
        that text of the character that followed it (empty when nothing was
        left out; the text is then ``text`` itself).
    """
    if "\n" not in text:
        return text, []
    breaks = [m.start() for m in _BREAK.finditer(text)]
    if not breaks:
        return text, []
    starts = [0, *(m.end() for m in _NEWLINE.finditer(text))]
    ends = [*starts[1:], len(text) + 1]  # one past each line's break
    widths = [_width(text[a : b - 1]) for a, b in zip(starts, ends, strict=True)]
    full = max(FULL_LINE * max(widths), MIN_WRAP)
    wraps = [
        b
        for b in breaks
        if widths[bisect_right(starts, b) - 1] >= full and not _LABEL.match(text, b + 1)
    ]
    if not wraps:
        return text, []
    parts = []
    at = 0
    for b in wraps:
        parts.append(text[at:b])
        at = b + 1
    parts.append(text[at:])
    return "".join(parts), [b - k for k, b in enumerate(wraps)]


def original(moved: Sequence[int], start: int, end: int) -> tuple[int, int]:
    """The span ``[start, end)`` of an unwrapped text in the text as written.

    Args:
        moved: Where the breaks were left out (:func:`unwrap`'s second value).
        start: The span's start in the unwrapped text.
        end: Its end (greater than ``start``).
    """
    return start + bisect_right(moved, start), end + bisect_right(moved, end - 1)
