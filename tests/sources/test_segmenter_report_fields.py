"""A report's or a form's field labels (Signed:, Submitted to:, Planned:) name no speaker.

And a file name read as a person types it (kickoff field note.md) names its kind.
"""

from __future__ import annotations

import pytest

from relcycle.sources.frontmatter import kind_from_filename
from relcycle.sources.segmenter import is_speaker_label, segment_text


@pytest.mark.parametrize(
    "line",
    [
        "Service: Wattle Grove Seniors' Day Centre. Provider: Banksia Community Care Inc.",
        "Submitted to: Marri Bay City Council, Community Wellbeing.",
        "Planned: Christmas lunch and a members' forum on transport.",
        "Signed: Siobhan O'Rourke, Chief Executive Officer",
        "Prepared by: the centre coordinator",
        "Reporting period: July to September 2022",
    ],
)
def test_a_field_label_is_no_speaker(line: str) -> None:
    (segment,) = segment_text("r.pdf", line)
    assert (segment.speaker, segment.text) == (None, line)


def test_a_person_s_label_still_starts_a_turn() -> None:
    segments = segment_text("m.md", "Karen Holt: We will sign it off.\nSiobhan: Thank you.")
    assert [s.speaker for s in segments] == ["Karen Holt", "Siobhan"]


def test_a_file_named_with_a_spaced_field_note_is_a_field_note() -> None:
    assert kind_from_filename("2021-07-19 kickoff field note.md") == "field_note"


def test_a_bracket_opened_before_a_colon_is_no_speaker() -> None:
    # （报送：…） under a report's title says to whom it goes; no one speaks
    assert not is_speaker_label("（报送")
    assert not is_speaker_label("(Note")
    assert is_speaker_label("[Dana]")
    assert is_speaker_label("答（王主任）")
