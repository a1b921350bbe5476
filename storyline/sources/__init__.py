"""Reading and fetching: files, folders, URLs and stdin into ``Article`` records.

Public API:

- ``expand_inputs(inputs, exclude=())``: the units to read, in order. Files and URLs stay
  as given; ``-`` means stdin; a folder becomes every file under it, recursively, sorted by
  path, skipping hidden files and folders (name starting with ".") and whatever matches
  one of the ``exclude`` globs (see ``select_inputs``). A path that does not exist stays,
  so that ``read_source`` can report it.
- ``select_inputs(inputs, exclude=())``: the same units, and a ``Rejection``-shaped record
  (source + reason) for every file or folder left out, so that nothing is skipped silently.
- ``read_source(unit, settings, fetcher=None)``: the articles in one unit, with a
  ``Rejection`` (source + one-line reason) for each thing that cannot be read. It never
  raises for bad input; one bad record never hides the other records of a file.
- ``screen_item(item, settings)``: the checks below for items from a reader called
  directly (``read_source`` applies them itself).

What a hostile input can cost is bounded here: a local file (or stdin) read as one
article is refused above ``settings.file_max_bytes`` before it is read, and so is a single
JSON, WARC or feed record; an article of more than ``settings.article_max_tokens`` words,
punctuation marks and line breaks (what the parser's time grows with) is refused; a FIFO,
socket or device given as an input is refused instead of blocking; an article holding a
string the database cannot store (a lone UTF-16 surrogate) is rejected; every rejection is
one printable line whose source escapes control characters (a file name with a newline in
it stays on its line).

The format comes from the extension (``.txt``/``.md``, ``.html``/``.htm``, ``.json``,
``.jsonl``, ``.rss``/``.atom``/``.xml``, ``.warc``/``.warc.gz``) or, failing that, from the
content; fetched URLs are sniffed as feed, HTML page, JSON or text.
"""

from __future__ import annotations

import gzip
import io
import logging
import re
import stat
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from fnmatch import fnmatchcase
from pathlib import Path

from storyline.config import Settings
from storyline.errors import InputError
from storyline.records import Article, Rejection
from storyline.sources.dates import infer_publication_date, year_for_weekday
from storyline.sources.fetch import Fetcher, FetchResponse, HttpFetcher
from storyline.sources.formats import (
    read_feed,
    read_html,
    read_json,
    read_jsonl,
    read_jsonl_stream,
    read_warc,
)
from storyline.sources.guards import (
    count_tokens,
    describe_exception,
    escape_source,
    one_line,
    unstorable_field,
)
from storyline.sources.text import build_article, read_text

__all__ = [
    "FetchResponse",
    "Fetcher",
    "HttpFetcher",
    "build_article",
    "expand_inputs",
    "infer_publication_date",
    "read_source",
    "screen_item",
    "select_inputs",
    "year_for_weekday",
]

logger = logging.getLogger(__name__)

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_EXTENSIONS = {
    ".txt": "text", ".md": "text", ".text": "text", ".markdown": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".warc": "warc",
}  # fmt: skip


def expand_inputs(inputs: Iterable[str], exclude: Sequence[str] = ()) -> list[str]:
    """Files, URLs and ``-`` as given; folders expanded (see the module docstring)."""
    return select_inputs(inputs, exclude)[0]


def select_inputs(
    inputs: Iterable[str], exclude: Sequence[str] = ()
) -> tuple[list[str], list[Rejection]]:
    """The units to read, and what was left out with the reason.

    A glob in ``exclude`` (``fnmatch``, case-insensitive) matches a file or folder by its
    name or by its path relative to the folder given (``*.md``, ``EXPECTED.md``,
    ``drafts/*``); an excluded folder is reported once, not file by file. Hidden files and
    folders inside a given folder are left out and reported too.
    """
    units: list[str] = []
    skipped: list[Rejection] = []
    for item in inputs:
        if item == "-" or _URL.match(item):
            units.append(item)
            continue
        path = Path(item)
        pattern = _excluded(path.name, path.as_posix(), exclude)
        if pattern is not None:
            skipped.append(Rejection(item, f"excluded by --exclude {pattern!r}"))
            continue
        if not path.is_dir():
            units.append(item)
            continue
        found: list[tuple[str, Path]] = []
        _walk(path, path, exclude, found, skipped)
        units.extend(str(p) for _, p in sorted(found, key=lambda f: f[0]))
    return units, [Rejection(escape_source(r.source), one_line(r.reason)) for r in skipped]


