r"""Where English expressions are: the anchors of the English rules.

The pre-scan reads English in lower case, so one anchor serves every
capitalisation. An anchor sits on a fairly rare letter of a word the
expression must contain (the y of "year", the p of "spring", the c of
"contract"), never on a common first letter, so the pre-scan tries few
positions. What follows the letter is plain text, so ``re`` drops most tries
at the next character; short words end in a lookbehind that re-reads the
whole word (see :func:`word`). Each rule in
:mod:`~relcycle.sources.timeexpr.en_calendar` and
:mod:`~relcycle.sources.timeexpr.en_project` lists the anchors one of which
every expression it accepts contains.
"""

from __future__ import annotations

import re

from relcycle.sources.timeexpr.prescan import Anchor

_NOT_LETTER = "(?![a-z])"


def word(written: str, at: int, *, whole: bool = False, reach: int | None = None) -> Anchor:
    """An anchor on character ``at`` of ``written``, a lower-case word or phrase.

    Args:
        written: The word as the lower-cased text spells it.
        at: Which character the pre-scan looks for; not the last one.
        whole: The word must stand alone (no letter before or after it).
        reach: The anchor's own reach, if not the rule's.

    Returns:
        The anchor; when the part after ``at`` is short or ``at`` is not the
        first character, its rest ends in a lookbehind that re-reads the word.
    """
    if not 0 <= at < len(written) - 1:
        raise ValueError(f"anchor letter {at} must be inside {written!r}, not its last")
    rest = re.escape(written[at + 1 :])
    if at or len(written) - at - 1 < 4:
        rest += f"(?<={re.escape(written)})"
    if whole:
        rest += _NOT_LETTER + f"(?<![a-z]{re.escape(written)})"
    return Anchor(written[at], rest, reach)


def ending(*written: str, whole: bool = True) -> tuple[Anchor, ...]:
    """Anchors on the last letter of words or phrases (aug, that day) ending alike.

    The rest is the character after the word (or the text's end), then
    lookbehinds that re-read the word: the first, shared by all of
    ``written``, is the only one tried after most words. A space in a word
    stands for any white space, as in the rules.

    Args:
        written: The words, lower case, with the same last three letters.
        whole: The words stand alone (no letter before or after them).
    """
    last = written[0][-3:]
    if any(w[-3:] != last for w in written):
        raise ValueError(f"words must end alike: {written}")
    texts = [r"\s".join(re.escape(part) for part in w.split(" ")) for w in written]
    follows = ("[^a-z]",) if whole else ("[^a-z]", "[a-z]")
    anchors = []
    for after in follows:
        checks = "|".join(
            f"(?<={t}{after})" + (f"(?<![a-z]{t}{after})" if whole else "") for t in texts
        )
        anchors.append(Anchor(last[-1], f"{after}(?<={re.escape(last)}{after})(?:{checks})"))
    at_end = "|".join(f"(?<={t})" + (f"(?<![a-z]{t})" if whole else "") for t in texts)
    anchors.append(Anchor(last[-1], rf"\Z(?<={re.escape(last)})(?:{at_end})"))
    return tuple(anchors)


#: The first two digits of a year 1900-2099.
YEAR_DIGITS = (Anchor("1", r"9\d\d"), Anchor("2", r"0\d\d"))
YEAR_WORD = Anchor("y", "ear")
MONTH_WORD = Anchor("m", "onth")

#: Month names and abbreviations standing alone; "may" only with a capital
#: (the verb is never a month).
MONTH_NAMES = (
    *(
        word(name, at, whole=True)
        for name, at in (
            ("jan", 0), ("january", 0), ("feb", 0), ("february", 0), ("mar", 0), ("march", 0),
            ("apr", 1), ("april", 1), ("jun", 0), ("june", 0), ("jul", 0), ("july", 0),
            ("august", 2), ("sept", 2), ("september", 2), ("oct", 1), ("october", 1),
            ("november", 2), ("december", 2),
        )
    ),
    Anchor("m", "ay(?<=may)" + _NOT_LETTER + "(?<![a-z]may)", capital=True),
    *ending("aug"),
    *ending("sep"),
    *ending("nov"),
    *ending("dec"),
)  # fmt: skip

#: Seasons, at a letter rarer than their first.
SPRING = word("spring", 1)
SUMMER = word("summer", 2)
WINTER = word("winter", 0)
SEASONS = (SPRING, SUMMER, word("autumn", 4), word("fall", 0), WINTER)

#: "week" where a relative rule can use it (last week, two weeks ago, in two weeks' time).
WEEK_AFTER_WORD = (
    Anchor("w", r"eek(?<=last\sweek|this\sweek|next\sweek|past\sweek|that\sweek|same\sweek)"),
    Anchor("w", r"eek(?<=previous\sweek)"),
    Anchor("w", r"eek(?<=following\sweek)"),
)
_DIRECTION = r"\s(?:ago|later|earlier|afterwards|after|before|on)" + _NOT_LETTER
WEEKS_COUNTED = (Anchor("w", "eek" + _DIRECTION), Anchor("w", "eeks" + _DIRECTION))
WEEKS_IN_TIME = (Anchor("w", r"eeks?'s?\stime"),)
#: Days counted from a point (two days ago, in three days' time), at their y.
DAYS_COUNTED = (Anchor("y", _DIRECTION), Anchor("y", "s" + _DIRECTION))
DAYS_IN_TIME = (Anchor("y", r"'s?\stime"), Anchor("y", r"s's?\stime"))


def _project(written: str, at: int) -> Anchor:
    """The project word where the rules read it (of the, of our, of this, when the, as the ...).

    So 'outside the contract' is no anchor.
    """
    w = re.escape(written)
    before = (
        rf"(?:(?<=(?:of\s(?:the|our)|as\sthe)\s{w})|(?<=of\sthis\s{w})"
        rf"|(?<=when\s(?:the|our)\s{w}))"
    )
    return Anchor(written[at], re.escape(written[at + 1 :]) + before)


#: The word naming the project (contract, project, programme, service, partnership).
PROJECT_WORDS = (
    _project("contract", 0),
    _project("project", 3),
    _project("program", 3),
    _project("service", 3),
    _project("partnership", 0),
)
#: "quarter" counted from now or from the time before (last quarter, the previous quarter).
RELATIVE_QUARTER_WORD = Anchor(
    "q",
    r"uarter(?:(?<=last\squarter)|(?<=this\squarter)|(?<=next\squarter)|(?<=past\squarter)"
    r"|(?<=that\squarter)|(?<=previous\squarter)|(?<=following\squarter))",
)
#: "quarter" after an ordinal (the second quarter, Q2 in words).
QUARTER_WORD = Anchor(
    "q",
    r"uarter(?:(?<=(?:first|third|final)\squarter)|(?<=(?:second|fourth)\squarter)"
    r"|(?<=last\squarter)|(?<=(?:1st|2nd|3rd|4th)\squarter))",
)
