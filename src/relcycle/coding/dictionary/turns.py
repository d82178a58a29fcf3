"""Which turns are no evidence: an interviewer's.

In an interview the informant's answer is the evidence; the question before
it (政府有没有要求你们每周交台账？, *Did the council ask you to pre-approve
posts?*) only names what the answer is about, and so does an interviewer's
remark that sums up facts (*The reporting became much heavier in the second
year. Why?*). The dictionary coder therefore codes nothing in a turn whose
speaker label is an interviewer's (问, 問, Q, Interviewer, 访谈者, 笔者 ...: the
segmenter's :data:`~relcycle.sources.segmenter.INTERVIEWER_LABELS`) when that
label maps to no case actor.

The rule is kept narrow on purpose. A question asked by someone the label
names (``王主任：你们台账交了没有？`` in minutes, ``问（张科长）：`` where the
parenthesis names an actor) is that actor's act and is coded; so is any turn
of a speaker who maps to no actor but is not labelled as an interviewer
(``Finance officer:`` in minutes), and any sentence that asks a question in
field notes or minutes without a speaker label.
"""

from __future__ import annotations

import re
from typing import Final

from relcycle.domain import Segment
from relcycle.sources.segmenter import INTERVIEWER_LABELS

_ASIDE: Final = re.compile(r"\s*[（(][^）)]*[）)]\s*$")
"""A parenthetical in a label (``问（笔者）``), read as the segmenter reads it: left out."""


def is_interviewer_turn(segment: Segment) -> bool:
    """Whether ``segment`` is a turn of an interviewer who is no case actor.

    Args:
        segment: A segment; its ``speaker`` is the label as written and its
            ``actor`` the actor that label maps to.
    """
    label = segment.speaker
    if label is None or segment.actor is not None:
        return False
    base = _ASIDE.sub("", label).strip(" \t*_").casefold()
    return (base or label.strip().casefold()) in INTERVIEWER_LABELS
