"""Fixtures for framework tests: a small valid framework to break in one place at a time."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from relcycle.errors import FrameworkError
from relcycle.frameworks import Framework, load_framework

MINIMAL: dict[str, Any] = {
    "id": "tiny",
    "version": "0.1",
    "title": {"zh": "小框架", "en": "Tiny framework"},
    "cues": {
        "negation": {"zh": ["没有", "不再"], "en": ["not", "never", "re:\\w+n't\\b"]},
        "actor.government": {"zh": ["镇里", "政府"], "en": ["council", "officer"]},
    },
    "codes": [
        {
            "id": "gov",
            "label": {"zh": "政府", "en": "Government"},
            "family": "behaviour",
            "applies_to": "government",
        },
        {
            "id": "gov.control",
            "parent": "gov",
            "label": {"zh": "控制", "en": "Control"},
            "family": "behaviour",
            "applies_to": "government",
            "rules": {"zh": ["管得太死"], "en": ["micromanaged"]},
        },
        {
            "id": "gov.control.approval",
            "parent": "gov.control",
            "label": {"zh": "审批", "en": "Approval"},
            "family": "behaviour",
            "applies_to": "government",
            "examples": [{"lang": "zh", "text": "方案要先报批。"}],
            "rules": {
                "zh": ["报批", "审批…才能", {"term": "同意", "near": {"cue": "actor.government"}}],
                "en": ["sign off", "re:\\bsigned? off\\b"],
            },
        },
        {
            "id": "gov.control.reporting",
            "parent": "gov.control",
            "label": {"zh": "报送", "en": "Reporting"},
            "family": "behaviour",
            "applies_to": "government",
            "rules": {"zh": ["台账"], "en": ["monitoring returns"]},
        },
        {
            "id": "swo.resist",
            "label": {"zh": "抗争", "en": "Resistance"},
            "family": "behaviour",
            "applies_to": "social_org",
            "rules": {"zh": [{"term": "拒绝", "not": ["不敢拒绝"]}], "en": ["pushed back"]},
        },
        {
            "id": "rel.trust",
            "label": {"zh": "信任", "en": "Trust"},
            "family": "relationship",
            "applies_to": "relationship",
        },
    ],
    "indicators": [
        {
            "id": "control",
            "label": {"zh": "控制", "en": "Control"},
            "scope": "government",
            "codes": {"gov.control": 1.0, "gov.control.reporting": 0.5},
        },
        {
            "id": "resistance",
            "label": {"zh": "抗争", "en": "Resistance"},
            "scope": "social_org",
            "codes": {"swo.resist": 1.0},
        },
    ],
    "stages": [
        {
            "id": "calm",
            "label": {"zh": "平静", "en": "Calm"},
            "signature": {"control": "low", "resistance": "low"},
            "typical_next": ["storm"],
        },
        {
            "id": "storm",
            "label": {"zh": "风暴", "en": "Storm"},
            "signature": {"control": "high", "resistance": "very_high"},
        },
    ],
    "advice": [
        {
            "id": "talk",
            "title": {"zh": "对话", "en": "Talk"},
            "text": {"zh": "多沟通。", "en": "Talk more."},
            "when": {"any": [{"stage_in": ["storm"]}, {"indicator_above": {"control": "high"}}]},
            "cite_codes": ["gov.control"],
        }
    ],
}


@pytest.fixture
def minimal() -> dict[str, Any]:
    """A fresh deep copy of a small valid framework, as a YAML-ready dict."""
    return copy.deepcopy(MINIMAL)


@pytest.fixture
def write(tmp_path: Path) -> Callable[..., Path]:
    """Write a framework dict (or raw YAML text) to ``tmp_path/name`` and return the path."""

    def _write(data: dict[str, Any] | str, name: str = "tiny.yaml") -> Path:
        path = tmp_path / name
        text = data if isinstance(data, str) else yaml.safe_dump(data, allow_unicode=True)
        path.write_text(text, encoding="utf-8")
        return path

    return _write


@pytest.fixture
def load(write: Callable[..., Path]) -> Callable[[dict[str, Any]], Framework]:
    """Write a framework dict and load it."""
    return lambda data: load_framework(write(data))


@pytest.fixture
def error_of(write: Callable[..., Path]) -> Callable[[dict[str, Any] | str], FrameworkError]:
    """Write a framework and return the FrameworkError loading it raises."""

    def _error(data: dict[str, Any] | str) -> FrameworkError:
        path = write(data)
        with pytest.raises(FrameworkError) as info:
            load_framework(path)
        return info.value

    return _error
