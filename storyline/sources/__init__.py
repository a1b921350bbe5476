"""Reading and fetching: files, folders, URLs and stdin into ``Article`` records.

Public API:

- ``expand_inputs(inputs)``: the units to read, in order. Files and URLs stay as given;
  ``-`` means stdin; a folder becomes every file under it, recursively, sorted by path,
  skipping hidden files and folders (name starting with ".") and a folder's ``README.md``
  and ``EXPECTED.md`` (documentation, not articles). A path that does not exist stays, so
  that ``read_source`` can report it.
- ``read_source(unit, settings, fetcher=None)``: the articles in one unit, with a
  ``Rejection`` (source + one-line reason) for each thing that cannot be read. It never
  raises for bad input; one bad record never hides the other records of a file.

The format comes from the extension (``.txt``/``.md``, ``.html``/``.htm``, ``.json``,
``.jsonl``, ``.rss``/``.atom``/``.xml``, ``.warc``/``.warc.gz``) or, failing that, from the
content; fetched URLs are sniffed as feed, HTML page, JSON or text.
"""

from __future__ import annotations

import gzip
import io
import logging
import re
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

from storyline.config import Settings
from storyline.errors import InputError
from storyline.records import Article, Rejection
from storyline.sources.dates import infer_publication_date, year_for_weekday
from storyline.sources.fetch import Fetcher, FetchResponse, HttpFetcher
from storyline.sources.formats import read_feed, read_html, read_json, read_jsonl, read_warc
from storyline.sources.text import build_article, read_text

__all__ = [
    "FetchResponse",
    "Fetcher",
    "HttpFetcher",
    "build_article",
    "expand_inputs",
    "infer_publication_date",
    "read_source",
    "year_for_weekday",
]

logger = logging.getLogger(__name__)

SKIPPED_NAMES = {"readme.md", "expected.md"}
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_EXTENSIONS = {
    ".txt": "text", ".md": "text", ".text": "text", ".markdown": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".warc": "warc",
}  # fmt: skip


def expand_inputs(inputs: Iterable[str]) -> list[str]:
    """Files, URLs and ``-`` as given; folders expanded (see the module docstring)."""
    units: list[str] = []
    for item in inputs:
        if item == "-" or _URL.match(item):
            units.append(item)
            continue
        path = Path(item)
        if not path.is_dir():
            units.append(item)
            continue
        found = []
        for p in path.rglob("*"):
            rel = p.relative_to(path)
            if any(part.startswith(".") for part in rel.parts):
                continue
            if p.is_file() and p.name.lower() not in SKIPPED_NAMES:
                found.append(p)
        units.extend(str(p) for p in sorted(found, key=lambda p: p.relative_to(path).as_posix()))
    return units


def read_source(
    unit: str,
    settings: Settings,
    fetcher: Fetcher | None = None,
    *,
    today: date | None = None,
) -> Iterator[Article | Rejection]:
    """The articles in one unit (file, URL or ``-``), and a ``Rejection`` per bad item.

    ``fetcher`` serves URLs and feed links (default: an ``HttpFetcher`` over ``settings``);
    ``today`` bounds inferred publication dates (default: the system date).
    """
    today = today or date.today()
    own_fetcher: HttpFetcher | None = None

    def get_fetcher() -> Fetcher:
        nonlocal own_fetcher
        if fetcher is not None:
            return fetcher
        if own_fetcher is None:
            own_fetcher = HttpFetcher(settings)
        return own_fetcher

    try:
        yield from _read(unit, settings, get_fetcher, today)
    except InputError as e:
        yield Rejection(e.source, e.reason)
    except Exception as e:  # a parser choking on hostile input must not stop the batch
        logger.exception("%s: unexpected error while reading", unit)
        yield Rejection(unit, f"could not be read ({type(e).__name__}: {e})")
    finally:
        if own_fetcher is not None:
            own_fetcher.close()


