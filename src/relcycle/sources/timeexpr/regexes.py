"""The scanner's regexes, compiled once per installation: what ``re`` makes of each is kept on disk.

``re.compile`` parses a pattern and writes its code in Python; ``re``
then hands the code to ``_sre.compile``, in C. The time rules' probes are
long alternations (up to 3,300 characters, some 70 of them in a large
import), and parsing them cost a large import about 0.5 s of CPU time in
every process, as much as dating 10 MB. A :class:`RegexStore` keeps, per
pattern, what ``re``'s compiler passed to ``_sre.compile`` (the code, a list
of integers, the flags and the groups) in one file in ``__pycache__``, named
after its scanner's rules and the Python build, and builds each regex from it
with the same call: the same regex (equal code: ``==`` compares it), without
the parse. A missing, unreadable or foreign file, or a folder that is missing
(it is not made here: Python makes it when it writes byte code, numba when it
caches the kernels) or cannot be written, only means compiling as ``re`` does.
"""

from __future__ import annotations

import hashlib
import importlib
import marshal
import os
import re
import sys
from array import array
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any

#: ``re``'s C half (no type stubs): ``compile`` builds a regex from its code.
_sre: Any = importlib.import_module("_sre")

#: What the stored code depends on besides the patterns: the Python build and ``re``'s code.
_BUILD = f"{sys.implementation.cache_tag} {sys.version} {_sre.MAGIC} {_sre.CODESIZE}"
#: The array type of ``re``'s code words (``None``: kept as a list).
_WORD = next((t for t in "IL" if array(t).itemsize == _sre.CODESIZE), None)
#: Where stores are kept: this package's ``__pycache__``, as Python keeps its byte code.
FOLDER = Path(__file__).parent / "__pycache__"
_PREFIX = "regexes-"

#: What ``_sre.compile`` takes after the pattern: flags, code, groups, group index, index group.
_Compiled = tuple[int, Any, int, dict[str, int], tuple[str | None, ...]]


def _compiled(pattern: str) -> _Compiled:
    """What ``re.compile(pattern)`` passes to ``_sre.compile`` after the pattern."""
    parsed = _parser.parse(pattern, 0)
    code = _compiler._code(parsed, 0)
    state = parsed.state
    indexgroup: list[str | None] = [None] * state.groups
    for name, number in state.groupdict.items():
        indexgroup[number] = name
    return state.flags, code, state.groups - 1, dict(state.groupdict), tuple(indexgroup)


class RegexStore:
    """Regexes compiled from stored code: :meth:`compile` is ``re.compile`` for ``str`` patterns.

    One store is kept per folder: the first store of another name (the rules
    were edited) to write there removes the files of the others. A store
    writes its file when it has compiled 1, 2, 4, 8, 16, 32, 48 … patterns:
    what it compiled after its last write is written by a later process that
    compiles it again.

    Args:
        name: What the stored patterns belong to (the scanner's rules): the
            file is named after it and the Python build.
        folder: Where the file is kept (``None``: nowhere, compile every pattern).
    """

    def __init__(self, name: str, folder: Path | None = FOLDER) -> None:
        digest = hashlib.sha256(f"{_BUILD}\0{name}".encode("utf-8", "surrogatepass"))
        self._path = None if folder is None else folder / f"{_PREFIX}{digest.hexdigest()[:24]}"
        self._stored: dict[str, _Compiled] | None = None
        self.compiled = 0  # how many patterns were parsed here (the others were read)

    def compile(self, pattern: str) -> re.Pattern[str]:
        """``re.compile(pattern)``, from the stored code if there is any."""
        if not pattern:  # the file's own key
            return re.compile(pattern)
        stored = self._read()
        known = stored.get(pattern)
        if known is not None:
            flags, code, groups, groupindex, indexgroup = known
            if not isinstance(code, list):
                code = array(_WORD or "L", code).tolist()
            try:
                return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)  # type: ignore[no-any-return]
            except (TypeError, ValueError, RuntimeError, OverflowError):
                pass  # not this build's code after all: compile it
        flags, code, groups, groupindex, indexgroup = _compiled(pattern)
        regex: re.Pattern[str] = _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
        self.compiled += 1
        kept = array(_WORD, code).tobytes() if _WORD else code
        stored[pattern] = (flags, kept, groups, groupindex, indexgroup)
        count = self.compiled
        if count & (count - 1) == 0 or count % 16 == 0:  # the 1st, 2nd, 4th, 8th, 16th, 32nd ...
            self._write(stored)  # (the file is rewritten whole: a few times a process, not 150)
        return regex

    def _read(self) -> dict[str, _Compiled]:
        if self._stored is None:
            self._stored = self._on_disk() or {}
        return self._stored

    def _on_disk(self) -> dict[str, _Compiled] | None:
        """What the file holds for this build (``None``: no file, or not one this build wrote)."""
        if self._path is None:
            return None
        try:
            found = marshal.loads(self._path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            return None
        if not isinstance(found, dict) or found.pop("", None) != _BUILD:
            return None
        return found

    def _write(self, stored: dict[str, _Compiled]) -> None:
        """Writes ``stored`` (with what another process may have added since it was read)."""
        if self._path is None:
            return
        path = self._path
        try:
            if path.exists():
                for pattern, known in (self._on_disk() or {}).items():
                    stored.setdefault(pattern, known)
            else:  # a store of other rules (or none) before: the old files go
                for old in path.parent.glob(f"{_PREFIX}*"):
                    old.unlink(missing_ok=True)
            temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            temporary.write_bytes(marshal.dumps({"": _BUILD, **stored}))
            os.replace(temporary, path)
        except (OSError, ValueError, EOFError, TypeError):
            pass  # not kept: the next process compiles again
