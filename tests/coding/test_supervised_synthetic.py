"""The package's generator of labelled segments."""

from __future__ import annotations

from collections import Counter, defaultdict

import pytest

from relcycle.coding.supervised import labelled_segments, synthetic_codes
from relcycle.coding.supervised.synthetic import SEPARATOR
from relcycle.frameworks import load_framework


def test_codes_are_leaves_of_the_builtin_framework() -> None:
    framework = load_framework()
    assert len(synthetic_codes()) == 15
    for code in synthetic_codes():
        assert framework.has_code(code)
        assert framework.children(code) == ()


def test_offsets_and_codings_are_consistent() -> None:
    data = labelled_segments(300, seed=3, segments_per_source=7)
    assert len(data.segments) == len(data.truth) == 300
    by_source = defaultdict(list)
    for segment in data.segments:
        by_source[segment.source_id].append(segment)
    texts = {sid: SEPARATOR.join(s.text for s in segs) for sid, segs in by_source.items()}
    for segment in data.segments:
        assert texts[segment.source_id][segment.start : segment.end] == segment.text
    for coding in data.codings:
        span = texts[coding.source_id][coding.start : coding.end]
        assert span and SEPARATOR not in span
        assert coding.coder == "researcher"


def test_mix_of_languages_neutral_and_paired_segments() -> None:
    data = labelled_segments(2000, seed=1)
    sizes = Counter(len(t) for t in data.truth)
    assert 0.25 < sizes[0] / 2000 < 0.35
    assert 0.06 < sizes[2] / 2000 < 0.14
    zh = sum(1 for s in data.segments if "/zh-" in s.source_id)
    assert 0.35 < zh / 2000 < 0.65
    coded = sum(len(t) for t in data.truth)
    assert 0.9 * coded < len(data.codings) < coded


def test_deterministic_with_a_seed() -> None:
    assert labelled_segments(50, seed=4) == labelled_segments(50, seed=4)
    assert labelled_segments(50, seed=4) != labelled_segments(50, seed=5)


def test_errors() -> None:
    with pytest.raises(ValueError, match=r"no templates for code.* gov\.nope; choose from: "):
        labelled_segments(10, codes=["gov.nope"])
    with pytest.raises(ValueError, match="label_noise must be between 0 and 1, got 2"):
        labelled_segments(10, label_noise=2)
    with pytest.raises(ValueError, match="n and segments_per_source must be at least 1"):
        labelled_segments(0)
