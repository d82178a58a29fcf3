from collections.abc import Callable
from datetime import date
from pathlib import Path

from relcycle.services.imports import import_folder
from relcycle.services.timeline import case_timeline
from relcycle.settings import Settings


def test_retrospective_statement_is_placed_where_it_speaks(
    sqlite_url: str, make_case: Callable[..., Path]
) -> None:
    settings = Settings.from_env({}, db=sqlite_url)
    import_folder(make_case(), settings=settings)
    timeline = case_timeline("retro-case", settings)
    march = next(p for p in timeline.periods if p.period.label == "2018-03")
    (entry,) = march.entries
    assert entry.source_id == "interview-li.md"
    assert entry.anchor.expression == "去年三月"
    assert entry.anchor.provenance == "text"
    assert (entry.anchor.start, entry.anchor.end) == (date(2018, 3, 1), date(2018, 3, 31))
    assert entry.segment.actor == "swo"
    assert entry.retrospective


def test_undated_segments_sit_at_their_source_date(
    sqlite_url: str, make_case: Callable[..., Path]
) -> None:
    settings = Settings.from_env({}, db=sqlite_url)
    import_folder(make_case(), settings=settings)
    timeline = case_timeline("retro-case", settings)
    april = next(p for p in timeline.periods if p.period.label == "2018-04")
    (entry,) = april.entries
    assert entry.anchor.provenance == "source_date"
    assert entry.anchor.start == date(2018, 4, 2)
    december = next(p for p in timeline.periods if p.period.label == "2019-12")
    assert {e.segment.index for e in december.entries} == {0, 2, 3}


def test_timeline_of_a_folder_needs_no_store(
    tmp_path: Path, make_case: Callable[..., Path]
) -> None:
    settings = Settings.from_env({}, db=f"sqlite:///{tmp_path / 'unused.db'}")
    timeline = case_timeline(make_case(), settings, grain="quarter")
    assert [p.period.label for p in timeline.periods][:2] == ["2017-Q3", "2017-Q4"]
    assert len(timeline.entries) == 5
    assert not (tmp_path / "unused.db").exists()


def test_every_period_of_the_studied_span_is_listed(
    tmp_path: Path, make_case: Callable[..., Path]
) -> None:
    settings = Settings.from_env({}, db=f"sqlite:///{tmp_path / 'x.db'}")
    timeline = case_timeline(make_case(), settings)
    labels = [p.period.label for p in timeline.periods]
    assert labels[0] == "2017-09"
    assert labels[-1] == "2019-12"
    assert len(labels) == 28
