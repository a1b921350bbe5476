"""Plain text into an ``Article``: decoding, header lines, cleaning, inferred metadata.

``decode_text`` turns bytes into text or rejects them (empty, binary, invalid UTF-8).
``split_headers`` reads optional ``Key: value`` lines before the first blank line.
``build_article`` is shared by every format: it removes a byline line, strips trailing site
boilerplate, fills missing title/outlet/date from the text (marked ``*_from="text"``) and
rejects texts too short to be an article.
"""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from storyline.errors import InputError
from storyline.records import Article
from storyline.sources.byline import infer_from_lines
from storyline.sources.cleaning import clean_title, not_news, remove_noise
from storyline.sources.dates import find_dates, infer_publication_date, normalize_date

logger = logging.getLogger(__name__)

MIN_WORDS = 25
MIN_SUMMARY_WORDS = 6  # a feed item's one-sentence summary (with its title) is still news
SUMMARY_ONLY = "(summary only)"  # appended to Article.source for a title-and-summary item

# Header keys (lower case) and the Article field each fills.
HEADER_KEYS = {
    "title": "title", "headline": "title",
    "outlet": "outlet", "source": "outlet", "publisher": "outlet", "site": "outlet",
    "publication": "outlet",
    "url": "url", "link": "url", "canonical": "url",
    "published": "published", "date": "published", "pubdate": "published",
    "published_at": "published", "date_published": "published",
    "author": "author", "authors": "author", "byline": "author",
    "id": "external_id",
}  # fmt: skip
# Other metadata keys a header block may carry (ignored); any other key means "not headers".
OTHER_KEYS = {
    "language", "lang", "tags", "keywords", "category", "categories", "section",
    "description", "summary", "subtitle", "updated", "modified", "slug", "words", "type",
}  # fmt: skip
_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z _-]{0,24}?)\s*:\s*(.*?)\s*$")

# Lines sites append after the article. Anchored patterns match a whole short line; the
# rest may sit anywhere in a short line.
_BOILERPLATE = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^you must (?:be )?(?:register|log ?in|logged in|sign ?in|sign up)\b",
        r"\b(?:register|log ?in|sign ?in) (?:or|to) (?:register|log ?in|sign ?in|post|leave)"
        r" (?:a |to )?(?:comment|reply)",
        r"^(?:share|tweet|email|print|save)(?: (?:this|the))?(?: (?:article|story|page|post))?"
        r"(?: (?:on|via|with) [\w ]+)?[.:!]?$",
        r"^(?:subscribe|sign up|join)\b.*\b(?:newsletter|updates|inbox|subscribers?)\b",
        r"\ball rights reserved\b",
        r"^(?:©|\(c\)|copyright\b)",
        r"^click here\b",
        r"^(?:read|see) (?:more|next|also|the full)\b",
        r"^(?:related(?: articles| stories| coverage| content)?|tags|topics|filed under"
        r"|more on this(?: story| topic)?|recommended(?: for you)?)(?:\s*:.{0,160})?$",
        r"\bcookies?\b.*\b(?:use|accept|policy|settings|consent)\b",
        r"^(?:by continuing to|we use cookies)\b",
        r"^(?:follow|like) us\b",
        r"^(?:leave|post|add|write) a (?:comment|reply)\b",
        r"^(?:\d+ )?comments?:?$",
        r"^(?:advertisement|sponsored(?: content)?|promoted|back to top|previous article"
        r"|next article)$",
        r"^\(?(?:reporting|writing|editing|additional reporting|compiled) by\b",
        r"^\(?with (?:files|reporting|additional reporting) from\b.{0,80}$",
        # a membership or donation appeal ("Public media needs you", "Give now")
        r"^(?:give|donate|contribute|support us|join us)(?: now| today)?[.!]?$",
        r"^(?:public media|local journalism|independent journalism|journalism like this) "
        r"needs (?:you|your support)\b",
        r"\b(?:is|are) (?:made possible|funded|supported|paid for) by (?:listeners|readers|"
        r"viewers|members|donors|people like you)\b",
        r"\bbecome a (?:sustaining |monthly |paying )?(?:member|supporter|donor|subscriber)\b",
        # a station's or paper's own promotion and rights notice
        r"^(?:download|get) (?:the|our) .{0,40}\bapp\b",
        r"^stay (?:with|tuned to) .{1,40} for\b",
        r"^have a (?:news )?tip\?",
        r"\bmay not be (?:re)?published\b|^(?:be )?published, broadcast, rewritten\b",
    )
]
_AD_LINE = re.compile(r"^\s*(?:advertisement|sponsored content)\s*$", re.IGNORECASE)


