from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relcycle.domain import Actor, Segment
from relcycle.sources.encoding import decode
from relcycle.sources.frontmatter import split_front_matter
from relcycle.sources.segmenter import SpeakerMap, is_speaker_label, segment_text
from relcycle.sources.text import normalise

ACTORS = (
    Actor("gov", "L镇宣传文化办", "government", ("镇政府", "王主任", "镇领导")),
    Actor("swo", "启明社会工作服务中心", "social_org", ("社工", "李主任", "Qiming")),
    Actor("residents", "居民", "community", ("周阿姨",)),
)


def cut(text: str, informant: str | None = None) -> list[tuple[str | None, str | None, str]]:
    return [(s.speaker, s.actor, s.text) for s in segment_text("s.md", text, ACTORS, informant)]


def test_paragraphs_are_separated_by_blank_lines() -> None:
    text = "First paragraph\nstill first.\n\n \t\nSecond.\n\n\n  Third.  \n"
    segments = segment_text("s.md", text)
    assert [s.text for s in segments] == ["First paragraph\nstill first.", "Second.", "Third."]
    assert [s.index for s in segments] == [0, 1, 2]
    assert all(text[s.start : s.end] == s.text for s in segments)
    assert all(s.source_id == "s.md" and s.speaker is None for s in segments)


def test_a_line_with_only_full_width_spaces_is_blank() -> None:
    assert len(segment_text("s.md", "甲\n\u3000\u3000\n乙")) == 2


def test_interview_turns_with_full_width_and_ascii_colons() -> None:
    text = (
        "问：你们和镇里的关系怎么样？\n答：还可以吧，\n就是审批多。\n"
        "Interviewer: And now?\nA: Fine."
    )
    assert cut(text, informant="swo") == [
        ("问", None, "你们和镇里的关系怎么样？"),
        ("答", "swo", "还可以吧，\n就是审批多。"),
        ("Interviewer", None, "And now?"),
        ("A", "swo", "Fine."),
    ]


def test_label_is_cut_off_and_offsets_follow() -> None:
    text = "开场白。\n问：  第一个问题？"
    first, second = segment_text("s.md", text)
    assert (first.text, first.speaker) == ("开场白。", None)
    assert (second.start, second.end, second.text) == (9, 15, "第一个问题？")


def test_turns_do_not_cross_paragraphs() -> None:
    assert cut("答：第一段。\n\n第二段。", informant="swo") == [
        ("答", "swo", "第一段。"),
        (None, None, "第二段。"),
    ]


def test_empty_turn_is_dropped_but_the_next_line_is_its_text() -> None:
    assert cut("问：\n那后来呢？\n答：\n\n") == [("问", None, "那后来呢？")]


def test_markdown_bold_labels() -> None:
    assert cut("**Q:** What changed?\n**李主任**：审批。") == [
        ("Q", None, "What changed?"),
        ("李主任", "swo", "审批。"),
    ]


@pytest.mark.parametrize(
    ("label", "actor"),
    [
        ("王主任", "gov"),  # an alias
        ("镇领导小刘", "gov"),  # contains an alias
        ("启明社会工作服务中心", "swo"),  # the name
        ("社工小张", "swo"),
        ("周阿姨", "residents"),
        ("答（王主任）", "gov"),  # the parenthetical names the actor
        ("会后王主任对李主任说", "gov"),  # the first name found wins
        ("Qiming director", "swo"),
        ("Qimingx", "swo"),  # no whole-word name: the interview's informant
        ("答", "swo"),  # an answer label is the informant
        ("受访者", "swo"),
        ("Interviewee", "swo"),
        ("R", "swo"),
        ("问", None),
        ("Q", None),
        ("笔者", None),
        ("访谈者", None),
        ("Director", "swo"),  # any other label of a source with an informant
        ("Manager (county)", "swo"),
        ("他说", None),  # reported speech is not the informant speaking
        ("she said", None),
    ],
)
def test_speaker_to_actor(label: str, actor: str | None) -> None:
    assert SpeakerMap(ACTORS, informant="swo").actor(label) == actor


@pytest.mark.parametrize("label", ["Qimingx", "Director", "答", "林主任"])
def test_without_an_informant_an_unnamed_label_is_no_actor(label: str) -> None:
    assert SpeakerMap(ACTORS).actor(label) is None


