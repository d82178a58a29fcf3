"""British minutes: initials defined in the roll call name who speaks and who acts.

An outsider's contract-monitoring minutes wrote ``Present: Helen Marsh (HM),
Commissioning Manager, CBC (chair); …`` and then ``HM confirmed that …``, ``FG said
…``, ``ACTION: PN to …``: every item had no speaker, so the council's and the
charity's acts could be told apart only by the coder's guess.
"""

from __future__ import annotations

from relcycle.domain import Actor
from relcycle.sources.names import name_patterns
from relcycle.sources.rollcall import opening_initials, roll_call
from relcycle.sources.segmenter import segment_text

ACTORS = (
    Actor("gov", "Calderbrook Borough Council", "government", ("CBC", "the council")),
    Actor("swo", "Millrace Community Trust", "social_org", ("MCT", "the Trust")),
)

MINUTES = """Contract monitoring meeting - Q2 2021/22

Present: Helen Marsh (HM), Commissioning Manager, CBC (chair); Priya Nair (PN), Contract
Monitoring Officer, CBC; Fiona Gallagher (FG), Chief Executive, MCT
Apologies: none

2. Q2 return
HM thanked the Trust for a clear return.
FG said the narrative section took a day.

3. KPI targets
HM and FG presented the targets they had drafted together.
ACTION: PN to issue the contract variation letter by 29/10/2021.

4. AOB
None.
"""


def test_a_roll_call_gives_each_initials_a_name_and_an_actor() -> None:
    table = roll_call(MINUTES, name_patterns(ACTORS))
    assert table == {
        "HM": ("Helen Marsh", "gov"),
        "PN": ("Priya Nair", "gov"),
        "FG": ("Fiona Gallagher", "swo"),
    }


def test_a_line_opening_with_initials_is_that_person_s_turn() -> None:
    segments = segment_text("m.md", MINUTES, ACTORS)
    turns = [(s.text.split(" ", 1)[0], s.speaker, s.actor) for s in segments if s.speaker]
    assert turns == [
        ("HM", "Helen Marsh", "gov"),
        ("FG", "Fiona Gallagher", "swo"),
        ("ACTION:", "Priya Nair", "gov"),
    ]
    assert all(MINUTES[s.start : s.end] == s.text for s in segments)


def test_initials_joined_to_others_are_no_one_s() -> None:
    segments = segment_text("m.md", MINUTES, ACTORS)
    (joint,) = [s for s in segments if "HM and FG" in s.text]
    assert joint.speaker is None and joint.text.startswith("3. KPI targets")


def test_initials_no_roll_call_defines_are_not_read() -> None:
    table = {"HM": ("Helen Marsh", "gov")}
    assert opening_initials("AOB none", 0, table) is None
    assert opening_initials("HM and FG to plan", 0, table) is None
    assert opening_initials("HMRC wrote to us", 0, table) is None
    assert opening_initials("ACTION: HM to confirm", 0, table) == "Helen Marsh"
    text = "Notes\n\nHM said yes."
    assert [s.speaker for s in segment_text("m.md", text, ACTORS)] == [None, None]
