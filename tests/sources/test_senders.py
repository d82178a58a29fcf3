"""Whose a mail or a minuted turn is when its label names a person case.yaml does not list.

From a US county's case (marlow-county-meals-us): the e-mails' senders were
the county's and the nonprofit's staff, and the supervisors' minutes named
their speakers ``Administrator Hale:`` and ``Supervisor Soto:``; none was
attributed to an actor.
"""

from __future__ import annotations

from relcycle.domain import Actor
from relcycle.sources.segmenter import is_speaker_label, segment_text
from relcycle.sources.senders import Senders

ACTORS = (
    Actor("gov", "Marlow County Department of Aging and Adult Services", "government",
          ("DAAS", "Marlow County", "County Administrator", "Board of Supervisors")),
    Actor("swo", "Second Helping Senior Meals, Inc.", "social_org", ("Second Helping",)),
    Actor("assoc", "State Association of Senior Nutrition Providers", "other"),
)  # fmt: skip

THREAD = """From: Rosa Jimenez <rjimenez@secondhelpingmeals.org>
To: Mark Brandt <mbrandt@marlowcounty.gov>
Date: Tue, 03/14/2023 4:52 PM
Subject: RE: FY23 Q4 deliverables

Understood. We'll get you the February numbers by Monday.

-----Original Message-----
From: Mark Brandt <mbrandt@marlowcounty.gov>
To: Rosa Jimenez <rjimenez@secondhelpingmeals.org>
Date: Thu, 03/02/2023 10:17 AM
Subject: FY23 Q4 deliverables

A monthly data pull is due by the 5th of each month.
"""


def test_a_mail_s_sender_is_the_actor_of_their_address() -> None:
    segments = segment_text("t.txt", THREAD, ACTORS)
    assert [(s.speaker, s.actor) for s in segments] == [
        ("Rosa Jimenez", "swo"),
        ("Rosa Jimenez", "swo"),
        ("Mark Brandt", "gov"),
        ("Mark Brandt", "gov"),
    ]


def test_an_address_matches_a_name_or_a_government_domain() -> None:
    senders = Senders(ACTORS)
    sent = "\nSent: 1 March 2022 09:00"
    assert senders.by_address("From: Jo <jo@secondhelpingmeals.org>" + sent) == "swo"
    assert senders.by_address("From: Jo <jo@marlowcounty.gov>" + sent) == "gov"
    # no actor's name in the domain, but a government one: the case's government
    assert senders.by_address("From: Jo <jo@aging.state.gov>" + sent) == "gov"
    assert senders.by_address("From: Jo <jo@gmail.com>" + sent) is None
    assert senders.by_address("> On Tue, 3 Oct 2023, Jo <jo@marlowcounty.gov> wrote:") == "gov"
    assert senders.by_address("Dear Jo, write to jo@marlowcounty.gov") is None


def test_two_government_actors_leave_a_government_domain_open() -> None:
    actors = (*ACTORS, Actor("state", "State Unit on Aging", "government"))
    assert Senders(actors).by_address("From: Jo <jo@aging.ca.gov>\nSent: 1 March") is None


def test_an_office_s_title_before_a_surname_is_the_office_s_actor() -> None:
    text = (
        "Administrator Hale: I have asked every department to tighten oversight.\n"
        "Supervisor Soto: The meals contract has worked for years.\n"
        "Director Okafor: We trust their counts.\n"
        "Rosa: We want this to work."
    )
    segments = segment_text("m.md", text, ACTORS)
    assert [(s.speaker, s.actor) for s in segments] == [
        ("Administrator Hale", "gov"),
        ("Supervisor Soto", "gov"),
        ("Director Okafor", None),  # no actor's name holds "director"
        ("Rosa", None),
    ]


def test_a_title_two_actors_hold_names_neither() -> None:
    actors = (*ACTORS[:2], Actor("vol", "Volunteer Coordinator Network", "other",
                                 ("Aging Services Coordinator",)))  # fmt: skip
    assert Senders(actors).by_office("Coordinator Lee") == "vol"
    two = (*actors, Actor("x", "Youth Coordinator Office", "other"))
    assert Senders(two).by_office("Coordinator Lee") is None


def test_a_roll_call_is_no_speaker() -> None:
    assert not is_speaker_label("Supervisors present")
    assert not is_speaker_label("Staff absent")
    assert is_speaker_label("Supervisor Soto")


def test_a_site_visit_note_s_headings_are_no_speakers() -> None:
    text = "Kitchen clean.\n\nFollow-up: joint planning in October.\n\nFindings: none."
    assert [s.speaker for s in segment_text("n.md", text, ACTORS)] == [None, None, None]


def test_a_committee_reports_headings_are_no_speakers() -> None:
    text = (
        "Report of: Director of Adult Social Care\n\nWards affected: All\n\n"
        "Recommendation: that the committee notes the report.\n\n"
        "Deputation: two young people from the forum spoke.\n\n"
        "Background papers: none\n\nContact officer: David Okoro"
    )
    assert [s.speaker for s in segment_text("r.md", text, ACTORS)] == [None] * 6
    assert is_speaker_label("Councillor Reid")
