"""Temporary files for atomic writes that end up with an ordinary file's permissions.

Every output (report, PDF, figures, JSON, plots) is written to a temporary
file next to its target and renamed into place. :func:`tempfile.mkstemp`
creates that file readable by its owner only (mode 0600), and the rename kept
that mode: a report written for colleagues, or served from a shared folder,
could not be opened by anyone else. :func:`open_temp` creates it as any new
file is created (0666 less the user's umask, usually 0644), so the finished
file has the permissions the user expects.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

_ATTEMPTS = 100
_NEW_FILE_MODE = 0o666  # less the umask, which the system applies


def open_temp(folder: str | Path, target_name: str, suffix: str = ".tmp") -> tuple[int, Path]:
    """Create a new, empty temporary file in ``folder`` for writing ``target_name``.

    The file is named ``.<target_name>.<random><suffix>``, created exclusively
    (never an existing file) with the mode a new file gets from the umask.

    Args:
        folder: Where to create it (the target's folder, so a rename is atomic).
        target_name: The name of the file it will become, for its own name.
        suffix: The end of its name.

    Returns:
        An open file descriptor for writing, and the file's path.

    Raises:
        OSError: The folder does not exist or cannot be written.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(_ATTEMPTS):
        path = Path(folder) / f".{target_name}.{secrets.token_hex(4)}{suffix}"
        try:
            return os.open(path, flags, _NEW_FILE_MODE), path
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name for {target_name} in {folder}")
