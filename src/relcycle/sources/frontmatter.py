"""A source's metadata: YAML front matter (or a sidecar file) and dates in file names.

A text source may start with a front matter between two ``---`` lines::

    ---
    date: 2018-03-15
    kind: field_note
    title: 文化中心周例会
    informant: swo
    ---
    Body text ...

The body is everything after the closing ``---`` line, exactly as it is (no
trimming): offsets in codings.csv count code points into it. ``.docx`` and
``.pdf`` sources take the same keys from a sidecar ``NAME.docx.yaml``.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from relcycle.domain import SOURCE_KINDS, Actor
from relcycle.errors import InputError, SourceReadError
from relcycle.sources.datehints import name_date_hint, suggest_iso
from relcycle.sources.documents import DOCUMENT_SUFFIXES

_OPEN = re.compile(r"---[ \t]*(?:\n|\Z)")
_CLOSE = re.compile(r"^---[ \t]*$", re.MULTILINE)
_KEY_LINE = re.compile(r"^([^\s#:][^:\n]*?)[ \t]*:", re.MULTILINE)
# A plain value with " #" and no blank after it: a number (#3) to the writer, a comment to YAML.
_CUT_AT_HASH = re.compile(
    r"^(?P<key>[^\s#:][^:\n]*?)[ \t]*:[ \t]+(?P<value>[^\s'\"#|>&*!%@`\[{][^\n]*?)"
    r"[ \t]+(?P<rest>#[^\s#][^\n]*?)[ \t]*$",
    re.MULTILINE,
)
# A day, perhaps with a time of day (2019-04-10 14:00, as minutes give it): the day is read.
_ISO_DAY = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)
_ISO_MONTH = re.compile(r"(\d{4})-(\d{2})")
_NAME_DAY = re.compile(r"(\d{4})([-_.]?)(\d{2})\2(\d{2})(?!\d)")
_NAME_MONTH = re.compile(r"(\d{4})[-_.](\d{2})(?!\d)")
_KNOWN_KEYS = ("date", "kind", "title", "informant")
# The keys are short: one swapped pair of letters (knid, tilte) scores 0.75.
_TYPO_CUTOFF = 0.75
# 'date：2019-04-10' (a Chinese input method's colon) or 'date:2019-04-10' (no space):
# YAML reads either as one string, not a key and a value.
_BAD_COLON = re.compile(r"^[ \t]*([A-Za-z_][\w-]*)[ \t]*(：|:(?=[^\s:/]))", re.MULTILINE)
# '——' or '－－－' (as Chinese input methods type it) or '----' for '---', then a key.
_LOOKALIKE_OPEN = re.compile(r"[-—－―─ー–]{2,}[ \t]*\n(?:date|kind|title|informant)[ \t]*[:：]")
_KIND_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("interview", ("interview", "访谈", "訪談", "采访", "採訪")),
    (
        "field_note",
        (
            "field-note",
            "field_note",
            "fieldnote",
            "field note",
            "田野",
            "观察",
            "觀察",
            "笔记",
            "筆記",
        ),
    ),
    ("minutes", ("minutes", "纪要", "紀要", "会议记录", "會議記錄", "會議紀錄", "会议纪录")),
    ("report", ("report", "报告", "報告", "总结", "總結")),
    ("news", ("news", "新闻", "新聞", "报道", "報導", "報道")),
    (
        "message",
        (
            *("message", "wechat", "whatsapp", "chat", "email", "e-mail", "sms"),
            *("微信", "聊天", "短信", "簡訊", "訊息", "工作群", "群聊", "钉钉", "釘釘", "qq群"),
        ),
    ),
    (
        "document",
        ("document", "contract", "notice", "通知", "文件", "合同", "公文", "契約", "合約"),
    ),
)

# The C loader when PyYAML was built with libyaml: both only build plain data.
_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc]
    """The safe loader, but a date-shaped value that is no calendar day stays a string.

    PyYAML raises a bare ValueError for ``date: 2019-02-30``; kept as text, the
    field's own check reports it with the file, line and field.
    """


def _timestamp_or_text(loader: Any, node: yaml.ScalarNode) -> Any:
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """A text split into its front matter and its body.

    Attributes:
        data: The front matter's keys (empty when there is none).
        body: The body text: everything after the closing ``---`` line.
        key_lines: The 1-based line in the file of each top-level key.
        numbered: Each top-level plain value YAML cut at `` #`` followed by a word
            (``title: Joint case staffing #1 - Re-entry``: ``#1 - Re-entry`` is a
            comment to YAML), as written on its line.
    """

    data: Mapping[str, Any]
    body: str
    key_lines: Mapping[str, int] = field(default_factory=dict)
    numbered: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SourceMeta:
    """What a front matter or sidecar says about a source, checked.

    Attributes:
        date: When the source was written or recorded.
        kind: Its kind (one of :data:`relcycle.domain.SOURCE_KINDS`, or as given).
        title: Its title, if any.
        informant: Actor id of the person interviewed, if any.
        meta: Every other key, as given.
        warnings: Things worth telling the user that do not stop reading.
    """

    date: date
    kind: str
    title: str | None
    informant: str | None
    meta: Mapping[str, Any]
    warnings: tuple[str, ...] = ()


def load_yaml_mapping(
    text: str,
    path: str | Path,
    first_line: int = 1,
    *,
    what: str = "front matter",
    error: type[InputError] = SourceReadError,
) -> FrontMatter:
    """Parse YAML text that must be a mapping (a front matter, a sidecar, case.yaml).

    Args:
        text: The YAML text.
        path: The file it comes from, for error messages.
        first_line: The file line ``text`` starts at (1-based).
        what: What the text is, for error messages.
        error: The error class to raise.

    Returns:
        The mapping as a :class:`FrontMatter` with an empty body.

    Raises:
        InputError: (``error``) The YAML is not valid, or not a mapping.
    """
    try:
        data = yaml.load(text, Loader=_Loader)
        if not isinstance(data, dict | None):
            _check_colons(text, path, first_line, error)
    except yaml.MarkedYAMLError as exc:
        _check_colons(text, path, first_line, error)
        mark = exc.problem_mark or exc.context_mark
        line = first_line + mark.line if mark is not None else None
        problem = exc.problem or str(exc)
        if exc.context and exc.context_mark is not None:
            context_line = first_line + exc.context_mark.line
            problem += f" ({exc.context} that starts on line {context_line})"
        raise error(
            f"{what} is not valid YAML: {problem}; check indentation and quoting",
            path=path,
            line=line,
        ) from None
    except yaml.YAMLError as exc:
        raise error(f"{what} is not valid YAML: {exc}", path=path) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise error(
            f"{what} must be keys and values (key: value lines), found a {type(data).__name__}",
            path=path,
            line=first_line,
        )
    key_lines = {
        m.group(1): first_line + text.count("\n", 0, m.start()) for m in _KEY_LINE.finditer(text)
    }
    numbered = {}
    if " #" in text:
        for m in _CUT_AT_HASH.finditer(text):
            if data.get(m.group("key")) == m.group("value"):
                numbered[m.group("key")] = f"{m.group('value')} {m.group('rest')}"
    return FrontMatter({str(k): v for k, v in data.items()}, "", key_lines, numbered)


def _check_colons(text: str, path: str | Path, first_line: int, error: type[InputError]) -> None:
    """Raise the error naming a key whose colon YAML cannot see, if there is one."""
    m = _BAD_COLON.search(text)
    if m is None:
        return
    key, colon = m.group(1), m.group(2)
    found = "a full-width colon '：'" if colon == "：" else "no space after ':'"
    raise error(
        f"{key!r} has {found}; write '{key}: ' (an ASCII colon and a space)",
        path=path,
        line=first_line + text.count("\n", 0, m.start()),
        field=key,
    )


def split_front_matter(text: str, path: str | Path) -> FrontMatter:
    """Split a normalised text into its front matter and its body.

    Args:
        text: The normalised text of the whole file.
        path: The file, for error messages.

    Returns:
        The front matter (empty if the text has none) and the body.

    Raises:
        SourceReadError: The front matter is never closed or is not valid YAML.
    """
    opening = _OPEN.match(text)
    if opening is None:
        if _LOOKALIKE_OPEN.match(text):
            raise SourceReadError(
                f"{text.partition(chr(10))[0].strip()!r} looks like a front matter's '---' "
                "typed with other dashes; write three ASCII hyphens '---' on its first and "
                "last line",
                path=path,
                line=1,
            )
        return FrontMatter({}, text)
    closing = _CLOSE.search(text, opening.end())
    if closing is None:
        raise SourceReadError(
            "front matter opened by '---' on line 1 is never closed; "
            "add a line '---' after its last key",
            path=path,
            line=1,
        )
    parsed = load_yaml_mapping(text[opening.end() : closing.start()], path, first_line=2)
    body_start = closing.end() + 1 if closing.end() < len(text) else closing.end()
    return FrontMatter(parsed.data, text[body_start:], parsed.key_lines, parsed.numbered)


def date_from_filename(name: str, path: str | Path) -> date | None:
    """The date a file name starts with, if any.

    ``2018-03-15-note.md`` and ``20180315-note.md`` give that day;
    ``2018-03-note.md`` gives the first of the month.

    Raises:
        SourceReadError: The name starts with a date that does not exist.
    """
    found = _name_date(name, path)
    return found[0] if found else None


def _name_date(name: str, path: str | Path) -> tuple[date, bool] | None:
    """The date a file name starts with and whether it names a whole month."""
    if m := _NAME_DAY.match(name):
        parts, month_only = (int(m.group(1)), int(m.group(3)), int(m.group(4))), False
    elif m := _NAME_MONTH.match(name):
        parts, month_only = (int(m.group(1)), int(m.group(2)), 1), True
    else:
        return None
    try:
        return date(*parts), month_only
    except ValueError:
        raise SourceReadError(
            f"the file name starts with {m.group(0)!r}, which is not a valid date; "
            "fix the name or give 'date: YYYY-MM-DD' in the front matter",
            path=path,
        ) from None


def parse_iso(value: Any) -> tuple[date, bool] | None:
    """Read an ISO day (``2018-03-15``) or month (``2018-03``) as YAML or CSV give it.

    Returns:
        The day (the first of the month for a month) and whether a whole month
        was given; ``None`` when ``value`` is neither.
    """
    if isinstance(value, datetime):
        return value.date(), False
    if isinstance(value, date):
        return value, False
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        if m := _ISO_DAY.fullmatch(text):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))), False
        if m := _ISO_MONTH.fullmatch(text):
            return date(int(m.group(1)), int(m.group(2)), 1), True
    except ValueError:
        return None
    return None


def not_a_day(value: Any) -> str | None:
    """Why an ISO-shaped ``value`` is still no date (``2019-02-30``), or None."""
    text = str(value).strip()
    m = _ISO_DAY.fullmatch(text) or _ISO_MONTH.fullmatch(text)
    if m is None or parse_iso(text) is not None:
        return None
    return f"{text!r} is not a real calendar date; check the month and the day"


def _iso_date(value: Any, path: str | Path, line: int | None) -> date:
    parsed = parse_iso(value)
    if parsed is None:
        raise SourceReadError(
            not_a_day(value)
            or suggest_iso(value)
            or f"{value!r} is not an ISO date; write it as YYYY-MM-DD (e.g. 2018-03-15) or YYYY-MM",
            path=path,
            line=line,
            field="date",
        )
    return parsed[0]


def _agrees(day: date, named: date, month_only: bool) -> bool:
    return (day.year, day.month) == (named.year, named.month) if month_only else day == named


def kind_from_filename(name: str) -> str | None:
    """The source kind a file name suggests (``...-interview-...`` → interview), if any."""
    lowered = name.lower()
    for kind, words in _KIND_WORDS:
        if any(word in lowered for word in words):
            return kind
    return None


def _known_kind(
    kind: str, kinds: Collection[str], path: str | Path, line: int | None, warnings: list[str]
) -> str:
    """A kind as written (``Interview``, ``field note``, ``访谈``) read as a known one if it is."""
    where = f"{path}:{line} [kind]" if line is not None else f"{path} [kind]"
    spelled = re.sub(r"[\s-]+", "_", kind.strip().lower())
    if spelled in kinds:
        return spelled
    meant = kind_from_filename(kind)
    if meant is not None and meant in kinds:
        warnings.append(f"{where}: kind {kind!r} read as {meant!r}; kinds are {', '.join(kinds)}")
        return meant
    warnings.append(f"{where}: kind {kind!r} is not one of {', '.join(kinds)}; kept as given")
    return kind


def _check_informant(
    value: Any, actors: Sequence[Actor], path: str | Path, line: int | None
) -> str:
    informant = str(value).strip()
    ids = [a.id for a in actors]
    if informant in ids:
        return informant
    named = [a.id for a in actors if informant in a.names]
    hint = f"did you mean {named[0]!r}? " if named else ""
    raise SourceReadError(
        f"{informant!r} is not an actor of this case; {hint}give an actor id: {', '.join(ids)}",
        path=path,
        line=line,
        field="informant",
    )


def _check_key_typos(data: Mapping[str, Any], lines: Mapping[str, int], path: str | Path) -> None:
    """Refuse an unknown key that is a known, absent key misspelt (``knid``, ``Date``, ``dates``).

    Other unknown keys (``place``, ``recorder``) are kept with the source as they are.
    """
    absent = [k for k in _KNOWN_KEYS if k not in data]
    for key in data:
        if key in _KNOWN_KEYS:
            continue
        close = difflib.get_close_matches(str(key).lower(), absent, n=1, cutoff=_TYPO_CUTOFF)
        if close:
            what = "sidecar" if str(path).endswith((".yaml", ".yml")) else "source's front matter"
            raise SourceReadError(
                f"{key!r} is not a key of a {what}; did you mean {close[0]!r}? "
                f"(the keys are {', '.join(_KNOWN_KEYS)}; others are kept as notes and not read)",
                path=path,
                line=lines.get(str(key)),
                field=str(key),
            )


def source_meta(
    front: FrontMatter,
    *,
    meta_path: str | Path,
    source_path: str | Path,
    filename: str,
    actors: Sequence[Actor],
    default_kind: str = "document",
    kinds: Collection[str] = SOURCE_KINDS,
) -> SourceMeta:
    """Check a front matter's (or sidecar's) keys and fill in what the file name tells.

    Args:
        front: The parsed front matter or sidecar.
        meta_path: The file the keys come from (the source, or its sidecar).
        source_path: The source file, for "no date anywhere".
        filename: The source's file name (its dates and kind words are used).
        actors: The case's actors (``informant`` must be one of their ids).
        default_kind: The kind when neither the keys nor the name give one.
        kinds: The known kinds; others are kept, with a warning.

    Raises:
        SourceReadError: The date is missing or not ISO, the informant is unknown,
            or a key is a known key misspelt.
    """
    data, lines = front.data, front.key_lines
    _check_key_typos(data, lines, meta_path)
    warnings: list[str] = []
    if data.get("date") is not None:
        day = _iso_date(data["date"], meta_path, lines.get("date"))
        try:
            from_name = _name_date(filename, source_path)
        except SourceReadError:  # a name that only looks dated: the date is given anyway
            from_name = None
        if from_name is not None and not _agrees(day, *from_name):
            warnings.append(
                f"{meta_path}: date {day} differs from the file name's {from_name[0]}; "
                "using the front matter's"
            )
    elif (from_name := _name_date(filename, source_path)) is not None:
        day = from_name[0]
    else:
        is_document = Path(filename).suffix.lower() in DOCUMENT_SUFFIXES
        where = f"its sidecar {filename}.yaml" if is_document else "the front matter"
        hint = name_date_hint(filename)
        raise SourceReadError(
            f"has no date: give 'date: YYYY-MM-DD' in {where}, "
            "or start the file name with the date (2018-03-15-...)" + (f"; {hint}" if hint else ""),
            path=source_path,
        )
    kind = str(data.get("kind") or kind_from_filename(filename) or default_kind)
    if kind not in kinds:
        kind = _known_kind(kind, kinds, meta_path, lines.get("kind"), warnings)
    title = data.get("title")
    if "title" in front.numbered:  # title: Joint case staffing #1 - Re-entry Unit
        title = front.numbered["title"]
        warnings.append(
            f"{meta_path} [title]: kept {title[len(str(data['title'])) + 1 :]!r} in the title, "
            "which YAML reads as a comment after ' #'; put the title in quotes to say so"
        )
    informant = data.get("informant")
    return SourceMeta(
        date=day,
        kind=kind,
        title=str(title) if title is not None else None,
        informant=(
            _check_informant(informant, actors, meta_path, lines.get("informant"))
            if informant is not None
            else None
        ),
        meta={k: v for k, v in data.items() if k not in _KNOWN_KEYS},
        warnings=tuple(warnings),
    )
