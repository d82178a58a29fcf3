"""report.outfiles: temporary files for atomic writes get an ordinary file's mode."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from relcycle.report.outfiles import open_temp
from relcycle.services.files import write_text_atomically


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("umask_022")
def test_a_temporary_file_is_created_as_any_new_file_is(tmp_path: Path) -> None:
    fd, path = open_temp(tmp_path, "report.html")
    os.close(fd)
    assert path.parent == tmp_path
    assert path.name.startswith(".report.html.") and path.name.endswith(".tmp")
    assert _mode(path) == 0o644  # 0666 less the umask; mkstemp gave 0600


def test_two_temporary_files_for_one_target_are_distinct(tmp_path: Path) -> None:
    (fd1, first), (fd2, second) = (
        open_temp(tmp_path, "a.pdf", ".print"),
        open_temp(tmp_path, "a.pdf", ".print"),
    )
    os.close(fd1)
    os.close(fd2)
    assert first != second and first.suffix == second.suffix == ".print"


@pytest.mark.usefixtures("umask_022")
def test_a_written_report_can_be_read_by_others(tmp_path: Path) -> None:
    target = write_text_atomically(tmp_path / "case-report.html", "<html></html>")
    assert _mode(target) == 0o644
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case-report.html"]


def test_a_missing_folder_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        open_temp(tmp_path / "missing", "a.json")
