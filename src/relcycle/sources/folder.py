"""Read a case folder (``case.yaml``, ``sources/``, ``events.csv``, ``codings.csv``).

:class:`CaseFolder` validates ``case.yaml`` and lists ``sources/`` when it is
created (cheap), then reads sources lazily, one file at a time, so that a
corpus far larger than memory can be streamed into a store::

    folder = CaseFolder("my-case")
    folder.validate()                  # read everything once, raise the first error
    for parsed in folder.iter_sources():
        ...                            # one ParsedSource at a time

Errors name files relative to the case folder (``sources/x.md``,
``case.yaml``), as a user sees them in the folder they gave.
"""

from __future__ import annotations

import contextlib
import difflib
import hashlib
import os
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

from relcycle.domain import Case, CaseData, Coding, Event, ParsedSource, Source
from relcycle.errors import CaseFormatError, SourceReadError
from relcycle.frameworks import BUILTIN_DEFAULT, builtin_ids
from relcycle.settings import Settings
from relcycle.sources.casefile import parse_case_yaml
from relcycle.sources.documents import DOCUMENT_SUFFIXES, document_text
from relcycle.sources.encoding import decode
from relcycle.sources.frontmatter import (
    FrontMatter,
    load_yaml_mapping,
    source_meta,
    split_front_matter,
)
from relcycle.sources.segmenter import segment_text
from relcycle.sources.tables import CodeCheck, read_codings, read_events
from relcycle.sources.text import crlf_newlines, from_crlf_offset, normalise
from relcycle.sources.transcripts import speaker_roles

