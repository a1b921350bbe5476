"""Structured formats: HTML pages, JSON/JSONL records, RSS/Atom feeds, WARC archives.

Each reader takes bytes (or a binary stream for WARC) plus the source name and yields
``Article`` or ``Rejection`` items, one per record, so one bad record never hides the others:
whatever a record makes a parser raise (deep nesting, a huge number, a malformed URL, a
broken WARC header) becomes a one-line ``Rejection`` naming the file and the line, item,
entry or record number, and the next record is read. ``max_record_bytes`` rejects a single
record larger than that (its text or page), bounding the work one record can cause.
Every article goes through ``text.build_article`` for cleaning and inferred metadata.
"""

from __future__ import annotations

import calendar
import codecs
import contextlib
import html as html_lib
import io
import itertools
import json
import logging
import re
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from functools import partial
from html.parser import HTMLParser
from typing import IO, Any, ClassVar, TypeVar
from urllib.parse import urlsplit

from storyline.errors import FetchError, InputError
from storyline.records import Article, Rejection
from storyline.sources.cleaning import site_first_title, site_from_title
from storyline.sources.fetch import Fetcher
from storyline.sources.guards import describe_exception, one_line
from storyline.sources.page_time import page_time
from storyline.sources.text import MIN_WORDS, build_article, decode_text, word_count

logger = logging.getLogger(__name__)

Item = Article | Rejection
T = TypeVar("T")


# ---------------------------------------------------------------- HTML
# trafilatura's time grows faster than the page: 20,000 paragraphs take ~1 s, 100,000
# take ~30 s. No article has anywhere near this many block elements.
MAX_HTML_BLOCKS = 20_000
_BLOCK = re.compile(rb"<(?:p|div|li|br|tr|td|h[1-6]|section)[\s>/]", re.IGNORECASE)
_TITLE_TAG = re.compile(rb"<title[^>]*>([^<]{1,300})</title>", re.IGNORECASE)
_HOST_LIKE = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}", re.IGNORECASE)
# A table row of the extracted text holding a whole article ("| headline By … story … |"):
# the page's layout, not a data table.
_LAYOUT_CELL = re.compile(r"^\|[^\n]{600,}$", re.MULTILINE)
_LAYOUT_TABLE = re.compile(rb"<(/?)(?:table|tbody|thead|tfoot|tr|td|th)\b[^>]*>", re.IGNORECASE)


