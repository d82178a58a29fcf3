"""Interview transcripts as Chinese researchers keep them: coded informants, bracketed notes."""

from __future__ import annotations

from relcycle.domain import Actor
from relcycle.sources.segmenter import segment_text

ACTORS = (Actor("gov", "滨江街道办事处", "government", ("街道", "G1", "G2")),
          Actor("swo", "恒心社工", "social_org", ("机构", "S1")))  # fmt: skip


def _turns(text: str, informant: str | None = "gov") -> list[tuple[str | None, str | None, str]]:
    return [(s.speaker, s.actor, s.text) for s in segment_text("i.md", text, ACTORS, informant)]


def test_a_coded_label_before_a_year_is_a_turn() -> None:
    # G2：19年底… is G2's answer, not a clock time 2：19 in an unlabelled paragraph
    turns = _turns("研究者：后来呢？\n\nG2：19年底区里考核，我们排得靠后。\n\nS1：20年初疫情来了。")
    assert turns[1] == ("G2", "gov", "19年底区里考核，我们排得靠后。")
    assert turns[2] == ("S1", "swo", "20年初疫情来了。")


def test_a_clock_time_is_still_no_label() -> None:
    assert _turns("下午2：19开会，街道来了两个人。")[0][0] is None


def test_a_researchers_bracketed_note_is_no_ones() -> None:
    # [注：…] is the researcher's gloss: not a turn of 注 given to the informant
    text = (
        "G2：前年下半年他们做得不错。\n\n[注：“前年下半年”指2019年下半年。]\n\n"
        "【按：G2此时语气激动。】"
    )
    turns = _turns(text)
    assert turns[0][:2] == ("G2", "gov")
    # the researcher's (relcycle.sources.asides), as an interviewer's turn: no actor
    assert [(speaker, actor) for speaker, actor, _ in turns[1:]] == [("研究者", None)] * 2
    assert turns[1][2].startswith("[注：")
