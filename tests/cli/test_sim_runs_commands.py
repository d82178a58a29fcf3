"""``relcycle sweep``, ``sensitivity``, ``calibrate``, ``whatif``: output, files, errors."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from relcycle.services.calibration import calibrate
from relcycle.settings import Settings
from relcycle.simulation.whatif import WHATIF_LEVERS
from staged_case import write_staged_case

Run = Callable[..., tuple[int, str, str]]

SMALL = ("--budget", "60", "--population", "20", "--draws", "40")


def _one_line_error(code: int, out: str, err: str, *needles: str) -> None:
    assert code == 1, (out, err)
    assert out == ""
    assert err.startswith("error:") and err.count("\n") == 1, err
    flat = " ".join(err.split())
    for needle in needles:
        assert needle in flat, flat


def test_sweep_in_process_prints_writes_json_and_plot(run: Run, tmp_path: Path) -> None:
    out, png = tmp_path / "s.json", tmp_path / "s.png"
    code, text, err = run(
        "sweep", "--grid", "dialogue=0,0.3", "--grid", "boundary=0:1:2", "--no-dask",
        "--json", str(out), "--plot", str(png),
    )  # fmt: skip
    assert code == 0, err
    flat = " ".join(text.split())
    assert "sweep of 4 points from scenario baseline over 96 months" in flat
    assert "in process" in flat
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["schema"] == "relcycle.sweep/1" and doc["grid"]["boundary"] == [0.0, 1.0]
    assert len(doc["points"]) == 4
    first = doc["points"][0]
    assert {"dialogue", "boundary", "sequence", "time_to_symbiosis", "breakdown"} <= set(first)
    assert first["sequence"].startswith("exploratory")
    assert png.read_bytes()[:4] == b"\x89PNG"


def test_sweep_on_a_local_dask_cluster_gives_the_in_process_outcomes(
    run: Run, tmp_path: Path
) -> None:
    docs, texts = [], []
    for extra in ((), ("--no-dask",)):
        out = tmp_path / f"s{len(docs)}.json"
        code, text, err = run("sweep", "--grid", "dialogue=0,0.1,0.2", "--block", "2",
                              "--json", str(out), *extra)  # fmt: skip
        assert code == 0, err
        docs.append(json.loads(out.read_text(encoding="utf-8")))
        texts.append(" ".join(text.split()))
    assert "on local Dask cluster (2 threads)" in texts[0] and "on in process" in texts[1]
    assert docs[0]["points"] == docs[1]["points"]


def test_a_basin_map_over_starting_shares(run: Run, tmp_path: Path) -> None:
    png = tmp_path / "basin.png"
    code, _, err = run(
        "sweep", "--grid", "control0=0.1,0.9", "--grid", "resistance0=0.1,0.9", "--no-dask",
        "--plot", str(png), "--plot-output", "final_stage",
    )  # fmt: skip
    assert code == 0, err
    assert png.stat().st_size > 1000


@pytest.mark.parametrize(
    ("args", "needles"),
    [
        (("--grid", "dialog=0,0.1"), ("unknown parameter 'dialog'", "choose one of:", "dialogue")),
        (("--grid", "dialogue=0,0.9"), ("'dialogue' = 0.9", "outside its documented range")),
        (("--grid", "dialogue=a,b"), ("must be numbers",)),
        (("--grid", "dialogue=0,0.1", "--plot", "x.png"), ("two swept parameters",)),
        (
            ("--grid", "dialogue=0,0.1", "--grid", "boundary=0,1", "--plot", "x.png",
             "--plot-output", "mood"),
            ("--plot-output 'mood' is unknown", "final_stage"),
        ),
        (("--grid", "dialogue=0", "--scenario", "nope"), ("no built-in scenario or file",)),
    ],
)  # fmt: skip
def test_bad_sweeps_are_one_line_and_write_nothing(
    run: Run, tmp_path: Path, args: tuple[str, ...], needles: tuple[str, ...]
) -> None:
    out = tmp_path / "s.json"
    code, text, err = run("sweep", *args, "--no-dask", "--json", str(out))
    _one_line_error(code, text, err, *needles)
    assert not out.exists() and not Path("x.png").exists()


def test_a_plot_into_a_missing_folder_is_one_line_and_writes_nothing(
    run: Run, tmp_path: Path
) -> None:
    out, png = tmp_path / "s.json", tmp_path / "no" / "s.png"
    code, text, err = run(
        "sweep", "--grid", "dialogue=0,0.1", "--grid", "boundary=0,1", "--no-dask",
        "--json", str(out), "--plot", str(png),
    )  # fmt: skip
    _one_line_error(code, text, err, "cannot write the plot", str(png))
    assert list(tmp_path.iterdir()) == []


def test_sensitivity_prints_and_writes_the_indices(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "si.json"
    code, text, err = run(
        "sensitivity", "--param", "grievance", "--param", "trust_rate=0.05:0.4",
        "--output", "time_in_resistance", "--samples", "8", "--json", str(out),
    )  # fmt: skip
    assert code == 0, err
    assert "Sobol indices of time_in_resistance" in " ".join(text.split())
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["runs"] == 8 * 4
    assert {r["parameter"] for r in doc["indices"]} == {"grievance", "trust_rate"}
    assert next(r for r in doc["indices"] if r["parameter"] == "trust_rate")["low"] == 0.05


@pytest.mark.parametrize(
    ("args", "needles"),
    [
        (("--param", "grievance"), ("at least two parameters",)),
        (("--param", "grievance", "--param", "mood"), ("unknown parameter 'mood'",)),
        (("--param", "grievance", "--param", "erosion", "--output", "joy"), ("--output 'joy'",)),
        (("--param", "grievance", "--param", "erosion", "--samples", "10"), ("power of two",)),
        (
            ("--param", "grievance", "--param", "erosion", "--param", "grievance=0:1"),
            ("--param grievance: the parameter is given twice",),
        ),
    ],
)
def test_bad_sensitivity_is_one_line(
    run: Run, args: tuple[str, ...], needles: tuple[str, ...]
) -> None:
    code, text, err = run("sensitivity", *args)
    _one_line_error(code, text, err, *needles)


@pytest.fixture(scope="module")
def calibrated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A staged case calibrated (small budget) into a folder; its store URL."""
    root = tmp_path_factory.mktemp("calibrated")
    db = f"sqlite:///{root / 'store.db'}"
    calibrate(
        write_staged_case(root / "staged"),
        Settings.from_env({}, db=db),
        budget=60,
        population=20,
        draws=40,
    )
    return root, db