def test_a_line_export_names_each_sender() -> None:
    text = "2020/02/12（三）\n09:05\t王主任\t各点注意：周五前交月报。\n09:20\t李主任\t收到。\n"
    assert cut(text) == [
        (None, None, "2020/02/12（三）"),
        ("王主任", "gov", "09:05\t王主任\t各点注意：周五前交月报。"),
        ("李主任", "swo", "09:20\t李主任\t收到。"),
    ]


def test_answer_label_without_informant_is_no_actor() -> None:
    assert SpeakerMap(ACTORS).actor("答") is None


@pytest.mark.parametrize(
    "line",
    [
        "Meeting at 10:30 in the hall.",
        "See http://example.org/report for details.",
        "下午3：00开会。",
        "Note: the meeting started late.",
        "时间：12月8日下午四点。",
        "地点：中心二楼办公室。",
        "项目名称：文化中心运营",
        "检查意见：基本合格",
        "The plan was simple in the end: do less.",
        "he said: no.",
        "1. Budget: fine",
        "晚上我在笔记里记下：今天很累。",
        "有一件小事很说明问题：他没来。",
        "在例会上，王主任说：以后每周报。",
        "# Heading: a title",
        "C:\\docs\\notes.txt is the file.",
        "From: Maria Okafor",
        "To: Dev Patel; Cc: the team",
        "第七条：乙方应当按季度提交服务报告。",
        "Clause 7: the provider reports quarterly.",
        "Section 11.2: data sharing",
        "Motion 1: that the Society decline to staff the hotel after November 30.",
        "Recommendation 3: monthly joint meetings.",
        "参加：王主任、李主任",
        "访谈记录：启明中心李主任",
        "Agreed: monthly returns from May.",
        "主旨：函請貴協會配合辦理",
        "決議：照案通過",
        "主持人：林科長",
        "Next meeting: 4 May",
        "Scope: the shelter only",
    ],
)
def test_prose_with_a_colon_is_not_a_turn(line: str) -> None:
    assert cut(line) == [(None, None, line)]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("[2021-05-18 08:47] 王主任：今天下班前把签到表发群里。", "王主任"),
        ("【6月13日 08:15】李主任：函收到了。", "李主任"),
        ("【08:30】周阿姨：我报一个", "周阿姨"),
        ("（08:30）王主任：收到", "王主任"),
        ("[Jan 29, 10:12] Renee Dalton: Welcome to the channel.", "Renee Dalton"),
        ("[11/07/2019, 09:15:32] Qiming: will do", "Qiming"),
        ("11/07/2019, 09:15 - Karen Holt: That would be fantastic.", "Karen Holt"),
        ("2021-05-18 08:47 王主任：收到", "王主任"),
        ("[3:05 PM] Dev: on my way", "Dev"),
    ],
)
def test_a_chat_line_keeps_its_time_stamp_and_names_its_sender(line: str, speaker: str) -> None:
    text = f"群聊记录\n{line}\n下一行接着说"
    segments = segment_text("s.md", text, ACTORS)
    assert [s.text for s in segments] == ["群聊记录", f"{line}\n下一行接着说"]
    assert segments[1].speaker == speaker
    assert segments[1].actor == SpeakerMap(ACTORS).actor(speaker)


def test_a_stamp_and_a_name_alone_on_a_line_start_that_sender_s_turn() -> None:
    text = (
        "[26/04/2022 09:14] Qiming\nFrom next week the returns are monthly.\nOK?\n"
        "[26/04/2022 09:20] 王主任\n好的。\n"
        "[26/04/2022 09:21] 王主任撤回了一条消息"
    )
    assert cut(text) == [
        (
            "Qiming",
            "swo",
            "[26/04/2022 09:14] Qiming\nFrom next week the returns are monthly.\nOK?",
        ),
        (
            "王主任",
            "gov",
            "[26/04/2022 09:20] 王主任\n好的。\n[26/04/2022 09:21] 王主任撤回了一条消息",
        ),
    ]


def test_chat_lines_map_senders_to_actors_line_by_line() -> None:
    text = "【6月13日 08:15】王主任：照片不拍怎么行？\n【08:30】李主任：按合同可以电话回访。\n"
    assert cut(text) == [
        ("王主任", "gov", "【6月13日 08:15】王主任：照片不拍怎么行？"),
        ("李主任", "swo", "【08:30】李主任：按合同可以电话回访。"),
    ]


