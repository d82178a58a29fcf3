"""A plan said with will and a few words, of any spelling: "will be re-tendered in the autumn".

Found by an outside case (glenmore-youth-exit-en): a field diary's entry of 15 June 2023
("the service will be re-tendered in the autumn") was put in the autumn of 2022, and a
letter of 16 October 2023 ("our staff will introduce the new team at both cafés in
December") in December 2022: a hyphen, an accent or a seventh word hid the "will".
"""

from __future__ import annotations

from datetime import date

import pytest

from relcycle.domain import Actor, Case, Source
from relcycle.sources.segmenter import segment_text
from relcycle.sources.timeexpr import place_segments
from relcycle.sources.timeexpr.cues import modal_context

ACTORS = (Actor("gov", "Glenmore Council", "government", ("the council",)),)
CASE = Case("c", "c", "en", "quarter", date(2019, 1, 1), date(2023, 12, 31), ACTORS, None)


def _modal(text: str) -> bool:
    end = text.rindex(" ") + 1
    return modal_context(text, end, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "the service will be re-tendered in the autumn",
        "our staff will introduce the new team at both cafés in December",
        "we'll hand over the young people's files by March",
    ],
)
def test_will_and_words_of_any_spelling_look_ahead(text: str) -> None:
    assert _modal(text)


@pytest.mark.parametrize(
    "text",
    [
        "we would have re-tendered in March",  # would have and a participle looks back
        "it will not be re-tendered in March",  # not: no plan
        "it will be fine, the café closed in March",  # another clause
        "we will write to every one of the many parents of the young people in March",
    ],
)
def test_no_plan_past_a_clause_or_too_many_words(text: str) -> None:
    assert not _modal(text)


def test_a_diary_s_plan_is_said_on_its_day() -> None:
    text = "The review is back: the service will be re-tendered in the autumn."
    source = Source("d.md", "field_note", date(2023, 6, 15), None, None, text, "d.md", "utf-8",
                    "0" * 64)  # fmt: skip
    anchor = place_segments(segment_text(source.id, text, ACTORS), source, CASE)[0]
    assert (anchor.start, anchor.end) == (date(2023, 6, 15), date(2023, 6, 15))
    assert anchor.note is not None and "2023-09-01..2023-11-30" in anchor.note
