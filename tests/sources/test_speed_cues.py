"""The cue tests placing asks for every time ahead, answered sooner, answer as their definitions.

``cues._ahead_before`` asks whether ``_AHEAD_BEFORE`` (the words that make a
time ahead a rumour, a plan or a guess) has a match in a stretch of text, with
its Chinese words and its English ones looked for apart; its answer must be
the plain search's, wherever the stretch starts and ends.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from relcycle.sources.timeexpr import cues

#: Pieces of the words looked for, their neighbours, and what tells words apart.
_PIECES = [
    "听说", "据", "说", "有人", "可能", "要在", "将", "于", "即将", "怕", "明年", "中心", "，",
    "will", "Will", "would", "plans to", "plan", "going to", "If", "if", "by", "By", "before",
    "heard", "rumours", "rumors", "committed to", "agreed to", "promised", "expects", "'ll",
    "’ll", "ll", "。", "we", "x", "_", "1", " ", "\n", "a", "b", "I", "W", "next year", "may",
    "could", "is in", "are due on", "expires on", "starts in", "opens", "lapses until", "s",
]  # fmt: skip


def _plain(text: str, lo: int, hi: int) -> bool:
    return cues._AHEAD_BEFORE.search(text, lo, hi) is not None


@settings(max_examples=2000, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=14).map("".join),
    st.integers(0, 80),
    st.integers(0, 80),
)
def test_ahead_before_answers_as_the_plain_search(text: str, lo: int, hi: int) -> None:
    assert cues._ahead_before(text, lo, hi) == _plain(text, lo, hi)


def test_ahead_before_on_sentences_and_cut_words() -> None:
    texts = [
        "听说中心明年可能不干了", "他们打算明年再办", "明年的活动", "We will meet in March",
        "the contract'll end in June", "Swill in June", "by June", "Goodbye June", "iffy June",
        "我们plan to明年", "committed to next year", "commit to next year",
    ]  # fmt: skip
    for text in texts:
        for lo in range(len(text) + 1):
            for hi in range(lo, len(text) + 2):
                assert cues._ahead_before(text, lo, hi) == _plain(text, lo, hi), (text, lo, hi)


def _firsts(pattern: str) -> set[str]:
    """The characters a match of ``pattern`` (words, groups, sets, \\b) can start with."""
    branches, depth, start = [], 0, 0
    for i, char in enumerate(pattern):  # split at the top level's |
        if char == "(" and pattern[i - 1 : i] != "\\":
            depth += 1
        elif char == ")" and pattern[i - 1 : i] != "\\":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
    branches.append(pattern[start:])
    firsts: set[str] = set()
    for branch in branches:
        branch = branch.removeprefix(r"\b")
        if branch.startswith("(?:"):
            depth, end = 0, 0
            for i, char in enumerate(branch):
                depth += char == "("
                depth -= char == ")"
                if depth == 0:
                    end = i
                    break
            firsts |= _firsts(branch[3:end])
        elif branch.startswith("["):
            firsts |= set(branch[1 : branch.index("]")])
        else:
            firsts.add(branch[0])
    return firsts


def test_the_english_words_start_with_the_letters_looked_for_first() -> None:
    firsts = _firsts(cues._AHEAD_BEFORE_EN)
    assert {"W", "w", "i", "I", "s", "’"} <= firsts and len(firsts) > 10
    for char in firsts:
        assert cues._AHEAD_EN_FIRST.fullmatch(char), char