def test_a_full_width_colon_before_a_number_is_still_a_turn() -> None:
    assert cut("王主任：120到了\n李主任：3点前到。下午3：00开会") == [
        ("王主任", "gov", "120到了"),
        ("李主任", "swo", "3点前到。下午3：00开会"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "[2021-05-18 08:47] 王主任撤回了一条消息",  # a stamp, but no sender's colon
        "（1）会议开始：九点",  # a list number, not a time
        "10:30 开会：全体",  # a bare clock time is no message stamp
        "[备注 2] 见附件：表三",  # a bracket with neither a time nor a date
    ],
)
def test_lines_that_are_not_chat_messages_stay_in_their_paragraph(line: str) -> None:
    assert cut(f"记录\n{line}") == [(None, None, f"记录\n{line}")]


@pytest.mark.parametrize("label", ["问", "答", "Q", "Mr. Li", "SWO Deputy Director", "受访者A"])
def test_speaker_labels(label: str) -> None:
    assert is_speaker_label(label)


TEXT_ALPHABET = st.sampled_from(
    [*"问答QA:：  \t\n\n\n\u3000*_#-1.。,，王主任社工abcXY()（）/\\\r", "http://", "10:30"]
)


def _outside_labels_is_only_whitespace(text: str, segments: list[Segment]) -> bool:
    """Every non-blank character outside the segments sits in a label: before its line's first
    colon (31 characters at most) or the bold marks right after it."""
    covered = bytearray(len(text))
    for s in segments:
        covered[s.start : s.end] = b"\x01" * (s.end - s.start)
    for i, ch in enumerate(text):
        if covered[i] or ch.isspace():
            continue
        line_start = text.rfind("\n", 0, i) + 1
        colon = re.search(r"[:：]", text[line_start : line_start + 32])
        if colon is None:
            return False
        colon_at = line_start + colon.start()
        if i > colon_at and not (i <= colon_at + 2 and ch in "*_"):
            return False
    return True


@settings(max_examples=300, deadline=None)
@given(st.text() | st.lists(TEXT_ALPHABET, max_size=80).map("".join))
def test_segments_are_exact_ordered_and_lose_nothing(text: str) -> None:
    segments = segment_text("s.md", text, ACTORS, informant="swo")
    previous_end = 0
    for index, s in enumerate(segments):
        assert s.index == index
        assert text[s.start : s.end] == s.text
        assert s.text and s.text == s.text.strip()
        assert previous_end <= s.start < s.end
        previous_end = s.end
    assert _outside_labels_is_only_whitespace(text, segments)


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_normalised_text_segments_round_trip(text: str) -> None:
    body = normalise(text)
    assert all(body[s.start : s.end] == s.text for s in segment_text("s.md", body))


def _large_corpus(megabytes: int) -> bytes:
    paragraph = (
        "问：项目做了快一年了，您怎么看现在和镇里的关系？\n"
        "答：表面上很好，镇里经常表扬我们，公众号上发了不少我们的活动。但是每周都要报台账，"
        "活动方案要提前一周送审，临时和居民商量的活动基本办不成。\n\n"
        "下午两点到中心，李主任在整理上个月的台账。她说镇里又改了表格，这是今年第三次。"
        "居民周阿姨来问舞蹈队的排练时间，社工小张只能说要等宣传办批。\n\n"
    )
    unit = paragraph.encode("utf-8")
    return unit * (megabytes * 1_000_000 // len(unit) + 1)


def test_large_interview_text_segments_into_exact_slices() -> None:
    data = _large_corpus(2)
    text, encoding = decode(data, "big.md")
    body = split_front_matter(normalise(text), "big.md").body
    segments = segment_text("big.md", body, ACTORS, informant="swo")
    assert encoding == "utf-8"
    assert len(segments) > 10_000
    assert all(body[s.start : s.end] == s.text for s in segments[::97])
    assert {s.actor for s in segments if s.speaker == "答"} == {"swo"}


@pytest.mark.parametrize("label", ["訪談逐字稿", "访谈提纲", "会议摘要", "访谈记录", "项目名称"])
def test_headings_of_transcripts_and_forms_are_no_speakers(label: str) -> None:
    assert not is_speaker_label(label)
    (segment,) = segment_text("s", f"{label}：陳主任（2022年5月10日）")
    assert segment.speaker is None
