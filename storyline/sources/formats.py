"""Structured formats: HTML pages, JSON/JSONL records, RSS/Atom feeds, WARC archives.

Each reader takes bytes (or a binary stream for WARC) plus the source name and yields
``Article`` or ``Rejection`` items, one per record, so one bad record never hides the others.
Every article goes through ``text.build_article`` for cleaning and inferred metadata.
"""

from __future__ import annotations

import calendar
import html as html_lib
import json
import logging
import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from typing import IO, Any, ClassVar

from storyline.errors import FetchError, InputError
from storyline.records import Article, Rejection
from storyline.sources.fetch import Fetcher
from storyline.sources.text import MIN_WORDS, build_article, decode_text, word_count

logger = logging.getLogger(__name__)

Item = Article | Rejection


# ---------------------------------------------------------------- HTML
def extract_html(data: bytes | str, url: str | None = None) -> dict[str, Any] | None:
    """Main text and metadata of an HTML page by trafilatura (comments excluded)."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        data,
        url=url,
        include_comments=False,
        with_metadata=True,
        # No guessing from the body: a date deep in the text is an event, not publication.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None or not (doc.text or "").strip():
        return None
    return {
        "text": doc.text,
        "title": doc.title,
        "outlet": doc.sitename or None,
        "hostname": doc.hostname,
        "url": doc.url or url,
        "published": doc.date,
    }


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
    found = extract_html(data, url)
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


def _record_to_article(record: Any, source: str, today: date) -> Article:
    if not isinstance(record, dict):
        kind = _JSON_TYPES.get(type(record), type(record).__name__)
        raise InputError(source, f"expected a JSON object, got {kind}")
    text = record.get("text") or record.get("maintext")
    url = record.get("url")
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
        found = extract_html(page, url if isinstance(url, str) else None)
        if found is None:
            raise InputError(source, "no article text found in the record's 'html'")
        text = found["text"]
        for key in ("title", "outlet", "published"):
            meta[key] = meta[key] or found[key]
    return build_article(text, source=source, today=today, meta=meta)


def read_json(data: bytes, source: str, today: date) -> Iterator[Item]:
    """One object, a list of objects, or ``{"articles": [...]}``."""
    text = decode_text(data, source)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as e:
        if "\n{" in text.strip():  # JSON Lines saved as .json
            yield from read_jsonl(data, source, today)
            return
        reason = f"invalid JSON ({e.msg} at line {e.lineno} column {e.colno})"
        raise InputError(source, reason) from None
    if isinstance(doc, dict) and isinstance(doc.get("articles"), list):
        doc = doc["articles"]
    if isinstance(doc, list):
        if not doc:
            yield Rejection(source, "empty JSON list, no articles")
        for i, record in enumerate(doc, 1):
            yield _guard(lambda r=record, i=i: _record_to_article(r, f"{source} item {i}", today))
    else:
        yield _guard(lambda: _record_to_article(doc, source, today))


def read_jsonl(data: bytes, source: str, today: date) -> Iterator[Item]:
    """One JSON object per line; blank lines are skipped."""
    text = decode_text(data, source)
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{source} line {n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            yield Rejection(where, f"invalid JSON ({e.msg})")
            continue
        yield _guard(lambda r=record, w=where: _record_to_article(r, w, today))


def _guard(make: Callable[[], Article]) -> Item:
    try:
        return make()
    except InputError as e:
        return Rejection(e.source, e.reason)


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
    data: bytes, source: str, today: date, fetcher: Fetcher | None, fetch_links: bool
) -> Iterator[Item]:
    """Each entry of an RSS/Atom feed; the linked page when it can be fetched, else the
    entry's own content or summary."""
    import feedparser

    if not data.strip():
        raise InputError(source, "empty file")
    parsed = feedparser.parse(data)
    version = parsed.get("version") or ""
    problem = re.sub(r"\s+", " ", str(parsed.get("bozo_exception", "unreadable")))
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
    for i, entry in enumerate(parsed.entries, 1):
        where = f"{source} entry {i}"
        item = _guard(
            lambda e=entry, w=where: _entry_to_article(
                e, w, today, feed_title, fetcher if fetch_links else None
            )
        )
        if isinstance(item, Rejection) and parsed.bozo:
            item.reason += f"; the feed is malformed ({problem})"
        yield item


def _entry_to_article(
    entry: Any, source: str, today: date, feed_title: str | None, fetcher: Fetcher | None
) -> Article:
    link = entry.get("link")
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
            found = extract_html(response.body, response.final_url)
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
    text = html_fragment_to_text(body)
    if not text.strip():
        raise InputError(source, "feed entry has no content and its link could not be read")
    return build_article(text, source=source, today=today, meta=meta)


# ---------------------------------------------------------------- WARC
def read_warc(stream: IO[bytes], source: str, today: date) -> Iterator[Item]:
    """Every HTML ``response`` record of a WARC (optionally gzipped) file."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    seen = 0
    try:
        for n, record in enumerate(ArchiveIterator(stream), 1):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            ctype = (record.http_headers.get_header("Content-Type") or "").lower()
            if "html" not in ctype:
                continue
            seen += 1
            uri = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{source} record {n}"
            try:
                body = record.content_stream().read()
                yield _warc_article(body, where, today, uri, record)
            except InputError as e:
                yield Rejection(e.source, e.reason)
    except ArchiveLoadFailed as e:
        raise InputError(source, f"not a valid WARC file ({e})") from None
    if not seen:
        yield Rejection(source, "no HTML response records in the WARC file")


def _warc_article(body: bytes, where: str, today: date, uri: str | None, record: Any) -> Article:
    warc_date = record.rec_headers.get_header("WARC-Date") or ""
    fallback = {
        "published": warc_date.replace("Z", "+00:00") or None,
        "published_note": "from the WARC capture date (the page states no date)",
    }
    return read_html(body, where, today, url=uri, fallback=fallback)
