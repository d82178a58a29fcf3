"""The researcher's own words in a source: reflections and bracketed notes.

Field notes mix what was seen with what the researcher made of it, and keep the
two apart by a marker at a paragraph's start: ``【反思】…``, ``【分析】…``,
``[反思] …``, ``反思：…``, ``笔者按：…``; English notes mark an observer's comment
``O.C.: …`` or ``[OC: …]`` and a memo ``[Memo: …]``, ``[Reflection: …]``. A
transcript carries the researcher's glosses in brackets: ``[注：“前年”指2019年]``,
``【按：受访者此时语气激动】``, ``（笔者注：…）``, ``[Note: …]``. Such a paragraph is
evidence of neither party; it is read as the researcher's turn (speaker
``研究者`` or ``researcher``, no actor), which the coders pass over as they
pass over an interviewer's question (:mod:`relcycle.coding.dictionary.turns`).
A marker alone on its paragraph (``【反思】`` as a heading) makes the next
paragraph the researcher's too.

Only markers that name the researcher's own writing count: a document's own
``注：`` (a table's footnote) or a report's ``Reflection:`` section is not
bracketed and stays the document's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Final

from relcycle.domain import Segment

__all__ = ["RESEARCHER", "researcher_asides"]

#: The speaker given to the researcher's own text: an interviewer label of each language.
RESEARCHER: Final = {"zh": "研究者", "en": "researcher"}

_OPEN: Final = r"[\[【［(（〔]"
_CLOSE: Final = r"[\]】］)）〕]"
#: The researcher's markers when bracketed: 【反思】, [注：…], 【按：…】, [Note: …], [OC: …].
_ZH_BRACKETED: Final = (
    r"(?:研究者|笔者|筆者|作者)?"
    r"(?:反思|分析|思考|感想|感悟|体会|體會|备忘|備忘|理论备忘|按|注|札记)"
)
_EN_BRACKETED: Final = (
    r"(?i:o\.?\s?c\.?|observer'?s? comments?|researcher'?s? (?:note|comment|reflection)s?"
    r"|note|nb|memo|analytic memo|reflections?|fieldworker'?s? notes?)"
)
#: ... and without brackets, as a label: 反思：, 笔者按：, O.C.:, Researcher's note:.
_ZH_LABEL: Final = r"(?:研究者|笔者|筆者)(?:反思|分析|按|注)|反思"
_EN_LABEL: Final = r"(?i:o\.c\.|oc|observer'?s? comments?|researcher'?s? (?:note|comment)s?)"
_MARK: Final = re.compile(
    rf"[^\S\n]*[*_>#]*[^\S\n]*(?:{_OPEN}[^\S\n]*(?P<zh>{_ZH_BRACKETED})[^\S\n]*(?:{_CLOSE}|[:：])"
    rf"|{_OPEN}[^\S\n]*(?P<en>{_EN_BRACKETED})[^\S\n]*(?:{_CLOSE}|:)"
    rf"|(?P<zhl>{_ZH_LABEL})[^\S\n]*[:：]|(?P<enl>{_EN_LABEL})[^\S\n]*:)"
)
#: What a paragraph :data:`_MARK` matches can start with besides white space: Markdown's
#: marks, an opening bracket, the first character of a Chinese label, o or r of an English one
#: (``(?i:)`` folds no other character to them). Most paragraphs start with none: one set
#: look-up instead of the regex (a test holds it to the regex).
_MARK_FIRST: Final = frozenset("*_>#[【［(（〔研笔筆反oOrR")
#: The researcher's markers read as a speaker label by the segmenter (反思：…, 笔者按：…).
_LABELS: Final = re.compile(rf"{_OPEN}?(?:{_ZH_LABEL}|{_ZH_BRACKETED}|{_EN_LABEL}|{_EN_BRACKETED})")


@lru_cache(maxsize=1024)
def _is_label(label: str) -> bool:
    """Whether a speaker label (stripped) is a researcher's marker: asked once a label."""
    return _LABELS.fullmatch(label) is not None


def _marker(segment: Segment) -> tuple[str, bool] | None:
    """The language of the researcher's marker ``segment`` opens with, and whether that is all.

    A turn is the researcher's only when its label is a marker (反思：…, the segmenter
    cut the label off); any other turn is its speaker's, whatever it holds.
    """
    if segment.speaker is not None:
        label = segment.speaker.strip()
        if _is_label(label):
            return ("en" if label.isascii() else "zh", not segment.text.strip())
        return None
    m = _MARK.match(segment.text)
    if m is None:
        return None
    language = "zh" if m.group("zh") or m.group("zhl") else "en"
    return language, not segment.text[m.end() :].strip(" \t\n*_】]")


def researcher_asides(segments: Sequence[Segment]) -> list[Segment]:
    """``segments`` with the researcher's reflections and notes made the researcher's turns.

    Args:
        segments: A source's segments, in order, as the segmenter cut them.

    Returns:
        The same segments; those opening with a researcher's marker (and the paragraph
        after a marker alone on its own) have speaker 研究者 (researcher) and no actor.
    """
    out = list(segments)
    heading: str | None = None  # a marker alone on its paragraph: the next is its text
    for i, segment in enumerate(out):
        if (
            heading is None
            and segment.speaker is None
            and (first := segment.text[:1]) not in _MARK_FIRST
            and not first.isspace()
        ):
            continue  # most paragraphs: no marker starts with their first character
        found = _marker(segment)
        if found is None and heading is not None and segment.speaker is None:
            found = (heading, False)
        heading = None
        if found is None:
            continue
        language, alone = found
        out[i] = replace(segment, speaker=RESEARCHER[language], actor=None)
        if alone:
            heading = language
    return out