def decode_text(data: bytes, source: str) -> str:
    """Bytes to text with ``\\n`` newlines; raise ``InputError`` for empty, binary or
    undecodable input (UTF-8, with or without BOM; UTF-16 with a BOM)."""
    if not data.strip():
        raise InputError(source, "empty file")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise InputError(source, f"not valid UTF-16 ({e.reason} at offset {e.start})") from None
    else:
        head = data[:65536]
        controls = sum(1 for b in head if (b < 32 and b not in (9, 10, 12, 13)) or b == 127)
        if b"\x00" in head or controls > len(head) * 0.1:
            raise InputError(source, "binary file, not text")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            offset = e.start + (3 if data.startswith(codecs.BOM_UTF8) else 0)
            raise InputError(
                source,
                f"not valid UTF-8 (byte 0x{data[offset]:02x} at offset {offset});"
                " save the file as UTF-8",
            ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(source, "empty file")
    return text


def split_headers(text: str) -> tuple[dict[str, str], str]:
    """Leading ``Key: value`` lines (or a ``---`` front-matter block) and the rest.

    Headers count only when every line before the first blank line is one, with a known key
    (Title, Outlet, URL, Published, Source, Date, Author, ... or ignored ones like Tags).
    """
    lines = text.lstrip("\n").split("\n")
    if lines and lines[0].strip() == "---":
        try:
            close = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
        except StopIteration:
            return {}, text
        block, rest = lines[1:close], lines[close + 1 :]
    else:
        try:
            blank = next(i for i, ln in enumerate(lines) if not ln.strip())
        except StopIteration:
            return {}, text
        block, rest = lines[:blank], lines[blank + 1 :]
    headers: dict[str, str] = {}
    for line in block:
        m = _HEADER_LINE.match(line)
        if not m:
            return {}, text
        key = m.group(1).strip().lower().replace(" ", "_").replace("-", "_")
        if key not in HEADER_KEYS and key not in OTHER_KEYS:
            return {}, text  # "Update: the ministry said..." opens an article, not metadata
        if key in HEADER_KEYS and m.group(2):
            headers.setdefault(HEADER_KEYS[key], m.group(2).strip().strip("\"'"))
    if not headers:
        return {}, text
    return headers, "\n".join(rest)


def strip_boilerplate(text: str) -> str:
    """Drop site boilerplate from the end (and stray "Advertisement" lines anywhere)."""
    lines = [ln.rstrip() for ln in text.split("\n") if not _AD_LINE.match(ln)]
    removed = 0
    while lines and removed < 12:
        last = lines[-1].strip()
        if not last:
            lines.pop()
            continue
        if len(last) <= 200 and any(p.search(last) for p in _BOILERPLATE):
            logger.debug("boilerplate line dropped: %r", last)
            lines.pop()
            removed += 1
            continue
        if (len(last.split()) <= 2 and len(lines) > 1
                and any(p.search(lines[-2].strip()) for p in _BOILERPLATE)):
            # the end of a boilerplate line broken in two ("… alerts and live" / "radar.")
            lines.pop()
            continue
        break
    return "\n".join(lines)


def clean_text(text: str) -> str:
    """Normalised Unicode, trimmed lines, at most one blank line in a row, no boilerplate."""
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\u200b", "")
    text = strip_boilerplate(text)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def word_count(text: str) -> int:
    return len(re.findall(r"\w+(?:[-'’.]\w+)*", text))


_TITLE_LABEL = re.compile(r"^(?:title|headline)\s*:\s*", re.IGNORECASE)


def outlet_from_url(url: str | None) -> str | None:
    """The host name without ``www.``: the best outlet name a bare URL gives."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    host = host.removeprefix("www.")
    return host or None


def _same_line(a: str, b: str) -> bool:
    # Words only: the repeat may add a full stop or differ in quote marks ("Cracks.’").
    norm = lambda s: re.findall(r"[^\W_]+", s.casefold())  # noqa: E731
    return bool(norm(b)) and norm(a) == norm(b)


def build_article(
    text: str,
    *,
    source: str,
    today: date,
    meta: dict[str, Any] | None = None,
    provenance: str = "metadata",
    summary_ok: bool = False,
) -> Article:
    """An ``Article`` from body text plus whatever metadata the source gave.

    Missing title, outlet and publication date are inferred from the text and marked
    ``"text"`` (outlet from the URL's host: ``"url"``). Site furniture lines and the site's
    name in the title are dropped. Raises ``InputError`` when the text is not news (see
    ``cleaning.not_news``) or too short to be an article; with ``summary_ok`` (a feed
    item) a title and a sentence of summary are kept, marked in ``source`` as summary-only.
    """
    meta = {k: v for k, v in (meta or {}).items() if v not in (None, "")}
    title = _one_line(meta.get("title"))
    outlet = _one_line(meta.get("outlet"))
    url = _one_line(meta.get("url"))
    note = meta.get("published_note")
    published = normalize_date(meta.get("published"))
    if meta.get("published") and published is None:
        logger.warning(
            "%s: unreadable publication date %r ignored", source, str(meta["published"])[:80]
        )
    title_from = outlet_from = published_from = "unknown"
    if title:
        title_from = provenance
    if outlet:
        outlet_from = provenance
        if re.match(r"https?://", outlet, re.IGNORECASE):
            url = url or outlet
            outlet, outlet_from = outlet_from_url(outlet), "url"
    if published:
        published_from = provenance

    text = remove_noise(unicodedata.normalize("NFC", text.replace("\r\n", "\n")))
    title = clean_title(title, outlet or outlet_from_url(url))
    first = next((ln for ln in text.split("\n") if ln.strip()), "")
    if title and _same_line(first, title):
        text = text.replace(first, "", 1)  # the title repeated as the first line
    inferred = infer_from_lines(text, want_title=not title, known_outlet=outlet)
    text = inferred.text
    if not title and inferred.title:
        # A header block broken by a byline leaves its label on the first line ("Title: …").
        title, title_from = _TITLE_LABEL.sub("", inferred.title) or inferred.title, "text"
    if not outlet and inferred.outlet:
        outlet, outlet_from = inferred.outlet, "text"
    if not outlet and url:
        outlet, outlet_from = outlet_from_url(url), "url"
    text = clean_text(text)

    if not published:
        found = None
        if inferred.date_text:
            dates = find_dates(inferred.date_text, today)
            found = dates[0] if dates else None
        found = found or infer_publication_date(text, today)
        if found:
            published, published_from, note = found.value, "text", found.note

    reason = not_news(text, title)
    if reason:
        raise InputError(source, reason)
    n = word_count(text)
    if n < MIN_WORDS:
        if not (summary_ok and title and n >= MIN_SUMMARY_WORDS):
            raise InputError(source, f"too short to be an article ({n} words)")
        source = f"{source} {SUMMARY_ONLY}"  # a feed item's title and summary: still news
    external_id = meta.get("external_id")
    return Article(
        text=text,
        title=title,
        outlet=outlet,
        url=url,
        published=published,
        published_from=published_from,  # type: ignore[arg-type]
        published_note=note,
        outlet_from=outlet_from,  # type: ignore[arg-type]
        title_from=title_from,  # type: ignore[arg-type]
        external_id=str(external_id) if external_id is not None else None,
        source=source,
    )


def is_summary_only(article: Article) -> bool:
    """Read from a feed item's title and summary alone (the page was not fetched)."""
    return article.source.endswith(SUMMARY_ONLY)


def _one_line(value: Any) -> str | None:
    if value is None:
        return None
    s = " ".join(str(value).split())
    return s or None


def read_text(data: bytes, source: str, today: date, url: str | None = None) -> Article:
    """A ``.txt``/``.md`` file: optional header lines, then the article text."""
    text = decode_text(data, source)
    headers, body = split_headers(text)
    if url and not headers.get("url"):
        headers["url"] = url
    return build_article(body, source=source, today=today, meta=headers)
