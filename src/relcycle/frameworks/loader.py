"""Finding, reading and shape-checking framework files; :func:`load_framework`.

A framework is one YAML file, or a main file that lists others under
``include`` (paths relative to it). Built-in frameworks live in this package's
``data/`` folder, either as ``data/<id>.yaml`` or as ``data/<id>/framework.yaml``,
and are read with :mod:`importlib.resources`; nothing is read at import time.
"""

from __future__ import annotations

import difflib
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from relcycle.errors import FrameworkError
from relcycle.frameworks.build import Located, Origin, build_framework
from relcycle.frameworks.model import Framework
from relcycle.frameworks.schema import FrameworkSpec, PartSpec

BUILTIN_DEFAULT = "gpps-lifecycle"
MAIN_FILE = "framework.yaml"
_LISTS = ("codes", "indicators", "stages", "advice")

SpecT = TypeVar("SpecT", bound=BaseModel)


@dataclass(frozen=True, slots=True)
class _File:
    """A framework file as read: where it is, what it holds, and its line numbers."""

    name: str
    data: Any
    lines: Mapping[tuple[object, ...], int]


def _data_dir() -> Traversable:
    return files("relcycle.frameworks").joinpath("data")


def builtin_ids() -> tuple[str, ...]:
    """The ids of the frameworks shipped with relcycle, sorted."""
    ids = set()
    for entry in _data_dir().iterdir():
        if entry.is_dir() and entry.joinpath(MAIN_FILE).is_file():
            ids.add(entry.name)
        elif entry.is_file() and entry.name.endswith((".yaml", ".yml")):
            ids.add(entry.name.rsplit(".", 1)[0])
    return tuple(sorted(ids))


def load_framework(name_or_path: str | Path | None = None) -> Framework:
    """Load and check a framework.

    Args:
        name_or_path: ``None`` or a built-in id (``"gpps-lifecycle"``) for a
            built-in framework; otherwise the path of a framework file, or of a
            folder holding ``framework.yaml``.

    Returns:
        The checked, immutable framework.

    Raises:
        FrameworkError: The name is neither a built-in id nor an existing path,
            or the file is not a valid framework (the message names the file,
            the line when known, and the code or field at fault).
    """
    if name_or_path is None:
        return _load_builtin(BUILTIN_DEFAULT)
    if isinstance(name_or_path, str) and _looks_like_name(name_or_path):
        if name_or_path in builtin_ids():
            return _load_builtin(name_or_path)
        if not Path(name_or_path).exists():
            known = ", ".join(builtin_ids())
            close = difflib.get_close_matches(name_or_path, builtin_ids(), n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            raise FrameworkError(
                f"unknown framework {name_or_path!r}; {hint}built-in frameworks: {known}; "
                "or give the path of a framework file"
            )
    path = Path(name_or_path)
    if path.is_dir():
        path = path / MAIN_FILE
    if not path.is_file():
        raise FrameworkError("no such framework file", path=path)
    return _load(path.parent, path.name, str(path), str(path))


def _looks_like_name(value: str) -> bool:
    return "/" not in value and "\\" not in value and not value.endswith((".yaml", ".yml"))


@lru_cache(maxsize=8)
def _load_builtin(framework_id: str) -> Framework:
    data = _data_dir()
    folder = data.joinpath(framework_id)
    if folder.is_dir():
        return _load(folder, MAIN_FILE, f"{framework_id}/{MAIN_FILE}", f"builtin:{framework_id}")
    for suffix in (".yaml", ".yml"):
        if data.joinpath(framework_id + suffix).is_file():
            name = framework_id + suffix
            return _load(data, name, name, f"builtin:{framework_id}")
    raise FrameworkError(f"built-in framework {framework_id!r} is missing its data files")


def _load(folder: Traversable, main: str, name: str, source: str) -> Framework:
    """Load the framework whose main file is ``folder/main``, shown as ``name`` in errors."""
    main_file = _read(_join(folder, main), name)
    spec = _validate(FrameworkSpec, main_file)
    located = _locate(spec, main_file)
    cue_items = _cue_items(spec, main_file)
    merged: dict[str, Any] = spec.model_dump(mode="json", by_alias=True, exclude={"include"})
    folder_name = name.rsplit("/", 1)[0] + "/" if "/" in name else ""
    for i, rel in enumerate(spec.include):
        target = _join(folder, rel)
        inc_name = folder_name + rel
        if not target.is_file():
            line = main_file.lines.get(("include", i))
            raise FrameworkError(f"included file {rel!r} not found", path=name, line=line)
        part_file = _read(target, inc_name)
        part = _validate(PartSpec, part_file)
        for key, items in _locate(part, part_file).items():
            located[key].extend(items)
        for cue, item in _cue_items(part, part_file).items():
            if cue in cue_items:
                first = cue_items[cue][1]
                raise FrameworkError(
                    f"duplicate cue lexicon {cue!r} (first defined in {first.file})",
                    path=part_file.name,
                    line=item[1].line,
                    field=f"cues.{cue}",
                )
            cue_items[cue] = item
        dumped = part.model_dump(mode="json", by_alias=True)
        for key in _LISTS:
            merged[key].extend(dumped[key])
        merged["cues"].update(dumped["cues"])
    return build_framework(spec, name, located, cue_items, source=source, digest=_digest(merged))


def _digest(content: Mapping[str, Any]) -> str:
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12]


