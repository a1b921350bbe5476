"""Configuration: one table of (name, default, help).

The table feeds the CLI defaults, the ``STORYLINE_*`` environment variables and the docs
(``docs/configuration.md`` is checked against it by a test). The core never reads this
module's globals: callers build a ``Settings`` and pass it down.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, fields
from typing import Any

from .errors import ConfigError


@dataclass(frozen=True)
class Option:
    name: str
    default: Any
    help: str

    @property
    def env(self) -> str:
        return "STORYLINE_" + self.name.upper()


MODEL = "model"  # min_confidence: the confidence model's own threshold

OPTIONS: tuple[Option, ...] = (
    Option("db", "storyline.db", "Database: a SQLite file, sqlite:///file.db or postgresql://…"),
    Option("allow_private", False, "Allow fetching private, loopback or link-local addresses."),
    Option("fetch_timeout", 10.0, "Seconds before a URL fetch is abandoned."),
    Option("fetch_max_bytes", 5_000_000, "Largest response body accepted from a URL, in bytes."),
    Option("fetch_feed_links", True, "Fetch the page each feed entry links to."),
    Option(
        "feed_fetch_budget",
        60.0,
        "Seconds spent fetching one feed's linked pages; later entries use the feed's own "
        "content.",
    ),
    Option(
        "file_max_bytes",
        5_000_000,
        "Largest local file, stdin or single record (JSONL line, WARC record, feed entry) "
        "read as one article, in bytes.",
    ),
    Option(
        "article_max_tokens",
        50_000,
        "Most words, punctuation marks and line breaks in one article (about 40,000 words "
        "of prose); longer articles are rejected.",
    ),
    Option("data_dir", "../shared/data", "Folder holding the external evaluation datasets."),
    Option("workers", 0, "NLP processes for batches of 32+ articles (0 = one per CPU core)."),
    Option(
        "min_confidence",
        MODEL,
        "Confidence below which a candidate disagreement is held back as possible: model "
        "(the confidence model's own threshold) or a number from 0 (every candidate is a "
        "disagreement) to 1 (nearly all are held back).",
    ),
)


def parse_min_confidence(raw: str | float) -> float | None:
    """A ``min_confidence`` value: None for ``model``, else a number from 0 to 1; a
    ``ValueError`` saying why otherwise (callers name the variable or flag)."""
    text = str(raw).strip()  # a bool reads "True": refused like any other word
    if text.lower() == MODEL:
        return None
    try:
        number = float(text)
    except ValueError:
        number = math.nan
    if math.isnan(number):
        raise ValueError(f"not '{MODEL}' or a number from 0 to 1")
    if not 0 <= number <= 1:
        raise ValueError("must be from 0 to 1")
    return number


@dataclass(frozen=True)
class Settings:
    db: str = "storyline.db"
    allow_private: bool = False
    fetch_timeout: float = 10.0
    fetch_max_bytes: int = 5_000_000
    fetch_feed_links: bool = True
    feed_fetch_budget: float = 60.0
    file_max_bytes: int = 5_000_000
    article_max_tokens: int = 50_000
    data_dir: str = "../shared/data"
    workers: int = 0
    min_confidence: float | str = MODEL  # "model" or a number from 0 to 1

    def __post_init__(self) -> None:
        """``min_confidence`` kept as ``"model"`` or a float; anything else is refused."""
        try:
            value = parse_min_confidence(self.min_confidence)
        except ValueError as exc:
            raise ConfigError(f"min_confidence={self.min_confidence!r}: {exc}") from None
        object.__setattr__(self, "min_confidence", MODEL if value is None else value)

    @property
    def confidence_threshold(self) -> float | None:
        """``min_confidence`` as ``ReconcileOptions.min_confidence`` takes it: None for the
        confidence model's own threshold."""
        return None if self.min_confidence == MODEL else float(self.min_confidence)

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Defaults, then ``STORYLINE_*`` variables, then explicit overrides (not None)."""
        environ = dict(os.environ) if environ is None else environ
        values: dict[str, Any] = {}
        for opt in OPTIONS:
            raw = environ.get(opt.env)
            if raw is not None:
                values[opt.name] = _parse(raw, opt)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)


_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def _parse(raw: str, opt: Option) -> Any:
    """An environment value as the option's type; a ``ConfigError`` naming it otherwise."""
    value = raw.strip()
    where = f"{opt.env}={raw!r}"
    if opt.name == "min_confidence":
        try:
            number = parse_min_confidence(value)
        except ValueError as exc:
            raise ConfigError(f"{where}: {exc}") from None
        return MODEL if number is None else number
    if isinstance(opt.default, bool):
        if value.lower() in _TRUE | _FALSE:
            return value.lower() in _TRUE
        raise ConfigError(f"{where}: not a yes/no value (use 1/0, true/false, yes/no, on/off)")
    if isinstance(opt.default, int | float):
        kind, noun = (int, "an integer") if isinstance(opt.default, int) else (float, "a number")
        try:
            number = kind(value)
        except ValueError:
            raise ConfigError(f"{where}: not {noun}") from None
        zero_ok = opt.name == "workers"  # 0 = one process per core
        if number != number or number < 0 or (number == 0 and not zero_ok):
            raise ConfigError(f"{where}: must be {'0 or more' if zero_ok else 'above 0'}")
        return number
    if not value:
        raise ConfigError(f"{where}: empty; unset the variable to use the default")
    return raw


assert [o.name for o in OPTIONS] == [f.name for f in fields(Settings)]