def _walk(
    root: Path,
    folder: Path,
    exclude: Sequence[str],
    found: list[tuple[str, Path]],
    skipped: list[Rejection],
) -> None:
    for p in folder.iterdir():
        rel = p.relative_to(root).as_posix()
        if p.name.startswith("."):
            skipped.append(Rejection(str(p), "hidden (name starts with '.')"))
            continue
        pattern = _excluded(p.name, rel, exclude)
        if pattern is not None:
            skipped.append(Rejection(str(p), f"excluded by --exclude {pattern!r}"))
        elif p.is_dir():
            _walk(root, p, exclude, found, skipped)
        elif p.is_file():
            found.append((rel, p))


def _excluded(name: str, rel: str, exclude: Sequence[str]) -> str | None:
    for pattern in exclude:
        glob = pattern.lower().rstrip("/")
        if fnmatchcase(name.lower(), glob) or fnmatchcase(rel.lower(), glob):
            return pattern
    return None


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
        for item in _read(unit, settings, get_fetcher, today):
            yield screen_item(item, settings)
    except InputError as e:
        yield screen_item(Rejection(e.source, e.reason), settings)
    except Exception as e:  # a parser choking on hostile input must not stop the batch
        logger.debug("%s: unexpected error while reading", unit, exc_info=True)
        yield screen_item(Rejection(unit, describe_exception(e)), settings)
    finally:
        if own_fetcher is not None:
            own_fetcher.close()


def screen_item(item: Article | Rejection, settings: Settings) -> Article | Rejection:
    """The item made safe to store and print: one-line rejections, escaped sources,
    storable and bounded article text. ``read_source`` applies it to everything it yields;
    a caller of a reader in ``formats`` (e.g. ``read_feed``) applies it itself."""
    if isinstance(item, Rejection):
        return Rejection(escape_source(item.source), one_line(item.reason))
    item.source = escape_source(item.source)
    field = unstorable_field(item)
    if field:
        reason = f"the {field} field holds a lone UTF-16 surrogate, which cannot be stored"
        return Rejection(item.source, reason)
    limit = settings.article_max_tokens
    if count_tokens(item.text, limit + 1) > limit:
        return Rejection(item.source, _too_long(limit))
    return item


def _too_long(limit: int) -> str:
    return (
        f"article too long to analyse (over {limit:,} words, punctuation marks and line "
        "breaks; raise STORYLINE_ARTICLE_MAX_TOKENS to allow)"
    )


