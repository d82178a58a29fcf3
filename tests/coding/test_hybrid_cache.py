"""The fitted learned model is kept on disk between runs (coding/hybrid/model.py)."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

import numpy as np
import pytest

from relcycle.coding.hybrid import model as learned
from relcycle.coding.hybrid.model import (
    CACHE_ENV,
    ModelFile,
    cache_dir,
    fitted_model,
    kept_file,
    model_text,
    parse_model,
)
from relcycle.domain import Segment

CODES = {(), ("swo.resist.refuse",), ("gov.control.reporting",)}


@pytest.fixture(scope="module")
def small() -> ModelFile:
    """The shipped model file cut to three kinds of example (it fits in a second)."""
    shipped = parse_model(model_text("gpps-lifecycle"))
    only = tuple(e for e in shipped.examples if e[1] in CODES)
    return dataclasses.replace(shipped, examples=only, digest="5ma11f11e000")


TEXTS = [
    Segment("s", 0, 0, 18, "我们拒绝了这个要求，这不是我们的活。"),
    Segment("s", 1, 19, 60, "The council wants weekly monitoring returns from now on."),
]


def _no_fitting(model: ModelFile) -> None:
    raise AssertionError("the model was fitted although a fitted one is kept")


def test_the_fitted_model_is_kept_and_read_back(
    small: ModelFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    assert cache_dir() == tmp_path
    first = fitted_model(small)
    path = kept_file(small, tmp_path)
    assert path.is_file() and path.parent == tmp_path / "hybrid"
    assert path.name.startswith("gpps-lifecycle-5ma11f11e000-")
    assert not list(path.parent.glob("*.tmp"))  # written whole, then renamed
    monkeypatch.setattr(learned, "fit_model", _no_fitting)
    again = fitted_model(small)
    assert again.codes_ == first.codes_ == ("gov.control.reporting", "swo.resist.refuse")
    assert np.array_equal(again.predict_proba(TEXTS), first.predict_proba(TEXTS))


def test_another_model_file_is_kept_apart(small: ModelFile, tmp_path: Path) -> None:
    other = dataclasses.replace(small, digest="0ther0ther00")
    assert kept_file(other, tmp_path) != kept_file(small, tmp_path)


def test_an_unreadable_kept_file_is_fitted_anew_and_replaced(
    small: ModelFile,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    path = kept_file(small, tmp_path)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a fitted model")
    with caplog.at_level(logging.WARNING):
        coder = fitted_model(small)
    assert "cannot be read" in caplog.text and str(path) in caplog.text
    assert coder.codes_ == ("gov.control.reporting", "swo.resist.refuse")
    monkeypatch.setattr(learned, "fit_model", _no_fitting)
    assert fitted_model(small).codes_ == coder.codes_  # the bad file was replaced


def test_a_folder_that_cannot_be_written_only_costs_the_fitting(
    small: ModelFile,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("in the way", encoding="utf-8")
    monkeypatch.setenv(CACHE_ENV, str(blocked))  # its "hybrid" folder cannot be made
    with caplog.at_level(logging.WARNING):
        coder = fitted_model(small)
    assert coder.codes_ == ("gov.control.reporting", "swo.resist.refuse")
    assert "cannot keep the fitted model" in caplog.text
    assert blocked.read_text(encoding="utf-8") == "in the way"


def test_off_keeps_nothing(
    small: ModelFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() is None
    assert fitted_model(small).codes_ == ("gov.control.reporting", "swo.resist.refuse")
    assert not any(tmp_path.rglob("*.joblib"))
