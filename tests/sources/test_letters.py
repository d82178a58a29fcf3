"""A letter's paragraphs are its signer's, from the salutation to the name."""

from __future__ import annotations

from relcycle.domain import Actor
from relcycle.sources.segmenter import segment_text

ACTORS = (
    Actor("gov", "Glenmore Council", "government", ("the council", "Morag Fraser")),
    Actor("swo", "Braeside Youth Trust", "social_org", ("the Trust", "Jenny Docherty")),
)

LETTER = """BRAESIDE YOUTH TRUST

Ms Morag Fraser
Glenmore Council

16 October 2023

Dear Ms Fraser

I write to give notice that the Trust will not bid in the re-tender.

We want the handover to be safe.

Yours sincerely

Jenny Docherty, Chair

cc: Cllr Fiona Nicol"""


def _turns(text: str, informant: str | None = None) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.actor) for s in segment_text("l.md", text, ACTORS, informant)]


def test_from_the_salutation_to_the_name_the_signer_writes() -> None:
    turns = _turns(LETTER)
    signer = ("Jenny Docherty", "swo")
    assert turns[-6:-1] == [signer] * 5  # Dear …, two paragraphs, the close, the name
    assert turns[-1] == (None, None)  # cc: below the name
    assert set(turns[:-6]) == {(None, None)}  # the letterhead, the address, the date


def test_a_close_and_name_on_one_line() -> None:
    text = (
        "Dear District Officer,\n\nWe ask that the tranche be released.\n\n"
        "Yours faithfully, Morag Fraser, Head of Service"
    )
    assert _turns(text) == [("Morag Fraser", "gov")] * 3


def test_a_signer_no_actor_has_still_writes_it() -> None:
    text = "Dear Ms Fraser,\n\nThank you.\n\nKind regards,\nPriya Nair"
    assert _turns(text) == [("Priya Nair", None)] * 3


def test_an_office_or_no_close_names_no_one() -> None:
    office = (
        "Dear Ms Okafor,\n\nThe audit found gaps.\n\nYours sincerely, Quality and Safeguarding Lead"
    )
    unsigned = "Dear Ms Okafor,\n\nThe audit found gaps."
    assert set(_turns(office)) == {(None, None)}
    assert set(_turns(unsigned)) == {(None, None)}


def test_a_mail_s_sender_stands() -> None:
    text = (
        "From: Morag Fraser <m@glenmore.gov.uk>\nSent: 13 October 2022 08:41\nSubject: Notice\n\n"
        "Dear Jenny,\n\nPlease see below.\n\nKind regards\nMorag"
    )
    assert {who for who, _ in _turns(text)} == {"Morag Fraser"}


def test_an_interview_is_left_alone() -> None:
    text = "Interviewer: Did you write?\n\nJenny: Dear me, yes. Yours sincerely, Jenny Docherty."
    assert _turns(text, "swo")[0][0] == "Interviewer"
