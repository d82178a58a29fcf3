"""Figures for papers: the stage timeline and the indicator chart, as PNG and SVG.

Drawn with matplotlib's object API on the Agg canvas (no pyplot, so no global
figure state and no backend switch; nothing happens at import). Chinese
labels are set in a CJK font found by :func:`relcycle.report.fonts.find_cjk_font`
(Noto Sans CJK from Debian's fonts-noto-cjk), with DejaVu Sans as fallback for
anything it lacks. When a figure's words hold Chinese and no CJK font is
installed, :func:`write_figures` raises a one-line :class:`ConfigError` that
says how to install one rather than drawing empty boxes into a paper figure.

SVGs keep text as glyph outlines (portable: no font needed to view them);
each glyph is defined once, under an id naming the font and the code point
(``NotoSansCJKsc-Regular-63a2`` for 探), with a fixed hash salt and no date,
so the same analysis gives the same file.

* **timeline** — the stages as coloured bands labelled with their name and
  confidence, turning points as dashed lines, periods flagged for a
  legitimacy crisis hatched, and the case's events as markers on one lane
  per side.
* **indicators** — every indicator's z-score per period (0 is the case's own
  average; empty periods leave a gap), one panel per scope (government,
  social-work organisation, relationship), over the stage bands.

The sides and scopes are named with the report's words
(:func:`relcycle.report.labels.word`), so a figure and the report agree.
"""

from __future__ import annotations

import datetime as dt
import math
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from relcycle.errors import InputError
from relcycle.frameworks import Framework
from relcycle.report.chart import period_ticks, silent_indicators
from relcycle.report.fonts import CjkFont, has_cjk, require_cjk_font
from relcycle.report.labels import in_script, local
from relcycle.report.labels import word as report_word
from relcycle.report.outfiles import open_temp
from relcycle.trajectory.result import Analysis, KeyEvent

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.text import Text
    from matplotlib.typing import RcKeyType

FIGURES: tuple[str, ...] = ("timeline", "indicators")
"""The figures written, in order."""

FORMATS: tuple[str, ...] = ("png", "svg")
"""The formats each figure is written in."""

DPI = 200
_BAND_FILL = 0.94  # of its band's width a stage's label may take
_SMALLEST_LABEL = 6.0  # points: a label is shrunk to fit its band, not below this
"""Resolution of the PNGs."""

STAGE_COLOURS: tuple[str, ...] = (
    "#8da0cb", "#fc8d62", "#e78ac3", "#66c2a5", "#a6d854", "#ffd92f", "#e5c494", "#b3b3b3",
)  # fmt: skip
"""Stage band colours, by the stage type's position in the framework (colour-blind safe)."""

ROLES: tuple[str, ...] = ("government", "social_org", "community", "funder", "other")
"""The sides an event lane can belong to (an actor's role)."""

_WORDS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "zh": MappingProxyType(
            {
                "timeline": "阶段时间线",
                "indicators": "各时期指标（z 分数，0 为本案平均）",
                "confidence": "置信度",
                "events": "事件",
                "turning": "转折点",
                "crisis": "合法性危机",
                "z": "z 分数",
                "no_stages": "未能区分出阶段",
                "none": "{name}（证据中未见）",
                "flat": "{name}（无变化）",
            }
        ),
        "en": MappingProxyType(
            {
                "timeline": "Stage timeline",
                "indicators": "Indicators per period (z-scores, 0 = the case's average)",
                "confidence": "confidence",
                "events": "Events",
                "turning": "Turning point",
                "crisis": "Legitimacy crisis",
                "z": "z-score",
                "no_stages": "no stages could be told apart",
                "none": "{name} (none in the evidence)",
                "flat": "{name} (no change)",
            }
        ),
    }
)


def _figure_words(lang: str) -> Mapping[str, str]:
    """The figures' own words in ``lang`` (``zh-Hant``: the ``zh`` ones converted)."""
    if lang in _WORDS:
        return _WORDS[lang]
    return {k: in_script(lang, v) for k, v in _WORDS["zh"].items()}


