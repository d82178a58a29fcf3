"""Cheap tests before the segmenter's costlier readings skip only texts those would pass over."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from relcycle.domain import Actor
from relcycle.sources.segmenter import _ROLL_HINT, ROLL_WITHIN, segment_text

ACTORS = (Actor("cbc", "Calderbrook Borough Council", "government", ("Helen Marsh",)),
          Actor("swo", "Millrace Trust", "social_org", ("Priya Nair",)))  # fmt: skip

#: Roll-call words in any case (and the characters ``lower`` changes the length of), no colon.
_WORDS = ["Present", "PRESENT", "present", "Attendees", "In attendance", "Apologies", "attend",
          "(HM)", " ", "\n", "\t", "İ", "ß", "K", "ſ", "：", "出席", "HM", "."]  # fmt: skip
_NO_COLON = st.lists(st.sampled_from(_WORDS), max_size=20).map("".join)


@settings(max_examples=300, deadline=None)
@given(_NO_COLON)
def test_a_roll_call_hint_needs_a_colon_in_the_opening(text: str) -> None:
    assert ":" not in text
    assert _ROLL_HINT.search(text[:ROLL_WITHIN].lower()) is None


def test_minutes_with_a_roll_call_still_give_initials_their_names() -> None:
    text = (
        "Present: Helen Marsh (HM), Commissioning Manager, CBC (chair); Priya Nair (PN), "
        "Millrace Trust\n\nHM confirmed the Q2 return.\n\nACTION: PN to send the figures."
    )
    segments = segment_text("m", text, ACTORS)
    assert [(s.speaker, s.actor) for s in segments[1:]] == [
        ("Helen Marsh", "cbc"),
        ("Priya Nair", "swo"),
    ]


def test_a_roll_call_past_the_opening_is_not_read() -> None:
    text = "Notes.\n\n" + "x" * ROLL_WITHIN + "\n\nPresent: Helen Marsh (HM)\n\nHM confirmed it."
    assert segment_text("m", text, ACTORS)[-1].speaker is None
