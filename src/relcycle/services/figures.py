"""Figures for papers: analyse a case, then draw its timeline and indicator chart.

``case_figures(CASE|PATH, settings, out_dir=DIR)`` runs the analysis as
``relcycle analyze`` does (a folder is imported and auto-coded first) and
writes ``timeline`` and ``indicators`` as PNG and SVG into ``DIR``, all or
nothing. Like ``relcycle report``, ``DIR`` is checked before any work
(:func:`~relcycle.services.files.check_folder`) and created only once the
figures are drawn (:func:`~relcycle.services.files.prepare_folder`), so a
bad ``--out`` fails at once and a failed drawing leaves no new folder.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from relcycle.frameworks import load_framework
from relcycle.report.figures import draw_figures, figure_labels, save_figures
from relcycle.report.labels import check_language, report_language
from relcycle.services.analysis import AUTO_CODER, AnalysisRun, analyze
from relcycle.services.coding import check_coder
from relcycle.services.files import check_folder, prepare_folder
from relcycle.services.store import open_store
from relcycle.settings import Settings
from relcycle.sources.script import writes_traditional


@dataclass(frozen=True, slots=True)
class FiguresResult:
    """What ``case_figures`` wrote.

    Attributes:
        run: The analysis the figures show.
        lang: The figures' language.
        files: The files written (PNG and SVG of each figure).
    """

    run: AnalysisRun
    lang: str
    files: tuple[Path, ...]


def case_figures(
    ref: str | Path,
    settings: Settings,
    *,
    out_dir: str | Path,
    lang: str | None = None,
    coder: str = AUTO_CODER,
    step: Callable[[str], None] | None = None,
) -> FiguresResult:
    """Analyse a stored case (or a case folder) and write its figures.

    Args:
        ref: A stored case's id, or a case folder's path.
        settings: relcycle's settings.
        out_dir: The folder to write into (created, if missing, once the figures are drawn).
        lang: ``zh``, ``zh-Hans``, ``zh-Hant`` or ``en``; the case's language (and script)
            by default.
        coder: The auto-coder whose codings the analysis reads (default: dictionary).
        step: Called with the name of each step as it starts.

    Raises:
        ConfigError: ``lang`` or ``coder`` is unknown, or the figures need a CJK font and
            none is installed.
        NotFoundError: ``ref`` is neither a folder nor a stored case.
        InputError: The folder breaks the case format, or ``out_dir`` cannot be written.
    """
    check_language(lang)  # an unknown --lang or --coder, or a bad --out, fails before the analysis
    check_coder(coder)
    folder = check_folder(out_dir)
    run = analyze(ref, settings, coder=coder, step=step)
    analysis = run.analysis
    with open_store(settings) as store:
        sources = store.iter_sources(analysis.case.id)
        traditional = writes_traditional(p.source.text for p in sources)
    chosen = report_language(lang, analysis.case.language, traditional)
    labels = figure_labels(load_framework(analysis.case.framework), chosen)
    if step is not None:
        step("drawing")
    drawn = draw_figures(analysis, labels)
    files = save_figures(drawn, prepare_folder(folder))
    return FiguresResult(run, chosen, tuple(files))
