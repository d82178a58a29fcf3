"""Interview transcripts as transcription tools export them (relcycle.sources.transcripts)."""

from __future__ import annotations

import pytest

from relcycle.domain import Actor
from relcycle.sources.segmenter import segment_text
from relcycle.sources.transcripts import caption_turns, otter_turns, speaker_roles

ACTORS = (
    Actor("gov", "Kōwhai District Council", "government", ("the council", "Mark Henderson")),
    Actor("swo", "Te Awa Community Trust", "social_org", ("the trust", "Aroha Ngata", "Tama")),
)

OTTER = (
    "Kate Morrison  0:03\n"
    "Okay, it's recording. Can you take me back to the start?\n"
    "\n"
    "Aroha Ngata  0:11\n"
    "Back in the first winter it was really open.\n"
    "Mark would pop in.\n"
    "\n"
    "Kate Morrison  1:30\n"
    "Has anything changed?\n"
)


def cut(text: str, informant: str | None = None, **meta: object) -> list[tuple[object, ...]]:
    roles = speaker_roles(meta, ACTORS)
    segments = segment_text("t.txt", text, ACTORS, informant, roles)
    assert all(text[s.start : s.end] == s.text for s in segments)
    assert [s.index for s in segments] == list(range(len(segments)))
    return [(s.speaker, s.actor, s.text) for s in segments]


def test_an_otter_export_gives_one_turn_per_head_without_name_or_time() -> None:
    assert cut(OTTER, "swo", interviewer="Kate Morrison") == [
        ("Kate Morrison", None, "Okay, it's recording. Can you take me back to the start?"),
        ("Aroha Ngata", "swo", "Back in the first winter it was really open.\nMark would pop in."),
        ("Kate Morrison", None, "Has anything changed?"),
    ]


def test_an_interviewer_not_named_in_the_front_matter_is_known_by_asking() -> None:
    assert [actor for _, actor, _ in cut(OTTER, "swo")] == [None, "swo", None]


def test_a_named_interviewer_in_a_teams_transcript_is_known_by_asking() -> None:
    text = (
        "[00:00:05] Kate Morrison: How would you describe the relationship?\n\n"
        "[00:00:12] Mark Henderson: Strained, if I'm honest.\n\n"
        "[00:01:40] Kate Morrison: When did it start?\n\n"
        "[00:01:44] Mark Henderson: Before the Christmas break last year. Why?\n\n"
        "[00:03:15] Kate Morrison: Go on (laughs).\n\n"
        "[00:03:19] Mark Henderson: That first year we trialled it."
    )
    assert [(who, actor) for who, actor, _ in cut(text, "gov")] == [
        ("Kate Morrison", None),
        ("Mark Henderson", "gov"),
    ] * 3


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # no label mostly answers: nothing to tell the asker by
        ("Jo: Why?\n\nSam: How?", ["swo", "swo"]),
        # one who mostly tells, though asked
        ("Director: We refused. Why not?\n\nKate: OK.\n\nDirector: Then it eased.", ["swo"] * 3),
        # a label naming an actor is that actor's even when it asks
        ("Aroha Ngata: Why did you?\n\nJo: Because.", ["swo", "swo"]),
    ],
)
def test_who_is_not_read_as_the_asker(text: str, actors: list[str]) -> None:
    assert [actor for _, actor, _ in cut(text, "swo")] == actors


@pytest.mark.parametrize(
    "heads",
    [
        ("Kate Morrison (00:00:03):", "Aroha Ngata (00:00:11):"),  # Rev
        ("Kate Morrison [00:00:03]", "Aroha Ngata [00:00:11]"),
        ("[00:00:03] Kate Morrison", "[00:00:11] Aroha Ngata"),
        ("Kate Morrison 00:03", "Aroha Ngata 00:11"),
    ],
)
def test_other_services_heads_with_a_time_into_the_recording(heads: tuple[str, str]) -> None:
    text = f"{heads[0]}\nWhen did it start?\n\n{heads[1]}\nBack in the first winter.\n"
    assert cut(text, "swo", interviewer="Kate Morrison") == [
        ("Kate Morrison", None, "When did it start?"),
        ("Aroha Ngata", "swo", "Back in the first winter."),
    ]