def _join(folder: Traversable, rel: str) -> Traversable:
    if isinstance(folder, Path):
        return folder / rel
    target = folder
    for part in rel.replace("\\", "/").split("/"):
        target = target.joinpath(part)
    return target


def _read(resource: Traversable, name: str) -> _File:
    try:
        text = resource.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FrameworkError(f"cannot read the file: {exc}", path=name) from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise FrameworkError(f"not valid YAML: {problem}", path=name, line=line) from None
    if not isinstance(data, dict):
        raise FrameworkError("a framework file must hold a YAML mapping", path=name, line=1)
    lines: dict[tuple[object, ...], int] = {}
    _walk(node, (), lines, name)
    return _File(name=name, data=data, lines=lines)


def _walk(
    node: yaml.Node | None, path: tuple[object, ...], lines: dict[Any, int], name: str
) -> None:
    if node is None:
        return
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = key_node.value
            if key in seen:
                raise FrameworkError(
                    f"duplicate key {key!r}", path=name, line=key_node.start_mark.line + 1
                )
            seen.add(key)
            _walk(value_node, (*path, key), lines, name)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _walk(item, (*path, i), lines, name)


def _validate(model: type[SpecT], file: _File) -> SpecT:
    try:
        return model.model_validate(file.data)
    except ValidationError as exc:
        errors = _relevant(exc.errors())
        first = errors[0]
        loc = tuple(first["loc"])
        more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
        field, rest = _field_of(loc, file.data)
        message = _message(first, rest, loc, model) + more
        line = _line(file, [x for x in loc if not _is_union_tag(x)])
        raise FrameworkError(message, path=file.name, line=line, field=field) from None


def _relevant(errors: Sequence[Any]) -> list[Any]:
    """Drop the "not a string" half of a union error when the input was a mapping or list."""
    kept = [
        e
        for e in errors
        if not (e["type"] == "string_type" and isinstance(e["input"], dict | list))
    ]
    return kept or list(errors)


def _is_union_tag(part: object) -> bool:
    """Whether a pydantic location part names a union member rather than a key."""
    return isinstance(part, str) and (
        part in ("str", "int", "float") or part[:1].isupper() or "[" in part
    )


def _line(file: _File, loc: Sequence[object]) -> int | None:
    for n in range(len(loc), -1, -1):
        if tuple(loc[:n]) in file.lines:
            return file.lines[tuple(loc[:n])]
    return None


def _field_of(loc: tuple[Any, ...], data: Any) -> tuple[str | None, str]:
    """Split a pydantic location into the item it is in and the rest of the path."""
    loc = tuple(x for x in loc if not _is_union_tag(x))
    if len(loc) >= 2 and loc[0] in _LISTS and isinstance(loc[1], int):
        field = f"{loc[0]}[{loc[1]}]"
        try:
            item_id = data[loc[0]][loc[1]].get("id")
        except (AttributeError, IndexError, KeyError, TypeError):
            item_id = None
        if isinstance(item_id, str):
            field += f" {item_id}"
        return field, _path(loc[2:])
    if not loc:
        return None, ""
    return None, _path(loc)


def _path(parts: Sequence[object]) -> str:
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


def _message(
    error: Mapping[str, Any], rest: str, loc: Sequence[object], model: type[BaseModel]
) -> str:
    kind = error["type"]
    if kind == "missing":
        return f"missing key {rest!r}" if rest else "missing key"
    if kind == "extra_forbidden":
        key = str(loc[-1]) if loc else ""
        return f"unknown key {key!r}; {_allowed(rest, model)}"
    if kind == "string_pattern_mismatch" and rest.endswith("id"):
        found = error.get("input")
        return f"{rest} {found!r} is not a valid id: use a-z, 0-9 and _ (and . in code ids)"
    where = f"{rest}: " if rest else ""
    return f"{where}{error['msg']}"


def _allowed(rest: str, model: type[BaseModel]) -> str:
    if "." not in rest and model is PartSpec:
        return f"an included file may only hold: {', '.join(PartSpec.model_fields)}"
    if "." not in rest and model is FrameworkSpec:
        keys = (f.alias or n for n, f in FrameworkSpec.model_fields.items())
        return f"choose one of: {', '.join(keys)}"
    return "see docs/FRAMEWORK.md for the keys it may have"


def _locate(spec: PartSpec, file: _File) -> dict[str, list[Located[Any]]]:
    out: dict[str, list[Located[Any]]] = {key: [] for key in _LISTS}
    for key in _LISTS:
        for i, item in enumerate(getattr(spec, key)):
            origin = Origin(file.name, key, i, file.lines.get((key, i)))
            out[key].append(Located(item, origin))
    return out


def _cue_items(spec: PartSpec, file: _File) -> dict[str, tuple[Mapping[str, list[str]], Origin]]:
    return {
        name: (entries, Origin(file.name, "cues", name, file.lines.get(("cues", name))))
        for name, entries in spec.cues.items()
    }
