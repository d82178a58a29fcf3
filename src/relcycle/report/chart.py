"""The report's timeline chart as a plotly figure (plain dicts, drawn by the inlined plotly.js).

Four rows share the time axis: the government's indicators, the social-work
organisation's, the relationship's (z-scores per period), and a track of the
events and the quotes behind the findings, whose hover shows the words.
Stages are shaded bands across all rows, labelled with their confidence;
turning points are dashed lines.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import math
import textwrap
from collections.abc import Iterable
from typing import Any

import numpy as np

from relcycle.report.labels import word
from relcycle.report.naming import Namer, event_when
from relcycle.trajectory.indicators import IndicatorTable
from relcycle.trajectory.result import Analysis, Quote

SCOPES = ("government", "social_org", "relationship")
"""The indicator rows, top to bottom."""

STAGE_COLOURS = ("#4e79a7", "#e15759", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#9c755f")
LINE_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#8c564b", "#17becf", "#7f7f7f")

_ROWS = ((0.74, 0.96), (0.49, 0.71), (0.24, 0.46), (0.0, 0.15))
_WRAP = {"zh": 26, "zh-Hant": 26, "en": 60}


def _wrap(text: str, lang: str) -> str:
    """Escaped text broken into lines for a hover label (plotly reads ``<br>`` and entities)."""
    width = _WRAP.get(lang, 60)
    flat = " ".join(text.split())
    lines = textwrap.wrap(flat, width=width, break_long_words=True) or [""]
    return "<br>".join(html.escape(line) for line in lines)


def period_z(analysis: Analysis) -> list[list[float | None]]:
    """Every indicator's z-score per period (``None`` for empty periods or no spread)."""
    table = analysis.table
    if not len(table.periods) or not len(table.ids):
        return []
    rate, _ = table.period_rates()
    scale = table.spread_scale()
    out: list[list[float | None]] = []
    for t in range(len(table.periods)):
        row: list[float | None] = []
        for j in range(len(table.ids)):
            if table.empty[t] or scale[j] <= 0:
                row.append(None)
            else:
                z = float((rate[t, j] - table.mean_rate[j]) / scale[j])
                row.append(round(z, 3) if math.isfinite(z) else None)
        out.append(row)
    return out


def silent_indicators(table: IndicatorTable) -> dict[int, str]:
    """Indicators with no line to draw: column → ``none`` (no evidence at all) or ``flat``.

    An indicator whose z-score is unknown in every period has no line; its
    legend entry says why, so that a reader does not look for a line that
    is not there.
    """
    if not len(table.periods):
        return {}
    scale = table.spread_scale()
    out = {}
    for j in range(len(table.ids)):
        if scale[j] > 0 and not all(table.empty):
            continue
        seen = float(table.positive[:, j].sum() + table.negative[:, j].sum())
        out[j] = "flat" if seen > 0 else "none"
    return out


MOST_TICKS = 12
"""Most period labels drawn along a time axis."""


def period_ticks(analysis: Analysis, most: int = MOST_TICKS) -> list[tuple[dt.date, str]]:
    """Where to label the time axis with the report's period labels, and those labels.

    A quarter or week case is read as ``2019-Q3`` or ``2019-W14`` everywhere
    else in the report, so its axis says so too, under the middle of each
    period, where its points are drawn (every k-th period when there are more
    than ``most``). A month case's axis needs no labels of its own (``2019-07``
    is its period's label): the list is empty.
    """
    periods = analysis.periods
    if analysis.grain == "month" or not periods:
        return []
    step = max(1, math.ceil(len(periods) / most))
    return [(p.start + (p.end - p.start) / 2, p.label) for p in periods[::step]]


def _mid(start: dt.date, end: dt.date) -> str:
    return (start + (end - start) / 2).isoformat()


def _row_title(names: Namer, scope: str) -> str:
    who = [a.name for a in names.case.actors if a.role == scope]
    label = word(names.lang, "scope", scope)
    return f"{label} · {who[0]}" if who else label