def _read(
    unit: str, settings: Settings, get_fetcher: Callable[[], Fetcher], today: date
) -> Iterator[Article | Rejection]:
    if unit == "-":
        data = sys.stdin.buffer.read()
        yield from _read_bytes(data, "stdin", None, settings, get_fetcher, today)
        return
    if _URL.match(unit):
        response = get_fetcher().fetch(unit)
        kind = _kind_of_response(response)
        yield from _read_bytes(
            response.body, unit, kind, settings, get_fetcher, today, url=response.final_url
        )
        return
    path = Path(unit)
    if path.is_dir():
        for sub in expand_inputs([unit]):
            yield from _read(sub, settings, get_fetcher, today)
        return
    if not path.exists():
        raise InputError(unit, "no such file or folder")
    name = path.name.lower()
    kind = "warc" if name.endswith((".warc", ".warc.gz")) else _EXTENSIONS.get(path.suffix.lower())
    try:
        if kind == "warc" or (kind is None and _looks_like_warc(path)):
            if path.stat().st_size == 0:
                raise InputError(unit, "empty file")
            with path.open("rb") as stream:
                yield from read_warc(stream, unit, today)
            return
        data = path.read_bytes()
        if name.endswith(".gz"):  # "batch.jsonl.gz": the inner name says the format
            data = gzip.decompress(data)
            kind = _EXTENSIONS.get(Path(name[:-3]).suffix)
    except (OSError, EOFError, zlib.error) as e:
        reason = getattr(e, "strerror", None) or e
        raise InputError(unit, f"cannot read ({reason})") from None
    yield from _read_bytes(data, unit, kind, settings, get_fetcher, today)


def _read_bytes(
    data: bytes,
    source: str,
    kind: str | None,
    settings: Settings,
    get_fetcher: Callable[[], Fetcher],
    today: date,
    url: str | None = None,
) -> Iterator[Article | Rejection]:
    if kind is None:
        kind = sniff(data)
    logger.debug("%s: reading as %s", source, kind)
    if kind == "warc":
        yield from read_warc(io.BytesIO(data), source, today)
    elif kind == "html":
        yield read_html(data, source, today, url=url)
    elif kind == "json":
        yield from read_json(data, source, today)
    elif kind == "jsonl":
        yield from read_jsonl(data, source, today)
    elif kind == "feed":
        fetcher = get_fetcher() if settings.fetch_feed_links else None
        yield from read_feed(data, source, today, fetcher, settings.fetch_feed_links)
    else:
        yield read_text(data, source, today, url=url)


def _looks_like_warc(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            head = f.read(64)
    except OSError:
        return False
    return _is_warc_head(head)


def _is_warc_head(head: bytes) -> bool:
    if head.startswith(b"\x1f\x8b"):
        try:
            head = gzip.GzipFile(fileobj=io.BytesIO(head + b"\0" * 64)).read(5)
        except (OSError, EOFError, zlib.error):
            return False
    return head.startswith(b"WARC/")


def sniff(data: bytes) -> str:
    """The format of unlabelled bytes: warc, feed, html, json, jsonl or text."""
    if _is_warc_head(data[:64]):
        return "warc"
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"{", b"[")):
        lines = [ln for ln in data.strip().split(b"\n") if ln.strip()]
        if (
            len(lines) > 1
            and all(ln.lstrip().startswith(b"{") for ln in lines[:5])
            and lines[0].rstrip().endswith(b"}")
        ):
            return "jsonl"
        return "json"
    if re.search(rb"<(?:rss|feed|rdf:rdf)[\s>]", head):
        return "feed"
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or re.search(
        rb"<(?:html|body|head|article)[\s>]", head
    ):
        return "html"
    return "text"


def _kind_of_response(response: FetchResponse) -> str:
    ctype = response.content_type
    if any(t in ctype for t in ("rss", "atom")):
        return "feed"
    sniffed = sniff(response.body)
    if sniffed != "text":
        return sniffed
    if "html" in ctype:
        return "html"
    if "json" in ctype:
        return "json"
    return "text"
