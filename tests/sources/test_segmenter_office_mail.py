"""Office mail and Teams copies as an English council's officers keep them.

An outsider's case (a borough council and a charity) found: Teams head lines with
the directory's ``Surname, Forename`` had no speaker; a mail's line that starts like
a label (``On the duplication: …``, a signature's ``T: 01632 …``) became a turn of
no one; a message saved with its internet headers (``Return-Path: … Date: …``) gave
a turn per header field and its paragraphs no sender; a ``>``-quoted reply was one
segment, placed at a date it mentioned rather than the day it was written.
"""

from __future__ import annotations

from datetime import date

from relcycle.domain import Actor, Case, Contract, Source
from relcycle.sources.mailblocks import header_block_end
from relcycle.sources.segmenter import head_name, segment_text, surname_first
from relcycle.sources.timeexpr import place_segments

ACTORS = (
    Actor("gov", "Calderbrook Borough Council", "government", ("Helen Marsh", "Priya Nair")),
    Actor("swo", "Millrace Community Trust", "social_org", ("Fiona Gallagher", "Tom Reilly")),
)
GBP = Contract({"currency": "GBP"}, start=date(2021, 4, 1), end=date(2024, 3, 31))
CASE = Case("c", "c", "en", "quarter", date(2021, 4, 1), date(2024, 3, 31), ACTORS, GBP)

TEAMS = """[03/03/2022 16:02] Marsh, Helen
Heads up: the ICB has some discharge money. Can we write it together next week?

[03/03/2022 16:20] Gallagher, Fiona
Yes. I'll block out Tuesday afternoon.
"""

SAVED = """Return-Path: <priya.nair@calderbrook.gov.uk>
Received: from mail.calderbrook.gov.uk (10.20.4.17) by EXCH02.calderbrook.local
 (10.20.4.22) with Microsoft SMTP Server; Tue, 6 Dec 2022 11:20:44 +0000
From: "Nair, Priya" <priya.nair@calderbrook.gov.uk>
To: Fiona Gallagher <fiona.gallagher@millracetrust.org.uk>
Subject: Compliance review
Date: Tue, 6 Dec 2022 11:20:41 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Dear Fiona,

From January 2023 the Trust must submit a monthly monitoring return.

Priya Nair
Direct: 01632 960 127

On 01/12/2022 15:02, Fiona Gallagher wrote:
> Dear Priya,
>
> Thank you for the call this morning.
>
> Fiona
"""


def _source(text: str, day: date) -> Source:
    return Source("t.txt", "message", day, None, None, text, "t.txt", "utf-8", "0" * 64)


def test_a_teams_head_line_surname_first_is_its_sender() -> None:
    segments = segment_text("t.txt", TEAMS, ACTORS)
    assert [(s.speaker, s.actor) for s in segments] == [
        ("Helen Marsh", "gov"),
        ("Fiona Gallagher", "swo"),
    ]
    assert segments[0].text.endswith("together next week?")  # Heads up: is her message's


def test_a_teams_message_is_read_as_of_its_head_line_s_day() -> None:
    segments = segment_text("t.txt", TEAMS, ACTORS)
    anchors = place_segments(segments, _source(TEAMS, date(2022, 3, 11)), CASE)
    assert (anchors[0].start, anchors[0].expression) == (date(2022, 3, 7), "next week")


def test_surname_first_reads_display_names_only() -> None:
    assert surname_first("Marsh, Helen") == "Helen Marsh"
    assert surname_first("O'Neill-Ward, Mary Ann") == "Mary Ann O'Neill-Ward"
    assert surname_first("Agree. One thought") is None
    assert surname_first("apples, pears") is None


def test_a_mail_s_label_like_lines_are_its_sender_s() -> None:
    text = (
        "From: Marsh, Helen <helen.marsh@calderbrook.gov.uk>\nSent: 11 January 2023 12:14\n"
        "Subject: RE: returns\n\nFiona,\n\nOn the duplication: you are right.\n\n"
        "Helen Marsh\nT: 01632 960 115\n"
    )
    segments = segment_text("t.txt", text, ACTORS)
    assert {(s.speaker, s.actor) for s in segments} == {("Helen Marsh", "gov")}
    assert any(s.text.startswith("On the duplication: you") for s in segments)


def test_a_saved_message_s_headers_are_one_header_its_sender_s() -> None:
    segments = segment_text("t.txt", SAVED, ACTORS)
    assert segments[0].text.startswith("Return-Path:") and segments[0].text.endswith('utf-8"')
    assert [(s.speaker, s.actor) for s in segments[:4]] == [("Priya Nair", "gov")] * 4
    assert segments.stamped[0] == 0


def test_a_saved_message_is_dated_by_its_date_field() -> None:
    segments = segment_text("t.txt", SAVED, ACTORS)
    anchors = place_segments(segments, _source(SAVED, date(2022, 12, 6)), CASE)
    assert [a.start for a in anchors[:2]] == [date(2022, 12, 6)] * 2
    assert anchors[2].start == date(2023, 1, 1)  # From January 2023: its own time


