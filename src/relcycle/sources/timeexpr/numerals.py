"""Numbers as time expressions write them: full-width digits, Chinese numerals, English words."""

from __future__ import annotations

import re
from functools import cache

#: ０１２３４５６７８９, read as 0123456789.
FULL_WIDTH_DIGITS = "".join(chr(0xFF10 + i) for i in range(10))
_FULL_WIDTH = re.compile(f"[{FULL_WIDTH_DIGITS}]")
_TO_ASCII = str.maketrans(FULL_WIDTH_DIGITS, "0123456789")

#: Chinese digits as written in years (二〇一八) and small numbers.
ZH_DIGITS = {
    "〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip

EN_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a couple of": 2, "couple of": 2, "fifteen": 15, "eighteen": 18, "twenty": 20,
    "twenty-four": 24, "thirty": 30, "thirty-six": 36,
}  # fmt: skip

EN_ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "fifth": 5, "5th": 5,
}  # fmt: skip


def normalise_digits(text: str) -> str:
    """``text`` with full-width digits (２０１８) made ASCII; every offset stays the same."""
    if text.isascii() or _FULL_WIDTH.search(text) is None:
        return text
    return text.translate(_TO_ASCII)


def zh_number(written: str) -> int | None:
    """The value of a small number written in digits or Chinese numerals (0-99).

    Args:
        written: ``"12"``, ``"十二"``, ``"二十三"``, ``"两"``, ``"三"``.

    Returns:
        The number, or ``None`` when it is not one this reads (几, 百 ...).
    """
    if written.isdigit():
        return int(written)
    if not written or any(ch not in ZH_DIGITS and ch != "十" for ch in written):
        return None
    if "十" not in written:
        return ZH_DIGITS[written] if len(written) == 1 else None
    if written.count("十") > 1:  # 十十 is no number
        return None
    tens, _, units = written.partition("十")
    if len(tens) > 1 or len(units) > 1:
        return None
    value = (ZH_DIGITS[tens] if tens else 1) * 10
    return value + (ZH_DIGITS[units] if units else 0)


def zh_digit_string(written: str) -> int | None:
    """A number written digit by digit (二〇一八 → 2018, 一八 → 18)."""
    if written.isdigit():
        return int(written)
    if any(ch not in ZH_DIGITS for ch in written):
        return None
    return int("".join(str(ZH_DIGITS[ch]) for ch in written))


def two_digit_year(value: int) -> int:
    """A year written with two digits: 18 → 2018, 98 → 1998."""
    return 2000 + value if value < 70 else 1900 + value


@cache  # few distinct counts are written
def en_number(written: str) -> int | None:
    """The value of a small English count: ``"two"``, ``"a couple of"``, ``"3"``."""
    word = " ".join(written.lower().split())
    if word.isdigit():
        return int(word)
    return EN_NUMBERS.get(word)