TEXT_SUFFIXES = (".md", ".txt")
SIDECAR_SUFFIXES = (".yaml", ".yml")
_IGNORED_NAMES = frozenset({"readme", "readme.md", "readme.txt", "thumbs.db", "desktop.ini"})
# The C loader when PyYAML was built with libyaml (framework data files are plain data).
_YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A source file found in ``sources/``, not read yet.

    Attributes:
        id: The source id: its path under ``sources/`` with ``/``, in NFC.
        path: The file.
        display: How errors name it (``sources/...``).
        sidecar: The ``NAME.docx.yaml`` beside a binary source, if there is one.
    """

    id: str
    path: Path
    display: str
    sidecar: Path | None = None

    @property
    def is_document(self) -> bool:
        """Whether the source is a .docx or .pdf (its metadata in a sidecar)."""
        return self.path.suffix.lower() in DOCUMENT_SUFFIXES


class CaseFolder:
    """A case folder, checked and listed; sources are read on demand.

    Args:
        path: The case folder.
        settings: relcycle's settings (``max_source_mb``); from the
            environment when omitted.

    Attributes:
        root: The case folder.
        case: The case described by ``case.yaml``.
        sources: The source files found, in id order.
        warnings: What was skipped or looks odd, one line each.

    Raises:
        CaseFormatError: The folder, ``case.yaml`` or ``sources/`` is missing or
            invalid, a symbolic link leads outside the folder, or two files
            have the same source id.
    """

    def __init__(self, path: str | Path, settings: Settings | None = None) -> None:
        self.root = Path(path)
        self.settings = settings if settings is not None else Settings.from_env()
        self.warnings: list[str] = []
        if not self.root.is_dir():
            raise CaseFormatError(
                "is not a folder; give the path of a case folder (with case.yaml and sources/)",
                path=self.root,
            )
        self._real_root = self.root.resolve()
        case_yaml = self.root / "case.yaml"
        if not case_yaml.is_file():
            raise CaseFormatError(
                "is missing: every case folder needs a case.yaml saying what the case is "
                "(id, title, language, period, start, end, actors)",
                path="case.yaml",
            )
        data = self._read(case_yaml, "case.yaml")
        if not data.strip():
            raise CaseFormatError(
                "is empty; it must say what the case is (id, title, language, period, "
                "start, end, actors)",
                path="case.yaml",
            )
        text, _ = decode(data, "case.yaml")
        self.case: Case = parse_case_yaml(normalise(text), "case.yaml", self._warn)
        _check_framework_name(self.case, self.root)
        for message in shared_names(self.case):
            self._warn(message)
        self.sources: tuple[SourceFile, ...] = self._list_sources()
        self._events: list[Event] | None = None
        self._day_first: tuple[bool | None] | None = None  # the sources' order, once asked
        # sources whose line ends were \r\n: where, and their bodies (up to a total size),
        # to tell which way codings.csv counted its offsets
        self._crlf: dict[str, _LineEnds] = {}
        self._crlf_kept = 0

    @property
    def source_paths(self) -> tuple[Path, ...]:
        """The source files, in id order."""
        return tuple(s.path for s in self.sources)

    @property
    def source_ids(self) -> tuple[str, ...]:
        """The source ids, in order."""
        return tuple(s.id for s in self.sources)

    def _warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def _inside(self, path: Path, display: str) -> None:
        """Refuse a symbolic link that leads outside the case folder (or nowhere)."""
        if not path.is_symlink():
            return
        target = path.resolve()
        if not target.exists():
            raise SourceReadError(
                f"is a symbolic link to {target}, which does not exist; remove or fix it",
                path=display,
            )
        if not target.is_relative_to(self._real_root):
            raise SourceReadError(
                f"is a symbolic link to {target}, outside the case folder; refused: copy "
                "the file into the case folder instead",
                path=display,
            )

    def _read(self, path: Path, display: str) -> bytes:
        """A file's bytes, after the symbolic-link and size checks."""
        self._inside(path, display)
        try:
            size = path.stat().st_size
            if size > self.settings.max_source_bytes:
                raise SourceReadError(
                    f"is {size / 1024 / 1024:.1f} MB, over the limit of "
                    f"{self.settings.max_source_mb:g} MB; split the file, or raise the limit "
                    "with RELCYCLE_MAX_SOURCE_MB (setting max_source_mb)",
                    path=display,
                )
            return path.read_bytes()
        except OSError as exc:
            raise SourceReadError(
                f"cannot be read: {exc.strerror or exc}; check that it exists and may be read",
                path=display,
            ) from None

    def _list_sources(self) -> tuple[SourceFile, ...]:
        sources_dir = self.root / "sources"
        if not sources_dir.is_dir():
            near = sorted(
                p.name for p in self.root.iterdir() if p.is_dir() and p.name.casefold() == "sources"
            )
            hint = f" (found {near[0]}/: rename it sources/)" if near else ""
            raise CaseFormatError(
                "is missing: a case folder keeps one file per source in a sources/ folder" + hint,
                path="sources/",
            )
        self._inside(sources_dir, "sources/")
        self._real_sources = sources_dir.resolve()
        found: dict[str, SourceFile] = {}
        for file in self._walk(sources_dir, "", set()):
            key = file.id.casefold()
            if key in found:
                raise CaseFormatError(
                    f"has the same source id as sources/{found[key].id} (ids are compared "
                    "ignoring case and Unicode normalisation); rename one of them",
                    path=file.display,
                )
            found[key] = file
        if not found:
            self._warn("sources/: no sources found (.md, .txt, .docx, .pdf)")
        return tuple(sorted(found.values(), key=lambda f: f.id))

    def _walk(self, directory: Path, prefix: str, seen: set[Path]) -> Iterator[SourceFile]:
        seen.add(directory.resolve())
        for entry in sorted(os.scandir(directory), key=lambda e: e.name):
            name = entry.name
            rel = f"{prefix}{name}"
            display = f"sources/{rel}"
            path = Path(entry.path)
            if name.startswith((".", "~$")) or name.casefold() in _IGNORED_NAMES:
                continue
            if path.is_dir():
                self._inside(path, display)
                target = path.resolve()
                if path.is_symlink() and target.is_relative_to(self._real_sources):
                    self._warn(f"{display}: a link to a folder inside sources/; skipped")
                elif target not in seen:
                    yield from self._walk(path, f"{rel}/", seen)
                continue
            suffix = path.suffix.lower()
            if suffix in TEXT_SUFFIXES + DOCUMENT_SUFFIXES:
                self._inside(path, display)  # refused now, not when its turn comes
            if suffix in TEXT_SUFFIXES:
                yield SourceFile(unicodedata.normalize("NFC", rel), path, display)
            elif suffix in DOCUMENT_SUFFIXES:
                sidecar = next(
                    (p for s in SIDECAR_SUFFIXES if (p := path.with_name(name + s)).is_file()),
                    None,
                )
                yield SourceFile(unicodedata.normalize("NFC", rel), path, display, sidecar)
            elif suffix in SIDECAR_SUFFIXES and Path(name[: -len(suffix)]).suffix.lower() in (
                DOCUMENT_SUFFIXES
            ):
                if not path.with_name(name[: -len(suffix)]).exists():
                    self._warn(f"{display}: a sidecar without its document; skipped")
            else:
                self._warn(
                    f"{display}: skipped: {suffix or 'no extension'!r} is not a source format; "
                    f"relcycle reads {', '.join(TEXT_SUFFIXES + DOCUMENT_SUFFIXES)}"
                )

    def read_source(self, file: SourceFile) -> ParsedSource:
        """Read one source: bytes → text → front matter → segments → time anchors.

        Raises:
            SourceReadError: The file cannot be read, decoded or parsed; its
                metadata is missing or wrong.
        """
        from relcycle.sources.timeexpr import place_segments

        data = self._read(file.path, file.display)
        checksum = hashlib.sha256(data)
        meta_display = file.display
        if file.is_document:
            body = normalise(document_text(data, file.display))
            encoding = file.path.suffix.lower().lstrip(".")
            front = FrontMatter({}, body)
            if file.sidecar is not None:
                meta_display = f"{file.display}{file.sidecar.name[len(file.path.name) :]}"
                sidecar = self._read(file.sidecar, meta_display)
                checksum.update(sidecar)
                text, _ = decode(sidecar, meta_display)
                front = load_yaml_mapping(normalise(text), meta_display, what="sidecar")
            empty = "has no text (a scanned PDF without a text layer needs OCR first)"
        else:
            text, encoding = decode(data, file.display)
            front = split_front_matter(normalise(text), file.display)
            body = front.body
            if newlines := crlf_newlines(text, body):
                keep = self._crlf_kept + len(body) <= _CRLF_BODIES
                self._crlf_kept += len(body) if keep else 0
                self._crlf[file.id] = _LineEnds(newlines, body if keep else None, file.display)
            empty = "has no body text after its front matter; write the text below the '---'"
        if not body.strip():
            raise SourceReadError(empty, path=file.display)
        meta = source_meta(
            front,
            meta_path=meta_display,
            source_path=file.display,
            filename=file.path.name,
            actors=self.case.actors,
        )
        for warning in meta.warnings:
            self._warn(warning)
        source = Source(
            id=file.id,
            kind=meta.kind,
            date=meta.date,
            title=meta.title,
            informant=meta.informant,
            text=body,
            filename=file.path.name,
            encoding=encoding,
            checksum=checksum.hexdigest(),
            meta=meta.meta,
        )
        if source.date > date.today():  # 2032 for 2023: it cannot have been written yet
            self._warn(
                f"{meta_display} [date]: {source.date} is after today; "
                "a typo? (its segments are placed by it)"
            )
        segments = segment_text(
            source.id,
            body,
            self.case.actors,
            source.informant,
            speaker_roles(source.meta, self.case.actors),
        )
        # events.csv is read before the first source: a segment may name one of its events
        anchors = place_segments(
            segments, source, self.case, self.events(), sources_day_first=self.day_first
        )
        return ParsedSource(source, tuple(segments), tuple(anchors))

    def day_first(self) -> bool | None:
        """Which way round the case's text sources write numeric dates (26/05/2022: day first).

        Read off their dates whose day is over 12 (:func:`~.timeexpr.date_order.day_order`)
        the first time a source leaves a date such as 02.07.2021 open; ``None`` when
        none says, or they disagree. Documents (.docx, .pdf) are not read for it.
        """
        if self._day_first is None:
            from relcycle.sources.timeexpr.date_order import day_order

            orders = set()
            for file in self.sources:
                if not file.is_document:
                    text, _ = decode(self._read(file.path, file.display), file.display)
                    if (order := day_order(text)) is not None:
                        orders.add(order)
            self._day_first = (orders.pop() if len(orders) == 1 else None,)
        return self._day_first[0]

    def iter_sources(self) -> Iterator[ParsedSource]:
        """Read the sources one at a time, in id order (lazily: one file in memory).

        Raises:
            SourceReadError: A source cannot be read (raised when it is reached).
        """
        from relcycle.sources.timeexpr.find import expect_bytes

        expect_bytes(_total_size(self.sources))  # a large folder is dated by compiled code
        for file in self.sources:
            yield self.read_source(file)

    def _table(self, name: str) -> bytes | None:
        path = self.root / name
        return self._read(path, name) if path.is_file() or path.is_symlink() else None

    def events(self) -> list[Event]:
        """The events of events.csv (none when the file is absent), read once.

        Raises:
            CaseFormatError: Wrong columns or a bad row (names the line).
        """
        if self._events is not None:
            return list(self._events)
        data = self._table("events.csv")
        if data is None:
            self._events = []
            return []
        check, columns = self._code_check(), list[str]()
        events = read_events(data, self.case, "events.csv", check, columns)
        for message in columns:
            self._warn(message)
        self._warn_codes(check)
        self._events = events
        return list(events)

    def codings(self, lengths: Mapping[str, int]) -> list[Coding]:
        """The codings of codings.csv (none when the file is absent).

        Args:
            lengths: The length of each source's body text (code points), by
                source id; offsets are checked against them.

        Raises:
            CaseFormatError: Wrong columns or a bad row (names the line).
        """
        data = self._table("codings.csv")
        if data is None:
            return []
        check, columns = self._code_check(), list[str]()
        # offsets into a file with \r\n line ends may count them as two code points
        counted = {
            sid: n + len(self._crlf[sid].newlines) if sid in self._crlf else n
            for sid, n in lengths.items()
        }
        codings = read_codings(data, counted, "codings.csv", check, columns)
        for message in columns:
            self._warn(message)
        self._warn_codes(check)
        return self._from_crlf(codings, lengths) if self._crlf else codings

    def _from_crlf(self, codings: list[Coding], lengths: Mapping[str, int]) -> list[Coding]:
        r"""``codings`` with the offsets into each \r\n source read the way they were counted.

        Into the normalised body (each line end one code point), unless an offset lies past
        it or, counted with \r\n as two, the codings' edges fall on more boundaries of
        words and sentences (after a mark, at a line's start or end): then counted so.
        """
        by_source: dict[str, list[int]] = {}
        for n, coding in enumerate(codings):
            if coding.source_id in self._crlf:
                by_source.setdefault(coding.source_id, []).append(n)
        out = list(codings)
        for sid, indices in by_source.items():
            ends = self._crlf[sid]
            moved = [
                replace(
                    codings[n],
                    start=from_crlf_offset(codings[n].start, ends.newlines),
                    end=from_crlf_offset(codings[n].end, ends.newlines),
                )
                for n in indices
            ]
            past = any(codings[n].end > lengths[sid] for n in indices)
            if past or (
                ends.body is not None
                and _edges(ends.body, moved) > _edges(ends.body, [codings[n] for n in indices])
            ):
                for n, coding in zip(indices, moved, strict=True):
                    out[n] = coding
                self._warn(
                    f"codings.csv: the offsets into {ends.display} count its \\r\\n line ends "
                    "as two characters, as the file has them; read so"
                )
        return out

    def _code_check(self) -> CodeCheck | None:
        """A check of table codes against the case's built-in framework (none for another).

        A framework given by path is checked where it is loaded (``autocode``,
        ``analyze``); reading the folder neither loads nor fails on it.
        """
        name = self.case.framework or BUILTIN_DEFAULT
        if name not in builtin_ids():
            return None
        return CodeCheck(lambda: builtin_code_ids(name) or (), name)

    def _warn_codes(self, check: CodeCheck | None) -> None:
        for message in check.warnings if check is not None else ():
            self._warn(message)

    def validate(self) -> None:
        """Read everything once, keeping only text lengths, and raise the first error.

        Raises:
            InputError: The first problem found (a source, events.csv, codings.csv).
        """
        lengths = {parsed.source.id: len(parsed.source.text) for parsed in self.iter_sources()}
        self.events()
        self.codings(lengths)