@dataclass(frozen=True, slots=True)
class FigureLabels:
    """The words the figures draw, in one language.

    Attributes:
        lang: ``en``, ``zh`` or ``zh-Hant``.
        stages: Stage type id → its name.
        indicators: Indicator id → its name.
        stage_order: Stage type ids in the framework's order (for colours).
    """

    lang: str
    stages: Mapping[str, str]
    indicators: Mapping[str, str]
    stage_order: tuple[str, ...] = ()

    def word(self, key: str) -> str:
        """One of the figures' own words."""
        return _figure_words(self.lang).get(key, key)

    def role(self, role: str) -> str:
        """A side's name as the report writes it (:mod:`relcycle.report.labels`), capitalised.

        So a paper's figure and the report call the social-work organisation
        the same (``社会组织``, ``Social-work organisation``).
        """
        name = report_word(self.lang, "role", role)
        return name[:1].upper() + name[1:]

    def scope(self, scope: str) -> str:
        """An indicator scope's name as the report's indicator chart writes it."""
        return report_word(self.lang, "scope", scope)

    def stage(self, stage_id: str) -> str:
        """A stage type's name (its id when the framework has none)."""
        return self.stages.get(stage_id, stage_id)

    def colour(self, stage_id: str) -> str:
        """The band colour of a stage type."""
        order = self.stage_order or tuple(sorted(self.stages))
        index = order.index(stage_id) if stage_id in order else len(order)
        return STAGE_COLOURS[index % len(STAGE_COLOURS)]


def figure_labels(framework: Framework, lang: str) -> FigureLabels:
    """The framework's stage and indicator names in ``lang``."""
    return FigureLabels(
        lang=lang,
        stages={s.id: local(s.label, lang) for s in framework.stages},
        indicators={i.id: local(i.label, lang) for i in framework.indicators},
        stage_order=tuple(s.id for s in framework.stages),
    )


def _day_after(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=1)


def _x(day: dt.date) -> float:
    """A date as matplotlib's date number (days since its epoch)."""
    from matplotlib import dates as mdates

    return float(mdates.date2num(day))  # type: ignore[no-untyped-call]


def _middle(start: dt.date, end: dt.date) -> float:
    """The middle of the days ``start`` … ``end`` (inclusive) on the date axis."""
    return (_x(start) + _x(_day_after(end))) / 2


def _events(analysis: Analysis) -> list[KeyEvent]:
    """The case's events within its stages, once each, by date."""
    seen: dict[int, KeyEvent] = {}
    for stage in analysis.stages:
        for event in stage.diagnosis.key_events:
            seen.setdefault(event.line, event)
    return sorted(seen.values(), key=lambda e: (e.date, e.line))


def _role(analysis: Analysis, actor_id: str | None) -> str:
    actor = analysis.case.actor(actor_id) if actor_id else None
    return actor.role if actor is not None else "other"


def _stage_bands(ax: Axes, analysis: Analysis, labels: FigureLabels, alpha: float) -> None:
    for stage in analysis.stages:
        ax.axvspan(
            _x(stage.start),
            _x(_day_after(stage.end)),
            color=labels.colour(stage.label),
            alpha=alpha,
            linewidth=0,
        )


def _date_axis(ax: Axes, analysis: Analysis) -> None:
    from matplotlib import dates as mdates

    ax.set_xlim(_x(analysis.periods[0].start), _x(_day_after(analysis.periods[-1].end)))
    months = (analysis.periods[-1].end - analysis.periods[0].start).days / 30.4
    step = max(1, math.ceil(months / 12))
    ax.xaxis.set_major_locator(mdates.MonthLocator(interval=step))  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))  # type: ignore[no-untyped-call]
    ticks = period_ticks(analysis)
    if ticks:  # a quarter or week case: its periods' labels, as the report writes them
        ax.set_xticks([_x(day) for day, _ in ticks], [label for _, label in ticks])
    for tick in ax.get_xticklabels():
        tick.set_rotation(45)
        tick.set_horizontalalignment("right")


