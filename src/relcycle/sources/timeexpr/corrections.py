"""A speaker correcting a time: 前年三月……不对，去年三月; in 2019, sorry, 2018; 2019年，不是2018年.

Interviews are spoken, and speakers correct themselves. Of two times next to
each other, the one the words between them reject is not what the segment
speaks of: the scanner reports it as unresolved (:data:`REASON`), so that it
places nothing and is no "then" for what follows.

* The earlier is rejected when the words between are a correction, alone or
  with fillers: 前年三月……不对不对，去年三月; 2019年，哦不，是2018年底; 去年吧，应该是前年;
  March, I mean April; in 2019 — no, sorry, 2018.
* The later is rejected when the words between deny it: 是2019年，不是2018年;
  in 2019, not 2018.
* The earlier is rejected when it is denied and the later affirmed: 不是2019年，
  是2018年; not in 2019 but in 2020.

Only words right between two times are read (at most :data:`GAP` characters),
so a correction further off (去年三月进驻。后来……不对) changes nothing.
"""

from __future__ import annotations

import re
from typing import Final

#: Why a time a speaker corrected is not placed.
REASON: Final = "corrected by the speaker (不对 / 不是 / sorry, I mean): not the time meant"

#: The most characters between two times read for a correction.
GAP: Final = 24

_FILL = r"[\s，,。.、…—–\-~～!！?？;；:：()（）吧呢啊呀嘛嗯呃哦噢额唉诶哎]*"
_ZH_CUE = (
    r"(?:不对|错了|我?(?:说|讲|记|搞)错了?|口误|[哦噢呃啊]不|更正一下|纠正一下"
    r"|应该是|准确(?:地|的|点)?说|确切(?:地|的|点)?说|我是说|我的意思是)"
)
_EN_CUE = (
    r"(?:no|nope|sorry|wait|correction|i\smean|i\smeant|or\srather|make\sthat|scratch\sthat"
    r"|actually|rather)"
)
_EN_FILL = r"[\s,;:—–\-.…!()]*"

#: The words between two times that reject the first: a correction, alone or with fillers.
_EARLIER = re.compile(
    rf"{_FILL}(?:{_ZH_CUE}{_FILL})+(?:应该|其实|实际上?)?是?在?"
    rf"|{_EN_FILL}(?:{_EN_CUE}(?![a-z]){_EN_FILL})+(?:it\swas\s|it's\s|that's\s|in\s|on\s)?",
    re.IGNORECASE,
)
#: The words between that deny the second: 是2019年，不是2018年; in 2019, not 2018.
_LATER = re.compile(rf"{_FILL}而?不是在?|{_EN_FILL}(?:and\s)?not\s(?:in\s|on\s)?", re.IGNORECASE)
#: The words before a denied first time (不是2019年 …) and between it and the second (…，是2018年).
_DENIED = re.compile(r"(?:不是在?|\bnot\s(?:in\s|on\s)?)$", re.IGNORECASE)
_AFFIRMED = re.compile(rf"{_FILL}(?:而|其实|实际上?)?是在?|{_EN_FILL}but\s(?:in\s|on\s)?", re.I)

#: Which of two times the words say is wrong.
NEITHER: Final = 0
EARLIER: Final = 1
LATER: Final = 2


def rejected(text: str, earlier_start: int, earlier_end: int, later_start: int) -> int:
    """Which of two times in ``text`` the words around them reject, if either.

    Args:
        text: The text the times were read in.
        earlier_start: Where the first time starts.
        earlier_end: Where it ends.
        later_start: Where the second time starts (at or after ``earlier_end``).

    Returns:
        :data:`EARLIER`, :data:`LATER` or :data:`NEITHER`.
    """
    if later_start - earlier_end > GAP:
        return NEITHER
    if _EARLIER.fullmatch(text, earlier_end, later_start) and earlier_end < later_start:
        return EARLIER
    if _LATER.fullmatch(text, earlier_end, later_start):
        return LATER
    if _AFFIRMED.fullmatch(text, earlier_end, later_start) and _DENIED.search(
        text, max(0, earlier_start - 8), earlier_start
    ):
        return EARLIER
    return NEITHER
