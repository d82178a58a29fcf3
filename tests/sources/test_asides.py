"""The researcher's own words (【反思】, [注：…], O.C.:) are no party's evidence."""

from __future__ import annotations

from relcycle.domain import Actor, Segment
from relcycle.sources.asides import researcher_asides
from relcycle.sources.segmenter import segment_text

ACTORS = (Actor("gov", "滨江街道办事处", "government", ("街道", "G2")),
          Actor("swo", "恒心社工", "social_org", ("机构", "S1")))  # fmt: skip


def _who(*paragraphs: str, speakers: tuple[str | None, ...] = ()) -> list[str | None]:
    given = speakers or (None,) * len(paragraphs)
    segments = [
        Segment("s", i, 0, len(text), text, who, "gov" if who else None)
        for i, (text, who) in enumerate(zip(paragraphs, given, strict=True))
    ]
    return [s.speaker for s in researcher_asides(segments)]


def test_a_reflection_is_the_researchers() -> None:
    assert _who("街道要求补台账。", "【反思】这是否就是行政化？", "[反思] 需要继续观察。") == [
        None,
        "研究者",
        "研究者",
    ]


def test_a_bracketed_note_is_the_researchers() -> None:
    assert _who(
        "[注：“前年”指2019年。]", "（笔者注：此处录音不清）", "[Note: date approximate]"
    ) == [
        "研究者",
        "研究者",
        "researcher",
    ]


def test_observer_comments_are_the_researchers() -> None:
    assert _who("O.C.: She seemed tense.", "[OC: first open refusal]") == ["researcher"] * 2


def test_a_documents_own_note_and_sections_stay_its_own() -> None:
    # a table's footnote, a report's section, a notice are the document's words
    assert _who(
        "注：本表数据来源于机构台账。", "Reflection: the team met twice.", "【注意】按时报送"
    ) == [
        None,
        None,
        None,
    ]


def test_a_marker_alone_heads_the_next_paragraph() -> None:
    assert _who("【反思】", "我想共生并不意味着没有分歧。", "下午去了临江社区。") == [
        "研究者",
        "研究者",
        None,
    ]


def test_a_turn_stays_its_speakers() -> None:
    # a party's turn that mentions a reflection is theirs; a label 反思： is the researcher's
    assert _who("【反思】我们也在反思。", "今天很冷。", speakers=("G2", "反思")) == ["G2", "研究者"]


def test_the_researchers_segments_have_no_actor() -> None:
    text = "G2：前年下半年他们做得不错。\n\n[注：指2019年下半年。]\n\n【反思】街道的评价很高。"
    segments = researcher_asides(segment_text("i.md", text, ACTORS, "gov"))
    assert [(s.speaker, s.actor) for s in segments] == [
        ("G2", "gov"),
        ("研究者", None),
        ("研究者", None),
    ]
