"""Coding a stored case: by hand, from a codings.csv, by an auto-coder; agreement between coders.

Every change lands in the case's append-only coding log (who, when, before,
after). Manual codings are checked against the case's framework; auto-coders
replace only their own earlier codings, never manual or imported ones.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from relcycle.coding.agreement import AgreementReport, agreement_report
from relcycle.coding.base import AUTO_CODERS, AutoCoding, make_auto_coder
from relcycle.domain import Case, Coding, Segment
from relcycle.errors import ConfigError, InputError
from relcycle.frameworks import Framework, load_framework
from relcycle.services.imports import ImportResult, import_folder
from relcycle.services.store import open_store
from relcycle.settings import Settings
from relcycle.sources.tables import read_codings
from relcycle.store import CodingChanges, CodingLogEntry, CodingRecord, NewCoding, Store

IMPORT_USER = "import"
"""Who codings.csv imports are logged as."""
AUTO_USER = "auto"
"""Who auto-coders' changes are logged as."""


@dataclass(frozen=True, slots=True)
class CodingImportResult:
    """What importing a codings.csv into a stored case did.

    Attributes:
        case_id: The case.
        path: The file read.
        rows: Codings the file lists.
        coders: The coders it names.
        changes: Codings added, removed, and kept as they were.
    """

    case_id: str
    path: Path
    rows: int
    coders: tuple[str, ...]
    changes: CodingChanges


@dataclass(frozen=True, slots=True)
class AutocodeResult:
    """What an auto-coding run did.

    Attributes:
        case_id: The case coded.
        coder: The auto-coder's provenance, ``auto:<name>@<hash>``.
        segments: Segments coded.
        found: Codings the coder returned.
        changes: Codings added, removed (earlier runs' that no longer hold), kept.
        by_code: Codings found per code, most frequent first.
        imported: The folder import done first, when a folder was given.
    """

    case_id: str
    coder: str
    segments: int
    found: int
    changes: CodingChanges
    by_code: dict[str, int]
    imported: ImportResult | None = None


@dataclass(frozen=True, slots=True)
class CaseAgreement:
    """Agreement between coders of a stored case.

    Attributes:
        case_id: The case.
        report: Per-code and overall statistics.
        orphans_left_out: Orphaned codings (their text is gone) not counted.
    """

    case_id: str
    report: AgreementReport
    orphans_left_out: int


def framework_codes(case: Case) -> frozenset[str]:
    """The ids of the codes of the case's framework (the built-in one if it names none).

    Raises:
        FrameworkError: The framework cannot be loaded.
    """
    return frozenset(c.id for c in load_framework(case.framework).codes)


def codebook(framework: str | Path | None = None) -> Framework:
    """A framework, to list its codes (the built-in one by default).

    Raises:
        FrameworkError: The framework cannot be loaded (the error names its file and code).
    """
    return load_framework(framework)


def add_coding(
    case_id: str,
    source_id: str,
    start: int,
    end: int,
    code: str,
    coder: str,
    settings: Settings,
    *,
    memo: str = "",
    user: str | None = None,
) -> CodingRecord:
    """Code a span of a stored source by hand.

    Args:
        case_id: The case.
        source_id: The source, by its path under ``sources/``.
        start: First code point of the span (0-based, into the body text).
        end: One past its last code point.
        code: A code id of the case's framework.
        coder: Who coded.
        settings: relcycle's settings.
        memo: A note.
        user: Who makes the change, for the log; the coder by default.

    Returns:
        The stored coding, with its id and quoted text.

    Raises:
        NotFoundError: No such case or source.
        InputError: An empty span, offsets outside the text, a code the
            framework does not have, no coder. Nothing is written.
    """
    with open_store(settings) as store:
        known = framework_codes(store.case(case_id))
        coding = Coding(source_id, start, end, code, coder, memo)
        coding_id = store.add_coding(case_id, coding, user or coder, known_codes=known)
        return store.coding(case_id, coding_id)


def remove_coding(case_id: str, coding_id: int, settings: Settings, *, user: str) -> CodingRecord:
    """Remove a coding by its id; returns it as it was.

    Raises:
        NotFoundError: No such case, or no such coding in it.
    """
    with open_store(settings) as store:
        return store.remove_coding(case_id, coding_id, user)


def list_codings(
    case_id: str,
    settings: Settings,
    *,
    coder: str | None = None,
    code: str | None = None,
    source_id: str | None = None,
    orphaned: bool | None = None,
) -> list[CodingRecord]:
    """The case's codings, with ids and quotes, by source and offset, filtered.

    Raises:
        NotFoundError: No such case.
    """
    with open_store(settings) as store:
        return store.coding_records(
            case_id, source_id=source_id, coder=coder, code=code, orphaned=orphaned
        )


def coding_history(case_id: str, settings: Settings) -> list[CodingLogEntry]:
    """The case's coding log, oldest first.

    Raises:
        NotFoundError: No such case.
    """
    with open_store(settings) as store:
        return store.coding_log(case_id)


def import_codings_file(case_id: str, path: str | Path, settings: Settings) -> CodingImportResult:
    """Import a codings.csv into a stored case, as re-importing its folder would.

    The imported codings of each coder the file names become what the file
    lists; codings added by hand or by auto-coders stay. Offsets count in the
    texts as stored; codes must be codes of the case's framework.

    Raises:
        NotFoundError: No such case.
        InputError: The file cannot be read, a row is bad (the message names the
            line), or a code is not in the framework. Nothing is written.
    """
    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror or exc}", path=file) from None
    with open_store(settings) as store:
        case = store.case(case_id)
        lengths = {p.source.id: len(p.source.text) for p in store.iter_sources(case_id)}
        rows = read_codings(data, lengths, file)
        changes = store.import_codings(case_id, rows, IMPORT_USER, framework_codes(case))
    coders = tuple(sorted({c.coder for c in rows}))
    return CodingImportResult(case_id, file, len(rows), coders, changes)