def _check_framework_name(case: Case, root: Path) -> None:
    """Refuse a built-in framework's id misspelt in case.yaml (``gpps-lifecycl``).

    A framework given by a path (however it is spelt) is loaded, and checked,
    where it is used (``autocode``, ``analyze``).

    Raises:
        CaseFormatError: The name is no built-in id nor an existing file, but
            close to a built-in id.
    """
    name = case.framework
    if name is None or name in builtin_ids() or Path(name).exists() or (root / name).exists():
        return
    close = difflib.get_close_matches(name, builtin_ids(), n=1)
    if close:
        raise CaseFormatError(
            f"{name!r} is not a built-in framework; did you mean {close[0]!r}? "
            f"(built-in: {', '.join(builtin_ids())}; or give the path of a framework file)",
            path="case.yaml",
            field="framework",
        )


@lru_cache(maxsize=4)
def builtin_code_ids(framework_id: str) -> frozenset[str] | None:
    """The code ids of a built-in framework, read from its data files alone (None if unknown).

    Loading a framework validates its rules and costs seconds; a case folder
    needs only the code ids, to warn about a code in events.csv or codings.csv
    that the analysis cannot use. (Tested to equal ``load_framework``'s.)
    """
    if framework_id not in builtin_ids():
        return None
    data = files("relcycle.frameworks").joinpath("data")
    folder = data.joinpath(framework_id)
    main = folder.joinpath("framework.yaml")
    if not main.is_file():
        single = [data.joinpath(framework_id + s) for s in (".yaml", ".yml")]
        folder, main = data, next(f for f in single if f.is_file())
    ids: set[str] = set()
    parts = [main]
    while parts:
        spec = yaml.load(parts.pop().read_text(encoding="utf-8"), Loader=_YAML_LOADER) or {}
        ids.update(str(code["id"]) for code in spec.get("codes") or ())
        parts += [folder.joinpath(str(rel)) for rel in spec.get("include") or ()]
    return frozenset(ids)