def test_unnamed_otter_speakers_without_the_front_matter_ask_and_answer() -> None:
    text = "Speaker 1  0:02\nSince the start?\n\nSpeaker 2  0:07\nYes, since July.\n"
    assert [actor for _, actor, _ in cut(text, "swo")] == [None, "swo"]


def test_unnamed_otter_speakers_are_who_the_front_matter_says() -> None:
    text = "Speaker 1  0:02\nSo you've been here since the start?\n\nSpeaker 2  12:04\nYes.\n"
    speakers = {"Speaker 1": "interviewer", "Speaker 2": "swo"}
    assert cut(text, "swo", speakers=speakers) == [
        ("Speaker 1", None, "So you've been here since the start?"),
        ("Speaker 2", "swo", "Yes."),
    ]


def test_a_title_before_the_first_head_is_a_paragraph_of_its_own() -> None:
    text = "Interview, Te Awa\n\n" + OTTER
    assert cut(text)[0] == (None, None, "Interview, Te Awa")


@pytest.mark.parametrize(
    "text",
    [
        "Agenda  10:30\nItem one.\n\nBreak  9:15\nTea.",  # times that go back
        "Only one head  0:03\nand its text.",
        "Planning  0:03\n\nReview  0:09\n",  # heads with nothing below
        "张科长 2020/2/3 09:12\n各位，报送台账。\n\n李主任 2020/3/9 10:05\n今天交。",  # a chat copy
    ],
)
def test_texts_that_are_not_otter_exports(text: str) -> None:
    assert otter_turns(text) is None


def test_webvtt_cues_leave_out_header_numbers_and_timings() -> None:
    text = (
        "WEBVTT\n\n"
        "1\n00:00:04.310 --> 00:00:11.020\nMark Henderson: The committee wants four weeks.\n\n"
        "2\n00:00:11.540 --> 00:00:24.900\nAroha Ngata: We won't be doing four weeks.\n\n"
        "NOTE edited by the researcher\n\n"
        "00:00:25.120 --> 00:00:31.480\n<v Tama>We did seven events already.</v>\n\n"
        "00:00:31.800 --> 00:00:32.300\n[inaudible]\n"
    )
    assert cut(text) == [
        ("Mark Henderson", "gov", "The committee wants four weeks."),
        ("Aroha Ngata", "swo", "We won't be doing four weeks."),
        ("Tama", "swo", "We did seven events already."),
        (None, None, "[inaudible]"),
    ]


def test_subrip_cues_are_read_as_captions() -> None:
    text = "1\n00:00:01,000 --> 00:00:03,500\nAroha Ngata: Kia ora.\n"
    assert caption_turns(text) == [(text.index("Kia"), len(text) - 1, "Aroha Ngata")]


def test_a_text_with_no_cue_timing_is_no_captions() -> None:
    assert caption_turns("WEBVTT is a format.\n\nAt 00:00:04 we began.") is None


def test_speakers_map_labels_to_actors_by_id_name_or_interviewer_role() -> None:
    meta = {
        "interviewer": ["Kate Morrison", "Dr Li"],
        "participants": {"P1": "Tama, youth worker, the trust", "P3": "gov", "I": "Moderator"},
    }
    assert speaker_roles(meta, ACTORS) == {
        "Kate Morrison": None,
        "Dr Li": None,
        "P1": "swo",
        "P3": "gov",
        "I": None,
    }


def test_a_speakers_value_names_an_actor_as_a_speaker_label_does() -> None:
    actors = (*ACTORS, Actor("street", "清河街道办事处", "government", ("王主任",)))
    meta = {"speakers": {"P2": "街道王主任", "P3": "the Trust's Tama"}}
    assert speaker_roles(meta, actors) == {"P2": "street", "P3": "swo"}


def test_a_speakers_value_that_names_no_actor_is_left_out() -> None:
    assert speaker_roles({"speakers": {"P2": "a parent"}}, ACTORS) == {}


def test_labels_are_matched_in_any_letter_case_in_other_transcripts() -> None:
    text = "INT: When?\nR: In March.\nP2: After the funding round."
    assert cut(text, "swo", speakers={"int": "interviewer", "p2": "gov"}) == [
        ("INT", None, "When?"),
        ("R", "swo", "In March."),
        ("P2", "gov", "After the funding round."),
    ]
