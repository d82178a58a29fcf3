"""The report's scenario section: a calibrated case's fit and its levers' what-ifs.

Built from a stored calibration document (``relcycle.calibration/1``, see
:mod:`relcycle.services.calibration`), read as it is: nothing is simulated
here. The what-ifs of the three levers are computed when the case is
calibrated and stored under ``whatifs``; a calibration made before they were
stored shows the fit only, with a note saying how to add them. A document
that cannot be read, or lacks a field the section prints, becomes a warning
in the section (the rest of the report is unaffected).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from relcycle.report.chart import figure_json
from relcycle.report.labels import is_chinese, word
from relcycle.report.naming import Namer

LEVER_ORDER: tuple[str, ...] = ("boundary", "dialogue", "contract")
"""The seed study's three levers, in the order the section lists them."""


@dataclass(frozen=True, slots=True)
class Calibrated:
    """A case's stored calibration as the report receives it.

    Attributes:
        path: The calibration file.
        document: Its contents, or ``None`` when it cannot be read.
        problem: Why it cannot be read (one line), else ``None``.
        stale: ``changed`` when the case's analysis no longer matches what was
            calibrated, ``uncalibratable`` when the case as analysed now could
            not be calibrated at all, else ``None``.
    """

    path: str
    document: Mapping[str, Any] | None
    problem: str | None = None
    stale: str | None = None


@dataclass(frozen=True, slots=True)
class ParamRow:
    """One parameter's posterior.

    Attributes:
        name: The parameter's id.
        label: The lever's name in the report's language ("" for other parameters).
        median: Posterior median ("" when not fitted).
        range: Posterior 5–95 % range, or why there is none.
        prior: The prior range.
        narrowed: Share of the prior range the 5–95 % range rules out.
    """

    name: str
    label: str
    median: str
    range: str
    prior: str
    narrowed: str


@dataclass(frozen=True, slots=True)
class ArmRow:
    """A row of the what-if table.

    Attributes:
        label: Observed, as calibrated, or a lever with its value.
        reach: Share of draws reaching symbiosis ("" for the observed row).
        symbiosis: When symbiosis comes: median date (5–95 %).
        resistance: Months in resistance (mean over draws, or observed).
        earlier: Months by which symbiosis comes earlier than as calibrated (median, 5–95 %).
    """

    label: str
    reach: str
    symbiosis: str
    resistance: str
    earlier: str


@dataclass(frozen=True, slots=True)
class ScenariosView:
    """The scenario section.

    Attributes:
        path: The calibration file.
        problem: A warning that the calibration cannot be shown, else ``None``.
        stale: A warning that it was fitted to an earlier analysis, else ``None``.
        intro: How the fit was made.
        params: The posterior per parameter, best identified first, then the levers.
        check: The posterior predictive check, in a sentence.
        whatif_help: What the what-if table shows ("" without what-ifs).
        arms: The what-if table's rows.
        no_whatifs: Why there are no what-ifs, else ``None``.
        chart: The what-if chart as JSON safe inside a ``<script>`` element ("" without).
    """

    path: str
    problem: str | None = None
    stale: str | None = None
    intro: str = ""
    params: tuple[ParamRow, ...] = ()
    check: str = ""
    whatif_help: str = ""
    arms: tuple[ArmRow, ...] = ()
    no_whatifs: str | None = None
    chart: str = ""


def _pct(share: float) -> str:
    return f"{100 * share:.0f}%"


def _g(value: float) -> str:
    return f"{value:.3g}"


def _months(value: float) -> str:
    return f"{value:.1f}"


def _param_rows(names: Namer, doc: Mapping[str, Any]) -> tuple[ParamRow, ...]:
    t = names.t
    ranges: Mapping[str, Mapping[str, float]] = doc["ranges"]

    def narrowed(r: Mapping[str, float]) -> float:
        width = float(r["high"]) - float(r["low"])
        return 1.0 - (float(r["q95"]) - float(r["q05"])) / width if width > 0 else 0.0

    def row(name: str, r: Mapping[str, float], label: str) -> ParamRow:
        return ParamRow(
            name,
            label,
            _g(float(r["median"])),
            f"{_g(float(r['q05']))}–{_g(float(r['q95']))}",
            f"{_g(float(r['low']))}–{_g(float(r['high']))}",
            _pct(max(0.0, narrowed(r))),
        )

    fitted = sorted(
        (n for n in ranges if n not in LEVER_ORDER), key=lambda n: (-narrowed(ranges[n]), n)
    )
    rows = [row(n, ranges[n], "") for n in fitted]
    base: Mapping[str, float] = doc["posterior"]["base"]
    for lever in LEVER_ORDER:
        label = word(names.lang, "lever", lever)
        if lever in ranges:
            rows.append(row(lever, ranges[lever], label))
        else:
            fixed = t["sc_not_fitted"].format(value=_g(float(base.get(lever, 0.0))))
            rows.append(ParamRow(lever, label, "", fixed, "", ""))
    return tuple(rows)


def _sequence(names: Namer, seq: Sequence[str]) -> str:
    return " → ".join(names.stage(s) for s in seq)


def _check(names: Namer, doc: Mapping[str, Any]) -> str:
    chk = doc["check"]
    return names.t["sc_check"].format(
        match=_pct(float(chk["sequence_match"])),
        draws=int(chk["draws"]),
        sequence=_sequence(names, doc["observed"]["sequence"]),
        agree=_pct(float(chk["period_agreement"])),
        grain=word(names.lang, "grain", str(doc["grain"])),
        coverage=_pct(float(chk["coverage"])),
    )


