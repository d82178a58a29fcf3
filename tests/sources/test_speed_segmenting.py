"""Cheap tests before the reader's costlier readings skip only what those would pass over."""

from __future__ import annotations

import re
import sys
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from relcycle.domain import Actor, Segment
from relcycle.sources import asides
from relcycle.sources.names import name_patterns
from relcycle.sources.segmenter import _ROLL_HINT, ROLL_WITHIN, segment_text

ACTORS = (Actor("cbc", "Calderbrook Borough Council", "government", ("Helen Marsh",)),
          Actor("swo", "Millrace Trust", "social_org", ("Priya Nair",)))  # fmt: skip

#: Roll-call words in any case (and the characters ``lower`` changes the length of), no colon.
_WORDS = ["Present", "PRESENT", "present", "Attendees", "In attendance", "Apologies", "attend",
          "(HM)", " ", "\n", "\t", "İ", "ß", "K", "ſ", "：", "出席", "HM", "."]  # fmt: skip
_NO_COLON = st.lists(st.sampled_from(_WORDS), max_size=20).map("".join)


@settings(max_examples=300, deadline=None)
@given(_NO_COLON)
def test_a_roll_call_hint_needs_a_colon_in_the_opening(text: str) -> None:
    assert ":" not in text
    assert _ROLL_HINT.search(text[:ROLL_WITHIN].lower()) is None


def test_minutes_with_a_roll_call_still_give_initials_their_names() -> None:
    text = (
        "Present: Helen Marsh (HM), Commissioning Manager, CBC (chair); Priya Nair (PN), "
        "Millrace Trust\n\nHM confirmed the Q2 return.\n\nACTION: PN to send the figures."
    )
    segments = segment_text("m", text, ACTORS)
    assert [(s.speaker, s.actor) for s in segments[1:]] == [
        ("Helen Marsh", "cbc"),
        ("Priya Nair", "swo"),
    ]


def test_a_roll_call_past_the_opening_is_not_read() -> None:
    text = "Notes.\n\n" + "x" * ROLL_WITHIN + "\n\nPresent: Helen Marsh (HM)\n\nHM confirmed it."
    assert segment_text("m", text, ACTORS)[-1].speaker is None


#: Characters that open or make up the researcher's markers, and ordinary ones.
_ALPHABET = st.sampled_from(
    [
        *"【】[]［］(（）)〔〕*_>#研究者笔筆作反思分析按注札记备忘：: \t\n.OoCcRrNnMmAaFf",
        *("O.C.", "oc", "Observer comments", "Researcher's note", "Memo", "Note", "NB", "反思"),
        *"街道要求补台账。The council asked us 2021年\u3000\xa0",
    ]
)
_TEXTS = st.lists(_ALPHABET, max_size=12).map("".join)


def _plain_asides(segments: list[Segment]) -> list[Segment]:
    """researcher_asides as defined: every segment asked for its marker."""
    out = list(segments)
    heading: str | None = None
    for i, segment in enumerate(out):
        found = asides._marker(segment)
        if found is None and heading is not None and segment.speaker is None:
            found = (heading, False)
        heading = None
        if found is None:
            continue
        language, alone = found
        out[i] = replace(segment, speaker=asides.RESEARCHER[language], actor=None)
        if alone:
            heading = language
    return out


def test_no_other_character_folds_to_an_english_markers_first_letter() -> None:
    fold = re.compile("(?i:[or])").fullmatch
    folds = [c for c in map(chr, range(sys.maxunicode + 1)) if fold(c)]
    assert folds == ["O", "R", "o", "r"]


def test_a_marker_starts_with_one_of_its_first_characters() -> None:
    # every way the marker regex can go on after its first character, tried after each one
    rests = ["反思】", "注：", "Memo:", "研究者反思：", "反思：", "究者按：", "思：", ".c.:", "c:",
             "bserver comment:", "esearcher note:", "*反思：", " [Note:"]  # fmt: skip
    for code in range(0x10000):
        first = chr(code)
        if first in asides._MARK_FIRST or first.isspace():
            continue
        assert all(asides._MARK.match(first + rest) is None for rest in rests), first


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_TEXTS, st.sampled_from([None, "反思", "问", "O.C.", "Manager"]))))
def test_asides_skip_only_paragraphs_without_a_marker(
    paragraphs: list[tuple[str, str | None]],
) -> None:
    segments = [
        Segment("s", i, 0, len(text), text, who, "gov" if who else None)
        for i, (text, who) in enumerate(paragraphs)
    ]
    assert asides.researcher_asides(segments) == _plain_asides(segments)


def test_name_patterns_are_made_once_per_set_of_actors() -> None:
    actors = [Actor("gov", "滨江街道办事处", "government", ("街道",)),
              Actor("swo", "Hengxin Social Work", "social_org", ("Hengxin",))]  # fmt: skip
    first = name_patterns(actors)
    assert name_patterns(tuple(actors)) is first  # equal actors: the same patterns
    assert [(rx.pattern, actor) for rx, actor in first] == [
        ("滨江街道办事处", "gov"),
        ("街道", "gov"),
        (r"(?<![^\W_])Hengxin\ Social\ Work(?![^\W_])", "swo"),
        (r"(?<![^\W_])Hengxin(?![^\W_])", "swo"),
    ]
    other = name_patterns([replace(actors[0], aliases=("街道办",))])
    assert [rx.pattern for rx, _ in other] == ["滨江街道办事处", "街道办"]