def _indicator_traces(names: Namer, analysis: Analysis) -> list[dict[str, Any]]:
    table = analysis.table
    z = np.array(period_z(analysis), dtype=object)
    x = [_mid(p.start, p.end) for p in table.periods]
    traces = []
    seen: dict[str, int] = {}
    silent = silent_indicators(table)
    columns = [j for j, scope in enumerate(table.scopes) if scope in SCOPES]
    columns.sort(key=lambda j: SCOPES.index(table.scopes[j]))  # legend groups top to bottom
    for j in columns:
        ind, scope = table.ids[j], table.scopes[j]
        nth = seen[scope] = seen.get(scope, -1) + 1
        row = SCOPES.index(scope) + 1
        label = names.indicator(ind)
        if j in silent:
            label = names.t[f"chart_{silent[j]}"].format(name=label)
        ys = list(z[:, j]) if len(z) else []
        hover = [
            f"{html.escape(label)}<br>{p.label}: {'–' if v is None else f'{v:+.2f}'}"
            for p, v in zip(table.periods, ys, strict=True)
        ]
        traces.append(
            {
                "type": "scatter",
                "mode": "lines+markers",
                "name": label,
                "legendgroup": scope,
                "legendgrouptitle": {"text": word(names.lang, "scope", scope)},
                "x": x,
                "y": ys,
                "xaxis": "x",
                "yaxis": f"y{row}" if row > 1 else "y",
                "line": {"width": 2, "color": LINE_COLOURS[nth % len(LINE_COLOURS)]},
                "marker": {"size": 4},
                "hovertext": hover,
                "hoverinfo": "text",
                "connectgaps": False,
                **({"visible": "legendonly"} if j in silent else {}),
            }
        )
    return traces


def _quotes(analysis: Analysis) -> list[Quote]:
    seen: set[tuple[str, str]] = set()
    out = []
    pools: Iterable[Quote] = (
        *(q for s in analysis.stages for q in s.evidence),
        *(q for t in analysis.turning_points for m in t.moved for q in m.quotes),
        *(
            q
            for s in analysis.stages
            if s.diagnosis.legitimacy is not None
            for q in s.diagnosis.legitimacy.quotes
        ),
    )
    for q in pools:
        if (q.source, q.quote) in seen:
            continue
        seen.add((q.source, q.quote))
        out.append(q)
    return sorted(out, key=lambda q: (q.date, q.source))


def _track_traces(names: Namer, analysis: Analysis) -> list[dict[str, Any]]:
    lang = names.lang
    events = sorted(
        {(e.line, e) for s in analysis.stages for e in s.diagnosis.key_events},
        key=lambda pair: (pair[1].date, pair[0]),
    )
    ev_hover = []
    for _, e in events:
        who = names.actor(e.actor) or e.actor
        target = names.actor(e.target)
        head = f"{event_when(e.date, e.end)}  {html.escape(who)}" + (
            f" → {html.escape(target)}" if target else ""
        )
        ev_hover.append(f"{head}<br>{_wrap(e.summary, lang)}")
    quotes = _quotes(analysis)
    q_hover = []
    for q in quotes:
        v = names.quote(q)
        when = names.t["speaks_of"].format(date=v.date)
        if v.recalled:
            when += " · " + names.t["recalled"].format(date=v.recalled)
        where = f"{html.escape(v.source)} ({html.escape(when)})"
        q_hover.append(f"«{_wrap(q.quote, lang)}»<br>{where}<br>{html.escape(v.code)}")
    base = {"type": "scatter", "mode": "markers", "xaxis": "x", "yaxis": "y4"}
    return [
        {
            **base,
            "name": names.t["chart_events"],
            "x": [e.date.isoformat() for _, e in events],
            "y": [1] * len(events),
            "marker": {"symbol": "diamond", "size": 10, "color": "#333333"},
            "hovertext": ev_hover,
            "hoverinfo": "text",
        },
        {
            **base,
            "name": names.t["chart_quotes"],
            "x": [q.date.isoformat() for q in quotes],
            "y": [0] * len(quotes),
            "marker": {"symbol": "circle", "size": 8, "color": "#8c564b"},
            "hovertext": q_hover,
            "hoverinfo": "text",
        },
    ]


