"""Analysing a case's stages: import, auto-code and analyse in one go; write the JSON.

``analyze(PATH)`` imports a case folder (its codings.csv included), runs the
dictionary auto-coder, and analyses the stored case: evidence from every
manual, imported and automatic coding and every event, indicators per
period, stages, turning points and advice (:mod:`relcycle.trajectory.analysis`).
``analyze(CASE)`` analyses a stored case; it is auto-coded first when it has
no automatic codings yet or when another framework is asked for.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from relcycle.coding.base import make_auto_coder
from relcycle.domain import Case, Event, ParsedSource, Segment
from relcycle.domain.period import Grain
from relcycle.errors import InputError
from relcycle.frameworks import Framework, load_framework
from relcycle.services.coding import AutocodeResult, autocode_stored, check_coder
from relcycle.services.files import write_json as write_json  # re-exported: others import it here
from relcycle.services.imports import ImportResult, import_folder
from relcycle.services.store import open_store
from relcycle.settings import Settings
from relcycle.store import CodingRecord
from relcycle.trajectory.analysis import StageMethod, analyse_evidence
from relcycle.trajectory.evidence import EVENTS_SOURCE, CodedSpan, EvidenceSet, collect_evidence
from relcycle.trajectory.export import to_json
from relcycle.trajectory.result import Analysis

AUTO_CODER = "dictionary"
"""The auto-coder the analysis runs and reads unless another is named."""

CASE_ID = re.compile(r"[a-z0-9-]+")
"""What a stored case's id looks like (case.yaml's ``id``)."""

Step = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class AnalysisRun:
    """What ``analyze`` did and found.

    Attributes:
        analysis: The analysis.
        imported: The folder import, when a folder was given.
        autocoded: The auto-coding run, when one was made.
        json_path: Where the JSON was written, if asked.
    """

    analysis: Analysis
    imported: ImportResult | None = None
    autocoded: AutocodeResult | None = None
    json_path: Path | None = None


def check_ref(ref: str | Path) -> None:
    """Refuse a reference that is neither an existing folder nor a possible case id.

    ``./missing`` or ``cases/ltown`` cannot be a stored case's id, so when no
    such folder exists the path is named, not an unknown case.

    Raises:
        InputError: ``ref`` does not exist, or is a file.
    """
    if Path(ref).is_dir() or CASE_ID.fullmatch(str(ref)):
        return
    what = "is not a folder" if Path(ref).exists() else "does not exist"
    raise InputError(f"{what}; give a case folder (with case.yaml) or a stored case's id", path=ref)


def _spans(records: Sequence[CodingRecord], coder: str = AUTO_CODER) -> list[CodedSpan]:
    """The codings the analysis reads: people's and imported ones, and one auto-coder's."""
    out = []
    for r in records:
        if r.orphaned:
            continue
        if r.origin == "auto" and not r.coder.startswith(f"auto:{coder}@"):
            continue
        confidence = 1.0 if r.confidence is None else float(r.confidence)
        out.append(CodedSpan(r.coding, r.origin, r.actor, confidence))
    return out


def code_events(
    case: Case, events: Sequence[Event], framework: Framework
) -> dict[int, list[tuple[str, float]]]:
    """Codes the dictionary coder reads in the summaries of events that list none.

    Returns:
        Event line → ``(code, confidence)`` pairs (one per code, the surest).
    """
    bare = [e for e in events if not e.codes and e.summary.strip()]
    if not bare:
        return {}
    coder = make_auto_coder(AUTO_CODER, framework=framework).fit(case)
    segments = [
        Segment(f"{EVENTS_SOURCE}:{e.line}", 0, 0, len(e.summary), e.summary, None, e.actor)
        for e in bare
    ]
    out: dict[int, dict[str, float]] = {}
    for hit in coder.predict(segments):
        line = int(hit.source_id.rsplit(":", 1)[1])
        codes = out.setdefault(line, {})
        codes[hit.code] = max(codes.get(hit.code, 0.0), hit.confidence)
    return {line: sorted(codes.items()) for line, codes in out.items()}


@dataclass(frozen=True, slots=True)
class CaseEvidence:
    """A stored case's evidence, ready for :func:`~relcycle.trajectory.analysis.analyse_evidence`.

    Attributes:
        case: The case.
        evidence: Evidence from its codings (people's, imported, the dictionary
            coder's) and its events (their own codes, else those the dictionary
            coder reads in their summaries).
        events: Its events.
    """

    case: Case
    evidence: EvidenceSet
    events: tuple[Event, ...]


def case_evidence(
    case_id: str, settings: Settings, framework: Framework, coder: str = AUTO_CODER
) -> CaseEvidence:
    """Collect a stored case's evidence for a framework (no auto-coding is run).

    The auto-codings read are ``coder``'s; events without codes are read by the
    dictionary coder whatever ``coder`` is.

    Raises:
        NotFoundError: No such case.
    """
    with open_store(settings) as store:
        case = store.case(case_id)
        sources = list(store.iter_sources(case_id))
        records = store.coding_records(case_id, orphaned=False)
        events = tuple(store.events(case_id))
    extra = code_events(case, events, framework)
    evidence = collect_evidence(case, sources, _spans(records, coder), framework, events, extra)
    return CaseEvidence(case, evidence, events)


def analyze(
    ref: str | Path,
    settings: Settings,
    *,
    framework: str | None = None,
    grain: Grain | None = None,
    json_out: str | Path | None = None,
    method: StageMethod | None = None,
    coder: str = AUTO_CODER,
    on_start: Callable[[int], None] | None = None,
    progress: Callable[[ParsedSource], None] | None = None,
    step: Step | None = None,
) -> AnalysisRun:
    """Analyse a case folder (imported and auto-coded first) or a stored case.

    Args:
        ref: A case folder's path, or a stored case's id.
        settings: relcycle's settings (``settings.db`` names the store).
        framework: A framework id or path; the case's own by default.
        grain: The period grain; the case's own by default.
        json_out: Where to write the JSON (atomically), if anywhere.
        method: The method's parameters; the defaults by default.
        coder: The auto-coder whose codings are read (``dictionary``, ``hybrid`` or
            ``supervised``); it is run first when the case has none of its codings.
        on_start: Called with the number of sources a folder import will read.
        progress: Called with each source once it is imported.
        step: Called with the name of each step as it starts.

    Raises:
        NotFoundError: ``ref`` is a case id but no stored case has it.
        InputError: ``ref`` is a path to no folder, the folder breaks the case
            format, or the JSON cannot be written.
        FrameworkError: The framework cannot be loaded.
        ConfigError: No auto-coder of that name.
    """
    check_ref(ref)
    check_coder(coder)
    say = step or (lambda _: None)
    imported = autocoded = None
    case_id = str(ref)
    if Path(ref).is_dir():
        say("importing")
        imported = import_folder(ref, settings=settings, on_start=on_start, progress=progress)
        case_id = imported.report.case_id
    with open_store(settings) as store:
        case = store.case(case_id)
        has_auto = any(c.coder.startswith(f"auto:{coder}@") for c in store.codings(case_id))
    fw = load_framework(framework if framework is not None else case.framework)
    if imported is not None or framework is not None or not has_auto:
        say("auto-coding")
        # by id: a folder named like the case in the working directory is not it
        autocoded = autocode_stored(case_id, settings, coder, framework)
    say("analysing")
    stored = case_evidence(case_id, settings, fw, coder)
    result = analyse_evidence(case, stored.evidence, fw, stored.events, grain, method)
    path = None
    if json_out is not None:
        say("writing")
        path = write_json(to_json(result), json_out)
    return AnalysisRun(result, imported, autocoded, path)
