import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., tuple[int, str, str]]


def test_import_then_cases_show_timeline(run: Run, make_case: Callable[..., Path]) -> None:
    code, out, err = run("import", str(make_case()))
    assert code == 0
    assert err == ""  # no progress bar, nor a blank line, outside a terminal
    assert "retro-case" in out
    assert "created" in out
    code, out, _ = run("cases")
    assert code == 0
    assert "retro-case" in out
    code, out, _ = run("show", "retro-case")
    assert code == 0
    assert "1 interview" in out
    assert "启明社工中心" in out
    code, out, _ = run("timeline", "retro-case", "--dated-only")
    assert code == 0
    assert "2018-03-01…2018-03-31  interview-li.md#1 (source 2019-12-10)" in out
    assert "«去年三月» month" in out


def test_reimport_reports_unchanged(run: Run, make_case: Callable[..., Path]) -> None:
    folder = str(make_case())
    run("import", folder)
    code, out, _ = run("import", folder)
    assert code == 0
    assert "unchanged — 0 sources added, 0 updated, 2 unchanged" in out


def test_export_writes_a_case_folder_that_reimports(
    run: Run, make_case: Callable[..., Path], tmp_path: Path
) -> None:
    run("import", str(make_case()))
    dest = tmp_path / "exported"
    code, out, _ = run("export", "retro-case", str(dest))
    assert code == 0
    assert (dest / "case.yaml").is_file()
    assert (dest / "sources" / "interview-li.md").is_file()
    code, out, _ = run("import", str(dest))
    assert code == 0
    assert "unchanged" in out


def test_bad_input_is_one_line_and_exit_1(run: Run, make_case: Callable[..., Path]) -> None:
    folder = make_case({"case.yaml": "id: x\ntitle: t\nlanguage: zh\nperiod: fortnight\n"})
    code, out, err = run("import", str(folder))
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("error: case.yaml [period]")


def test_unknown_case_lists_cases(run: Run, make_case: Callable[..., Path]) -> None:
    run("import", str(make_case()))
    code, _, err = run("show", "nope")
    assert code == 1
    assert "unknown case 'nope'; cases in this store: retro-case" in err


def test_unknown_period_names_choices(run: Run, make_case: Callable[..., Path]) -> None:
    code, _, err = run("timeline", str(make_case()), "--period", "year")
    assert code == 1
    assert "choose one of: week, month, quarter" in err


def test_debug_shows_the_traceback(run: Run, tmp_path: Path) -> None:
    with pytest.raises(Exception, match=r"not a folder|does not exist|no case\.yaml"):
        run("--debug", "import", str(tmp_path / "missing"))
    # --debug holds for that call only: the next call prints one line again
    code, _, err = run("import", str(tmp_path / "missing"))
    assert code == 1 and err.count("\n") == 1 and "RELCYCLE_DEBUG" not in os.environ


def test_python_dash_m_entry_point(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "relcycle", "--version"], capture_output=True, text=True, check=True
    )
    assert done.stdout.startswith("relcycle ")


def test_show_in_a_narrow_terminal_names_whole_sources(
    run: Run, make_case: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from relcycle.cli import commands

    name = "2019-07-15 啟動會議紀要-street-office-minutes.md"
    run("import", str(make_case({f"sources/{name}": "会议纪要：双方约定每月报送简报。\n"})))
    monkeypatch.setattr(commands.console, "width", 80)
    code, out, _ = run("show", "retro-case")
    assert code == 0
    log = out[out.index("import log") :]
    source_cells = "".join(line.split("│")[3].strip() for line in log.splitlines() if "│" in line)
    assert name.replace(" ", "") in source_cells  # it read "2019-07-15 啟動會議紀…"


@pytest.mark.parametrize("width", [80, 200])
def test_cases_are_listed_whole_in_any_terminal(
    run: Run, make_case: Callable[..., Path], monkeypatch: pytest.MonkeyPatch, width: int
) -> None:
    from relcycle.cli import commands

    run("import", str(make_case()))
    monkeypatch.setattr(commands.console, "width", width)
    code, out, _ = run("cases")
    assert code == 0
    assert "…" not in out  # at 80 columns the table read 'tit…', 'peri…', '202…'
    assert max(len(line) for line in out.splitlines()) <= width
    for whole in ("retro-case", "A retrospective interview", "2017-09-01 – 2019-12-31", "month"):
        assert whole in out
    assert ("┃ title" in out) == (width == 200)  # a table where it fits, else two lines a case


def test_a_chinese_quote_in_the_timeline_fits_the_terminal(
    run: Run, make_case: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from rich.cells import cell_len

    from relcycle.cli import commands

    long = "镇里要求中心每周上报活动台账并提前审批活动方案，" * 6
    run("import", str(make_case({"sources/2018-05-02-field-note.md": long + "\n"})))
    monkeypatch.setattr(commands.console, "width", 80)
    code, out, _ = run("timeline", "retro-case")
    assert code == 0
    quote = next(line for line in out.splitlines() if line.strip().startswith("镇里要求"))
    assert quote.endswith("…") and cell_len(quote) <= 80  # 60 characters took 126 cells


def test_show_names_a_contract_given_without_dates_as_such(
    run: Run, make_case: Callable[..., Path]
) -> None:
    folder = make_case()
    yaml_path = folder / "case.yaml"
    text = yaml_path.read_text(encoding="utf-8")
    yaml_path.write_text(text.replace("  signed: 2017-09-01\n", ""), encoding="utf-8")
    assert run("import", str(folder))[0] == 0
    code, out, _ = run("show", "retro-case")
    assert code == 0
    assert "contract: dates not given; term_months: 24" in out
    assert "? – ?" not in out


def test_show_gives_a_signed_contracts_span(run: Run, make_case: Callable[..., Path]) -> None:
    assert run("import", str(make_case()))[0] == 0
    code, out, _ = run("show", "retro-case")
    assert code == 0
    assert "contract: 2017-09-01 – 2019-08-31; signed: 2017-09-01; term_months: 24" in out
