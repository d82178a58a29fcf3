"""A case written in Traditional characters is reported in them; its text is quoted as written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from report_page import Written, text_of

from relcycle.services.report import write_report
from relcycle.settings import Settings

RUN_DATE = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)

TAIWAN = Path(__file__).parents[1] / "data" / "cases" / "newcomer-family-tw"


@pytest.fixture(scope="module")
def taiwan(tmp_path_factory: pytest.TempPathFactory) -> Written:
    db = tmp_path_factory.mktemp("tw-store") / "store.db"
    settings = Settings.from_env(db=f"sqlite:///{db}")
    out = tmp_path_factory.mktemp("tw-report")
    result = write_report(TAIWAN, settings, out_dir=out, now=RUN_DATE)
    return Written(result, result.html.read_text(encoding="utf-8"))


def test_the_report_is_written_in_the_cases_traditional_characters(taiwan: Written) -> None:
    assert taiwan.result.lang == "zh-Hant"
    assert '<html lang="zh-Hant">' in taiwan.html
    page = text_of(taiwan.html)
    for heading in ("階段", "轉折點", "證據", "資源依賴"):
        assert heading in page, heading
    for simplified in ("阶段", "转折点", "证据", "资源依赖", " 条"):
        assert simplified not in page, simplified


def test_quotes_keep_the_sources_own_characters(taiwan: Written) -> None:
    # the source writes 計畫 and 核定; converting the report's words must not touch them
    page = text_of(taiwan.html)
    assert "識字班的活動計畫送局裡核定" in page


def test_simplified_can_still_be_asked_for(tmp_path: Path, taiwan: Written) -> None:
    settings = Settings.from_env(db=f"sqlite:///{tmp_path / 'store.db'}")
    result = write_report(TAIWAN, settings, out_dir=tmp_path, lang="zh-Hans", now=RUN_DATE)
    page = text_of(result.html.read_text(encoding="utf-8"))
    assert result.lang == "zh"
    assert "阶段" in page
    assert "識字班的活動計畫送局裡核定" in page
