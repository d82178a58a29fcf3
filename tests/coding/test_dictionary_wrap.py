"""Hard-wrapped Chinese: a rule matches across a wrapping line break, spans as written."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from relcycle import CaseFolder
from relcycle.coding.base import AutoCoding
from relcycle.coding.dictionary import DictionaryCoder
from relcycle.coding.dictionary.wrap import MIN_WRAP, original, unwrap
from relcycle.domain import Segment
from relcycle.examples import example_path

# a note wrapped at 24 characters (48 columns): 台账 is cut by the first wrap
WRAPPED = (
    "镇里在十月的例会上说，从下个月开始要求每周提交台\n"
    "账，活动方案也要提前一周报镇里审批，我们只好照\n"
    "做。"
)
FLAT = WRAPPED.replace("\n", "")


@pytest.fixture(scope="module")
def coder() -> DictionaryCoder:
    return DictionaryCoder().fit(CaseFolder(example_path("ltown")).case)


def _coded(coder: DictionaryCoder, segments: list[Segment]) -> list[AutoCoding]:
    got = list(coder.predict(segments))
    one_by_one = [c for s in segments for c in coder._code(s, coder._lang_of(s, None))]
    assert got == one_by_one  # the bulk and the text-by-text paths agree
    return got


def test_unwrap_leaves_out_a_break_inside_a_wrapped_line() -> None:
    text, moved = unwrap(WRAPPED)
    assert text == FLAT
    assert moved == [WRAPPED.index("\n"), WRAPPED.rindex("\n") - 1]
    assert original(moved, FLAT.index("台账"), FLAT.index("台账") + 2) == (
        WRAPPED.index("台"),
        WRAPPED.index("账") + 1,
    )


@pytest.mark.parametrize(
    "text",
    [
        "时间：2022年1月14日下午\n地点：西塘街道三楼小会议室",  # short lines: the writer's breaks
        "2022-03-14 09:15:02 苏婷\n收到",  # a chat's sender above the message
        "参加：陈建国（社事办主任）、刘佳；何秀英（新桥社区书记）、居民代表六人\n记录：唐磊",
        "镇里在十月的例会上说，从下个月开始要求每周提交台账。\n\n活动方案也要提前一周报审。",
        "镇里在十月的例会上说，从下个月开始要求每周提交台账\nA组的活动方案也要提前一周报审。",
        "要求每周提交台\n账",  # too short a line to be a wrap
    ],
)
def test_unwrap_keeps_breaks_that_are_no_wraps(text: str) -> None:
    assert unwrap(text) == (text, [])


def test_a_wrap_is_a_full_line() -> None:
    line = "要" * (MIN_WRAP // 2)
    assert unwrap(f"{line}\n要")[0] == f"{line}要"
    assert unwrap(f"{line[1:]}\n要") == (f"{line[1:]}\n要", [])
    # a line a wrapper filled with digits and letters counts them one column each
    text = f"{line}\n2021年ABCDEFGH{line[7:]}\n要"  # 27 characters, 40 columns
    assert unwrap(text)[0] == text[:-2] + "要"  # (a break before a digit is no wrap)


@given(st.lists(st.sampled_from(["台", "账", "\n", "a", "，", "要求"]), max_size=80))
def test_original_maps_every_character_back(parts: list[str]) -> None:
    text = "".join(parts)
    flat, moved = unwrap(text)
    assert len(flat) == len(text) - len(moved)
    for i, ch in enumerate(flat):
        start, end = original(moved, i, i + 1)
        assert text[start:end] == ch
    for i in range(len(flat)):
        for j in range(i + 1, len(flat) + 1):
            start, end = original(moved, i, j)
            assert text[start:end].replace("\n", "") == flat[i:j].replace("\n", "")


def test_a_rule_matches_across_a_wrap(coder: DictionaryCoder) -> None:
    base = 100
    segment = Segment("report.pdf", 2, base, base + len(WRAPPED), WRAPPED)
    codings = _coded(coder, [segment])
    source = " " * base + WRAPPED
    reporting = next(c for c in codings if c.code == "gov.control.reporting")
    assert source[reporting.start : reporting.end].endswith("台\n账")
    assert reporting.actor == "gov"
    complying = next(c for c in codings if c.code.startswith("swo.comply"))
    assert source[complying.start : complying.end] == "只好照\n做"
    assert complying.actor == "swo"
    # the same codes as in the text written on one line, at the same characters
    flat = _coded(coder, [Segment("report.pdf", 2, base, base + len(FLAT), FLAT)])
    assert [(c.code, c.actor, c.target) for c in codings] == [
        (c.code, c.actor, c.target) for c in flat
    ]
    assert [source[c.start : c.end].replace("\n", "") for c in codings] == [
        (" " * base + FLAT)[c.start : c.end] for c in flat
    ]


def test_wrapped_segments_in_one_batch_keep_their_own_offsets(coder: DictionaryCoder) -> None:
    plain = "镇里要求每周报台账。"
    texts = [WRAPPED, plain, WRAPPED, plain]
    segments = []
    at = 0
    for n, text in enumerate(texts):
        segments.append(Segment("notes.md", n, at, at + len(text), text))
        at += len(text) + 2
    source = "\n\n".join(texts)
    codings = _coded(coder, segments)
    reporting = [c for c in codings if c.code == "gov.control.reporting"]
    assert [source[c.start : c.end] for c in reporting] == [
        "要求每周提交台\n账",
        "要求每周报台账",
        "要求每周提交台\n账",
        "要求每周报台账",
    ]
    assert [c.segment_index for c in reporting] == [0, 1, 2, 3]
