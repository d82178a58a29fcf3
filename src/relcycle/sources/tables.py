"""events.csv and codings.csv: the researcher's own events and codes.

Both are CSV files with a header line; UTF-8 (with or without a byte-order
mark), GB18030 and the other encodings :func:`~relcycle.sources.encoding.decode`
detects are read. Every error names the file and the line (the header is line
1), and the column at fault::

    events.csv:7 [actor]: 'gov2' is not an actor of this case; actors: gov, swo, residents
"""

from __future__ import annotations

import calendar
import csv
import difflib
import functools
import io
import re
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path

from relcycle.domain import Actor, Case, Coding, Event
from relcycle.errors import CaseFormatError
from relcycle.sources.datehints import suggest_iso
from relcycle.sources.encoding import decode
from relcycle.sources.frontmatter import not_a_day, parse_iso
from relcycle.sources.text import normalise

EVENT_COLUMNS = ("date", "actor", "target", "summary", "codes")
# The contract separates codes with ';'. Code ids hold no commas or spaces, so
# a list written "a, b" or with full-width marks (a；b) is read as meant.
_CODE_SEPARATORS = re.compile(r"[;,；，、\s]+")
EVENT_REQUIRED = ("date", "actor", "summary")
CODING_COLUMNS = ("source", "start", "end", "code", "coder", "memo")
CODING_REQUIRED = ("source", "start", "end", "code", "coder")

Row = dict[str, str]


_DELIMITER_NAMES = {",": "commas", ";": "semicolons", "\t": "tabs"}


def _delimiter(header: str, required: Sequence[str]) -> str:
    """The header's delimiter: a comma, or what Excel writes in some settings.

    Excel saves "CSV" with semicolons where the comma is the decimal mark, and
    "Unicode text" with tabs. Another delimiter is taken only when the header
    has no comma and splits on it into every required column.
    """
    if "," not in header:
        for delimiter in (";", "\t"):
            names = {h.strip().lower() for h in header.split(delimiter)}
            if all(c in names for c in required):
                return delimiter
    return ","


def _rows(
    data: bytes,
    path: str | Path,
    columns: Sequence[str],
    required: Sequence[str],
    warnings: list[str] | None = None,
) -> Iterator[tuple[int, Row]]:
    """Yield each non-empty row as ``(line, {column: value})``, checking the header.

    A column the table does not read is an error, or, given ``warnings`` and
    when it is no misspelling of one it reads (``notes``, not ``cod``), a
    warning there: researchers keep their own columns in a spreadsheet.
    """
    optional = [c for c in columns if c not in required]
    expected = f"{','.join(required)} (and optional: {', '.join(optional)})"
    if not data.strip():
        raise CaseFormatError(f"is empty; the first line must be the header {expected}", path=path)
    text, _ = decode(data, path)
    text = normalise(text)
    delimiter = _delimiter(text.split("\n", 1)[0], required)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [h.strip().lower() for h in next(reader)]
        missing = [c for c in required if c not in header]
        unknown = [h for h in header if h not in columns]
        if warnings is not None and not missing and unknown:
            own = [h for h in unknown if h and not difflib.get_close_matches(h, columns, 1, 0.75)]
            if own:
                warnings.append(
                    f"{path}:1: column{'s' if len(own) > 1 else ''} "
                    f"{', '.join(repr(h) for h in own)} not read (it reads {','.join(columns)})"
                )
            unknown = [h for h in unknown if h not in own]
        doubled = sorted({h for h in header if header.count(h) > 1})
        if missing or unknown or doubled:
            problems = "; ".join(
                f"{what}: {', '.join(names)}"
                for what, names in (("missing", missing), ("unknown", unknown), ("twice", doubled))
                if names
            )
            raise CaseFormatError(
                f"the columns must be {expected}; found: {','.join(header)} ({problems})",
                path=path,
                line=1,
            )
        line = reader.line_num + 1
        for values in reader:
            if any(v.strip() for v in values):
                if len(values) > len(header):
                    raise CaseFormatError(
                        f"has {len(values)} values but the header has {len(header)} columns; "
                        f"put values that contain {_DELIMITER_NAMES[delimiter]} in double quotes",
                        path=path,
                        line=line,
                    )
                yield (
                    line,
                    {
                        h: (values[i].strip() if i < len(values) else "")
                        for i, h in enumerate(header)
                    },
                )
            line = reader.line_num + 1
    except csv.Error as exc:
        raise CaseFormatError(
            f"is not valid CSV: {exc}; check the quotes", path=path, line=reader.line_num
        ) from None


