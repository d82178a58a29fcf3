"""write_report: the HTML path, its language, and bad inputs that leave nothing behind."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from relcycle.errors import ConfigError, InputError, NotFoundError
from relcycle.services import report as report_service
from relcycle.services.report import write_report
from relcycle.settings import Settings
from staged_case import write_staged_case


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.from_env(db=f"sqlite:///{tmp_path / 'store.db'}")


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_a_folder_gets_one_html_file_named_after_its_case(
    settings: Settings, tmp_path: Path
) -> None:
    out = tmp_path / "out" / "deeper"
    result = write_report(write_staged_case(tmp_path / "staged"), settings, out_dir=out)
    assert result.html == out / "staged-report.html"
    assert _files(out) == ["staged-report.html"]
    assert result.pdf is None
    assert result.lang == "en"
    html = result.html.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    for stage in result.run.analysis.stages:
        assert stage.name in html


def test_a_stored_case_is_reported_in_the_language_asked(
    settings: Settings, tmp_path: Path
) -> None:
    write_report(write_staged_case(tmp_path / "staged"), settings, out_dir=tmp_path / "a")
    result = write_report("staged", settings, out_dir=tmp_path / "b", lang="zh")
    assert result.lang == "zh"
    assert result.run.imported is None
    html = result.html.read_text(encoding="utf-8")
    assert "对策建议" in html
    assert '<html lang="zh-Hans">' in html


def test_the_run_date_is_recorded(settings: Settings, tmp_path: Path) -> None:
    when = dt.datetime(2025, 5, 6, 7, 8, 9, tzinfo=dt.UTC)
    result = write_report(
        write_staged_case(tmp_path / "staged"), settings, out_dir=tmp_path / "o", now=when
    )
    assert "2025-05-06T07:08:09+00:00" in result.html.read_text(encoding="utf-8")


def test_an_unknown_case_is_named_and_nothing_is_written(
    settings: Settings, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    with pytest.raises(NotFoundError, match="unknown case 'no-such-case'"):
        write_report("no-such-case", settings, out_dir=out)
    assert not out.exists()  # the folder is made only when the report is ready


def test_a_file_given_as_the_case_is_named(settings: Settings, tmp_path: Path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match=r"notes\.txt: is not a folder; give a case folder"):
        write_report(a_file, settings, out_dir=tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_bad_language_lists_the_choices_before_any_work(
    settings: Settings, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    with pytest.raises(
        ConfigError, match=r"--lang 'fr' is unknown; choose one of: en, zh, zh-Hans, zh-Hant"
    ):
        write_report(write_staged_case(tmp_path / "staged"), settings, out_dir=out, lang="fr")
    assert not out.exists()
    assert not (tmp_path / "store.db").exists()


def test_an_out_dir_that_cannot_be_made_is_named(settings: Settings, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match=r"a-file/out: cannot create the output folder"):
        write_report(write_staged_case(tmp_path / "staged"), settings, out_dir=blocker / "out")
    with pytest.raises(InputError, match=r"a-file: --out exists and is not a folder"):
        write_report("staged", settings, out_dir=blocker)


def test_a_failure_while_rendering_leaves_the_earlier_report_whole(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    first = write_report(write_staged_case(tmp_path / "staged"), settings, out_dir=out)
    before = first.html.read_bytes()

    def broken(_: object) -> str:
        raise RuntimeError("template blew up")

    monkeypatch.setattr(report_service, "render_html", broken)
    with pytest.raises(RuntimeError, match="template blew up"):
        write_report("staged", settings, out_dir=out)
    assert _files(out) == ["staged-report.html"]
    assert first.html.read_bytes() == before


def test_pdf_asks_the_pdf_renderer_for_the_same_page(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from relcycle.report import pdf

    calls: list[tuple[Path, Path]] = []

    def record(html: Path, target: Path, **_: object) -> Path:
        calls.append((html, target))
        target.write_bytes(b"%PDF-1.7\n")
        return target

    monkeypatch.setattr(pdf, "html_to_pdf", record)
    out = tmp_path / "out"
    result = write_report(write_staged_case(tmp_path / "staged"), settings, out_dir=out, pdf=True)
    assert calls == [(out / "staged-report.html", out / "staged-report.pdf")]
    assert result.pdf == out / "staged-report.pdf"