def _read(
    unit: str, settings: Settings, get_fetcher: Callable[[], Fetcher], today: date
) -> Iterator[Article | Rejection]:
    limit = settings.file_max_bytes
    if unit == "-":
        data = sys.stdin.buffer.read(limit + 1)
        if len(data) > limit:
            raise InputError("stdin", _too_large(limit))
        yield from _read_bytes(data, "stdin", None, settings, get_fetcher, today)
        return
    if _URL.match(unit):
        response = get_fetcher().fetch(unit)
        kind: str | None = _kind_of_response(response)
        yield from _read_bytes(
            response.body, unit, kind, settings, get_fetcher, today, url=response.final_url
        )
        return
    path = Path(unit)
    if path.is_dir():
        for sub in expand_inputs([unit]):
            yield from _read(sub, settings, get_fetcher, today)
        return
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise InputError(unit, "no such file or folder") from None
    except (OSError, ValueError) as e:  # a name too long, a loop of links, a NUL byte
        raise InputError(unit, f"cannot read ({getattr(e, 'strerror', None) or e})") from None
    if not stat.S_ISREG(mode):  # reading a FIFO or a device would block or never end
        raise InputError(unit, f"not a regular file ({_file_kind(mode)}); give files or folders")
    name = path.name.lower()
    kind = "warc" if name.endswith((".warc", ".warc.gz")) else _EXTENSIONS.get(path.suffix.lower())
    try:
        if kind == "warc" or (kind is None and _looks_like_warc(path)):
            if path.stat().st_size == 0:
                raise InputError(unit, "empty file")
            with path.open("rb") as stream:
                yield from read_warc(stream, unit, today, max_record_bytes=limit)
            return
        inner = _EXTENSIONS.get(Path(name[:-3]).suffix) if name.endswith(".gz") else kind
        if kind == "jsonl":  # streamed: a dump of any size is read a line at a time
            with path.open("rb") as stream:
                yield from read_jsonl_stream(stream, unit, today, max_record_bytes=limit)
            return
        if inner not in _RECORD_KINDS and path.stat().st_size > limit:
            raise InputError(unit, _too_large(limit))
        data = path.read_bytes()
        if name.endswith(".gz"):  # "batch.jsonl.gz": the inner name says the format
            cap = limit if inner not in _RECORD_KINDS else GZ_RECORDS_FACTOR * limit
            data = _gunzip(data, cap, unit)
            kind = inner
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
    limit = settings.file_max_bytes
    if kind not in _RECORD_KINDS and url is None and len(data) > limit:
        raise InputError(source, _too_large(limit))  # a URL has its own cap (fetch_max_bytes)
    if kind == "warc":
        yield from read_warc(io.BytesIO(data), source, today, max_record_bytes=limit)
    elif kind == "html":
        yield read_html(data, source, today, url=url)
    elif kind == "json":
        yield from read_json(data, source, today, max_record_bytes=limit)
    elif kind == "jsonl":
        yield from read_jsonl(data, source, today, max_record_bytes=limit)
    elif kind == "feed":
        fetcher = get_fetcher() if settings.fetch_feed_links else None
        yield from read_feed(
            data, source, today, fetcher, settings.fetch_feed_links,
            max_record_bytes=limit, budget=settings.feed_fetch_budget,
        )
    else:
        # Refuse an over-long text before cleaning it (that alone costs seconds on 2 MB).
        limit = settings.article_max_tokens
        if count_tokens(data.decode("utf-8", "replace"), limit + 1) > limit:
            raise InputError(source, _too_long(limit))
        yield read_text(data, source, today, url=url)


# Formats holding many articles: their size cap applies to each record, not the file.
_RECORD_KINDS = {"warc", "json", "jsonl", "feed"}


# A gzipped file of many records may expand to this many times ``file_max_bytes``.
GZ_RECORDS_FACTOR = 20


def _gunzip(data: bytes, cap: int, unit: str) -> bytes:
    """Every gzip member of ``data`` decompressed, refusing more than ``cap`` bytes out (a
    small file that expands to gigabytes)."""
    out: list[bytes] = []
    size = 0
    while data:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        chunk = inflater.decompress(data, cap + 1 - size)
        size += len(chunk)
        out.append(chunk)
        if size > cap or inflater.unconsumed_tail:
            raise InputError(unit, f"decompresses to more than {cap:,} bytes; not read")
        if not inflater.eof:
            raise InputError(unit, "cannot read (truncated gzip data)")
        data = inflater.unused_data.lstrip(b"\0")
    return b"".join(out)


def _too_large(limit: int) -> str:
    return f"file too large (over {limit:,} bytes; raise STORYLINE_FILE_MAX_BYTES to allow)"


def _file_kind(mode: int) -> str:
    for test, kind in (
        (stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
    ):  # fmt: skip
        if test(mode):
            return kind
    return "not a file"


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