def _actor(value: str, case: Case, path: str | Path, line: int, column: str) -> str:
    ids = [a.id for a in case.actors]
    if value in ids:
        return value
    named = [a.id for a in case.actors if value in a.names]
    hint = f"did you mean {named[0]!r}? " if named else ""
    raise CaseFormatError(
        f"{value!r} is not an actor of this case; {hint}actors: {', '.join(ids)}",
        path=path,
        line=line,
        field=column,
    )


def _required(row: Row, column: str, path: str | Path, line: int, what: str) -> str:
    value = row[column]
    if not value:
        raise CaseFormatError(f"is empty; {what}", path=path, line=line, field=column)
    return value


#: The usual first part of the codes of an actor of each role (the built-in framework's).
_ROLE_PREFIXES = {"government": "gov", "social_org": "swo"}


class CodeCheck:
    """Notes the codes a table names that the case's framework does not have.

    They are kept (codings.csv may use the researcher's own codebook, and
    agreement is computed on any code), but the analysis cannot use them, so
    each is named once, with the first line it is on.

    Args:
        known: The framework's code ids, or a function giving them (called at
            the first code, so that a table without codes costs nothing).
        framework: The framework's id, for the message.
    """

    def __init__(
        self, known: Collection[str] | Callable[[], Collection[str]], framework: str
    ) -> None:
        self._known = known
        self.framework = framework
        self.warnings: list[str] = []
        self._seen: set[str] = set()

    @functools.cached_property
    def known(self) -> frozenset[str]:
        """The framework's code ids."""
        return frozenset(self._known() if callable(self._known) else self._known)

    def resolve(self, code: str, actor: Actor | None = None) -> str:
        """The framework's code ``code`` names: itself, or the one it ends (``control.approval``).

        case-format.md's own events.csv writes ``control.approval`` for the acting
        actor's ``gov.control.approval``: a code id without its first part or parts
        is the one framework code that ends with it, the one of the acting actor
        (its id or its role's usual prefix: ``gov``, ``swo``) when several do.
        ``code`` itself when none or several fit (then noted as unknown).
        """
        if code in self.known:
            return code
        ends = [k for k in self.known if k.endswith("." + code)]
        if len(ends) > 1 and actor is not None:
            firsts = {actor.id, _ROLE_PREFIXES.get(actor.role, actor.id)}
            ends = [k for k in ends if k.split(".", 1)[0] in firsts]
        return ends[0] if len(ends) == 1 else code

    def __call__(self, code: str, path: str | Path, line: int, column: str) -> None:
        """Note ``code`` (read at ``path:line``, in ``column``) unless it is known or noted."""
        if code in self._seen or code in self.known:
            return
        self._seen.add(code)
        close = difflib.get_close_matches(code, sorted(self.known), n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        self.warnings.append(
            f"{path}:{line} [{column}]: {code!r} is not a code of the framework "
            f"{self.framework!r}; {hint}kept, but the analysis cannot use it"
        )


def read_events(
    data: bytes,
    case: Case,
    path: str | Path = "events.csv",
    check: CodeCheck | None = None,
    warnings: list[str] | None = None,
) -> list[Event]:
    """Read events.csv (``date,actor,target,summary,codes``).

    ``date`` is an ISO day (the event is that day) or month (``2018-04``: the
    whole month); ``actor`` and ``target`` (optional) are actor ids; ``codes``
    (optional) are code ids separated by ``;`` (a comma, a full-width ``；`` or
    ``，``, ``、`` or spaces are read the same).

    Args:
        data: The file's bytes.
        case: The case, whose actors the rows name.
        path: How to name the file in errors.
        check: Notes codes the case's framework does not have (warnings, not errors).
        warnings: Where to note columns the table does not read (else they are errors).

    Raises:
        CaseFormatError: Wrong columns, or a row with a bad value (names the line).
    """
    events: list[Event] = []
    for line, row in _rows(data, path, EVENT_COLUMNS, EVENT_REQUIRED, warnings):
        raw_date = _required(
            row, "date", path, line, "give the date (2018-04-02) or month (2018-04)"
        )
        parsed = parse_iso(raw_date)
        if parsed is None:
            raise CaseFormatError(
                not_a_day(raw_date)
                or suggest_iso(raw_date)
                or f"{raw_date!r} is not an ISO date or month; write 2018-04-02 or 2018-04",
                path=path,
                line=line,
                field="date",
            )
        start, whole_month = parsed
        end = (
            date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])
            if whole_month
            else start
        )
        actor = _actor(
            _required(row, "actor", path, line, "give the id of the actor who acted"),
            case,
            path,
            line,
            "actor",
        )
        target = row.get("target", "")
        codes = tuple(c for c in _CODE_SEPARATORS.split(row.get("codes", "")) if c)
        if check is not None:
            acting = next(a for a in case.actors if a.id == actor)
            codes = tuple(check.resolve(code, acting) for code in codes)
            for code in codes:
                check(code, path, line, "codes")
        events.append(
            Event(
                start=start,
                end=end,
                actor=actor,
                target=_actor(target, case, path, line, "target") if target else None,
                summary=_required(row, "summary", path, line, "say what happened"),
                codes=codes,
                line=line,
            )
        )
    return events


