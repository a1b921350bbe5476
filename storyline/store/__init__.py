"""The store stage: schema, migrations, transactions and full-text search.

Only this stage touches the database. ``open_store(target)`` picks the backend from the
target: a path or ``sqlite:///path`` is the embedded SQLite store, ``postgresql://…`` the
PostgreSQL one (both implement the ``Store`` protocol). Any other ``scheme:`` is refused
with a ``ConfigError`` rather than becoming a file named after the scheme.
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path

from ..errors import ConfigError, StoreError
from .protocol import SearchHit, Store
from .sqlite import SQLiteStore

__all__ = ["SQLiteStore", "SearchHit", "Store", "open_store", "sqlite_path"]

# "postgresql:", "mysql://…", "sqlite:///x.db": a URL, not a file name. One letter is a
# Windows drive ("C:\\news.db"), not a scheme.
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]+):")
_SQLITE_HEADER = b"SQLite format 3\x00"
_HEADER_CHECKED: set[tuple[int, int]] = set()  # (device, inode) of files checked


def sqlite_path(target: str | Path) -> str | None:
    """The SQLite file a target names (``sqlite:///news.db`` → ``news.db``); None when the
    target is a URL of another backend."""
    text = str(target)
    m = _SCHEME.match(text)
    if not m:
        return text
    if m.group(1).lower() != "sqlite":
        return None
    rest = text[m.end() :]
    if rest in ("", "//", "///:memory:"):
        return ":memory:"
    if not rest.startswith("///"):
        raise ConfigError(f"{text}: a SQLite URL is sqlite:///relative.db or sqlite:////abs.db")
    return rest[3:]


def open_store(target: str | Path, *, create: bool = True) -> Store:
    """Open (and migrate) the database a path or URL names.

    ``create=False`` is for commands that only read: a SQLite file that does not exist is
    a ``ConfigError`` (nothing is created), not a fresh empty database. A file that is not
    a readable SQLite database is a ``StoreError`` and is never written to.
    """
    text = str(target)
    if text.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore  # psycopg is an extra: imported only when asked

        return PostgresStore(text)
    path = sqlite_path(text)
    if path is None:
        m = _SCHEME.match(text)
        scheme = m.group(1) if m else text
        raise ConfigError(
            f"database {text!r}: no {scheme!r} backend (use a file path, sqlite:///file.db "
            "or postgresql://…; for a file whose name has a colon, write ./name)"
        )
    if path == ":memory:":
        return SQLiteStore(path)
    _check_sqlite_file(Path(path), create)
    store = SQLiteStore(path)
    with contextlib.suppress(OSError):  # a file created just now: checked from here on
        info = Path(path).stat()
        _HEADER_CHECKED.add((info.st_dev, info.st_ino))
    return store


def _check_sqlite_file(path: Path, create: bool) -> None:
    if path.is_dir():
        raise ConfigError(f"database {path}: is a folder, not a database file")
    if not path.exists():
        if not create:
            raise ConfigError(
                f"database {path}: does not exist (run `storyline ingest` first, "
                "or pass --db / STORYLINE_DB)"
            )
        return
    if not os.access(path, os.R_OK):
        raise StoreError(f"database {path}: not readable (permission denied)")
    try:
        info = path.stat()
    except OSError as exc:
        raise StoreError(f"database {path}: cannot be read ({exc.strerror or exc})") from None
    # Once per file and process: closing any other handle on a file this process has open
    # in SQLite drops all of SQLite's POSIX locks on it (sqlite.org/howtocorrupt.html
    # 2.2), and then another process can reset the WAL under this one's readers ("database
    # disk image is malformed" in a server that opens a store per thread beside an ingest).
    key = (info.st_dev, info.st_ino)
    if key in _HEADER_CHECKED:
        return
    try:
        with path.open("rb") as f:
            head = f.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(f"database {path}: cannot be read ({exc.strerror or exc})") from None
    if head and head != _SQLITE_HEADER:
        raise StoreError(
            f"database {path}: not a SQLite database file; pass another --db path"
        )
    _HEADER_CHECKED.add(key)
