"""A roll call's head (In attendance:, Apologies for absence:) is no speaker."""

from __future__ import annotations

import pytest

from relcycle.domain import Actor
from relcycle.sources.segmenter import is_speaker_label, segment_text

ACTORS = (Actor("swo", "Braeside Youth Trust", "social_org", ("Hamish MacLeod",)),)


@pytest.mark.parametrize(
    "label", ["In attendance", "Also in attendance", "Apologies for absence", "Staff absent"]
)
def test_a_roll_call_head_is_no_speaker(label: str) -> None:
    assert not is_speaker_label(label)


def test_a_person_still_is() -> None:
    assert is_speaker_label("Mhairi Campbell")


def test_the_roll_call_stays_one_paragraph_of_no_one() -> None:
    text = (
        "Present: Jenny Docherty (JD) Chair; Lorna Wallace (LW) Treasurer\n"
        "In attendance: Hamish MacLeod (HM) Chief Executive\n"
        "Apologies for absence: Rev. Tom Gillies\n\n"
        "HM reported that the cafés had reopened."
    )
    segments = segment_text("m.md", text, ACTORS)
    assert [(s.speaker, s.actor) for s in segments] == [
        (None, None),
        ("Hamish MacLeod", "swo"),
    ]
    assert "In attendance:" in segments[0].text