def _offset(row: Row, column: str, path: str | Path, line: int) -> int:
    value = _required(row, column, path, line, "give a character offset (0, 1, 2 ...)")
    try:
        offset = int(value)
    except ValueError:
        offset = -1
    if offset < 0:
        raise CaseFormatError(
            f"{value!r} is not a character offset; offsets are whole numbers from 0 "
            "(code points into the body text)",
            path=path,
            line=line,
            field=column,
        )
    return offset


def read_codings(
    data: bytes,
    lengths: Mapping[str, int],
    path: str | Path = "codings.csv",
    check: CodeCheck | None = None,
    warnings: list[str] | None = None,
) -> list[Coding]:
    """Read codings.csv (``source,start,end,code,coder`` and optional ``memo``).

    Args:
        data: The file's bytes.
        lengths: The length, in code points, of each source's body text, by source id.
        path: How to name the file in errors.
        check: Notes codes the case's framework does not have (warnings, not errors).
        warnings: Where to note columns the table does not read (else they are errors).

    Raises:
        CaseFormatError: Wrong columns, an unknown source, offsets outside the
            body text, or an empty code or coder (names the line).
    """
    codings: list[Coding] = []
    for line, row in _rows(data, path, CODING_COLUMNS, CODING_REQUIRED, warnings):
        source = _required(row, "source", path, line, "give the source's path under sources/")
        if source not in lengths:
            close = difflib.get_close_matches(source, list(lengths), n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            raise CaseFormatError(
                f"{source!r} is not a source of this case; {hint}name sources by their "
                "path under sources/ (e.g. 2018-03-15-field-note.md)",
                path=path,
                line=line,
                field="source",
            )
        start = _offset(row, "start", path, line)
        end = _offset(row, "end", path, line)
        if start >= end:
            raise CaseFormatError(
                f"start {start} is not before end {end}; end is exclusive "
                "(one character is start, start + 1)",
                path=path,
                line=line,
                field="start",
            )
        if end > lengths[source]:
            raise CaseFormatError(
                f"end {end} is past the end of {source!r}, whose body text has "
                f"{lengths[source]} characters; offsets count code points into the body "
                "after the front matter",
                path=path,
                line=line,
                field="end",
            )
        code = _required(row, "code", path, line, "give the code id")
        if check is not None:
            check(code, path, line, "code")
        codings.append(
            Coding(
                source_id=source,
                start=start,
                end=end,
                code=code,
                coder=_required(row, "coder", path, line, "say who coded (e.g. coder-a)"),
                memo=row.get("memo", ""),
            )
        )
    return codings