def _when(arm: Mapping[str, Any], never: str) -> str:
    t = arm["time_to_symbiosis"]
    if t is None:
        return never
    return f"{t['median_date']} ({t['q05_date']} – {t['q95_date']})"


def _arms(names: Namer, levers: Sequence[Mapping[str, Any]]) -> tuple[ArmRow, ...]:
    t = names.t
    first = levers[0]
    obs = first["observed"]
    rows = [
        ArmRow(
            t["sc_observed"],
            "",
            obs["symbiosis_start"] or t["sc_never"],
            _months(float(obs["time_in_resistance"])),
            "",
        )
    ]
    base = first["baseline"]
    rows.append(
        ArmRow(
            t["sc_calibrated"],
            _pct(float(base["p_symbiosis"])),
            _when(base, t["sc_never"]),
            _months(float(base["time_in_resistance"]["mean"])),
            "",
        )
    )
    for doc in levers:
        arm, e = doc["lever_on"], doc["earlier"]
        lever = word(names.lang, "lever", str(doc["lever"]))
        earlier = (
            ""
            if e["median"] is None
            else f"{float(e['median']):.0f} ({float(e['q05']):.0f} – {float(e['q95']):.0f})"
        )
        rows.append(
            ArmRow(
                t["sc_lever_on"].format(lever=lever, value=_g(float(doc["value"]))),
                _pct(float(arm["p_symbiosis"])),
                _when(arm, t["sc_never"]),
                _months(float(arm["time_in_resistance"]["mean"])),
                earlier,
            )
        )
    return tuple(rows)


def _chart(names: Namer, levers: Sequence[Mapping[str, Any]], arms: Sequence[ArmRow]) -> str:
    """Symbiosis dates per arm: a dot at the median and a bar over the 5–95 % range."""
    t = names.t
    data: list[dict[str, Any]] = []
    obs = levers[0]["observed"]["symbiosis_start"]
    if obs is not None:
        data.append(
            {
                "type": "scatter",
                "x": [obs],
                "y": [arms[0].label],
                "mode": "markers",
                "marker": {"symbol": "diamond", "size": 12, "color": "#333333"},
                "name": t["sc_observed"],
                "hovertemplate": "%{x}<extra></extra>",
            }
        )
    sources = [levers[0]["baseline"], *(d["lever_on"] for d in levers)]
    colours = ("#7f7f7f", "#4e79a7", "#59a14f", "#f28e2b")
    for arm, row, colour in zip(sources, arms[1:], colours, strict=False):
        q = arm["time_to_symbiosis"]
        if q is None:
            continue
        data.append(
            {
                "type": "scatter",
                "x": [q["q05_date"], q["median_date"], q["q95_date"]],
                "y": [row.label] * 3,
                "mode": "lines+markers",
                "line": {"color": colour, "width": 3},
                "marker": {"size": [0, 11, 0], "color": colour},
                "name": row.label,
                "hovertemplate": "%{x}",
            }
        )
    if not data:
        return ""
    layout = {
        "height": 110 + 40 * len(arms),
        "margin": {"l": 10, "r": 10, "t": 10, "b": 40},
        "showlegend": False,
        "xaxis": {"type": "date", "title": {"text": t["sc_chart_x"]}},
        "yaxis": {"autorange": "reversed", "automargin": True},
    }
    return figure_json({"data": data, "layout": layout})


def _build(names: Namer, cal: Calibrated, doc: Mapping[str, Any]) -> ScenariosView:
    t = names.t
    case = str(doc["case"])
    stale = None
    if cal.stale is not None:
        stale = t[f"sc_stale_{cal.stale}"].format(case=case)
    intro = t["sc_intro"].format(
        simulations=int(doc["simulations"]),
        generations=int(doc["generations"]),
        draws=len(doc["posterior"]["draws"]),
    )
    params = _param_rows(names, doc)
    check = _check(names, doc)
    stored = doc.get("whatifs")
    if not stored or not stored.get("levers"):
        return ScenariosView(
            cal.path, None, stale, intro, params, check,
            no_whatifs=t["sc_no_whatifs"].format(case=case),
        )  # fmt: skip
    levers: list[Mapping[str, Any]] = stored["levers"]
    rule = str(stored.get("from_rule", "given"))
    start = dt.date.fromisoformat(str(stored["from"])).isoformat()
    if rule in ("control", "resistance"):
        help_ = t["sc_whatif_stage"].format(date=start, stage=names.stage(rule))
    else:
        help_ = t["sc_whatif_date"].format(date=start)
    help_ += ("" if is_chinese(names.lang) else " ") + t["sc_whatif_help"].format(
        months=int(levers[0]["months"]), draws=int(levers[0]["draws"])
    )
    arms = _arms(names, levers)
    return ScenariosView(
        cal.path, None, stale, intro, params, check, help_, arms, None,
        _chart(names, levers, arms),
    )  # fmt: skip


def scenarios_view(names: Namer, cal: Calibrated) -> ScenariosView:
    """The scenario section of a calibrated case (a warning when the calibration is unusable)."""
    t = names.t
    if cal.document is None:
        return ScenariosView(
            cal.path, t["sc_problem"].format(path=cal.path, problem=cal.problem or "?")
        )
    try:
        return _build(names, cal, cal.document)
    except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
        detail = f"missing or malformed field {exc}"
        return ScenariosView(cal.path, t["sc_problem"].format(path=cal.path, problem=detail))
