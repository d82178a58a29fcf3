"""Where a mention of an actor stands in its sentence: subject, object, agent ...

Read from the few characters or words around the mention, no parser:

* Chinese: an object marker right before it (让, 叫, 要求, 把, 给, 对, 跟, 和 ...;
  not when the character ends another word, as 为 in 因为) makes it an
  object; 被/由/遭 right before it an agent; 被 right after it (with an
  adverb in between or not) the subject of a passive; a preposition before it
  (按, 根据, 在, 从 ...) a modifier;
* English: the word before it, skipping determiners — *asked*, *told*, *to*,
  *with* ... make it an object, *by* an agent, *from*, *of*, *at* ... a
  modifier; *was asked*, *were told* ... after it the subject of a passive.

A mention that is none of these is a subject. :func:`refine` then looks at
pairs: 机构的社工 (the first only modifies the second), *the council and the
charity* (the second is a conjunct, read as the act's other party).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

SUBJECT, OBJECT, AGENT, PASSIVE, MODIFIER = range(5)
"""Where a mention stands towards the verb that follows it."""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ZH_OBJECT_1: Final = frozenset("让叫喊请派把给对向跟和与同帮替为问找催逼约")
"""One-character object markers: 要求 *机构* …, 让 *社工* …, 跟 *镇里* …"""
ZH_OBJECT_2: Final = _words(
    "要求 指派 安排 通知 告诉 催促 督促 命令 批评 表扬 交给 拨给 委托 资助 提醒 动员 协助 配合"
)
ZH_NOT_MARKER: Final = _words(
    "针对 面对 共同 不同 合同 因为 作为 认为 以为 成为 行为 学问 大约 节约 实在 现在 存在 正在 "
    "自从 从来 已到 得到 看到 听到 想到 收到 遇到 感到"
)
"""Words ending in a one-character marker that are not markers (因为 *机构* … is a subject)."""
ZH_MODIFIER_1: Final = frozenset("按在从到像比")
ZH_MODIFIER_2: Final = _words("按照 根据 依照 依据 关于 除了 对于 面向")
ZH_AGENT: Final = frozenset("被由遭")
_ZH_PASSIVE: Final = re.compile(r"\s*(都|也|又|还|已经|经常|总是|常常)?(被|遭)")
_ZH_SKIP: Final = frozenset(" 了\t")

EN_DETERMINERS: Final = _words(
    "the a an our their its his her this that these those my your some every each all"
)
EN_OBJECT: Final = _words(
    "to asked ask asks asking told tell tells telling urged urge instructed instruct "
    "required require pressed press reminded remind warned warn informed inform wanted want "
    "expected expect let made make gave give sent send emailed email called call phoned phone "
    "rang met meet thanked thank invited invite for with against about into onto than "
    "persuaded persuade convinced convince helped help chased chase pushed push forced force "
    "between"
)
EN_MODIFIER: Final = _words("from of at in on within inside under over")
EN_POSSESSIVE: Final = _words("our my your their its his")
"""A mention that is a possessive (*held back our instalment*) modifies a noun: no subject."""
EN_OBJECT_PRONOUN: Final = _words("us me them him")
"""A mention that is an object pronoun (*kept us waiting*) is an object, whatever precedes it."""
_EN_PASSIVE: Final = re.compile(
    r"\W*(?:(?:had|have|has)\s+been|was|were|are|is|got|get|gets|been|being)\s+"
    r"(?:\w+ly\s+)?(?:asked|told|required|instructed|made|expected|forced|pressed|pushed|"
    r"given|sent|ordered|obliged|chased|reminded|warned)\b",
    re.IGNORECASE,
)
_EN_WORD: Final = re.compile(r"([A-Za-z]+)[^A-Za-z]*$")
_EN_SENTENCE_END: Final = ".!?;\n"
_LOOK_BACK: Final = 40


def position(text: str, start: int, end: int, zh: bool) -> int:
    """Where the mention at ``text[start:end]`` stands (:data:`SUBJECT`, :data:`OBJECT` ...)."""
    if zh:
        j = start
        while j and text[j - 1] in _ZH_SKIP:
            j -= 1
        one = text[j - 1 : j]
        two = text[max(0, j - 2) : j]
        if one in ZH_AGENT and j == start:
            return AGENT
        if two in ZH_NOT_MARKER:
            return SUBJECT if not _ZH_PASSIVE.match(text, end) else PASSIVE
        if two in ZH_OBJECT_2 or one in ZH_OBJECT_1:
            return OBJECT
        if two in ZH_MODIFIER_2 or one in ZH_MODIFIER_1:
            return MODIFIER
        return PASSIVE if _ZH_PASSIVE.match(text, end) else SUBJECT
    itself = text[start:end].lower()
    if itself in EN_POSSESSIVE:
        return MODIFIER
    if itself in EN_OBJECT_PRONOUN:
        return OBJECT
    before = text[max(0, start - _LOOK_BACK) : start]
    cut = max(before.rfind(c) for c in _EN_SENTENCE_END)
    word = last_word(before[cut + 1 :])
    if word == "by":
        return AGENT
    if word in EN_OBJECT:
        return OBJECT
    if word in EN_MODIFIER:
        return MODIFIER
    return PASSIVE if _EN_PASSIVE.match(text, end) else SUBJECT


def last_word(before: str) -> str | None:
    """The last word of ``before``, skipping determiners (``asked the`` → asked)."""
    rest = before
    while True:
        m = _EN_WORD.search(rest)
        if m is None:
            return None
        word = m.group(1).lower()
        if word not in EN_DETERMINERS:
            return word
        rest = rest[: m.start()]


def refine(text: str, spans: Sequence[tuple[int, int]], positions: list[int], zh: bool) -> None:
    """Correct ``positions`` (parallel to ``spans``) for pairs of adjacent mentions.

    * 机构的社工, 文化站的王主任: the first only modifies the second;
    * *the council and the charity*, *the council or us*: the second is a
      conjunct, the act's other party (read as an object).
    """
    for i in range(1, len(spans)):
        gap = text[spans[i - 1][1] : spans[i][0]]
        if zh:
            if gap == "的":
                positions[i - 1] = MODIFIER
        elif positions[i] == SUBJECT and last_word(gap) in ("and", "or") and len(gap) <= 10:
            positions[i] = OBJECT
