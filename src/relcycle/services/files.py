"""Output files written atomically: a temporary file in the same folder, then a rename.

And the output folder named by ``--out``: checked before the work, created after it.

A failed write (a full disk, text that cannot be encoded, an interrupt) leaves
the target as it was and no temporary file behind.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from relcycle.errors import InputError
from relcycle.report.outfiles import open_temp


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
        fd, tmp = open_temp(target.parent, target.name)
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


def check_folder(out_dir: str | Path) -> Path:
    """Check, before any work, that the output folder exists or can be made, and can be written.

    Nothing is created: :func:`prepare_folder` makes the folder when the
    report is ready, so a failed run leaves no empty folder behind.

    Raises:
        InputError: It is a file, lies under a file, or cannot be written.
    """
    folder = Path(out_dir)
    if folder.exists() and not folder.is_dir():
        raise InputError("--out exists and is not a folder", path=folder)
    existing = folder
    while not existing.exists():
        existing = existing.parent
    if not existing.is_dir():
        raise InputError(
            f"cannot create the output folder: {existing} is a file; choose another --out",
            path=folder,
        )
    if not os.access(existing, os.W_OK | os.X_OK):
        raise InputError(
            f"cannot create the output folder: {existing} is not writable; choose another --out",
            path=folder,
        )
    return folder


def prepare_folder(out_dir: str | Path) -> Path:
    """Create the output folder if needed.

    Raises:
        InputError: It cannot be created, or is not a folder.
    """
    folder = check_folder(out_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(
            f"cannot create the output folder ({exc.strerror or exc}); choose another --out",
            path=folder,
        ) from None
    return folder
