"""The words of a quote: trimmed of unbalanced quotation marks, clipped."""

from __future__ import annotations

import pytest

from relcycle.trajectory.quote_text import clip, trim_quote


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
