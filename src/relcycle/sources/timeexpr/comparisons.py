"""Times named as the base of a comparison: 比去年同期增长12%, up 9% on the same quarter last year.

A figure compared with last year's speaks of now: 去年 in 服务人次比去年同期增长了12%
is not when anything in the sentence happened, and a month named after it (3月份新开了
两个班) is this year's, not last year's. The scanner reports such a time as
unresolved (:data:`REASON`): it places no segment, lends no year to a yearless
date beside it, and is no "then" for an anaphor after it.

Read in the words right before the expression (比, 较, 相比, than, compared with,
on the same quarter …) and, for the words that may also join two times (与, 和,
跟, 同: 2018年与2019年), in the words right after it too (…相比, …一样, …持平).
"""

from __future__ import annotations

import re

#: Why a time read as a comparison's base is not placed.
REASON = "the base of a comparison: the figure compared is of now"

#: The characters right before a compared Chinese time (比去年, 较上月, 高于, 与去年…相比).
_ZH_LAST = frozenset("比较于与和跟同之")
#: The word right before a compared English time: most English times have none of these
#: before them, and ones after the common prepositions are asked further only when the
#: words before hold what a comparison needs (than, same, a figure, up or down).
_EN_STRONG = frozenset(("than", "with", "to", "versus", "vs", "vs.", "against"))
_EN_WEAK = frozenset(
    ("in", "during", "at", "for", "by", "over", "on", "from", "of", "as", "quarter", "period",
     "month", "week", "time", "term", "year", "point")
)  # fmt: skip
_EN_WEAK_NEEDS = ("than", "same", "%", " up on", " down on", "er on", "less on")

#: A comparison before the time, in its clause (at most a few words of it).
_BEFORE = re.compile(
    r"(?:(?<![无对好])比|较之?|相比于?|相较于?|对比|(?:[高低多少好差优强]|超过)于|(?P<joint>[与和跟同]))$"
    r"|(?:(?<!later\s)(?<!earlier\s)(?<!sooner\s)\bthan(?:\s(?:in|during|at|for|over|by))?"
    r"|\b(?:compared|comparison)\s(?:with|to)|\brelative\sto|\bversus|\bvs\.?|\bagainst"
    r"|(?P<on>(?<![\w-])(?:up|down|higher|lower|more|fewer|less)\son|[\d%]\s(?:on|over|from)))"
    r"(?:\s(?:the\s)?same\s(?:[a-z]+\s){1,2}?(?:(?:of|in|as)\s)?)?\s?$",
    re.IGNORECASE,
)

#: What confirms a joining word (与, 和, 跟, 同) as a comparison: 相比, 比, 一样 … after the time.
_JOINT_AFTER = re.compile(
    r"(?:的)?(?:同期|同月|同季度?|全年|水平)?(?:相比|相较|比较|比|一样|相同|持平|差不多)"
)

#: What "up 9% on" or "down on" compares with: a period before (last year, the previous
#: quarter, 2021, Q2), not a day (up on Monday, 3% on 5 March is a day's figure).
_ON_BASE = re.compile(
    r"(?:last|previous|the\s(?:same|previous|last|prior)|(?:19|20)\d\d\b|[Qq][1-4])", re.I
)


def compared(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a time expression, is the base of a comparison.

    比去年同期, 较上年, 与去年同期相比, than last year, up 9% on the same quarter last
    year, compared with 2021. Not 去年同期 alone (the same months last year, as a time),
    2018年与2019年 (two times), or on 5 March.
    """
    if start == 0:
        return False
    last = text[start - 1]
    if last in _ZH_LAST:
        found = _BEFORE.search(text, start - 8 if start > 8 else 0, start)
    elif last == " ":  # the word before decides whether the words before are read
        window = text[start - 40 if start > 40 else 0 : start - 1]
        word = window[window.rfind(" ") + 1 :].lower()
        if word not in _EN_STRONG and (
            word not in _EN_WEAK
            or not (
                any(need in window for need in _EN_WEAK_NEEDS)
                or window[-len(word) - 2 : -len(word) - 1].isdigit()
            )
        ):
            return False
        found = _BEFORE.search(text, start - 40 if start > 40 else 0, start)
    else:
        return False
    if found is None:
        return False
    if found.group("on") is not None:  # up 9% on, down on: last year, 2021, Q2, not Monday
        return _ON_BASE.match(text, start, end) is not None
    if found.group("joint") is None:
        return True
    return _JOINT_AFTER.match(text, end, end + 12) is not None
