from __future__ import annotations

import getpass
from collections.abc import Callable
from pathlib import Path

import pytest

from relcycle.cli import coding as coding_cli

Run = Callable[..., tuple[int, str, str]]

CASE = "retro-case"
INTERVIEW = "interview-li.md"
HARD = "去年三月镇里要求每周报台账"


@pytest.fixture(autouse=True)
def _wide_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whole table cells in the output, and no user from the environment."""
    monkeypatch.setattr(coding_cli.console, "width", 200)
    monkeypatch.delenv("RELCYCLE_USER", raising=False)


@pytest.fixture
def folder(run: Run, make_case: Callable[..., Path]) -> Path:
    path = make_case()
    code, _, err = run("import", str(path))
    assert code == 0, err
    return path


def _hard(folder: Path) -> tuple[str, str]:
    text = (folder / "sources" / INTERVIEW).read_text(encoding="utf-8")
    body = text.split("---\n", 2)[2]
    start = body.index(HARD)
    return str(start), str(start + len(HARD))


def _one_line_error(code: int, out: str, err: str, expected: str) -> None:
    assert code == 1
    assert out == ""
    assert err.startswith("error: ") and err.count("\n") == 1
    assert expected in " ".join(err.split())


def test_add_list_remove_and_log(run: Run, folder: Path) -> None:
    start, end = _hard(folder)
    code, out, _ = run(
        "code", "add", CASE, INTERVIEW, start, end, "gov.control.reporting",
        "--coder", "alice", "--memo", "weekly",
    )  # fmt: skip
    assert code == 0
    assert f"added coding 1: gov.control.reporting on {INTERVIEW} {start}..{end} by alice" in out
    assert f"«{HARD}»" in out
    code, out, _ = run("code", "list", CASE)
    assert code == 0
    assert HARD in out and "manual" in out and f"{start}..{end}" in out
    assert "1 codings" in out
    code, out, _ = run("code", "list", CASE, "--coder", "bob")
    assert (code, out.strip()) == (0, "no codings in case retro-case match")
    code, out, _ = run("code", "remove", CASE, "1", "--user", "bob")
    assert (code, out.strip()) == (
        0,
        f"removed coding 1: gov.control.reporting on {INTERVIEW} {start}..{end} by alice",
    )
    code, out, _ = run("code", "log", CASE)
    assert code == 0
    assert "│ alice │ add    │      1 │ gov.control.reporting" in out
    assert "│ bob   │ remove │      1 │" in out


def test_remove_without_user_logs_the_login_name(
    run: Run, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: "login-name")
    run("code", "add", CASE, INTERVIEW, "0", "3", "gov.control", "--coder", "alice")
    assert run("code", "remove", CASE, "1")[0] == 0
    assert "login-name" in run("code", "log", CASE)[1]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            (INTERVIEW, "0", "3", "gov.control.reportin"),
            "error: [code]: coding of 'interview-li.md' at 0..3: unknown code "
            "'gov.control.reportin'; did you mean 'gov.control.reporting'",
        ),
        ((INTERVIEW, "0", "999", "gov.control"), "offsets outside the text, which has"),
        ((INTERVIEW, "4", "4", "gov.control"), "empty span; start must be before end"),
        (("nope.md", "0", "3", "gov.control"), "case 'retro-case' has no source 'nope.md'"),
    ],
)
def test_add_errors_are_one_line(
    run: Run, folder: Path, args: tuple[str, ...], expected: str
) -> None:
    _one_line_error(*run("code", "add", CASE, *args, "--coder", "alice"), expected)
    assert "no codings" in run("code", "list", CASE)[1]


def test_unknown_case_and_coding(run: Run, folder: Path) -> None:
    _one_line_error(*run("code", "list", "nope"), "unknown case 'nope'; cases in this store")
    _one_line_error(*run("code", "remove", CASE, "7"), "case 'retro-case' has no coding 7")


def test_add_without_coder_is_a_usage_error(run: Run, folder: Path) -> None:
    code, _, err = run("code", "add", CASE, INTERVIEW, "0", "3", "gov.control")
    assert code == 2
    assert "--coder" in err


def test_import_a_codings_csv(run: Run, folder: Path, tmp_path: Path) -> None:
    csv = tmp_path / "extra.csv"
    csv.write_text(
        "source,start,end,code,coder\n"
        f"{INTERVIEW},0,3,gov.control,alice\n"
        f"{INTERVIEW},5,9,swo.comply,bob\n",
        encoding="utf-8",
    )
    code, out, _ = run("code", "import", CASE, str(csv))
    assert code == 0
    assert "2 codings by alice, bob; 2 added, 0 removed, 0 kept" in " ".join(out.split())
    code, out, _ = run("code", "log", CASE)
    assert out.count("│ import │ add") == 2
    csv.write_text(f"source,start,end,code,coder\n{INTERVIEW},0,3,nope,alice\n")
    _one_line_error(*run("code", "import", CASE, str(csv)), "unknown code 'nope'")


def test_reimport_prints_reanchored_and_orphaned(run: Run, folder: Path) -> None:
    start, end = _hard(folder)
    run("code", "add", CASE, INTERVIEW, start, end, "gov.control.reporting", "--coder", "a")
    run("code", "add", CASE, INTERVIEW, "0", "5", "gov.control", "--coder", "b")
    path = folder / "sources" / INTERVIEW
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("问：项目里最难的", "问：回头看，项目里真正难的"), encoding="utf-8"
    )
    code, out, _ = run("import", str(folder))
    assert code == 0
    flat = " ".join(out.split())
    assert "codings on changed sources: 1 re-anchored to their quoted text, 1 orphaned" in flat
    assert "relcycle code list retro-case --orphaned" in flat
    code, out, _ = run("code", "list", CASE, "--orphaned")
    assert "manual orphaned" in out
    assert "1 codings, 1 orphaned" in out


def _code_segments(run: Run, folder: Path) -> None:
    body = (folder / "sources" / INTERVIEW).read_text(encoding="utf-8").split("---\n", 2)[2]
    paragraphs = body.split("\n\n")
    spans = []
    at = 0
    for p in paragraphs:
        offset = body.index(p, at)
        spans.append((str(offset), str(offset + len(p.rstrip("\n")))))
        at = offset + len(p)
    q1, a1, _, a2 = spans
    for coder, chosen in {"alice": [a1, a2], "bob": [a1]}.items():
        for start, end in chosen:
            args = (CASE, INTERVIEW, start, end, "gov.control.reporting", "--coder", coder)
            assert run("code", "add", *args)[0] == 0
    for coder in ("alice", "bob"):
        assert run("code", "add", CASE, INTERVIEW, *q1, "swo.comply", "--coder", coder)[0] == 0


def test_agreement_table(run: Run, folder: Path) -> None:
    _code_segments(run, folder)
    code, out, _ = run("agreement", CASE)
    assert code == 0
    assert "agreement in retro-case: alice, bob" in out
    rows = {line.split("│")[1].strip(): line for line in out.splitlines() if "│" in line}
    reporting = [c.strip() for c in rows["gov.control.reporting"].split("│")[2:-1]]
    assert reporting[:6] == ["4", "2", "75.0%", "66.7%", "0.500 (cohen)", "0.533"]
    comply = [c.strip() for c in rows["swo.comply"].split("│")[2:-1]]
    assert comply[:6] == ["4", "2", "100.0%", "100.0%", "1.000 (cohen)", "1.000"]
    overall = [c.strip() for c in rows["overall (mean of codes)"].split("│")[2:-1]]
    assert overall[:6] == ["4", "2", "87.5%", "83.3%", "0.750 (cohen)", "0.767"]
    assert "positive agreement only those either gave it" in out
    assert "1000 draws, seed 0" in out
    assert "units: segments of the sources that two or more of the coders coded" in out
    code, out, _ = run("agreement", CASE, "--coders", "alice,bob", "--code", "swo.comply")
    assert code == 0 and "gov.control.reporting" not in out and "swo.comply" in out


def test_agreement_errors_are_one_line(run: Run, folder: Path) -> None:
    _code_segments(run, folder)
    _one_line_error(*run("agreement", CASE, "--coders", "alice"), "give two or more coders")
    _one_line_error(
        *run("agreement", CASE, "--code", "gov.control"),
        "case 'retro-case': code 'gov.control' was applied by none of the coders",
    )


def test_autocode_with_an_unknown_coder(run: Run, folder: Path) -> None:
    _one_line_error(
        *run("autocode", CASE, "--coder", "magic"),
        "unknown auto-coder 'magic'; choose one of: dictionary, hybrid, supervised",
    )


def test_autocode_a_folder_then_the_stored_case(run: Run, make_case: Callable[..., Path]) -> None:
    folder = make_case()
    code, out, _ = run("autocode", str(folder))
    assert code == 0
    flat = " ".join(out.split())
    assert "case retro-case: created — 2 sources added" in flat
    assert "case retro-case: auto:dictionary@" in flat and "coded 5 segments:" in flat
    start, end = _hard(folder)
    run("code", "add", CASE, INTERVIEW, start, end, "gov.control.reporting", "--coder", "alice")
    code, out, _ = run("autocode", CASE)
    assert code == 0
    assert "0 added, 0 removed" in out and "top codes: " in out
    code, out, _ = run("code", "list", CASE, "--coder", "alice")
    assert "manual" in out and HARD[:8] in out


def test_autocode_errors_are_one_line(
    run: Run, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _one_line_error(*run("autocode", CASE, "--framework", "nope"), "unknown framework 'nope'")
    _one_line_error(*run("autocode", "nope"), "unknown case 'nope'")
    monkeypatch.chdir(tmp_path)  # so ./missing is sure not to exist
    code, out, err = run("autocode", "./missing")
    assert (code, out) == (1, "")
    assert err == (
        "error: ./missing: does not exist; give a case folder (with case.yaml) "
        "or a stored case's id\n"
    )
    _one_line_error(
        *run("autocode", CASE, "--coder", "supervised"),
        "SupervisedCoder.fit: no codings",
    )


def test_agreement_in_a_narrow_terminal_cuts_nothing(
    run: Run, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _code_segments(run, folder)
    monkeypatch.setattr(coding_cli.console, "width", 60)
    code, out, _ = run("agreement", CASE)
    assert code == 0
    assert "…" not in out  # a code folds onto more lines; it read "gov.contro…"
    first_column = "".join(line.split("│")[1].strip() for line in out.splitlines() if "│" in line)
    assert "gov.control.reporting" in first_column and "swo.comply" in first_column
    assert max(len(line) for line in out.splitlines()) <= 60