def _bands(names: Namer, analysis: Analysis) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    shapes: list[dict[str, Any]] = []
    notes: list[dict[str, Any]] = []
    for s in analysis.stages:
        colour = STAGE_COLOURS[names.stage_tone(s.label)]
        shapes.append(
            {
                "type": "rect",
                "xref": "x",
                "yref": "paper",
                "x0": s.start.isoformat(),
                "x1": (s.end + dt.timedelta(days=1)).isoformat(),
                "y0": 0,
                "y1": 1,
                "fillcolor": colour,
                "opacity": 0.13,
                "line": {"width": 0},
                "layer": "below",
            }
        )
        notes.append(
            {
                "xref": "x",
                "yref": "paper",
                "x": _mid(s.start, s.end),
                "y": 1.0,
                "yanchor": "bottom",
                "showarrow": False,
                "text": f"<b>{html.escape(names.stage(s.label))}</b><br>"
                f"{names.t['confidence']} {round(100 * s.confidence)}%",
                "font": {"color": colour, "size": 12},
            }
        )
    for t in analysis.turning_points:
        shapes.append(
            {
                "type": "line",
                "xref": "x",
                "yref": "paper",
                "x0": t.date.isoformat(),
                "x1": t.date.isoformat(),
                "y0": 0,
                "y1": 1,
                "line": {"width": 1, "dash": "dash", "color": "#555555"},
            }
        )
    return shapes, notes


def timeline_figure(names: Namer, analysis: Analysis) -> dict[str, Any]:
    """The timeline chart as a plotly figure: ``{"data": [...], "layout": {...}}``."""
    shapes, notes = _bands(names, analysis)
    layout: dict[str, Any] = {
        "height": 760,
        "margin": {"l": 60, "r": 20, "t": 70, "b": 40},
        "hovermode": "closest",
        "hoverlabel": {"align": "left"},
        "showlegend": True,
        "legend": {"orientation": "h", "y": -0.08, "groupclick": "toggleitem"},
        "shapes": shapes,
        "annotations": notes,
        "xaxis": {
            "type": "date",
            "anchor": "y4",
            "showgrid": False,
            # numeric months read the same in a Chinese and an English report
            "tickformat": "%Y-%m",
            "hoverformat": "%Y-%m-%d",
        },
        "plot_bgcolor": "#ffffff",
    }
    for row, scope in enumerate(SCOPES, 1):
        key = "yaxis" if row == 1 else f"yaxis{row}"
        layout[key] = {
            "domain": list(_ROWS[row - 1]),
            "title": {"text": names.t["chart_z"]},
            "zeroline": True,
            "zerolinecolor": "#999999",
            "anchor": "x",
        }
        notes.append(
            {
                "xref": "paper",
                "yref": "paper",
                "x": 0,
                "y": _ROWS[row - 1][1],
                "xanchor": "left",
                "yanchor": "bottom",
                "showarrow": False,
                "text": html.escape(_row_title(names, scope)),
                "font": {"size": 11, "color": "#444444"},
            }
        )
    if analysis.periods:  # the studied period, edge to edge: no slack past its last day
        last = analysis.periods[-1].end + dt.timedelta(days=1)
        layout["xaxis"]["range"] = [analysis.periods[0].start.isoformat(), last.isoformat()]
    ticks = period_ticks(analysis)
    if ticks:
        layout["xaxis"] |= {
            "tickmode": "array",
            "tickvals": [day.isoformat() for day, _ in ticks],
            "ticktext": [label for _, label in ticks],
        }
    layout["yaxis4"] = {
        "domain": list(_ROWS[3]),
        "range": [-0.6, 1.6],
        "tickvals": [0, 1],
        "ticktext": [names.t["chart_quotes"], names.t["chart_events"]],
        "fixedrange": True,
        "anchor": "x",
    }
    data = [*_indicator_traces(names, analysis), *_track_traces(names, analysis)]
    return {"data": data, "layout": layout}


def figure_json(figure: dict[str, Any]) -> str:
    r"""The figure as JSON that can sit inside an HTML ``<script>`` element as is.

    ``<``, ``>``, ``&`` and the JavaScript line separators are written as
    ``\uXXXX`` escapes, so no text in the figure can close the element.
    """
    text = json.dumps(figure, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    for raw, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, escaped)
    return text
