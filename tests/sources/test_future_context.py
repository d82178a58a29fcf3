"""``future_context`` remembers its answers by the words around an expression: never a wrong one."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from relcycle.sources.timeexpr import cues

_WORDS = [  # cues, expressions and filler
    "将于",
    "计划在",
    "三月",
    "前要完成",
    "will be",
    "next",
    "in March",
    "去年",
    "，",
    " ",
    "要求",
]


def _plain(text: str, start: int, end: int) -> bool:
    """The definition: the cue regexes over the 14 characters before and 5 after."""
    before, after = text[max(0, start - 14) : start], text[end : end + 5]
    return (
        cues._FUTURE_BEFORE.search(before) is not None
        or cues._FUTURE_AFTER.search(after) is not None
    )


def test_future_context_reads_cues_before_and_after() -> None:
    assert cues.future_context("中心将于三月开展活动", 4, 6)
    assert cues.future_context("三月前要完成评估", 0, 2)
    assert not cues.future_context("去年三月开展活动", 2, 4)
    ahead, past = "The review will be in March.", "The review was in March."
    assert cues.future_context(ahead, ahead.index("March"), ahead.index("."))
    assert not cues.future_context(past, past.index("March"), past.index("."))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12), st.data())
def test_remembered_answers_equal_the_definition(words: list[str], data: st.DataObject) -> None:
    text = "".join(words)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    first = cues.future_context(text, start, end)
    assert first == _plain(text, start, end)
    assert cues.future_context(text, start, end) == first  # from the memory this time


def test_memory_is_bounded() -> None:
    for i in range(5000):
        cues.future_context(f"{i:08d}将于三月", 10, 12)
    assert len(cues._FUTURE_SEEN) <= 4096


def test_a_condition_on_a_date_looks_ahead() -> None:
    # liangtian-wenhua-zh: a report of 2024-04-30, 如五月仍未拨付，机构将考虑暂停少儿课堂
    assert cues.future_context("如五月仍未拨付，机构将考虑暂停", 1, 3)
    assert cues.future_context("如果三月还不到位", 2, 4)
    assert cues.future_context("要是九月再不拨款", 2, 4)
    assert not cues.future_context("例如五月的活动", 2, 4)
    assert cues.future_context("假如五月还不拨", 2, 4)
