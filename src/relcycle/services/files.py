"""Output files written atomically: a temporary file in the same folder, then a rename.

A failed write (a full disk, text that cannot be encoded, an interrupt) leaves
the target as it was and no temporary file behind.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from relcycle.errors import InputError


def write_text_atomically(path: str | Path, text: str, *, what: str = "the file") -> Path:
    """Write ``text`` (UTF-8) to ``path`` through a temporary file in the same folder.

    Args:
        path: The file to write (its folder must exist).
        text: Its new content.
        what: What the file is, for the error message (``the JSON``).

    Raises:
        InputError: The folder does not exist or cannot be written.
        UnicodeEncodeError: The text cannot be encoded (nothing is written).
    """
    return write_bytes_atomically(path, text.encode("utf-8"), what=what)


def write_bytes_atomically(path: str | Path, data: bytes, *, what: str = "the file") -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder.

    Args:
        path: The file to write (its folder must exist).
        data: Its new content.
        what: What the file is, for the error message (``the plot``).

    Raises:
        InputError: The folder does not exist or cannot be written.
    """
    target = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise InputError(f"cannot write {what}: {exc.strerror or exc}", path=target) from None
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def write_json(document: dict[str, Any], path: str | Path) -> Path:
    """Write a JSON document (UTF-8, indented, no NaN) atomically.

    Raises:
        InputError: The folder does not exist or cannot be written.
        ValueError: The document holds a NaN or an infinity (nothing is written).
    """
    text = json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False)
    return write_text_atomically(path, text + "\n", what="the JSON")
