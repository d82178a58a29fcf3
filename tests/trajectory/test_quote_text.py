"""The words of a quote: trimmed of unbalanced quotation marks, clipped."""

from __future__ import annotations

import pytest

from relcycle.trajectory.quote_text import clip, sentence_around, trim_quote


@pytest.mark.parametrize(
    ("raw", "trimmed"),
    [
        (
            "”说到活动的事，他只说了一句：“你们是专业的。”",
            "说到活动的事，他只说了一句：“你们是专业的。”",
        ),
        ("“配合中心工作那些，写进去算什么？", "配合中心工作那些，写进去算什么？"),
        ("  他说：“好的。” ", "他说：“好的。”"),
        ("我们照办。「", "我们照办。"),
        ("“中心就像我们自己的家。”", "“中心就像我们自己的家。”"),
        ('We said no." ', "We said no."),
        ("“ We said no.", "We said no."),
        ("It was the workers'", "It was the workers'"),
    ],
)
def test_a_quote_loses_unbalanced_quotation_marks_at_its_ends(raw: str, trimmed: str) -> None:
    assert trim_quote(raw) == trimmed
    assert clip(raw) == trimmed


def test_a_line_that_goes_on_in_lower_case_is_the_same_sentence() -> None:
    # a PDF's hard-wrapped clause was quoted as "… the council's logo on all"
    text = (
        "4. Payments are released only when the weekly footfall\n   target is met.\n"
        "5. Providers shall display the council's logo on all\n"
        "   publicity, approved by the communications team.\nMaria Okafor"
    )
    at = text.index("logo")
    got = clip(sentence_around(text, at, at + 4))
    assert got == (
        "Providers shall display the council's logo on all publicity, "
        "approved by the communications team."
    )
    at = text.index("Maria")
    assert sentence_around(text, at, at + 5) == "Maria Okafor"  # a new line in capitals


def test_a_chinese_line_break_still_ends_a_sentence() -> None:
    text = "【08:40】刘干事：格式我等下发群里\n【08:42】林静：好的"
    at = text.index("好的")
    assert sentence_around(text, at, at + 2) == "【08:42】林静：好的"