def test_calibrate_prints_the_posterior_and_stores_it(run: Run, tmp_path: Path) -> None:
    folder = write_staged_case(tmp_path / "staged")
    extra = tmp_path / "copy.json"
    code, text, err = run("calibrate", str(folder), *SMALL, "--json", str(extra))
    assert code == 0, err
    flat = " ".join(text.split())
    assert "observed exploratory > control > resistance > symbiosis" in flat
    assert "posterior" in flat and "predictive check over 40 posterior draws" in flat
    stored = tmp_path / "staged-calibration.json"  # next to the test's store
    doc = json.loads(stored.read_text(encoding="utf-8"))
    assert doc == json.loads(extra.read_text(encoding="utf-8"))
    assert doc["schema"] == "relcycle.calibration/1" and doc["origin"] == "2020-01-01"
    assert doc["months"] == 12 and len(doc["posterior"]["draws"]) == 40
    for r in doc["ranges"].values():
        assert r["low"] <= r["q05"] <= r["median"] <= r["q95"] <= r["high"]


def test_calibrating_a_case_without_stages_is_one_line(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "thin"
    (folder / "sources").mkdir(parents=True)
    (folder / "case.yaml").write_text(
        "id: thin\ntitle: Thin\nlanguage: en\nperiod: month\nstart: 2020-01-01\n"
        "end: 2020-12-31\nactors:\n  - {id: c, name: Council, role: government}\n",
        encoding="utf-8",
    )
    (folder / "sources" / "2020-03-05-note.md").write_text(
        "---\nkind: field_note\n---\nParagraph of notes.\n", encoding="utf-8"
    )
    code, text, err = run("calibrate", str(folder), *SMALL)
    _one_line_error(code, text, err, "case 'thin' cannot be calibrated", "no stages")
    assert not (tmp_path / "thin-calibration.json").exists()


def test_whatif_answers_when_symbiosis_would_have_come(
    run: Run, tmp_path: Path, calibrated: tuple[Path, str]
) -> None:
    root, _ = calibrated
    out = tmp_path / "w.json"
    code, text, err = run(
        "whatif", "staged", "--lever", "dialogue=0.3", "--from", "2020-03",
        "--out", str(root), "--json", str(out),
    )  # fmt: skip
    assert code == 0, err
    flat = " ".join(text.split())
    assert "dialogue=0.3 from 2020-03-01 (model month 2.0)" in flat
    assert (
        "observed: exploratory > control > resistance > symbiosis; symbiosis from 2020-11-01"
        in flat
    )
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["schema"] == "relcycle.whatif/1" and doc["draws"] == 40
    assert doc["observed"]["symbiosis_start_month"] == 10.0
    assert len(doc["baseline"]["per_draw"]) == 40
    assert 0.0 <= doc["lever_on"]["p_symbiosis"] <= 1.0


@pytest.mark.parametrize(
    ("args", "needles"),
    [
        (("--lever", "dialog=0.3", "--from", "2020-03"), ("not a lever", "dialogue")),
        (("--lever", "dialogue", "--from", "2020-03"), ("write NAME=VALUE",)),
        (("--lever", "dialogue=0.9", "--from", "2020-03"), ("outside its documented range",)),
        (("--lever", "dialogue=0.3", "--from", "2020-13"), ("not a date", "YYYY-MM")),
        (("--lever", "dialogue=0.3", "--from", "2021-02"), ("outside the case's model time",)),
    ],
)
def test_bad_whatifs_are_one_line_and_write_nothing(
    run: Run,
    tmp_path: Path,
    calibrated: tuple[Path, str],
    args: tuple[str, ...],
    needles: tuple[str, ...],
) -> None:
    root, _ = calibrated
    out = tmp_path / "w.json"
    code, text, err = run("whatif", "staged", *args, "--out", str(root), "--json", str(out))
    _one_line_error(code, text, err, *needles)
    assert not out.exists()


def test_whatif_on_an_uncalibrated_case_says_what_to_do(run: Run, tmp_path: Path) -> None:
    code, text, err = run(
        "whatif", "staged", "--lever", "dialogue=0.3", "--from", "2020-03", "--out", str(tmp_path)
    )
    _one_line_error(code, text, err, "has no calibration", "relcycle calibrate staged")


def test_whatif_help_names_every_lever(run: Run) -> None:
    code, text, _ = run("whatif", "--help")
    assert code == 0
    flat = " ".join(text.split())
    for lever in WHATIF_LEVERS:
        assert lever in flat, lever
