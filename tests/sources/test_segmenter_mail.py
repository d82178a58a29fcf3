"""A pasted mail thread: each mail's paragraphs are its sender's, and dated by its header.

Outlook writes a reply's original below ``-----Original Message-----`` or a line
of underscores, Gmail quotes it after ``On …, Name <address> wrote:``.
"""

from __future__ import annotations

from datetime import date

from relcycle.domain import Actor, Case, Source
from relcycle.sources.segmenter import mail_sender, segment_text
from relcycle.sources.timeexpr import place_segments

ACTORS = (
    Actor("gov", "Marri Bay City Council", "government", ("Council", "Karen Holt", "Dev Patel")),
    Actor("swo", "Banksia Community Care", "social_org", ("Banksia", "Siobhan O'Rourke")),
)

THREAD = """From: Karen Holt <Karen.Holt@marribay.vic.gov.au>
Sent: Wednesday, 25 August 2021 3:47 PM
To: Siobhan O'Rourke <siobhan@banksiacare.org.au>
Subject: RE: Co-design session

Happy for you to go ahead; no need to run every program past us.

Kind regards,
Karen

-----Original Message-----
From: Siobhan O'Rourke <siobhan@banksiacare.org.au>
Sent: Tuesday, 24 August 2021 6:05 PM
To: Karen Holt <Karen.Holt@marribay.vic.gov.au>
Subject: Co-design session

Would council need to approve these, or can we just get going?
"""


def test_each_mail_s_paragraphs_are_its_sender_s() -> None:
    segments = segment_text("t.txt", THREAD, ACTORS)
    assert [(s.speaker, s.actor) for s in segments] == [
        ("Karen Holt", "gov"),
        ("Karen Holt", "gov"),
        ("Karen Holt", "gov"),
        ("Siobhan O'Rourke", "swo"),
        ("Siobhan O'Rourke", "swo"),
    ]
    assert all(THREAD[s.start : s.end] == s.text for s in segments)


def test_an_original_below_a_separator_is_dated_by_its_own_header() -> None:
    source = Source("t.txt", "message", date(2021, 8, 25), None, None, THREAD, "t.txt", "utf-8",
                    "0" * 64)  # fmt: skip
    case = Case("c", "c", "en", "quarter", date(2021, 7, 1), date(2024, 3, 31), ACTORS, None)
    anchors = place_segments(segment_text("t.txt", THREAD, ACTORS), source, case)
    assert [a.start for a in anchors] == [date(2021, 8, 25)] * 3 + [date(2021, 8, 24)] * 2


def test_a_quoted_reply_is_the_quoted_sender_s() -> None:
    text = (
        "We do not accept it.\n\n"
        "> On Tue, 26 Jul 2022 at 14:02, Dev Patel <Dev.Patel@marribay.vic.gov.au> wrote:\n"
        "> The final instalment will be held."
    )
    segments = segment_text("t.txt", text, ACTORS)
    assert [(s.speaker, s.actor) for s in segments] == [(None, None), ("Dev Patel", "gov")]


def test_the_sender_as_a_from_line_names_them() -> None:
    sent = "\nSent: 1 March 2022 09:00"
    assert mail_sender('From: "Holt, Karen" <karen@x.org>' + sent) == "Karen Holt"
    assert mail_sender("-----Original Message-----\nFrom: Dev Patel [mailto:d@x.org]" + sent) == (
        "Dev Patel"
    )
    assert mail_sender("From: karen@x.org" + sent) == "karen@x.org"
    assert mail_sender("From: Maria Okafor") is None  # no Sent line: a memo's or a quote's head
    assert mail_sender("Once upon a time") is None


def test_a_reply_quoted_between_dashes_is_its_sender_s_and_dated_by_its_line() -> None:
    text = (
        "From: Siobhan O'Rourke <siobhan@banksiacare.org.au>\n"
        "Sent: Wed 11/05/2022 18:12\n\n"
        "Understood. Please do escalate.\n\n"
        "---- On Wed, 11 May 2022 09:26:40 Dev Patel wrote ----\n\n"
        "> I'm disappointed by this response.\n\n"
        "---- On Mon, 9 May 2022 12:15 PM Karen Holt <karen@marribay.vic.gov.au> wrote ----\n\n"
        "> Please send these by Friday."
    )
    segments = segment_text("t.txt", text, ACTORS)
    assert [(s.speaker, s.actor) for s in segments[-4:]] == [
        ("Dev Patel", "gov"),
        ("Dev Patel", "gov"),
        ("Karen Holt", "gov"),
        ("Karen Holt", "gov"),
    ]
    source = Source("t.txt", "message", date(2022, 5, 11), None, None, text, "t.txt", "utf-8",
                    "0" * 64)  # fmt: skip
    case = Case("c", "c", "en", "month", date(2022, 1, 1), date(2022, 12, 31), ACTORS, None)
    anchors = place_segments(segments, source, case)
    assert [a.start for a in anchors[-4:]] == [date(2022, 5, 11)] * 2 + [date(2022, 5, 9)] * 2
    assert mail_sender("---- On Wed, 11 May 2022 09:26:40 Dev Patel wrote ----") == "Dev Patel"
