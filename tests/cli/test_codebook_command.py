"""``relcycle codebook``: the code ids a researcher writes into codings.csv.

Asked for by an outside tester (songxi-shequ-zhili-zh), who had to read the framework's
YAML files to find the ids for codings.csv: no command listed them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from relcycle.cli import coding as coding_cli
from relcycle.frameworks import load_framework

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture(autouse=True)
def _wide_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(coding_cli.console, "width", 200)


def test_lists_every_code_of_the_built_in_framework(run: Run) -> None:
    code, out, err = run("codebook", "--lang", "zh")
    assert code == 0, err
    codes = load_framework().codes
    assert f"{len(codes)} codes" in out
    assert "gov.control.approval" in out and "swo.resist.contract" in out
    assert "援引合同" in out  # swo.resist.contract's Chinese label


def test_english_labels(run: Run) -> None:
    code, out, _ = run("codebook", "--lang", "en")
    assert code == 0 and "Invoking the contract" in out


def test_a_missing_framework_is_one_line_naming_it(run: Run, tmp_path: Path) -> None:
    missing = tmp_path / "none.yaml"
    code, _, err = run("codebook", "--framework", str(missing))
    assert code != 0
    assert str(missing) in err and len(err.strip().splitlines()) == 1
