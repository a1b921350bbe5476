"""Writing output files (briefs, reports, exports) so that a bad path is one clear error.

- ``check_output_path(path)``: raise ``StorylineError`` now, before any work, when
  ``path`` cannot be written: a folder, a missing parent folder, a parent that is a file.
- ``write_output(path, text)``: write UTF-8 text to ``path``. A regular file (or a new
  one) is written to a temporary file beside it and renamed into place, so a full disk or
  a crash never leaves half a report; a device or pipe (``/dev/stdout``) is written to
  directly. Every failure is a one-line ``StorylineError`` naming the path and the reason
  (no such folder, is a folder, permission denied, no space left on device).
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from storyline.errors import StorylineError


def check_output_path(path: Path) -> None:
    """Raise ``StorylineError`` when ``path`` clearly cannot be written."""
    if path.is_dir():
        raise StorylineError(f"{path}: is a folder; give a file name to write, e.g. {path}/out")
    parent = path.parent
    if not parent.exists():
        raise StorylineError(f"{path}: the folder {parent} does not exist; create it first")
    if not parent.is_dir():
        raise StorylineError(f"{path}: {parent} is not a folder")


def write_output(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` (see the module docstring); ``StorylineError`` on failure."""
    check_output_path(path)
    data = text.encode("utf-8", errors="surrogateescape")
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as e:
        raise _error(path, e) from None
    if mode is not None and not stat.S_ISREG(mode):
        _write_directly(path, data)
        return
    target = path.resolve() if path.is_symlink() else path
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, stat.S_IMODE(mode) if mode is not None else 0o666 & ~_umask())
        os.replace(tmp, target)
    except OSError as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise _error(path, e) from None


def _write_directly(path: Path, data: bytes) -> None:
    try:
        with path.open("wb") as f:
            f.write(data)
    except OSError as e:
        raise _error(path, e) from None


def _error(path: Path, e: OSError) -> StorylineError:
    reason = (e.strerror or str(e)).lower()
    return StorylineError(f"{path}: cannot write ({reason})")


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current
