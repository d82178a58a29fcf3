from collections.abc import Callable
from pathlib import Path

import pytest

from relcycle.errors import SourceReadError
from relcycle.examples import example_path
from relcycle.services.imports import import_folder
from relcycle.settings import Settings
from relcycle.store import connect


def _settings(url: str) -> Settings:
    return Settings.from_env({}, db=url)


@pytest.mark.parametrize("example", ["ltown", "riverside"])
def test_bundled_examples_import_into_each_store(db_url: str, example: str) -> None:
    result = import_folder(example_path(example), settings=_settings(db_url))
    assert result.report.case_created
    assert result.sources == len(result.report.added) > 20
    assert result.placed_by_text > 0
    with connect(db_url) as store:
        (summary,) = store.cases()
        assert summary.sources == result.sources
        assert summary.segments == result.segments
        assert len(store.events(summary.id)) == result.report.events > 10


def test_reimport_of_unchanged_folder_changes_nothing(
    db_url: str, make_case: Callable[..., Path]
) -> None:
    folder = make_case()
    settings = _settings(db_url)
    import_folder(folder, settings=settings)
    again = import_folder(folder, settings=settings)
    assert not again.report.changed
    assert sorted(again.report.unchanged) == ["2018-04-02-field-note.md", "interview-li.md"]


def test_changed_source_is_updated_and_logged(db_url: str, make_case: Callable[..., Path]) -> None:
    folder = make_case()
    settings = _settings(db_url)
    import_folder(folder, settings=settings)
    note = folder / "sources" / "2018-04-02-field-note.md"
    note.write_text(note.read_text(encoding="utf-8") + "\n晚上补记：王主任来电话。\n", "utf-8")
    again = import_folder(folder, settings=settings)
    assert again.report.updated == ("2018-04-02-field-note.md",)
    with connect(db_url) as store:
        actions = [(e.action, e.source_id) for e in store.log("retro-case")]
    assert ("updated", "2018-04-02-field-note.md") in actions


def test_error_in_last_source_leaves_store_as_it_was(
    db_url: str, make_case: Callable[..., Path]
) -> None:
    settings = _settings(db_url)
    import_folder(make_case(), settings=settings)
    broken = make_case(
        {
            "sources/2018-05-01-a-new-note.md": "---\nkind: field_note\n---\n新的记录。\n",
            "sources/zz-broken.md": b"---\nkind: field_note\n---\n\x81\x30\xff\xfe\x00\x00",
        },
        name="case2",
    )
    with pytest.raises(SourceReadError, match=r"sources/zz-broken\.md"):
        import_folder(broken, settings=settings)
    with connect(db_url) as store:
        (summary,) = store.cases()
        assert summary.sources == 2
        assert [e.action for e in store.log("retro-case")] == ["case-updated", "added", "added"]


def test_bad_coding_offsets_write_nothing(db_url: str, make_case: Callable[..., Path]) -> None:
    folder = make_case(
        {"codings.csv": "source,start,end,code,coder\ninterview-li.md,0,9999,gov.control,a\n"}
    )
    with pytest.raises(Exception, match=r"codings\.csv:2 \[end\]"):
        import_folder(folder, settings=_settings(db_url))
    with connect(db_url) as store:
        assert store.cases() == []


def test_codings_are_imported_after_sources(db_url: str, make_case: Callable[..., Path]) -> None:
    folder = make_case(
        {"codings.csv": "source,start,end,code,coder\ninterview-li.md,2,10,gov.control,coder-a\n"}
    )
    result = import_folder(folder, settings=_settings(db_url))
    assert result.report.codings == 1
    with connect(db_url) as store:
        (coding,) = store.codings("retro-case")
    assert (coding.source_id, coding.start, coding.end, coding.coder) == (
        "interview-li.md",
        2,
        10,
        "coder-a",
    )


def test_a_failed_import_leaves_no_new_sqlite_file(
    tmp_path: Path, make_case: Callable[..., Path]
) -> None:
    folder = make_case(
        {"codings.csv": "source,start,end,code,coder\ninterview-li.md,0,9999,gov.control,a\n"}
    )
    db = tmp_path / "new.db"
    with pytest.raises(Exception, match=r"codings\.csv:2 \[end\]"):
        import_folder(folder, settings=_settings(f"sqlite:///{db}"))
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("new.db")) == []
    # a store that was there before the failure stays, with what it held
    import_folder(make_case(name="good"), settings=_settings(f"sqlite:///{db}"))
    with pytest.raises(Exception, match=r"codings\.csv:2 \[end\]"):
        import_folder(folder, settings=_settings(f"sqlite:///{db}"))
    with connect(f"sqlite:///{db}") as store:
        assert len(store.cases()) == 1