def extract_html(
    data: bytes | str, url: str | None = None, *, source: str = "page"
) -> dict[str, Any] | None:
    """Main text and metadata of an HTML page by trafilatura (comments excluded).

    ``InputError`` (naming ``source``) for a page with more than ``MAX_HTML_BLOCKS`` block
    elements, before any parsing."""
    import trafilatura

    raw = data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass")
    blocks = sum(1 for _ in itertools.islice(_BLOCK.finditer(raw), MAX_HTML_BLOCKS + 1))
    if blocks > MAX_HTML_BLOCKS:
        raise InputError(
            source, f"page has more than {MAX_HTML_BLOCKS:,} paragraphs and blocks; not an article"
        )

    def extract(page: bytes | str) -> Any:
        return trafilatura.bare_extraction(
            page,
            url=url,
            include_comments=False,
            with_metadata=True,
            # No guessing from the body: a date deep in the text is an event, not publication.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )

    doc = extract(data)
    if doc is None or isinstance(doc, dict) or not (doc.text or "").strip():
        return None
    if _LAYOUT_CELL.search(doc.text):
        # A page laid out in a table (an old site's template): the article came out as one
        # table cell, run together with the masthead, byline and share links. Read again
        # with the layout's tables as plain blocks.
        again = extract(_LAYOUT_TABLE.sub(rb"<\1div>", raw))
        if again is not None and not isinstance(again, dict) and _kept_from(
                again.text or "", doc.text):
            doc = again
    title, outlet = doc.title or None, doc.sitename or None
    head = _TITLE_TAG.search(raw[:65536])
    page_title = html_lib.unescape(head.group(1).decode("utf-8", "replace")) if head else None
    parts = site_from_title(page_title)
    if parts is not None:
        # The <title> ends with the site's name ("… | KVTR 7 News"): the extractor may have
        # taken the headline for the site (from social tags) or the site for the title.
        headline, site = (x.casefold() for x in parts)
        if title and title.strip().casefold() == site:
            title = parts[0]
        if (not outlet or outlet.strip().casefold() in (headline, (title or "").casefold())
                or _host_of(outlet, parts[1])):
            # (a host name offered for the site whose name the title writes out:
            # "continentalledger.example" / "The Continental Ledger"; not a brand written
            # as a host, "AutoIndustriya.com", beside a section's name)
            outlet = parts[1]
    first = site_first_title(page_title) if parts is None else None
    if first is not None and title and title.strip().casefold() == first[1].casefold():
        # "Site | Headline" (or "Breaking | Headline"): the extractor kept the first part.
        title, site, site_like = first
        if site_like and (not outlet or _host_of(outlet, site)):
            outlet = site
    return {
        "text": doc.text,
        "title": title,
        "outlet": outlet,
        "hostname": doc.hostname,
        "url": doc.url or url,
        "published": page_time(raw, doc.date) or doc.date,
    }


# Read again, a layout-table page keeps most of the cell's words (the article's) and drops
# the masthead, byline, share links and ads run into it; words it adds are not the cell's.
_KEPT_SHARE = 0.5  # of the cell's words, at least
_OWN_WORDS = 0.95  # of the new text's words found in the cell, at least


def _kept_from(again: str, cell: str) -> bool:
    words, cell_words = again.split(), cell.split()
    if len(words) >= 0.8 * len(cell_words):
        return True
    known = set(cell_words)
    return (len(words) >= _KEPT_SHARE * len(cell_words)
            and sum(w in known for w in words) >= _OWN_WORDS * len(words))


def _host_of(outlet: str, site: str) -> bool:
    """Whether ``outlet`` is a host name spelling ``site``'s name: "continentalledger.example"
    for "The Continental Ledger", "hartwellpost.example" for "Hartwell Evening Post" (some
    of its words, in order)."""
    if not _HOST_LIKE.fullmatch(outlet.strip()):
        return False
    label = _squeezed(outlet.split(".")[0])
    site = site.replace("&", " and ")  # "ledgerandyield.example" for "Ledger & Yield"
    if label in _squeezed(site):
        return True
    words = [_squeezed(w) for w in site.split() if _squeezed(w)]

    def spelt(rest: str, i: int) -> bool:
        if not rest:
            return True
        return any(rest.startswith(w) and spelt(rest[len(w):], j + 1)
                   for j, w in enumerate(words[i:], start=i))

    return len(label) >= 4 and spelt(label, 0)


def _squeezed(name: str) -> str:
    return re.sub(r"[\W_]+", "", name).casefold()


def read_html(
    data: bytes,
    source: str,
    today: date,
    url: str | None = None,
    fallback: dict[str, Any] | None = None,
) -> Article:
    """An HTML page as an article; ``InputError`` when no article text is found.

    ``fallback`` fills metadata the page does not state (e.g. a WARC capture date)."""
    if not data.strip():
        raise InputError(source, "empty file")
    if b"\x00" in data[:65536]:
        raise InputError(source, "binary file, not text")
    try:
        found = extract_html(data, url, source=source)
    except InputError:
        raise
    except Exception as e:  # lxml or trafilatura on hostile markup: this page only
        logger.debug("%s: extraction failed", source, exc_info=True)
        raise InputError(source, describe_exception(e)) from None
    if found is None:
        raise InputError(source, "no article text found")
    n = word_count(found["text"])
    if n < MIN_WORDS:
        raise InputError(source, f"no article text found (only {n} words)")
    meta = {k: found[k] for k in ("title", "outlet", "url", "published")}
    if fallback and not meta.get("published") and fallback.get("published"):
        meta.update(fallback)
    return build_article(found["text"], source=source, today=today, meta=meta)


class _TextOfHtml(HTMLParser):
    """Visible text of an HTML fragment (feed content): block tags become line breaks."""

    BLOCKS: ClassVar[set[str]] = {
        "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
    }  # fmt: skip

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_fragment_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment; plain text passes through unchanged."""
    if "<" not in fragment:
        return html_lib.unescape(fragment)
    parser = _TextOfHtml()
    parser.feed(fragment)
    parser.close()
    lines = [" ".join(ln.split()) for ln in "".join(parser.parts).split("\n")]
    return "\n".join(ln for ln in lines if ln)


# ---------------------------------------------------------------- JSON / JSONL
_JSON_TYPES = {
    list: "an array", str: "a string", int: "a number", float: "a number", bool: "true/false",
    type(None): "null",
}  # fmt: skip


def _record_to_article(
    record: Any, source: str, today: date, max_bytes: int | None = None
) -> Article:
    if not isinstance(record, dict):
        kind = _JSON_TYPES.get(type(record), type(record).__name__)
        raise InputError(source, f"expected a JSON object, got {kind}")
    for key, value in record.items():
        if isinstance(value, str) and _SURROGATE.search(value):
            raise InputError(
                source, f"the {key!r} field holds a lone UTF-16 surrogate, which cannot be stored"
            )
    if max_bytes is not None:
        for key in ("text", "maintext", "html"):
            value = record.get(key)
            if isinstance(value, str) and len(value) > max_bytes:
                raise InputError(source, _too_large(key, len(value), max_bytes))
    text = record.get("text") or record.get("maintext")
    url = _checked_link(record.get("url"), source)
    meta: dict[str, Any] = {
        "external_id": record.get("id"),
        "url": url,
        "outlet": record.get("outlet") or record.get("source") or record.get("source_domain"),
        "title": record.get("title"),
        "published": record.get("published") or record.get("date_publish"),
    }
    if not (isinstance(text, str) and text.strip()):
        page = record.get("html")
        if not (isinstance(page, str) and page.strip()):
            raise InputError(
                source, "record has no text (expected a 'text', 'maintext' or 'html' field)"
            )
        found = extract_html(page, url if isinstance(url, str) else None, source=source)
        if found is None:
            raise InputError(source, "no article text found in the record's 'html'")
        text = found["text"]
        for key in ("title", "outlet", "published"):
            meta[key] = meta[key] or found[key]
    return build_article(text, source=source, today=today, meta=meta)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _too_large(what: str, size: int, limit: int) -> str:
    return (
        f"{what} too large ({size:,} characters, limit {limit:,}; "
        "raise STORYLINE_FILE_MAX_BYTES to allow)"
    )


def _load_json(text: str, at: bool = True) -> Any:
    """``json.loads`` with every failure a one-line ``ValueError`` reason (``at``: with
    the line and column of a syntax error)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        where = f" at line {e.lineno} column {e.colno}" if at else ""
        raise ValueError(f"invalid JSON ({e.msg}{where})") from None
    except (ValueError, RecursionError) as e:  # a 5,000-digit number, [[[[... 100k deep
        raise ValueError(f"invalid JSON: {describe_exception(e)}") from None


def read_json(
    data: bytes, source: str, today: date, *, max_record_bytes: int | None = None
) -> Iterator[Item]:
    """One object, a list of objects, or ``{"articles": [...]}``."""
    text = decode_text(data, source)
    try:
        doc = _load_json(text)
    except ValueError as e:
        if "\n{" in text.strip() and _object_line(text):  # JSON Lines saved as .json
            yield from read_jsonl(data, source, today, max_record_bytes=max_record_bytes)
            return
        raise InputError(source, str(e)) from None
    if isinstance(doc, dict) and isinstance(doc.get("articles"), list):
        doc = doc["articles"]
    if isinstance(doc, list):
        if not doc:
            yield Rejection(source, "empty JSON list, no articles")
        for i, record in enumerate(doc, 1):
            where = f"{source} item {i}"
            yield _guard(where, partial(_record_to_article, record, where, today, max_record_bytes))
    else:
        yield _guard(source, partial(_record_to_article, doc, source, today, max_record_bytes))


def _object_line(text: str) -> bool:
    """Whether the first non-blank line is a JSON object of its own (JSON Lines), not the
    start of a broken JSON list."""
    first = next((ln for ln in text.split("\n", 50) if ln.strip()), "")
    try:
        return isinstance(json.loads(first), dict)
    except (ValueError, RecursionError):
        return False


def read_jsonl(
    data: bytes, source: str, today: date, *, max_record_bytes: int | None = None
) -> Iterator[Item]:
    """One JSON object per line; blank lines are skipped. Lines are decoded one at a time
    (UTF-8): a line with invalid bytes is rejected alone."""
    yield from read_jsonl_stream(
        io.BytesIO(data), source, today, max_record_bytes=max_record_bytes
    )


def read_jsonl_stream(
    stream: IO[bytes], source: str, today: date, *, max_record_bytes: int | None = None
) -> Iterator[Item]:
    """``read_jsonl`` over a binary stream, one line in memory at a time, so that a
    news-please dump of any size is read in constant memory. A line longer than
    ``max_record_bytes`` is rejected and skipped without being held whole."""
    for n, line in enumerate(_jsonl_lines(stream, source, max_record_bytes), 1):
        if isinstance(line, _LongLine):
            yield Rejection(f"{source} line {n}", _too_large("record", line.size, line.limit))
            continue
        if not line.strip():
            continue
        where = f"{source} line {n}"
        try:
            text = line if isinstance(line, str) else _decode_line(line, n == 1)
            record = _load_json(text, at=False)
        except ValueError as e:
            yield Rejection(where, str(e))
            continue
        yield _guard(where, partial(_record_to_article, record, where, today, max_record_bytes))


class _LongLine:
    """A line over the record cap, skipped unread (its size and the cap, for the reason)."""

    def __init__(self, size: int, limit: int) -> None:
        self.size, self.limit = size, limit


def _jsonl_lines(
    stream: IO[bytes], source: str, limit: int | None
) -> Iterator[str | bytes | _LongLine]:
    head = stream.read(65536)
    if not head.strip() and not stream.read(1):
        raise InputError(source, "empty file")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        rest = stream.read(limit + 1 - len(head)) if limit else stream.read()
        if limit and len(head) + len(rest) > limit:
            raise InputError(source, _too_large("UTF-16 file", len(head) + len(rest), limit))
        yield from decode_text(head + rest, source).split("\n")  # UTF-16: decoded whole
        return
    if head.count(b"\x00") > len(head) // 100:  # a stray NUL is one bad line, not a binary
        raise InputError(source, "binary file, not text")
    # Lines of the first block, then of the stream; "\r" left at a line's end is JSON
    # whitespace. A line is capped at ``limit`` (+1 byte to see it is over).
    joined = itertools.chain([head], iter(lambda: stream.read(65536), b""))
    cap = (limit + 1) if limit else None
    buffer = b""
    skipped: int | None = None  # bytes of an over-long line seen so far
    for chunk in joined:
        buffer += chunk
        while True:
            cut = buffer.find(b"\n")
            if cut < 0:
                break
            line, buffer = buffer[:cut], buffer[cut + 1 :]
            if skipped is not None:
                yield _LongLine(skipped + len(line), limit or 0)
                skipped = None
            elif cap is not None and len(line) >= cap:
                yield _LongLine(len(line), limit or 0)
            else:
                yield line
        if cap is not None and len(buffer) >= cap:  # an over-long line: drop what we have
            skipped = (skipped or 0) + len(buffer)
            buffer = b""
    if skipped is not None:
        yield _LongLine(skipped + len(buffer), limit or 0)
    else:
        yield buffer


def _decode_line(line: bytes, first: bool) -> str:
    try:
        return line.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError as e:
        raise ValueError(
            f"not valid UTF-8 (byte 0x{line[e.start]:02x} at column {e.start + 1})"
        ) from None


def _guard(where: str, make: Callable[[], T]) -> T | Rejection:
    """The article ``make`` builds, or a one-line ``Rejection`` naming ``where``: a
    record that makes any parser raise is rejected alone."""
    try:
        return make()
    except InputError as e:
        return Rejection(e.source, one_line(e.reason))
    except Exception as e:  # hostile input in a third-party parser: this record only
        logger.debug("%s: rejected after an unexpected error", where, exc_info=True)
        return Rejection(where, describe_exception(e))


# ---------------------------------------------------------------- RSS / Atom
def _struct_to_iso(value: Any) -> str | None:
    if not value:
        return None
    return datetime.fromtimestamp(calendar.timegm(value), tz=UTC).isoformat()


def _outlet_from_feed_title(title: str) -> str | None:
    """The publisher in a channel title: "Bourse Review — Markets" -> "Bourse Review"."""
    head = re.split(r"\s+[—–|-]\s+|:\s+", html_fragment_to_text(title).strip(), maxsplit=1)[0]
    return head.strip() or None


def read_feed(
    data: bytes,
    source: str,
    today: date,
    fetcher: Fetcher | None,
    fetch_links: bool,
    *,
    max_record_bytes: int | None = None,
    budget: float | None = None,
) -> Iterator[Item]:
    """Each entry of an RSS/Atom feed; the linked page when it can be fetched, else the
    entry's own content or summary.

    ``budget``: seconds for fetching linked pages across the whole feed; once spent, the
    remaining entries use their own content (a feed of N slow links costs at most the
    budget plus one fetch timeout, not N timeouts)."""
    import feedparser

    if not data.strip():
        raise InputError(source, "empty file")
    try:
        parsed = feedparser.parse(data)
    except Exception as e:  # feedparser swallows most faults; anything else is this file's
        raise InputError(source, f"not a valid RSS/Atom feed ({describe_exception(e)})") from None
    version = parsed.get("version") or ""
    problem = one_line(str(parsed.get("bozo_exception", "unreadable")), 160)
    if not parsed.entries:
        if parsed.bozo:
            raise InputError(source, f"not a valid RSS/Atom feed ({problem})")
        if not version:
            raise InputError(source, "not a valid RSS/Atom feed (no channel or feed element)")
        raise InputError(source, "feed has no entries")
    feed_title = _outlet_from_feed_title(parsed.feed.get("title") or "")
    if parsed.bozo:
        # Entries before the fault are still read; say why the others may be missing.
        logger.warning("%s: malformed feed, reading what parses (%s)", source, problem)
    deadline = None if budget is None else time.monotonic() + budget
    for i, entry in enumerate(parsed.entries, 1):
        where = f"{source} entry {i}"
        link_fetcher = fetcher if fetch_links else None
        if link_fetcher is not None and deadline is not None and time.monotonic() > deadline:
            if deadline > 0:
                logger.warning(
                    "%s: feed time budget of %s s spent; entries %d on use the feed's own "
                    "content", source, budget, i,
                )
                deadline = 0.0
            link_fetcher = None
        item = _guard(
            where,
            partial(_entry_to_article, entry, where, today, feed_title, link_fetcher,
                    max_record_bytes),
        )
        if isinstance(item, Rejection) and parsed.bozo:
            item.reason += f"; the feed is malformed ({problem})"
        yield item


def _checked_link(link: Any, source: str) -> str | None:
    """The entry's link when it is a URL that parses; a malformed one is dropped."""
    if not isinstance(link, str) or not link.strip():
        return None
    try:
        urlsplit(link).port  # noqa: B018 - raises on "http://[::1" or a bad port
    except ValueError as e:
        logger.info("%s: malformed link ignored (%s)", source, one_line(str(e), 120))
        return None
    return link


def _entry_to_article(
    entry: Any,
    source: str,
    today: date,
    feed_title: str | None,
    fetcher: Fetcher | None,
    max_bytes: int | None = None,
) -> Article:
    link = _checked_link(entry.get("link"), source)
    meta: dict[str, Any] = {
        "external_id": entry.get("id") or link,
        "url": link,
        "outlet": feed_title,
        "title": html_fragment_to_text(entry.get("title") or "") or None,
        "published": _struct_to_iso(entry.get("published_parsed") or entry.get("updated_parsed")),
    }
    if fetcher is not None and link:
        try:
            response = fetcher.fetch(link)
            if max_bytes is not None and len(response.body) > max_bytes:
                raise FetchError(link, _too_large("linked page", len(response.body), max_bytes))
            found = extract_html(response.body, response.final_url, source=source)
            if found is None or word_count(found["text"]) < MIN_WORDS:
                raise FetchError(link, "no article text found on the linked page")
            for key in ("title", "published"):
                meta[key] = meta[key] or found[key]
            return build_article(found["text"], source=source, today=today, meta=meta)
        except (InputError, OSError) as e:
            logger.info("%s: using the feed's own content: %s", source, e)
    contents = entry.get("content") or []
    body = max((c.get("value", "") for c in contents), key=len, default="")
    summary = entry.get("summary") or ""
    if len(summary) > len(body):
        body = summary
    if max_bytes is not None and len(body) > max_bytes:
        raise InputError(source, _too_large("entry content", len(body), max_bytes))
    text = html_fragment_to_text(body)
    if not text.strip():
        raise InputError(source, "feed entry has no content and its link could not be read")
    return build_article(text, source=source, today=today, meta=meta, summary_ok=True)


# ---------------------------------------------------------------- WARC
def read_warc(
    stream: IO[bytes], source: str, today: date, *, max_record_bytes: int | None = None
) -> Iterator[Item]:
    """Every HTML ``response`` record of a WARC (optionally gzipped) file.

    Records are parsed one at a time: a record warcio cannot parse (no target URI, broken
    HTTP headers, a bad chunked body) is rejected with its number and the next one is
    read; a broken WARC header ends the file with one rejection saying where. warcio's
    warnings on stderr are kept out of the terminal (logged at debug level)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    seen = 0
    records = _quietly(lambda: iter(ArchiveIterator(stream, no_record_parse=True)))
    n = 0
    while True:
        n += 1
        try:
            record = _quietly(lambda: next(records, None))
        except ArchiveLoadFailed as e:
            where = source if n == 1 else f"{source} record {n}"
            what = "not a valid WARC file" if n == 1 else "not a valid WARC record"
            rest = "" if n == 1 else "; the rest of the file is skipped"
            raise InputError(where, f"{what} ({one_line(str(e), 160)}){rest}") from None
        except Exception as e:  # warcio on a hostile header: the rest cannot be found
            if n == 1:
                reason = f"not a valid WARC file ({describe_exception(e)})"
                raise InputError(source, reason) from None
            yield Rejection(
                f"{source} record {n}", f"{describe_exception(e)}; the rest of the file is skipped"
            )
            break
        if record is None:
            break
        if record.rec_type != "response":
            continue
        where = f"{source} record {n}"
        item = _guard(where, partial(_warc_record_article, record, where, today, max_record_bytes))
        if item is not None:  # None: not an HTML page
            seen += 1
            yield item
    if not seen:
        yield Rejection(source, "no HTML response records in the WARC file")


def _warc_record_article(
    record: Any, where: str, today: date, max_bytes: int | None
) -> Article | None:
    from warcio.statusandheaders import StatusAndHeadersParser

    uri = record.rec_headers.get_header("WARC-Target-URI") or record.rec_headers.get_header("uri")
    if (uri and not uri.lower().startswith(("http:", "https:"))) or not record.length:
        return None  # dns:, ftp:, metadata captures, empty records: no HTTP response inside
    parser = StatusAndHeadersParser(["HTTP/1.0", "HTTP/1.1", "HTTP/2", "HTTP/2.0"])
    try:
        record.http_headers = _quietly(lambda: parser.parse(record.raw_stream))
    except EOFError:
        raise InputError(where, "empty response record") from None
    except Exception as e:
        raise InputError(where, f"unreadable HTTP headers ({describe_exception(e)})") from None
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    if "html" not in ctype:
        return None
    if max_bytes is not None and record.length is not None and record.length > max_bytes:
        raise InputError(where, _too_large("record", record.length, max_bytes))
    body = _quietly(lambda: record.content_stream().read())
    warc_date = record.rec_headers.get_header("WARC-Date") or ""
    fallback = {
        "published": warc_date.replace("Z", "+00:00") or None,
        "published_note": "from the WARC capture date (the page states no date)",
    }
    return read_html(body, where, today, url=_checked_link(uri, where), fallback=fallback)


def _quietly(work: Callable[[], T]) -> T:
    """Run ``work`` with stderr captured: warcio writes warnings (and record content) there.

    What it wrote is logged at debug level, folded to one line."""
    buffer = io.StringIO()
    with contextlib.redirect_stderr(buffer):
        result = work()
    if buffer.getvalue():
        logger.debug("warcio: %s", one_line(buffer.getvalue()))
    return result