def test_a_quoted_reply_s_paragraphs_are_its_sender_s_and_of_its_day() -> None:
    segments = segment_text("t.txt", SAVED, ACTORS)
    quoted = [s for s in segments if s.speaker == "Fiona Gallagher"]
    assert [s.text for s in quoted] == [
        "On 01/12/2022 15:02, Fiona Gallagher wrote:\n> Dear Priya,",
        "> Thank you for the call this morning.",
        "> Fiona",
    ]
    anchors = place_segments(segments, _source(SAVED, date(2022, 12, 6)), CASE)
    assert [a.start for a in anchors[-3:]] == [date(2022, 12, 1)] * 3


def test_header_blocks_need_a_mail_program_s_fields() -> None:
    assert header_block_end("To: the board\nFrom: the chair\nDate: today\n\nText") == 0
    assert header_block_end("Note: one\nFrom: Helen\nDate: 1 May 2022\n\nText") == 0
    assert header_block_end("Subject: x\nFrom: Helen\nDate: 1 May 2022\n\nText") == 0
    assert header_block_end("Return-Path: <a@b>\nFrom: a@b\n\nText") == 0  # no Date
    block = "Message-ID: <1@b>\nFrom: a@b\nDate: Tue, 6 Dec 2022\n\nText"
    assert header_block_end(block) == block.index("\n\n")


MOBILE = """________________________________
From: Marsh, Helen <helen.marsh@calderbrook.gov.uk>
Sent: 11 January 2023 12:14
To: Fiona Gallagher
Subject: RE: returns
Importance: High

Fiona, send the monthly return only.

Get Outlook for iOS<https://aka.ms/o0ukef>
________________________________
From: Fiona Gallagher <fiona.gallagher@millracetrust.org.uk>
Sent: 10 January 2023 09:02
To: Nair, Priya <priya.nair@calderbrook.gov.uk>
Subject: returns

Dear Priya, will the quarterly return continue?
"""


def test_a_mail_header_right_under_a_signature_starts_the_next_mail() -> None:
    segments = segment_text("t.txt", MOBILE, ACTORS)
    assert [(s.speaker, s.text.split("\n", 1)[0][:12]) for s in segments] == [
        ("Helen Marsh", "____________"),
        ("Helen Marsh", "Fiona, send "),
        ("Helen Marsh", "Get Outlook "),
        ("Fiona Gallagher", "____________"),
        ("Fiona Gallagher", "Dear Priya, "),
    ]
    anchors = place_segments(segments, _source(MOBILE, date(2023, 1, 12)), CASE)
    assert anchors[-1].start == date(2023, 1, 10)


def test_a_from_line_inside_a_paragraph_without_a_sent_line_is_text() -> None:
    text = "Minutes of the meeting\nFrom: the chair's notes\nThe council agreed."
    assert [s.speaker for s in segment_text("t.txt", text, ACTORS)] == [None]


def test_a_head_line_name_then_stamp_or_with_an_office_in_brackets_is_its_sender() -> None:
    text = (
        "Marsh, Helen 14/03/2023 09:12\nCan we move the review to next week?\n\n"
        "[14/03/2023 09:20] Gallagher, Fiona (Millrace)\nYes, Tuesday works.\n"
    )
    actors = (*ACTORS[:1], Actor("swo", "Millrace Community Trust", "social_org", ("Millrace",)))
    segments = segment_text("t.txt", text, actors)
    assert [(s.speaker, s.actor) for s in segments] == [
        ("Helen Marsh", "gov"),
        ("Fiona Gallagher (Millrace)", "swo"),
    ]
    anchors = place_segments(segments, _source(text, date(2023, 3, 31)), CASE)
    assert anchors[0].start == date(2023, 3, 20)  # next week from the stamp's day


def test_head_name_reads_surname_first_and_keeps_the_office() -> None:
    assert head_name("Marsh, Helen (Calderbrook Council)") == "Helen Marsh (Calderbrook Council)"
    assert head_name("Helen Marsh (External)") == "Helen Marsh (External)"
    assert head_name("apples, pears (fruit)") is None


def test_an_interview_by_mail_keeps_its_turns() -> None:
    text = (
        "From: Kirsty Jamieson <k.jamieson@uni.ac.uk>\nSent: 3 May 2023 10:00\n"
        "Subject: Interview questions\n\nQ: How did the audit go?\n\n"
        "A: It was proportionate in the end.\n"
    )
    labels = [s.speaker for s in segment_text("t.txt", text, ACTORS, informant="swo")]
    assert labels[-2:] == ["Q", "A"]
    plain = [s.speaker for s in segment_text("t.txt", text, ACTORS)]
    assert plain[-2:] == ["Q", "A"]  # interview labels are turns in any mail
