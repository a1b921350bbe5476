"""The store stage: schema, migrations, transactions and full-text search.

Only this stage touches the database. ``open_store(path)`` returns the embedded SQLite
store; other backends implement the same ``Store`` protocol.
"""

from __future__ import annotations

from pathlib import Path

from .protocol import SearchHit, Store
from .sqlite import SQLiteStore

__all__ = ["SQLiteStore", "SearchHit", "Store", "open_store"]


def open_store(path: str | Path) -> SQLiteStore:
    return SQLiteStore(path)
