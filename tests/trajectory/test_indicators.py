"""Indicators per period: weights through the code tree, exposure, shrinkage, empty periods."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pytest
from test_analysis_builders import item, tiny_framework

from relcycle.domain import periods_between
from relcycle.frameworks import load_framework
from relcycle.trajectory.evidence import EvidenceSet, TextSpan, place_evidence
from relcycle.trajectory.indicators import PER_CHARS, build_indicators, fit_prior

QUARTERS = periods_between(date(2020, 1, 1), date(2020, 12, 31), "quarter")


def _table(items, texts, framework, periods=QUARTERS, per_unit=True):  # type: ignore[no-untyped-def]
    placed = place_evidence(EvidenceSet(tuple(items), tuple(texts)), periods)
    return build_indicators(placed, framework, per_unit)


def _page(day: date, chars: int = 1000, source: str = "p.md") -> TextSpan:
    return TextSpan(day, day, chars, source)


def test_code_weights_reach_down_the_code_tree_and_split_by_sign(tmp_path: Path) -> None:
    fw = tiny_framework(tmp_path)
    items = [
        item("squeeze", date(2020, 2, 1), source="a.md"),
        item("warmth", date(2020, 2, 1), source="b.md"),
        item("pushback", date(2020, 5, 1), source="c.md"),
    ]
    t = _table(items, [_page(date(2020, 2, 1)), _page(date(2020, 5, 1))], fw)
    assert t.ids == ("squeeze", "pushback", "warmth")
    assert t.scopes == ("government", "social_org", "relationship")
    assert t.positive[0].tolist() == [1.0, 0.0, 1.0]
    assert t.positive[1].tolist() == [0.0, 1.0, 0.0]
    assert t.negative[1].tolist() == [0.0, 0.0, 0.5]  # pushback counts -0.5 in warmth
    assert t.counts[1].tolist() == [0.0, 1.0, -0.5]


def test_builtin_weights_apply_to_descendants() -> None:
    fw = load_framework()
    items = [item("gov.control.approval", date(2020, 2, 1), source="a.md")]
    t = _table(items, [_page(date(2020, 2, 1))], fw)
    j = t.ids.index("control")
    assert t.positive[0, j] == 1.0
    assert t.positive[0, t.ids.index("dialogue")] == 0.0


def test_confidence_and_overlap_shares_scale_a_count(tmp_path: Path) -> None:
    fw = tiny_framework(tmp_path)
    items = [item("squeeze", date(2020, 3, 1), end=date(2020, 4, 30), confidence=0.8)]
    t = _table(items, [_page(date(2020, 3, 1))], fw)
    assert t.positive[0, 0] == pytest.approx(0.8 * 31 / 61)
    assert t.positive[1, 0] == pytest.approx(0.8 * 30 / 61)


def test_a_unit_repeating_a_code_counts_once_unless_asked(tmp_path: Path) -> None:
    fw = tiny_framework(tmp_path)
    items = [item("squeeze", date(2020, 2, 1), source="a.md", segment=3) for _ in range(4)]
    texts = [_page(date(2020, 2, 1))]
    assert _table(items, texts, fw).positive[0, 0] == 1.0
    assert _table(items, texts, fw, per_unit=False).positive[0, 0] == 4.0


def test_exposure_is_in_thousands_of_characters_and_sources_are_counted(tmp_path: Path) -> None:
    fw = tiny_framework(tmp_path)
    texts = [_page(date(2020, 2, 1), 1500, "a.md"), _page(date(2020, 2, 2), 500, "b.md")]
    t = _table([item("squeeze", date(2020, 2, 1))], texts, fw)
    assert t.exposure.tolist() == [2000 / PER_CHARS, 0.0, 0.0, 0.0]
    assert t.sources.tolist() == [2, 0, 0, 0]
    assert t.empty.tolist() == [False, True, True, True]


def test_marshall_prior_mean_is_the_case_rate_and_spread_is_beyond_poisson_noise() -> None:
    counts = np.array([10.0, 0.0, 10.0, 0.0])
    exposure = np.ones(4)
    prior = fit_prior(counts, exposure)
    assert prior.mean == pytest.approx(5.0)
    # raw rate variance 25, Poisson noise 5 -> between-period variance 20
    assert prior.shape == pytest.approx(25 / 20)
    assert prior.beta == pytest.approx(5 / 20)
    flat = fit_prior(np.array([5.0, 5.0, 5.0, 5.0]), exposure)
    assert flat.shape == pytest.approx(1 / 0.05**2)  # the floor keeps the prior proper
    assert fit_prior(np.zeros(4), exposure).mean == 0.0


def test_thin_periods_are_shrunk_toward_the_case_mean_more_than_thick_ones(tmp_path: Path) -> None:
    fw = tiny_framework(tmp_path)
    quarters = [date(2020, m, 5) for m in (1, 4, 7, 10)]
    items = [item("squeeze", quarters[0], source=f"a{i}.md") for i in range(10)]
    items += [item("squeeze", quarters[1], source=f"b{i}.md") for i in range(2)]
    texts = [_page(quarters[0], 10_000), _page(quarters[1], 1000), _page(quarters[2], 10_000)]
    texts += [_page(quarters[3], 10_000)]
    t = _table(items, texts, fw)
    rate, sd = t.period_rates()
    mean = t.mean_rate[0]
    raw = t.positive[:, 0] / t.exposure
    assert mean == pytest.approx(12 / 31)
    shrink = np.abs(rate[:, 0] - raw) / np.abs(raw - mean)
    assert shrink[1] > shrink[0]  # the thin quarter moves more toward the mean
    assert sd[1, 0] > sd[0, 0]


def test_an_empty_period_gets_the_prior_with_wide_uncertainty_and_is_flagged(
    tmp_path: Path,
) -> None:
    fw = tiny_framework(tmp_path)
    days = [date(2020, 1, 5), date(2020, 7, 5), date(2020, 10, 5)]
    items = [item("squeeze", d, source=f"{d}.md") for d in days for _ in range(1)]
    t = _table(items, [_page(d, 2000, f"{d}.md") for d in days], fw)
    rate, sd = t.period_rates()
    assert t.empty.tolist() == [False, True, False, False]
    assert rate[1, 0] == pytest.approx(t.mean_rate[0])
    assert sd[1, 0] > sd[0, 0]


def test_pooled_rates_and_z_scores(tmp_path: Path) -> None:
    fw = tiny_framework(tmp_path)
    days = [date(2020, m, 5) for m in (1, 4, 7, 10)]
    items = [item("squeeze", days[0], source=f"a{i}.md") for i in range(8)]
    items += [item("squeeze", d, source=f"{d}.md") for d in days[1:]]
    t = _table(items, [_page(d, 1000, f"{d}.md") for d in days], fw)
    z_first = t.zscores(0, 1)
    z_rest = t.zscores(1, 4)
    assert z_first[0] > 1 > 0 > z_rest[0]
    assert np.isnan(t.zscores()[1])  # pushback never occurs: no spread, no level


def test_channels_skip_indicators_without_evidence(tmp_path: Path) -> None:
    fw = tiny_framework(tmp_path)
    items = [item("squeeze", date(2020, 2, 1)), item("pushback", date(2020, 5, 1), source="b")]
    t = _table(items, [_page(date(2020, 2, 1))], fw)
    X, names = t.channels()
    assert names == ["squeeze", "pushback", "warmth-"]
    assert X.shape == (4, 3)
