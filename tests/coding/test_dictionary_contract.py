"""The auto-coder contract (coding/base.py), checked on the dictionary coder."""

from __future__ import annotations

import math

import pytest

from relcycle import CaseFolder
from relcycle.coding.base import (
    AUTO_CODERS,
    AutoCoder,
    AutoCoding,
    NotFittedError,
    auto_coder_class,
    make_auto_coder,
)
from relcycle.coding.dictionary import DictionaryCoder
from relcycle.domain import Case, Coding, Segment
from relcycle.errors import ConfigError
from relcycle.examples import example_path


@pytest.fixture(scope="module")
def case() -> Case:
    return CaseFolder(example_path("ltown")).case


def _coding(**changes: object) -> AutoCoding:
    fields: dict[str, object] = {
        "source_id": "a.md",
        "start": 3,
        "end": 7,
        "code": "gov.control",
        "coder": "auto:dictionary@abc",
        "confidence": 0.9,
    }
    fields.update(changes)
    return AutoCoding(**fields)  # type: ignore[arg-type]


def test_registry_names_its_options() -> None:
    assert set(AUTO_CODERS) == {"dictionary", "supervised", "hybrid"}
    assert all(":" in path for path in AUTO_CODERS.values())
    with pytest.raises(
        ConfigError,
        match="unknown auto-coder 'dict'; choose one of: dictionary, hybrid, supervised",
    ):
        auto_coder_class("dict")


def test_make_auto_coder_builds_an_unfitted_coder() -> None:
    coder = make_auto_coder("dictionary", include_negated=True)
    assert isinstance(coder, DictionaryCoder)
    assert auto_coder_class("dictionary") is DictionaryCoder
    assert coder.get_params() == {
        "framework": None,
        "lang": None,
        "include_negated": True,
        "min_confidence": 0.0,
    }
    assert not hasattr(coder, "indexes_")
    with pytest.raises(TypeError):
        make_auto_coder("dictionary", window=3)


def test_init_only_stores_parameters_and_fit_returns_self(case: Case) -> None:
    coder = DictionaryCoder(lang="zh", min_confidence=0.5)
    assert vars(coder) == {
        "framework": None,
        "lang": "zh",
        "include_negated": False,
        "min_confidence": 0.5,
    }
    assert coder.fit(case) is coder
    assert coder.framework_.id == "gpps-lifecycle"
    assert coder.case_ is case


def test_set_params(case: Case) -> None:
    coder = DictionaryCoder().fit(case)
    assert coder.set_params(min_confidence=0.95) is coder
    assert coder.get_params()["min_confidence"] == 0.95
    with pytest.raises(ConfigError, match="has no parameter 'treshold'; choose one of: framework"):
        coder.set_params(treshold=1)
    assert repr(DictionaryCoder(lang="en")).startswith("DictionaryCoder(framework=None, lang='en'")


def test_output_invariants(case: Case) -> None:
    text = "镇里要求每周报台账，我们只好照做。居民反映活动太少。"
    segment = Segment("s.md", 2, 100, 100 + len(text), text, actor="swo")
    codings = DictionaryCoder().fit(case).predict([segment])
    assert len(codings) >= 3
    for c in codings:
        assert segment.start <= c.start < c.end <= segment.end
        assert 0 < c.confidence <= 1 and 0 <= c.actor_confidence <= 1
        assert (c.actor is None) == (c.actor_confidence == 0)
        assert c.actor is None or case.actor(c.actor) is not None
        assert c.target is None or (case.actor(c.target) is not None and c.target != c.actor)
        assert c.rule


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"start": 7}, r"span \[7, 7\) must be non-empty"),
        ({"start": -1}, "must be non-empty with 0 <= start < end"),
        ({"confidence": 1.5}, "confidence must be between 0 and 1, got 1.5"),
        ({"confidence": math.nan}, "confidence must be between 0 and 1"),
        ({"actor_confidence": -0.1}, "actor_confidence must be between 0 and 1"),
    ],
)
def test_auto_coding_checks_its_values(changes: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        _coding(**changes)


def test_auto_coding_is_frozen_and_becomes_a_coding() -> None:
    coding = _coding(actor="gov", actor_confidence=0.9)
    with pytest.raises(AttributeError):
        coding.start = 1  # type: ignore[misc]
    assert coding.to_coding("memo") == Coding(
        "a.md", 3, 7, "gov.control", "auto:dictionary@abc", "memo"
    )


def test_every_auto_coder_is_an_auto_coder() -> None:
    assert issubclass(DictionaryCoder, AutoCoder)
    with pytest.raises(TypeError):
        AutoCoder()  # type: ignore[abstract]


@pytest.mark.parametrize("name", sorted(AUTO_CODERS))
def test_every_registered_auto_coder_follows_the_contract(name: str) -> None:
    cls = auto_coder_class(name)
    assert issubclass(cls, AutoCoder)
    coder = make_auto_coder(name)  # default-constructible
    params = coder.get_params()
    assert params == {k: getattr(coder, k) for k in params}
    assert not [k for k in vars(coder) if k.endswith("_")]  # nothing learned yet
    with pytest.raises(NotFittedError, match="call fit"):
        coder.predict([Segment("a.md", 0, 0, 3, "台账。")])
