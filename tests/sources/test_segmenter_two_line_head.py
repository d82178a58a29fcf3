"""Teams' copy of a chat: the sender's name on one line, the stamp on the next.

Found by an outside case (glenmore-youth-exit-en): ``Main, Kirsty`` then
``10/01/2022 09:14`` above each message; no message had a speaker, and the
first was placed at the source's date rather than its stamp's.
"""

from __future__ import annotations

from datetime import date

from relcycle.domain import Actor, Case, Source
from relcycle.sources.segmenter import segment_text
from relcycle.sources.timeexpr import place_segments

ACTORS = (
    Actor("gov", "Glenmore Council", "government", ("the council", "Kirsty Main")),
    Actor("swo", "Braeside Youth Trust", "social_org", ("the Trust", "Callum Reid")),
)
CASE = Case("c", "c", "en", "quarter", date(2019, 1, 1), date(2023, 12, 31), ACTORS, None)

CHAT = """Main, Kirsty
10/01/2022 09:14
Hi Callum, the December return is incomplete. Can you complete by Friday please?

Reid, Callum
17/01/2022 16:45
Burns night form attached. Sorry it's late, they only came up with it on Thursday.
Note: the fiddler is booked.

Kirsty Main
18/01/2022 10:05
Thanks Callum. The framework needs 28 days' notice."""


def _segments() -> list[tuple[str | None, str | None, str]]:
    return [(s.speaker, s.actor, s.text) for s in segment_text("chat.txt", CHAT, ACTORS)]


def test_each_message_is_its_sender_s() -> None:
    assert [(who, actor) for who, actor, _ in _segments()] == [
        ("Kirsty Main", "gov"),
        ("Callum Reid", "swo"),
        ("Kirsty Main", "gov"),
    ]


def test_a_line_of_a_message_that_starts_like_a_label_stays_in_it() -> None:
    assert "Note: the fiddler is booked." in _segments()[1][2]


def test_a_message_is_read_as_of_its_stamp() -> None:
    source = Source("chat.txt", "message", date(2022, 2, 18), None, None, CHAT, "chat.txt",
                    "utf-8", "0" * 64)  # fmt: skip
    anchors = place_segments(segment_text(source.id, CHAT, ACTORS), source, CASE)
    # by Friday is said now, on the stamp's day; on Thursday is the one before the stamp
    assert (anchors[0].start, anchors[0].end) == (date(2022, 1, 10), date(2022, 1, 10))
    assert (anchors[1].start, anchors[1].end) == (date(2022, 1, 13), date(2022, 1, 13))
    assert (anchors[2].start, anchors[2].end) == (date(2022, 1, 18), date(2022, 1, 18))


def test_a_title_above_a_date_and_time_is_no_sender() -> None:
    for text in (
        "Site visit notes\n12/03/2022 10:00\nWe arrived at the centre.",
        "Kind regards\n10/01/2022 09:14\nWe arrived at the centre.",
        "Meeting with the council\n2022-03-12 10:00\nThe return was discussed.",
    ):
        assert [s.speaker for s in segment_text("n.md", text, ACTORS)] == [None]