def shared_names(case: Case) -> list[str]:
    """Warnings for a name or alias that two actors share (speakers named so are ambiguous)."""
    owners: dict[str, list[str]] = {}
    for actor in case.actors:
        for name in actor.names:
            ids = owners.setdefault(name.casefold(), [])
            if actor.id not in ids:
                ids.append(actor.id)
    return [
        f"case.yaml [actors]: {name!r} is a name or alias of {' and '.join(ids)}; "
        "a speaker or mention of it cannot be told apart: keep it under one actor"
        for name, ids in owners.items()
        if len(ids) > 1
    ]


def read_case(path: str | Path, settings: Settings | None = None) -> CaseData:
    """Read a whole case folder into memory.

    Args:
        path: The case folder.
        settings: relcycle's settings; from the environment when omitted.

    Raises:
        InputError: The first problem found in the folder.
    """
    folder = CaseFolder(path, settings)
    sources = tuple(folder.iter_sources())
    lengths = {parsed.source.id: len(parsed.source.text) for parsed in sources}
    return CaseData(
        case=folder.case,
        sources=sources,
        events=tuple(folder.events()),
        codings=tuple(folder.codings(lengths)),
    )


#: How many characters of \r\n sources' bodies a folder keeps to judge codings' offsets by.
_CRLF_BODIES = 32_000_000
#: What a coding's edge may sit next to: a mark, a space or a line end.
_EDGE = frozenset(" \t\n\u3000，。；：！？、,.;:!?\"'“”‘’（）()「」『』《》【】[]—…-")


@dataclass(frozen=True, slots=True)
class _LineEnds:
    r"""Where a source's newlines were \r\n, its body (``None`` past the cap), its name."""

    newlines: tuple[int, ...]
    body: str | None
    display: str


def _edges(body: str, codings: Sequence[Coding]) -> int:
    """How many of ``codings``' starts and ends fall on a boundary of words or sentences."""
    size = len(body)
    return sum(
        (c.start == 0 or body[c.start - 1] in _EDGE or body[c.start] in _EDGE)
        + (c.end >= size or body[c.end] in _EDGE or body[c.end - 1] in _EDGE)
        for c in codings
        if c.end <= size
    )


def _total_size(files: Sequence[SourceFile]) -> int:
    """The bytes of ``files`` (a file that cannot be read is reported when it is read)."""
    total = 0
    for file in files:
        with contextlib.suppress(OSError):
            total += file.path.stat().st_size
    return total
