"""Configuration: one table of (name, default, help).

The table feeds the CLI defaults, the ``STORYLINE_*`` environment variables and the docs
(``docs/configuration.md`` is checked against it by a test). The core never reads this
module's globals: callers build a ``Settings`` and pass it down.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from typing import Any


@dataclass(frozen=True)
class Option:
    name: str
    default: Any
    help: str

    @property
    def env(self) -> str:
        return "STORYLINE_" + self.name.upper()


OPTIONS: tuple[Option, ...] = (
    Option("db", "storyline.db", "SQLite database file."),
    Option("allow_private", False, "Allow fetching private, loopback or link-local addresses."),
    Option("fetch_timeout", 10.0, "Seconds before a URL fetch is abandoned."),
    Option("fetch_max_bytes", 5_000_000, "Largest response body accepted from a URL, in bytes."),
    Option("fetch_feed_links", True, "Fetch the page each feed entry links to."),
    Option("data_dir", "../shared/data", "Folder holding the external evaluation datasets."),
    Option("workers", 0, "NLP processes for batches of 32+ articles (0 = one per CPU core)."),
)


@dataclass(frozen=True)
class Settings:
    db: str = "storyline.db"
    allow_private: bool = False
    fetch_timeout: float = 10.0
    fetch_max_bytes: int = 5_000_000
    fetch_feed_links: bool = True
    data_dir: str = "../shared/data"
    workers: int = 0

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Defaults, then ``STORYLINE_*`` variables, then explicit overrides (not None)."""
        environ = dict(os.environ) if environ is None else environ
        values: dict[str, Any] = {}
        for opt in OPTIONS:
            raw = environ.get(opt.env)
            if raw is not None:
                values[opt.name] = _parse(raw, opt.default)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)


def _parse(raw: str, default: Any) -> Any:
    if isinstance(default, bool):
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    if isinstance(default, int):
        return int(raw)
    if isinstance(default, float):
        return float(raw)
    return raw


assert [o.name for o in OPTIONS] == [f.name for f in fields(Settings)]