def _new_figure(width: float, height: float) -> Figure:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def timeline_figure(analysis: Analysis, labels: FigureLabels) -> Figure:
    """The stage timeline: bands with name and confidence, turning points, crises, events."""
    fig = _new_figure(10.0, 4.2)
    ax = fig.add_subplot()
    case = analysis.case
    ax.set_title(f"{case.title} — {labels.word('timeline')}", loc="left")
    if not analysis.periods:
        ax.set_axis_off()
        return fig
    _stage_bands(ax, analysis, labels, alpha=0.55)
    events = _events(analysis)
    roles = [r for r in ("government", "social_org") if any(a.role == r for a in case.actors)]
    roles += sorted({_role(analysis, e.actor) for e in events} - set(roles))
    lane = {role: i for i, role in enumerate(roles)}
    top = len(roles) + 0.95
    span = (_day_after(analysis.periods[-1].end) - analysis.periods[0].start).days
    names: list[tuple[Text, dt.date, dt.date]] = []
    for stage in analysis.stages:
        middle = _middle(stage.start, stage.end)
        name = labels.stage(stage.label)
        confidence = f"{labels.word('confidence')} {stage.confidence:.0%}"
        if (_day_after(stage.end) - stage.start).days < 0.15 * span:
            name = name.replace(" ", "\n")  # a narrow band: one word a line
        text = ax.text(
            middle, top - 0.05, f"{name}\n{confidence}", ha="center", va="top", fontsize=9
        )
        names.append((text, stage.start, _day_after(stage.end)))
    for label in analysis.legitimacy_periods:
        period = next((p for p in analysis.periods if p.label == label), None)
        if period is not None:
            ax.axvspan(
                _x(period.start),
                _x(_day_after(period.end)),
                ymin=0.0,
                ymax=0.12,
                facecolor="none",
                edgecolor="#b2182b",
                hatch="///",
                linewidth=0.8,
                label=labels.word("crisis"),
            )
    for i, tp in enumerate(analysis.turning_points):
        ax.axvline(
            _x(tp.date),
            color="#333333",
            linestyle="--",
            linewidth=1.0,
            label=labels.word("turning") if i == 0 else None,
        )
    markers = ("D", "o", "s", "^", "v")
    for role in roles:
        dates = [_x(e.date) for e in events if _role(analysis, e.actor) == role]
        ax.plot(
            dates,
            [lane[role] + 0.5] * len(dates),
            linestyle="none",
            marker=markers[lane[role] % len(markers)],
            markersize=6,
            markeredgecolor="black",
            markerfacecolor="white",
            markeredgewidth=0.8,
            clip_on=False,
        )
    ax.set_ylim(0, top)
    ax.set_yticks([lane[r] + 0.5 for r in roles], [labels.role(r) for r in roles])
    ax.tick_params(axis="y", length=0)
    ax.set_ylabel(labels.word("events"))
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    _date_axis(ax, analysis)
    if analysis.turning_points or analysis.legitimacy_periods:
        _dedupe_legend(ax, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
    if not analysis.stages:
        ax.text(0.5, 0.5, labels.word("no_stages"), transform=ax.transAxes, ha="center")
    _fit_in_bands(fig, ax, names)
    return fig


def _fit_in_bands(fig: Figure, ax: Axes, names: Sequence[tuple[Text, dt.date, dt.date]]) -> None:
    """Fit each stage's label into its band (a one-quarter stage of a three-year case).

    A label wider than its band first breaks its last line ("confidence" over
    "100%"), then shrinks, down to a smallest size. The figure is laid out
    first, so the band's width is the drawn one.
    """
    if not names:
        return
    fig.draw_without_rendering()
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    for text, start, end in names:
        (left, _), (right, _) = ax.transData.transform([(_x(start), 0.0), (_x(end), 0.0)])
        room = _BAND_FILL * (right - left)
        if text.get_window_extent(renderer).width <= room:
            continue
        head, _, last = text.get_text().rpartition("\n")
        if " " in last:
            text.set_text(f"{head}\n" + "\n".join(last.rsplit(" ", 1)))
        width = text.get_window_extent(renderer).width
        if width > room > 0:
            text.set_fontsize(max(_SMALLEST_LABEL, text.get_fontsize() * room / width))


def _dedupe_legend(ax: Axes, **kwargs: Any) -> None:
    handles, names = ax.get_legend_handles_labels()
    unique = dict(zip(names, handles, strict=True))
    ax.legend(list(unique.values()), list(unique), **kwargs)


def period_zscores(analysis: Analysis) -> list[list[float]]:
    """Every indicator's z-score per period, ``[period][indicator]``; NaN where unknown.

    The same reading as the analysis JSON: the period's shrunk rate against
    the case's mean, in units of the between-period spread; NaN for periods
    with no text and for indicators that never vary.
    """
    table = analysis.table
    rate, _ = table.period_rates()
    scale = table.spread_scale()
    mean = table.mean_rate
    out = []
    for t in range(len(table.periods)):
        row = []
        for j in range(len(table.ids)):
            if table.empty[t] or scale[j] <= 0:
                row.append(math.nan)
            else:
                row.append(float((rate[t, j] - mean[j]) / scale[j]))
        out.append(row)
    return out


SCOPES: tuple[str, ...] = ("government", "social_org", "relationship")
"""Indicator panels, top to bottom."""


def indicator_figure(analysis: Analysis, labels: FigureLabels) -> Figure:
    """Indicator lines per period, one panel per scope, over the stage bands."""
    table = analysis.table
    scopes = [s for s in SCOPES if s in table.scopes]
    scopes += sorted(set(table.scopes) - set(scopes))
    fig = _new_figure(10.0, 2.3 * max(1, len(scopes)) + 0.8)
    fig.suptitle(f"{analysis.case.title} — {labels.word('indicators')}", x=0.01, ha="left")
    if not scopes or not analysis.periods:
        return fig
    z = period_zscores(analysis)
    silent = silent_indicators(table)
    middles = [_middle(p.start, p.end) for p in analysis.periods]
    axes = fig.subplots(len(scopes), 1, sharex=True, squeeze=False)[:, 0]
    for ax, scope in zip(axes, scopes, strict=True):
        _stage_bands(ax, analysis, labels, alpha=0.25)
        ax.axhline(0.0, color="#777777", linewidth=0.8)
        for j, (name, own) in enumerate(zip(table.ids, table.scopes, strict=True)):
            if own != scope:
                continue
            if j in silent:  # no line: the legend says why instead
                label = labels.word(silent[j]).format(name=labels.indicators.get(name, name))
                ax.plot([], [], linestyle="none", label=label)
                continue
            ax.plot(
                middles,
                [row[j] for row in z],
                marker="o",
                markersize=3,
                linewidth=1.4,
                label=labels.indicators.get(name, name),
            )
        ax.set_ylabel(f"{labels.scope(scope)}\n{labels.word('z')}")
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
        ax.spines["top"].set_visible(False)
        ax.spines["right"].set_visible(False)
    first = axes[0]
    high = first.get_ylim()[1]
    for stage in analysis.stages:
        first.text(
            _middle(stage.start, stage.end),
            high,
            labels.stage(stage.label),
            ha="center",
            va="bottom",
            fontsize=9,
        )
    _date_axis(axes[-1], analysis)
    return fig


def figure_words(analysis: Analysis, labels: FigureLabels) -> str:
    """Every word the figures draw (to decide whether a CJK font is needed)."""
    words = [analysis.case.title, *labels.stages.values(), *labels.indicators.values()]
    words += list(_figure_words(labels.lang).values())
    words += [labels.role(r) for r in ROLES] + [labels.scope(scope) for scope in SCOPES]
    return "\n".join(words)


def _rc(font: CjkFont | None) -> dict[RcKeyType, Any]:
    families = [font.family, "DejaVu Sans"] if font is not None else ["DejaVu Sans"]
    return {
        "font.family": "sans-serif",
        "font.sans-serif": families,
        "axes.unicode_minus": False,
        "svg.hashsalt": "relcycle",
        "svg.fonttype": "path",
        "hatch.linewidth": 0.8,
    }


@dataclass(frozen=True, slots=True)
class DrawnFigure:
    """One figure file, drawn but not yet written.

    Attributes:
        name: Its file name (``timeline.png``).
        data: Its bytes.
    """

    name: str
    data: bytes


def draw_figures(analysis: Analysis, labels: FigureLabels) -> list[DrawnFigure]:
    """Draw every figure in every format, in memory; nothing is written.

    Returns:
        The files to write, in :data:`FIGURES` × :data:`FORMATS` order.

    Raises:
        ConfigError: The words hold Chinese and no CJK font is installed.
    """
    import io

    from matplotlib import rc_context

    words = figure_words(analysis, labels)
    font = require_cjk_font("the figure") if has_cjk(words) else None
    drawn: list[DrawnFigure] = []
    with rc_context(_rc(font)):
        for name, draw in (("timeline", timeline_figure), ("indicators", indicator_figure)):
            fig = draw(analysis, labels)
            for fmt in FORMATS:
                buffer = io.BytesIO()
                metadata = {"Date": None} if fmt == "svg" else {"Software": None}
                fig.savefig(buffer, format=fmt, dpi=DPI, metadata=metadata)
                drawn.append(DrawnFigure(f"{name}.{fmt}", buffer.getvalue()))
    return drawn


def save_figures(drawn: Sequence[DrawnFigure], folder: str | Path) -> list[Path]:
    """Write drawn figures into an existing ``folder``, all or nothing.

    Each file goes to a temporary file in ``folder`` first; only when all are
    written are they renamed into place.

    Raises:
        InputError: ``folder`` cannot be written.
    """
    folder = Path(folder)
    written: list[tuple[Path, Path]] = []
    try:
        for figure in drawn:
            target = folder / figure.name
            tmp = _temp(folder, target)
            written.append((tmp, target))
            tmp.write_bytes(figure.data)
        for tmp, target in written:
            os.replace(tmp, target)
    except OSError as exc:
        raise InputError(f"cannot write the figures: {exc.strerror or exc}", path=folder) from None
    finally:
        for tmp, _ in written:
            tmp.unlink(missing_ok=True)
    return [target for _, target in written]


def write_figures(analysis: Analysis, labels: FigureLabels, out_dir: str | Path) -> list[Path]:
    """Draw the figures and write each as PNG and SVG into ``out_dir``, all or nothing.

    Everything is drawn first (:func:`draw_figures`); only then is ``out_dir``
    created and the files written (:func:`save_figures`), so a failed drawing
    leaves no new folder and no file behind. ``relcycle figures`` checks and
    creates its folder as ``relcycle report`` does, then calls those two itself.

    Args:
        analysis: The case's analysis.
        labels: The words to draw, in the figures' language.
        out_dir: The folder to write to (created if missing).

    Returns:
        The files written (``timeline.png``, ``timeline.svg``,
        ``indicators.png``, ``indicators.svg``).

    Raises:
        ConfigError: The words hold Chinese and no CJK font is installed.
        InputError: ``out_dir`` cannot be created or written.
    """
    drawn = draw_figures(analysis, labels)
    folder = Path(out_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create the folder: {exc.strerror or exc}", path=folder) from None
    return save_figures(drawn, folder)


def _temp(folder: Path, target: Path) -> Path:
    fd, path = open_temp(folder, target.name)
    os.close(fd)
    return path


def figure_paths(out_dir: str | Path) -> Sequence[Path]:
    """Where :func:`write_figures` writes, in its order."""
    return [Path(out_dir) / f"{name}.{fmt}" for name in FIGURES for fmt in FORMATS]
