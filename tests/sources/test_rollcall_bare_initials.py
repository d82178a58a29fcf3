"""Minutes whose roll call gives initials alone: the case's names say whose they are."""

from __future__ import annotations

from relcycle.domain import Actor
from relcycle.sources.names import name_patterns
from relcycle.sources.rollcall import people_by_initials, roll_call
from relcycle.sources.segmenter import segment_text

ACTORS = (
    Actor("gov", "Glenmore Council", "government", ("the council", "Morag Fraser")),
    Actor("swo", "Braeside Youth Trust", "social_org", ("Hamish MacLeod", "Jenny Docherty")),
)

MINUTES = """BRAESIDE YOUTH TRUST (SCIO)
Minutes of the Board of Trustees, 16 June 2022

Present: JD (Chair), LW (Treasurer), ES, AR
In attendance: HM (Chief Executive)

1. Council performance framework
HM reported that the monthly return now takes two days a month.
JD asked what the SLA says.
ES said the board should not pick a fight.
ACTION: HM to request a meeting with the Head of Communities and Learning."""


def test_initials_stand_for_the_one_name_that_has_them() -> None:
    people = people_by_initials(ACTORS)
    assert people["HM"] == ("Hamish MacLeod", "swo")
    assert people["MF"] == ("Morag Fraser", "gov")
    assert "GC" not in people  # an organisation's name is no person's


def test_initials_two_names_share_stand_for_no_one() -> None:
    actors = (*ACTORS, Actor("mp", "Members", "other", ("Helen Mackay",)))
    assert "HM" not in people_by_initials(actors)


def test_a_roll_call_of_bare_initials_names_the_case_s_people() -> None:
    table = roll_call(MINUTES, name_patterns(ACTORS), 3000, people_by_initials(ACTORS))
    assert table == {"JD": ("Jenny Docherty", "swo"), "HM": ("Hamish MacLeod", "swo")}


def test_their_lines_are_their_turns() -> None:
    turns = [(s.speaker, s.actor, s.text.split()[0]) for s in segment_text("m.md", MINUTES, ACTORS)]
    assert ("Hamish MacLeod", "swo", "HM") in turns
    assert ("Jenny Docherty", "swo", "JD") in turns
    assert ("Hamish MacLeod", "swo", "ACTION:") in turns
    # ES is in no name of the case: the line stays in the turn above it
    assert not any(text == "ES" for _, _, text in turns)


def test_initials_outside_a_roll_call_name_no_one() -> None:
    text = "HM reported that the return takes two days.\n\nJD asked what the SLA says."
    assert [s.speaker for s in segment_text("n.md", text, ACTORS)] == [None, None]