def check_coder(coder: str) -> None:
    """Refuse an auto-coder name relcycle does not have.

    Raises:
        ConfigError: It lists the coders there are.
    """
    if coder not in AUTO_CODERS:
        known = ", ".join(sorted(AUTO_CODERS))
        raise ConfigError(f"unknown auto-coder {coder!r}; choose one of: {known}")


def autocode(
    case_id: str | Path,
    settings: Settings,
    coder: str = "dictionary",
    framework: str | None = None,
) -> AutocodeResult:
    """Run an auto-coder over a stored case and store its codings.

    The codings replace those of earlier runs of the same auto-coder (coder
    ``auto:<name>@...``, any version); identical ones are kept. Manual and
    imported codings are never touched. Changes are logged by user ``auto``.

    Args:
        case_id: A stored case's id, or a case folder's path (imported first).
        settings: relcycle's settings.
        coder: The auto-coder: ``dictionary`` or ``supervised``.
        framework: A framework id or path; the case's own by default.

    Raises:
        NotFoundError: No such case.
        ConfigError: No auto-coder of that name.
        FrameworkError: The framework cannot be loaded.
        InputError: A path that is no folder was given, or the folder breaks the case format.
    """
    check_coder(coder)
    # a local import: services.analysis imports this module (for autocode)
    from relcycle.services.analysis import check_ref

    check_ref(case_id)  # ./missing names the path, not an unknown case
    imported = None
    if Path(case_id).is_dir():
        imported = import_folder(case_id, settings=settings)
        case_id = imported.report.case_id
    return autocode_stored(str(case_id), settings, coder, framework, imported)


def autocode_stored(
    case_id: str,
    settings: Settings,
    coder: str = "dictionary",
    framework: str | None = None,
    imported: ImportResult | None = None,
) -> AutocodeResult:
    """:func:`autocode` for a stored case named by its id, never read as a folder's path.

    ``relcycle analyze FOLDER`` imports the folder, then codes the case by
    its id: a folder of that name in the working directory is not the case.

    Raises:
        NotFoundError: No such case.
        ConfigError: No auto-coder of that name.
        FrameworkError: The framework cannot be loaded.
    """
    check_coder(coder)
    with open_store(settings) as store:
        case = store.case(case_id)
        segments = [g for parsed in store.iter_sources(case.id) for g in parsed.segments]
        found, name = _run_coder(store, case, segments, coder, framework)
        items = [NewCoding(a.to_coding(_memo(a)), a.actor, a.confidence) for a in found]
        changes = store.replace_auto_codings(case.id, f"auto:{coder}@", items, AUTO_USER)
    by_code = Counter(a.code for a in found)
    return AutocodeResult(
        case.id, name, len(segments), len(found), changes, dict(by_code.most_common()), imported
    )


def _run_coder(
    store: Store, case: Case, segments: Sequence[Segment], coder: str, framework: str | None
) -> tuple[Sequence[AutoCoding], str]:
    """The auto-coder's codings of the segments, and its provenance string.

    The dictionary coder is fitted for the case (its framework's rules, its
    actors' names); the supervised coder learns from the researchers' placed
    codings (manual and imported) of this case.
    """
    if coder == "supervised":
        if framework is not None:
            raise ConfigError(
                "--framework applies to the dictionary coder only; the supervised coder "
                "learns the codes the researchers applied"
            )
        placed = store.coding_records(case.id, orphaned=False)
        training = [r.coding for r in placed if r.origin != "auto"]
        engine = make_auto_coder(coder).fit(segments, training)
    else:
        engine = make_auto_coder(coder, framework=framework).fit(case)
    found = engine.predict(segments)
    name = str(getattr(engine, "coder_", "")) or (found[0].coder if found else f"auto:{coder}")
    return found, name


def _memo(a: AutoCoding) -> str:
    flags = [f for f, on in (("hedged", a.hedged), ("negated", a.negated)) if on]
    return "; ".join([*([f"rule: {a.rule}"] if a.rule else []), *flags])


def case_agreement(
    case_id: str,
    settings: Settings,
    coders: Sequence[str] | None = None,
    code: str | None = None,
    *,
    n_boot: int = 1000,
    seed: int = 0,
) -> CaseAgreement:
    """Agreement between coders of a stored case, per code and overall.

    Units are segments (see :mod:`relcycle.coding.agreement`); orphaned
    codings are left out, as their offsets no longer point at what was coded.

    Args:
        case_id: The case.
        settings: relcycle's settings.
        coders: The coders to compare (two or more); every person by default
            (auto-coders only when named).
        code: Only this code; every code the coders applied by default.
        n_boot: Bootstrap replicates for alpha's interval.
        seed: Seed of the bootstrap.

    Raises:
        NotFoundError: No such case.
        ConfigError: Fewer than two coders, a coder without codings, a code no
            coder applied, no source that two coders coded.
    """
    with open_store(settings) as store:
        records = store.coding_records(case_id)
        segments = [g for parsed in store.iter_sources(case_id) for g in parsed.segments]
    placed = [r.coding for r in records if not r.orphaned]
    try:
        report = agreement_report(placed, segments, coders, code, n_boot=n_boot, seed=seed)
    except ValueError as exc:
        reason = str(exc).removeprefix("agreement_report: ")
        raise ConfigError(f"case {case_id!r}: {reason}") from None
    return CaseAgreement(case_id, report, len(records) - len(placed))
