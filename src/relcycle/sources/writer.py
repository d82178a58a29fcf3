"""Writing a case back to a case folder (see ``case-format.md``), all or nothing.

Text sources are written as UTF-8 with a front matter and then the body
exactly as stored, so every offset (segments, codings) still points at the
same text when the folder is read again. Binary sources (.docx, .pdf) are
written as their original bytes with a ``NAME.yaml`` sidecar. The folder is
built next to its destination under a temporary name and renamed at the end:
there is never a half-written case folder.
"""

from __future__ import annotations

import csv
import shutil
import uuid
from collections.abc import Mapping
from datetime import date, timedelta
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from relcycle.domain import Case, CaseData, Event, Source
from relcycle.errors import InputError

BINARY_SUFFIXES = (".docx", ".pdf")
"""Sources kept as their original bytes, their metadata in a sidecar."""

_EMPTY: Mapping[str, bytes] = {}


def write_case_folder(data: CaseData, dest: Path, originals: Mapping[str, bytes] = _EMPTY) -> Path:
    """Write a case as a case folder at ``dest``.

    Args:
        data: The case, its sources, events and codings.
        dest: The folder to create; it must not exist or be empty.
        originals: The original bytes of binary sources, by source id
            (``Store.originals(case_id)``).

    Returns:
        ``dest``.

    Raises:
        InputError: ``dest`` is a file or a folder that is not empty, a source id
            is not a safe relative path, a binary source's bytes are missing,
            or an event's dates cannot be written as events.csv dates.
    """
    dest = Path(dest)
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise InputError(
            "cannot export the case here: the destination exists and is not an empty folder; "
            "give a new folder",
            path=dest,
        )
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.parent / f".{dest.name}.{uuid.uuid4().hex[:12]}.tmp"
    tmp.mkdir()
    try:
        _write(data, tmp, originals)
        if dest.exists():
            dest.rmdir()
        tmp.rename(dest)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return dest


def _write(data: CaseData, root: Path, originals: Mapping[str, bytes]) -> None:
    (root / "case.yaml").write_text(dump_yaml(case_yaml(data.case)), encoding="utf-8")
    sources_dir = root / "sources"
    sources_dir.mkdir()
    for parsed in data.sources:
        source = parsed.source
        path = sources_dir / _relative(source.id)
        path.parent.mkdir(parents=True, exist_ok=True)
        original = originals.get(source.id)
        if original is not None:
            path.write_bytes(original)
            sidecar = path.with_name(path.name + ".yaml")
            sidecar.write_text(dump_yaml(front_matter(source)), encoding="utf-8")
        elif source.id.lower().endswith(BINARY_SUFFIXES):
            raise InputError(
                "is a binary source but its original bytes were not given; "
                "pass originals=store.originals(case_id)",
                path=f"sources/{source.id}",
            )
        else:
            text = f"---\n{dump_yaml(front_matter(source))}---\n{source.text}"
            with path.open("w", encoding="utf-8", newline="") as f:
                f.write(text)
    if data.events:
        _write_csv(
            root / "events.csv",
            ["date", "actor", "target", "summary", "codes"],
            [
                [event_date(e), e.actor, e.target or "", e.summary, ";".join(e.codes)]
                for e in data.events
            ],
        )
    if data.codings:
        _write_csv(
            root / "codings.csv",
            ["source", "start", "end", "code", "coder", "memo"],
            [[c.source_id, c.start, c.end, c.code, c.coder, c.memo] for c in data.codings],
        )


def case_yaml(case: Case) -> dict[str, Any]:
    """The keys of case.yaml for a case, in the order the format shows them."""
    out: dict[str, Any] = {
        "id": case.id,
        "title": case.title,
        "language": case.language,
        "period": case.period,
        "start": case.start,
        "end": case.end,
    }
    if case.framework is not None:
        out["framework"] = case.framework
    for key, value in case.extra.items():
        out.setdefault(key, value)
    actors: list[dict[str, Any]] = []
    for actor in case.actors:
        entry: dict[str, Any] = {"id": actor.id, "name": actor.name, "role": actor.role}
        if actor.aliases:
            entry["aliases"] = list(actor.aliases)
        actors.append(entry)
    out["actors"] = actors
    if case.contract is not None:
        out["contract"] = dict(case.contract.terms)
    return out


def front_matter(source: Source) -> dict[str, Any]:
    """The front matter (or sidecar) keys of a source."""
    out: dict[str, Any] = {"date": source.date, "kind": source.kind}
    if source.title is not None:
        out["title"] = source.title
    if source.informant is not None:
        out["informant"] = source.informant
    for key, value in source.meta.items():
        out.setdefault(key, value)
    return out


def event_date(event: Event) -> str:
    """An event's ``date`` cell: the ISO day, or ``YYYY-MM`` for a whole month.

    Raises:
        InputError: The event spans something else, which events.csv cannot say.
    """
    if event.start == event.end:
        return event.start.isoformat()
    next_month = (event.start.replace(day=28) + timedelta(days=4)).replace(day=1)
    if event.start.day == 1 and event.end == next_month - timedelta(days=1):
        return f"{event.start.year:04d}-{event.start.month:02d}"
    raise InputError(
        f"event from {event.start} to {event.end} is neither one day nor one whole month; "
        "events.csv can only give a day (YYYY-MM-DD) or a month (YYYY-MM)",
        path="events.csv",
        line=event.line or None,
    )


def _relative(source_id: str) -> PurePosixPath:
    path = PurePosixPath(source_id)
    if (
        not source_id
        or "\\" in source_id
        or path.is_absolute()
        or any(part in ("", ".", "..") for part in source_id.split("/"))
    ):
        raise InputError(
            f"source id {source_id!r} is not a relative path under sources/; "
            "ids are paths like 'notes/2018-03-15.md'"
        )
    return path


def _write_csv(path: Path, header: list[str], rows: list[list[Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


class _Dumper(yaml.SafeDumper):
    """YAML that reads well: Chinese as is, lists of plain values on one line."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    # A string with a line break (\n, but also NEL, U+2028 ...) or any other
    # unprintable character goes in double quotes, escaped, on one line: YAML
    # would fold it otherwise, and no line of a front matter may become '---'.
    style = None if value.isprintable() else '"'
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_list(dumper: yaml.SafeDumper, value: list[Any] | tuple[Any, ...]) -> yaml.Node:
    flat = all(isinstance(v, str | int | float | bool | date) or v is None for v in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flat)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(list, _represent_list)
_Dumper.add_representer(tuple, _represent_list)


def dump_yaml(data: Mapping[str, Any]) -> str:
    """YAML text for a mapping: keys in order, Unicode as is, dates as ISO dates."""
    return yaml.dump(
        dict(data),
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=1_000_000,
    )
