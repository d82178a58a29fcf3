"""Writing a case's report: analyse it (a folder is imported first), then write one HTML file.

``write_report(ref, settings, out_dir=...)`` runs the analysis service on a
case folder or a stored case, builds the report's context
(:mod:`relcycle.report.context`) in the report's language and writes
``<out_dir>/<case id>-report.html`` atomically; with ``pdf=True`` it also
prints the same page to ``<case id>-report.pdf``. A case calibrated with
``relcycle calibrate`` gets a scenario section, read from its stored
calibration (:func:`~relcycle.services.calibration.stored_for_report`).
"""

from __future__ import annotations

import datetime as dt
import shlex
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from relcycle.domain import ParsedSource
from relcycle.domain.period import Grain
from relcycle.frameworks import load_framework
from relcycle.report.context import build_context
from relcycle.report.html import render_html
from relcycle.report.labels import check_language, report_language
from relcycle.services.analysis import AUTO_CODER, AnalysisRun, Step, analyze
from relcycle.services.calibration import stored_for_report
from relcycle.services.coding import check_coder
from relcycle.services.files import check_folder, prepare_folder, write_text_atomically
from relcycle.services.store import open_store
from relcycle.settings import Settings
from relcycle.sources.script import writes_traditional

LIBRARIES = ("numpy", "scipy", "ruptures", "scikit-learn", "jinja2", "plotly")
"""Libraries whose versions the methods appendix records."""


@dataclass(frozen=True, slots=True)
class ReportResult:
    """What ``write_report`` wrote.

    Attributes:
        case_id: The case reported on.
        html: The HTML report.
        pdf: The PDF, when asked for.
        lang: The report's language.
        run: The analysis run behind it.
    """

    case_id: str
    html: Path
    pdf: Path | None
    lang: str
    run: AnalysisRun


def provenance(
    case_id: str,
    lang: str,
    framework: str | None = None,
    grain: Grain | None = None,
    coder: str = AUTO_CODER,
) -> dict[str, str]:
    """The versions of relcycle and its main libraries, and the command that makes the report.

    The command names the framework, the grain and the auto-coder when they were
    chosen rather than the defaults (``framework``/``grain`` given, another ``coder``).
    """
    from relcycle import __version__

    out = {"relcycle": __version__}
    for lib in LIBRARIES:
        try:
            out[lib] = metadata.version(lib)
        except metadata.PackageNotFoundError:
            continue
    command = f"relcycle report {case_id} --lang {lang}"
    if framework is not None:
        command += f" --framework {shlex.quote(framework)}"
    if grain is not None:
        command += f" --period {grain}"
    if coder != AUTO_CODER:
        command += f" --coder {coder}"
    out["command"] = command
    return out


def write_report(
    ref: str | Path,
    settings: Settings,
    *,
    out_dir: str | Path,
    lang: str | None = None,
    pdf: bool = False,
    framework: str | None = None,
    grain: Grain | None = None,
    coder: str = AUTO_CODER,
    on_start: Callable[[int], None] | None = None,
    progress: Callable[[ParsedSource], None] | None = None,
    step: Step | None = None,
    now: dt.datetime | None = None,
) -> ReportResult:
    """Analyse a case folder or a stored case and write its HTML report (and PDF if asked).

    Args:
        ref: A case folder's path, or a stored case's id.
        settings: relcycle's settings (``settings.db`` names the store).
        out_dir: The folder to write into (created if needed).
        lang: ``zh``, ``zh-Hans``, ``zh-Hant`` or ``en``; by default the case's language
            (English for mixed). Chinese is written in the case's script unless one is named.
        pdf: Also write the report as PDF.
        framework: A framework id or path; the case's own by default.
        grain: The period grain; the case's own by default.
        coder: The auto-coder whose codings the analysis reads (default: dictionary).
        on_start: Called with the number of sources a folder import will read.
        progress: Called with each source once it is imported.
        step: Called with the name of each step as it starts.
        now: The run date recorded in the report (default: now, UTC).

    Raises:
        ConfigError: ``lang`` is not one of those.
        InputError: ``out_dir`` cannot be written, ``ref`` is a path to no folder,
            or the case folder is invalid.
        NotFoundError: ``ref`` is neither a folder nor a stored case.
    """
    check_language(lang)
    check_coder(coder)
    folder = check_folder(out_dir)
    say = step or (lambda _: None)
    run = analyze(
        ref, settings, framework=framework, grain=grain, coder=coder,
        on_start=on_start, progress=progress, step=step,
    )  # fmt: skip
    analysis = run.analysis
    case = analysis.case
    say("writing the report")
    with open_store(settings) as store:
        sources = [p.source for p in store.iter_sources(case.id)]
    traditional = writes_traditional(s.text for s in sources)
    language = report_language(lang, case.language, traditional)
    # the command that writes this report again names Simplified if the case is not
    asked = "zh-Hans" if language == "zh" and traditional else language
    fw = load_framework(framework if framework is not None else case.framework)
    context = build_context(
        analysis,
        fw,
        sources,
        lang=language,
        provenance=provenance(case.id, asked, framework, grain, coder),
        run_date=now or dt.datetime.now(dt.UTC),
        calibration=stored_for_report(analysis, settings),
    )
    page = render_html(context)
    html_path = write_text_atomically(prepare_folder(folder) / f"{case.id}-report.html", page)
    pdf_path = None
    if pdf:
        say("writing the PDF")
        from relcycle.report.pdf import html_to_pdf

        pdf_path = folder / f"{case.id}-report.pdf"
        html_to_pdf(html_path, pdf_path, chromium=settings.chromium or None)
    return ReportResult(case.id, html_path, pdf_path, language, run)
