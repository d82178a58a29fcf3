"""The L town report, written once per session (Chinese and English), for the report tests."""

from __future__ import annotations

import datetime as dt

import pytest
from report_page import Written

from relcycle.examples import example_path
from relcycle.services.report import write_report
from relcycle.settings import Settings

RUN_DATE = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)


@pytest.fixture(scope="session")
def ltown_store(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """A store holding the L town case, imported and auto-coded."""
    db = tmp_path_factory.mktemp("ltown-store") / "store.db"
    return Settings.from_env(db=f"sqlite:///{db}")


@pytest.fixture(scope="session")
def ltown_zh(ltown_store: Settings, tmp_path_factory: pytest.TempPathFactory) -> Written:
    """The L town report in the case's language, written from the case folder."""
    out = tmp_path_factory.mktemp("report-zh")
    result = write_report(example_path("ltown"), ltown_store, out_dir=out, now=RUN_DATE)
    return Written(result, result.html.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def ltown_en(
    ltown_zh: Written, ltown_store: Settings, tmp_path_factory: pytest.TempPathFactory
) -> Written:
    """The same stored case's report in English."""
    out = tmp_path_factory.mktemp("report-en")
    case_id = ltown_zh.result.case_id
    result = write_report(case_id, ltown_store, out_dir=out, lang="en", now=RUN_DATE)
    return Written(result, result.html.read_text(encoding="utf-8"))
