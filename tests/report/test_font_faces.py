"""The CJK font drawn with is its family's regular face, in whatever order faces are listed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from matplotlib import font_manager

from relcycle.report import fonts


@dataclass
class _Entry:
    name: str
    fname: str
    weight: int | str
    style: str = "normal"


@pytest.mark.parametrize("bold_last", [True, False])
def test_a_family_in_two_weights_is_known_by_its_regular_file(
    monkeypatch: pytest.MonkeyPatch, bold_last: bool
) -> None:
    regular = _Entry("Noto Sans CJK SC", "/fonts/NotoSansCJK-Regular.ttc", 400)
    bold = _Entry("Noto Sans CJK SC", "/fonts/NotoSansCJK-Bold.ttc", 700)
    entries = [regular, bold] if bold_last else [bold, regular]
    monkeypatch.setattr(font_manager.fontManager, "ttflist", entries)
    assert fonts._known()["Noto Sans CJK SC"] == Path("/fonts/NotoSansCJK-Regular.ttc")


def test_a_family_in_one_weight_is_known_by_it(monkeypatch: pytest.MonkeyPatch) -> None:
    bold = _Entry("Some CJK Font", "/fonts/Some-Bold.otf", "bold")
    monkeypatch.setattr(font_manager.fontManager, "ttflist", [bold])
    assert fonts._known()["Some CJK Font"] == Path("/fonts/Some-Bold.otf")
