"""Shards: one input unit's articles and analyses in one Parquet file, plus markers.

``<name>.parquet`` holds one row per accepted article (its record and its analysis as JSON,
in input order); ``<name>.done`` (JSON: counts, rejections) says the unit was analysed
completely; ``<name>.loaded-<database key>`` says the loader committed it to that
database. Files are written under a temporary name and renamed, so a killed worker never
leaves a shard that looks complete.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import MissingDependencyError
from ..records import Analysis, Article, Record

SCHEMA_VERSION = 1


def _pyarrow() -> Any:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise MissingDependencyError(
            "the backfill writes Parquet shards with pyarrow; install storyline[backfill] "
            "(pip install 'storyline[backfill]')"
        ) from exc
    return pa, pq


@dataclass
class UnitResult(Record):
    """What analysing one unit gave (the content of its done marker)."""

    unit: str
    shard: str
    articles: int = 0  # rows in the shard
    read: int = 0  # items read from the unit (articles + rejections)
    rejected: list[dict[str, str]] = field(default_factory=list)  # {"source", "reason"}
    filtered: dict[str, int] = field(default_factory=dict)  # filter reason -> count
    duplicates: int = 0  # same content twice inside this unit
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # CPU time of the worker on this unit (steadier than wall)
    skipped: bool = False  # already done by an earlier run
    version: int = SCHEMA_VERSION


def shard_name(unit: str, position: int) -> str:
    """A stable, readable file name for a unit: its position, stem and a path hash."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(unit).name)[:60] or "stdin"
    digest = hashlib.sha1(os.path.abspath(unit).encode("utf-8")).hexdigest()[:10]
    return f"{position:06d}-{stem}-{digest}"


def shard_path(out: Path, unit: str, position: int) -> Path:
    return out / f"{shard_name(unit, position)}.parquet"


def done_path(shard: Path) -> Path:
    return shard.with_suffix(".done")


def database_key(db: str) -> str:
    """A short key naming a database (a file's absolute path, or a URL without password)."""
    target = db if "://" in db else os.path.abspath(db)
    target = re.sub(r"(://[^:/@]+):[^@/]*@", r"\1@", target)
    return hashlib.sha1(target.encode("utf-8")).hexdigest()[:8]


def loaded_path(shard: Path, db_key: str) -> Path:
    """The marker saying this shard is in that database (one per database: one shard
    folder may feed several databases)."""
    return shard.with_suffix(f".loaded-{db_key}")


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + f".tmp{os.getpid()}")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def write_shard(path: Path, rows: list[tuple[Article, Analysis]]) -> None:
    pa, pq = _pyarrow()
    table = pa.table(
        {
            "content_hash": pa.array([a.content_hash for a, _ in rows], pa.string()),
            "published": pa.array([a.published for a, _ in rows], pa.string()),
            "article": pa.array([json.dumps(a.to_dict()) for a, _ in rows], pa.string()),
            "analysis": pa.array([json.dumps(n.to_dict()) for _, n in rows], pa.string()),
        }
    )
    tmp = path.with_name(path.name + f".tmp{os.getpid()}")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)


def read_shard(path: Path) -> Iterator[tuple[Article, Analysis]]:
    _, pq = _pyarrow()
    parquet = pq.ParquetFile(path)
    for batch in parquet.iter_batches(batch_size=256, columns=["article", "analysis"]):
        cols = batch.to_pydict()
        for article, analysis in zip(cols["article"], cols["analysis"], strict=True):
            yield (Article.from_dict(json.loads(article)),
                   Analysis.from_dict(json.loads(analysis)))


def write_marker(path: Path, result: UnitResult) -> None:
    _atomic_write(path, json.dumps(result.to_dict(), ensure_ascii=False).encode("utf-8"))


def read_marker(path: Path) -> UnitResult | None:
    """The done marker's result, or None when absent, unreadable or from another version."""
    try:
        result = UnitResult.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None
    return result if result.version == SCHEMA_VERSION else None
